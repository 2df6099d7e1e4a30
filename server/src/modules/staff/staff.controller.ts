import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '../../common/domain-error.js';
import { ZodBody } from '../../common/zod-body.js';
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

// A function, not a constant: ESLint's no-useless-assignment misses uses inside parameter decorators.
function parseStaffId(): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new DomainError('STAFF_NOT_FOUND') });
}

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
  create(
    @ZodBody(CreateStaffBody) body: CreateStaffBody,
    @CurrentUser() user: StaffPrincipal,
    @Req() request: Request,
  ): Promise<CreateStaffResponse> {
    return this.staff.create(body, user, originOf(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change le nom, le rôle, les sites ; désactive ou réactive un compte.' })
  update(
    @Param('id', parseStaffId()) id: string,
    @ZodBody(UpdateStaffBody) body: UpdateStaffBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<StaffMemberResponse> {
    return this.staff.update(id, body, user);
  }

  @Post(':id/reset')
  @HttpCode(200)
  @ApiOperation({ summary: 'Réinitialise le mot de passe : nouveau lien, anciennes sessions et liens fermés.' })
  reset(
    @Param('id', parseStaffId()) id: string,
    @CurrentUser() user: StaffPrincipal,
    @Req() request: Request,
  ): Promise<{ invitation: InvitationLinkResponse }> {
    return this.staff.reset(id, user, originOf(request));
  }
}
