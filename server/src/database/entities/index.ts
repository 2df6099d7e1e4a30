import { AuditLogEntity } from './audit-log.entity.js';
import { CompetencyScoreEntity } from './competency-score.entity.js';
import { DemographicsEntity } from './demographics.entity.js';
import { EventEntity } from './event.entity.js';
import { ScenarioVersionEntity } from './scenario-version.entity.js';
import { ScenarioEntity } from './scenario.entity.js';
import { SiteEntity } from './site.entity.js';
import { StaffUserEntity } from './staff-user.entity.js';
import { StaffUserSiteEntity } from './staff-user-site.entity.js';
import { StaffSessionEntity } from './staff-session.entity.js';
import { StaffInvitationEntity } from './staff-invitation.entity.js';
import { LoginThrottleEntity } from './login-throttle.entity.js';
import { VisitorSessionEntity } from './visitor-session.entity.js';
import { DeviceEntity } from '../../modules/devices/device.entity.js';
import { PairingCodeEntity } from '../../modules/devices/pairing-code.entity.js';
import { VoiceClipEntity } from '../../modules/voice/voice-clip.entity.js';
import { MediaAssetEntity } from '../../modules/media/media-asset.entity.js';
import { LlmCacheEntity } from '../../modules/llm/llm-cache.entity.js';

export {
  AuditLogEntity,
  CompetencyScoreEntity,
  DemographicsEntity,
  EventEntity,
  ScenarioEntity,
  ScenarioVersionEntity,
  SiteEntity,
  StaffUserEntity,
  StaffUserSiteEntity,
  StaffSessionEntity,
  StaffInvitationEntity,
  LoginThrottleEntity,
  VisitorSessionEntity,
};

/** Every entity, listed (no globs: the same list works from dist/ and under Jest). */
export const ENTITIES = [
  SiteEntity,
  StaffUserEntity,
  StaffUserSiteEntity,
  StaffSessionEntity,
  StaffInvitationEntity,
  LoginThrottleEntity,
  ScenarioEntity,
  ScenarioVersionEntity,
  VisitorSessionEntity,
  EventEntity,
  CompetencyScoreEntity,
  DemographicsEntity,
  AuditLogEntity,
  DeviceEntity,
  PairingCodeEntity,
  MediaAssetEntity,
  VoiceClipEntity,
  LlmCacheEntity,
];
