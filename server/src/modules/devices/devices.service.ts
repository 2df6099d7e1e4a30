import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import type { DeviceIdentity } from './device-auth.js';
import {
  generateDeviceToken,
  generatePairingCode,
  hashDeviceToken,
  hashPairingCode,
  hashStaffPin,
  normalizePairingCode,
  verifyStaffPin,
} from './device-credentials.js';
import type {
  CreatePairingCodeBody,
  CreatePairingCodeResponse,
  CurrentDeviceResponse,
  DeviceListResponse,
  PairDeviceResponse,
  SetStaffPinBody,
} from './devices.dto.js';
import { DevicesRepository } from './devices.repository.js';
import { PairingCodesRepository } from './pairing-codes.repository.js';

// A fresh code colliding with a live one is one chance in ~10⁵ per live code: a few redraws suffice.
const MAX_CODE_DRAWS = 20;

@Injectable()
export class DevicesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DevicesRepository) private readonly devices: DevicesRepository,
    @Inject(PairingCodesRepository) private readonly codes: PairingCodesRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
  ) {}

  async createPairingCode(
    body: CreatePairingCodeBody,
    admin: StaffPrincipal,
  ): Promise<CreatePairingCodeResponse> {
    const siteId = body.siteId;
    if (!(await this.devices.siteExists(siteId))) throw new DomainError('SITE_NOT_FOUND');
    for (let draw = 0; draw < MAX_CODE_DRAWS; draw++) {
      const code = generatePairingCode();
      const codeHash = hashPairingCode(normalizePairingCode(code)!);
      if (await this.codes.isLive(codeHash)) continue;
      const created = await this.codes.create({ codeHash, label: body.label, siteId, createdBy: admin.sub });
      // The code itself stays out of the audit log: it is a credential until used.
      await this.audit.record({
        actorId: admin.sub,
        action: 'device.pairing_code.created',
        targetType: 'device_pairing_code',
        targetId: created.id,
        details: { label: body.label, siteId, expiresAt: created.expiresAt.toISOString() },
      });
      return { code, expiresAt: created.expiresAt.toISOString() };
    }
    throw new Error(`no free pairing code after ${MAX_CODE_DRAWS} draws`);
  }

  async pair(input: string): Promise<PairDeviceResponse> {
    const digits = normalizePairingCode(input);
    if (digits === null) throw new DomainError('PAIRING_CODE_INVALID');
    const codeHash = hashPairingCode(digits);
    const token = generateDeviceToken();
    const paired = await this.dataSource.transaction(async (manager) => {
      const code = await this.codes.claimLive(manager, codeHash);
      if (!code) return null;
      const deviceId = await this.devices.insert(manager, {
        label: code.label,
        siteId: code.siteId,
        tokenHash: hashDeviceToken(token),
        pairedBy: code.createdBy,
      });
      await this.codes.linkDevice(manager, code.id, deviceId);
      return { deviceId, code };
    });
    if (!paired) {
      const state = await this.codes.stateOf(codeHash);
      throw new DomainError(
        state === 'used'
          ? 'PAIRING_CODE_USED'
          : state === 'expired'
            ? 'PAIRING_CODE_EXPIRED'
            : 'PAIRING_CODE_INVALID',
      );
    }
    await this.audit.record({
      actorId: null,
      action: 'device.paired',
      targetType: 'device',
      targetId: paired.deviceId,
      details: { label: paired.code.label, siteId: paired.code.siteId, pairingCodeId: paired.code.id },
    });
    return { deviceId: paired.deviceId, token };
  }

  async list(): Promise<DeviceListResponse> {
    const rows = await this.devices.listActiveWithSite();
    return {
      devices: rows.map((row) => ({
        id: row.id,
        label: row.label,
        siteId: row.siteId,
        siteName: row.siteName,
        site: row.siteId && row.siteName ? { id: row.siteId, name: row.siteName } : null,
        pairedAt: row.pairedAt.toISOString(),
        lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
      })),
    };
  }

  /** What a paired headset shows its staff: its name and its site's. */
  async describe(device: DeviceIdentity): Promise<CurrentDeviceResponse> {
    const siteName = device.siteId ? await this.devices.findSiteName(device.siteId) : null;
    return { id: device.id, label: device.label, siteId: device.siteId, siteName };
  }

  async revoke(id: string, admin: StaffPrincipal): Promise<void> {
    if (!(await this.devices.revoke(id))) throw new DomainError('DEVICE_NOT_FOUND');
    await this.audit.record({
      actorId: admin.sub,
      action: 'device.revoked',
      targetType: 'device',
      targetId: id,
    });
  }

  /** Sets the headset's staff PIN; changing one that is set needs the current one. */
  async setStaffPin(device: DeviceIdentity, body: SetStaffPinBody): Promise<void> {
    const stored = await this.devices.findStaffPinHash(device.id);
    if (stored && !(body.currentPin && (await verifyStaffPin(body.currentPin, stored))))
      throw new DomainError('STAFF_PIN_WRONG');
    await this.devices.setStaffPinHash(device.id, await hashStaffPin(body.pin));
    await this.audit.record({
      actorId: null,
      action: stored ? 'device.staff_pin.changed' : 'device.staff_pin.set',
      targetType: 'device',
      targetId: device.id,
    });
  }

  async checkStaffPin(device: DeviceIdentity, pin: string): Promise<void> {
    const stored = await this.devices.findStaffPinHash(device.id);
    if (!stored) throw new DomainError('STAFF_PIN_NOT_SET');
    if (!(await verifyStaffPin(pin, stored))) throw new DomainError('STAFF_PIN_WRONG');
  }

  /** The headset unpairs itself (staff, behind the PIN): revoked like an admin would. */
  async revokeSelf(device: DeviceIdentity): Promise<void> {
    if (!(await this.devices.revoke(device.id))) throw new DomainError('DEVICE_NOT_FOUND');
    await this.audit.record({
      actorId: null,
      action: 'device.revoked',
      targetType: 'device',
      targetId: device.id,
      details: { by: 'device' },
    });
  }
}
