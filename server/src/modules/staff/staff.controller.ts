import { Controller, Get, HttpCode, Inject, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { uuidId } from '../../common/safe-text.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import {
  CreateStaffBody,
  UpdateStaffBody,
  type CreateStaffResponse,
  type InvitationLinkResponse,
  type StaffMemberResponse,
} from './staff.dto.js';
import { StaffService } from './staff.service.js';

/** `:id` of a staff account. */
const StaffIdParam = uuidId('identifiant de compte invalide\u00a0: un UUID est attendu');

/** Where the person will open the link: this server as the browser reached it (behind the proxy too). */
function originOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

@ApiTags('personnel')
@Controller('v1/staff')
@Roles('admin')
export class StaffController {
  constructor(@Inject(StaffService) private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({ summary: 'Les comptes du personnel, leurs sites et leur dernière connexion.' })
  list(): Promise<StaffMemberResponse[]> {
    return this.staff.list();
  }

  @Post()
  @ApiOperation({ summary: 'Crée un compte et renvoie son lien d’invitation (à usage unique, 7 jours).' })
  @ApiErrors('STAFF_EMAIL_TAKEN', 'SITE_NOT_FOUND')
  create(
    @ZodBody(CreateStaffBody) body: CreateStaffBody,
    @CurrentUser() user: StaffPrincipal,
    @Req() request: Request,
  ): Promise<CreateStaffResponse> {
    return this.staff.create(body, user, originOf(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change le nom, le rôle, les sites ; désactive ou réactive un compte.' })
  @ApiErrors('STAFF_NOT_FOUND', 'SITE_NOT_FOUND', 'LAST_ADMIN')
  update(
    @ZodParam('id', StaffIdParam, 'STAFF_NOT_FOUND') id: string,
    @ZodBody(UpdateStaffBody) body: UpdateStaffBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<StaffMemberResponse> {
    return this.staff.update(id, body, user);
  }

  @Post(':id/reset')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Réinitialise le mot de passe : nouveau lien, anciennes sessions et liens fermés.',
  })
  reset(
    @ZodParam('id', StaffIdParam, 'STAFF_NOT_FOUND') id: string,
    @CurrentUser() user: StaffPrincipal,
    @Req() request: Request,
  ): Promise<{ invitation: InvitationLinkResponse }> {
    return this.staff.reset(id, user, originOf(request));
  }
}
