import { z } from 'zod';
import { safeText, uuidId } from '../../common/safe-text.js';

/** `:id` of a site. */
export const SiteIdParam = uuidId('identifiant de site invalide\u00a0: un UUID est attendu');

const name = safeText({ max: 120 }).trim().min(1, 'nom du site attendu');
const city = safeText({ max: 80 }).trim();

export const CreateSiteBody = z.strictObject({ name, city: city.optional() });
export type CreateSiteBody = z.infer<typeof CreateSiteBody>;

export const UpdateSiteBody = z
  .strictObject({ name: name.optional(), city: city.optional(), active: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, 'au moins un champ à modifier');
export type UpdateSiteBody = z.infer<typeof UpdateSiteBody>;

export interface SiteResponse {
  id: string;
  name: string;
  city: string;
  active: boolean;
  /** Paired headsets not revoked. */
  deviceCount: number;
  /** Visits recorded at this site. */
  sessionCount: number;
}

/** A published scenario and whether the site offers it on its headsets. */
export interface SiteScenarioResponse {
  id: string;
  title: string;
  sector: string;
  job: string;
  offered: boolean;
}

export const SiteScenariosBody = z.strictObject({
  offered: z
    .array(safeText({ min: 1, max: 100 }), { error: 'liste des scénarios proposés attendue' })
    .min(1, 'un site doit proposer au moins un scénario')
    .max(500, 'au plus 500 scénarios')
    .refine((ids) => new Set(ids).size === ids.length, 'un scénario apparaît deux fois dans la liste'),
});
export type SiteScenariosBody = z.infer<typeof SiteScenariosBody>;
