import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type PurgeJobResponse, type RetentionResponse } from '../api.js';
import { toast } from '../state.js';
import { Button } from '../ui/button.js';
import { ConfirmDialog } from '../ui/dialog.js';
import { FormError, TextField } from '../ui/field.js';
import { NBSP, dateTime, date, errorMessage } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';

const STATE_LABELS: Record<PurgeJobResponse['state'], string> = {
  created: 'en attente de démarrage',
  retry: 'nouvel essai programmé',
  active: 'en cours',
  completed: 'terminée',
  cancelled: 'annulée',
  failed: 'échouée',
};

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('fr-FR')}${NBSP}${n > 1 ? many : one}`;

/** « 2 visites supprimées, 14 entrées du journal supprimées » (only what was deleted). */
function countsText(result: NonNullable<PurgeJobResponse['result']>): string {
  const parts = [
    result.visits && count(result.visits, 'visite supprimée', 'visites supprimées'),
    result.auditEntries &&
      count(result.auditEntries, 'entrée du journal supprimée', 'entrées du journal supprimées'),
    result.staffSessions &&
      count(
        result.staffSessions,
        'session du personnel expirée effacée',
        'sessions du personnel expirées effacées',
      ),
    result.invitations + result.pairingCodes &&
      count(
        result.invitations + result.pairingCodes,
        'invitation ou code d’appairage périmé effacé',
        'invitations ou codes d’appairage périmés effacés',
      ),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'aucune donnée n’avait expiré';
}

export function RetentionPage() {
  const [view, setView] = useState<RetentionResponse | null>(null);
  const [visits, setVisits] = useState('');
  const [audit, setAudit] = useState('');
  const [errors, setErrors] = useState<{ visits?: string; audit?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [job, setJob] = useState<PurgeJobResponse | null>(null);
  const timer = useRef<number>();

  const show = (next: RetentionResponse) => {
    setView(next);
    setVisits(String(next.visitsMonths));
    setAudit(String(next.auditMonths));
    if (next.running) follow(next.running);
  };

  useEffect(() => {
    api.retention().then(show, (failure) => setErrors({ form: errorMessage(failure) }));
    return () => window.clearTimeout(timer.current);
  }, []);

  /** Polls a purge until it ends, then refreshes the « dernière purge » panel. */
  function follow(current: PurgeJobResponse): void {
    setJob(current);
    window.clearTimeout(timer.current);
    if (['completed', 'failed', 'cancelled'].includes(current.state)) {
      if (current.state === 'completed') {
        toast(`Purge terminée${NBSP}: ${countsText(current.result!)}.`);
        void api.retention().then(setView);
      }
      return;
    }
    timer.current = window.setTimeout(() => {
      api.purge(current.id).then(follow, (failure) => toast(errorMessage(failure), 'erreur'));
    }, 1000);
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const parse = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);
    const body = { visitsMonths: parse(visits), auditMonths: parse(audit) };
    const local: typeof errors = {};
    if (!Number.isInteger(body.visitsMonths) || body.visitsMonths < 1 || body.visitsMonths > 120)
      local.visits = 'Indiquez un nombre entier de mois, de 1 à 120.';
    if (!Number.isInteger(body.auditMonths) || body.auditMonths < 6 || body.auditMonths > 60)
      local.audit = 'Indiquez un nombre entier de mois, de 6 à 60.';
    setErrors(local);
    if (local.visits || local.audit) return;
    setSaving(true);
    try {
      show(await api.saveRetention(body));
      toast('Durées de conservation enregistrées. La prochaine purge les appliquera.');
    } catch (failure) {
      setErrors({ form: errorMessage(failure) });
    } finally {
      setSaving(false);
    }
  }

  const running = job && !['completed', 'failed', 'cancelled'].includes(job.state);
  return (
    <section>
      <PageHeader
        title="Conservation des données"
        intro={
          <p>
            Les visites (réponses, compétences, événements, transcriptions et code de suivi) et le journal
            sont supprimés automatiquement une fois leur durée de conservation écoulée. Les statistiques
            anonymes des rapports sont conservées.
          </p>
        }
      />
      <FormError id="erreur-conservation" message={errors.form ?? null} />
      {view && (
        <>
          <form class="carte" onSubmit={save} noValidate aria-labelledby="titre-durees">
            <h2 id="titre-durees">Durées de conservation</h2>
            <TextField
              id="duree-visites"
              label="Visites (en mois)"
              inputMode="numeric"
              value={visits}
              onValue={setVisits}
              error={errors.visits}
              hint="Comptées depuis la réception de la visite par le serveur. Par défaut 24 mois."
            />
            <TextField
              id="duree-journal"
              label="Journal d’audit (en mois)"
              inputMode="numeric"
              value={audit}
              onValue={setAudit}
              error={errors.audit}
              hint="6 mois au moins, pour pouvoir enquêter sur un accès. Par défaut 12 mois."
            />
            <p class="meta">
              {view.updatedBy
                ? `Modifiées le ${dateTime(view.updatedAt)} par ${view.updatedBy.displayName}.`
                : 'Valeurs par défaut, jamais modifiées.'}
            </p>
            <div class="actions">
              <Button type="submit" variant="principal" busy={saving}>
                Enregistrer
              </Button>
            </div>
          </form>

          <section class="carte" aria-labelledby="titre-purge">
            <h2 id="titre-purge">Purge</h2>
            <p>
              La purge s’exécute {view.schedule}. Avec les réglages actuels, elle supprime les visites reçues
              il y a plus de {view.visitsMonths}
              {NBSP}mois et les entrées du journal de plus de {view.auditMonths}
              {NBSP}mois.
            </p>
            <p id="derniere-purge">
              {view.lastPurge
                ? `Dernière purge le ${dateTime(view.lastPurge.at)}${NBSP}: ${countsText(view.lastPurge)} (visites reçues avant le ${date(view.lastPurge.visitsBefore)}).`
                : 'Aucune purge n’a encore eu lieu.'}
            </p>
            <p role="status" id="etat-purge" class="meta">
              {job && job.state !== 'completed' ? `Purge ${STATE_LABELS[job.state]}…` : ''}
            </p>
            <div class="actions">
              <Button onClick={() => setConfirming(true)} busy={Boolean(running)} disabled={Boolean(running)}>
                Lancer la purge maintenant
              </Button>
            </div>
          </section>
        </>
      )}
      <ConfirmDialog
        id="confirmer-purge"
        title="Lancer la purge maintenant ?"
        open={confirming}
        text={
          <p>
            Les données dont la durée de conservation est écoulée seront supprimées définitivement. Les autres
            ne sont pas touchées.
          </p>
        }
        confirmLabel="Lancer la purge"
        onClose={() => setConfirming(false)}
        onConfirm={async () => follow(await api.startPurge())}
      />
    </section>
  );
}
