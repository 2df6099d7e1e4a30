import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { AUDIT_ACTION_LABELS, labelOf } from './audit-actions.js';
import type { AuditEntryResponse, AuditPageResponse, AuditQueryParams } from './audit.dto.js';
import { AuditRepository, type AuditRow } from './audit.repository.js';

/** At most this many rows in one export (a year of a busy centre fits). */
const EXPORT_MAX_ROWS = 100_000;

const toResponse = (row: AuditRow): AuditEntryResponse => ({
  id: row.id,
  at: row.at.toISOString(),
  actor: row.actor,
  action: row.action,
  label: labelOf(row.action),
  targetType: row.targetType,
  targetId: row.targetId,
  details: row.details,
});

const parisTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'medium',
});

@Injectable()
export class AuditService {
  constructor(@Inject(AuditRepository) private readonly audit: AuditRepository) {}

  async page(query: AuditQueryParams): Promise<AuditPageResponse> {
    const rows = await this.audit.search({ ...query, limit: query.limit + 1 });
    const entries = rows.slice(0, query.limit).map(toResponse);
    return { entries, nextBefore: rows.length > query.limit ? entries.at(-1)!.id : null };
  }

  /** UTF-8 with a BOM and `;` separators, so a French spreadsheet opens it as is. */
  async csv(query: AuditQueryParams): Promise<string> {
    const rows = await this.audit.search({ ...query, limit: EXPORT_MAX_ROWS });
    const body = stringify(
      rows.map((row) => [
        parisTime.format(row.at),
        row.actor?.displayName ?? (row.actor ? '' : 'Système ou anonyme'),
        row.actor?.email ?? '',
        labelOf(row.action),
        row.action,
        row.targetType ?? '',
        row.targetId ?? '',
        JSON.stringify(row.details),
      ]),
      {
        delimiter: ';',
        bom: true,
        header: true,
        columns: [
          'Date (heure de Paris)',
          'Personne',
          'Adresse',
          'Action',
          'Code',
          'Objet',
          'Identifiant',
          'Détails',
        ],
      },
    );
    return body;
  }

  actions(): { action: string; label: string }[] {
    return Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => ({ action, label }));
  }
}
