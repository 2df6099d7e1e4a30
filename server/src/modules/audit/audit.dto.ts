import { z } from 'zod';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'date inexistante');

export const AuditQuery = z.strictObject({
  actor: z.uuid('identifiant de personne attendu (UUID)').optional(),
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'action attendue, par exemple staff ou auth.login')
    .max(60)
    .optional(),
  from: day.optional(),
  to: day.optional(),
  before: z
    .string()
    .regex(/^\d{1,18}$/, 'curseur attendu (nombre)')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
// Another name than the schema: decorator metadata would otherwise hand the zod object to Swagger as a class.
export type AuditQueryParams = z.infer<typeof AuditQuery>;

export interface AuditEntryResponse {
  id: string;
  at: string;
  actor: { id: string; email: string; displayName: string } | null;
  action: string;
  /** French label of the action. */
  label: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

export interface AuditPageResponse {
  entries: AuditEntryResponse[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}
