// « Journal »: who did what and when (sign-ins, failed sign-ins, lockouts, account and site
// changes, profile look-ups), filtered by person, action and dates, exported as CSV.
import { useEffect, useState } from 'preact/hooks';
import { api, type AuditAction, type AuditEntry, type AuditFilters, type StaffAccount } from '../api.js';
import { Button } from '../ui/button.js';
import { FormError, SelectField, TextField } from '../ui/field.js';
import { NBSP, dateTime, duration, errorMessage } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { Table } from '../ui/table.js';

// French names of the detail keys the server records; unknown keys are shown as they are.
const DETAIL_LABELS: Record<string, string> = {
  ip: 'adresse IP',
  email: 'adresse',
  failures: 'échecs',
  lockedForSeconds: 'verrouillé pour',
  staffSessionId: 'session',
  role: 'rôle',
  active: 'actif',
  name: 'nom',
  city: 'ville',
};

function details(entry: AuditEntry): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(entry.details ?? {})) {
    if (value === null || value === undefined || typeof value === 'object') continue;
    const shown =
      key === 'lockedForSeconds' && typeof value === 'number'
        ? duration(value)
        : typeof value === 'boolean'
          ? value
            ? 'oui'
            : 'non'
          : String(value);
    parts.push(`${DETAIL_LABELS[key] ?? key}${NBSP}: ${shown}`);
  }
  return parts.join('\u202f; ') || '—';
}

export function AuditPage() {
  const [actions, setActions] = useState<AuditAction[]>([]);
  const [people, setPeople] = useState<StaffAccount[]>([]);
  const [draft, setDraft] = useState<AuditFilters>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);

  useEffect(() => {
    api.auditActions().then(setActions, () => setActions([]));
    api.staff().then(setPeople, () => setPeople([]));
  }, []);
  useEffect(() => {
    setEntries(null);
    api.audit(filters).then(
      (page) => {
        setEntries(page.entries);
        setNextBefore(page.nextBefore);
        setError(null);
      },
      (failure) => setError(errorMessage(failure, 'Le journal n’a pas pu être chargé.')),
    );
  }, [filters]);

  const label = new Map(actions.map((a) => [a.action, a.label]));
  async function more(): Promise<void> {
    if (!nextBefore) return;
    try {
      const page = await api.audit(filters, nextBefore);
      setEntries([...(entries ?? []), ...page.entries]);
      setNextBefore(page.nextBefore);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  function apply(event: Event): void {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError('La date de fin doit suivre la date de début.');
      document.getElementById('journal-au')?.focus();
      return;
    }
    setDateError(null);
    setFilters({ ...draft });
  }

  return (
    <section>
      <PageHeader
        title="Journal"
        intro={
          <p>
            Les actions faites dans l’espace professionnel, conservées douze mois. Les codes de suivi n’y
            figurent jamais.
          </p>
        }
        actions={
          <a class="bouton bouton-secondaire" href={api.auditCsvUrl(filters)} download>
            Exporter en CSV
          </a>
        }
      />
      <form class="filtres" noValidate onSubmit={apply} aria-label="Filtrer le journal">
        <SelectField
          id="journal-personne"
          label="Personne"
          value={draft.actor ?? ''}
          onValue={(v) => setDraft({ ...draft, actor: v || undefined })}
          options={[
            { value: '', label: 'Toutes' },
            ...people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.email})` })),
          ]}
        />
        <SelectField
          id="journal-action"
          label="Action"
          value={draft.action ?? ''}
          onValue={(v) => setDraft({ ...draft, action: v || undefined })}
          options={[
            { value: '', label: 'Toutes' },
            ...actions.map((a) => ({ value: a.action, label: a.label })),
          ]}
        />
        <TextField
          id="journal-du"
          label="Du"
          type="date"
          value={draft.from ?? ''}
          onValue={(v) => setDraft({ ...draft, from: v || undefined })}
        />
        <TextField
          id="journal-au"
          label="Au"
          type="date"
          value={draft.to ?? ''}
          onValue={(v) => setDraft({ ...draft, to: v || undefined })}
          error={dateError}
        />
        <Button type="submit" variant="principal">
          Filtrer
        </Button>
      </form>
      <FormError id="erreur-journal" message={error} />
      {entries === null ? (
        <p class="meta" role="status">
          Chargement du journal…
        </p>
      ) : (
        <Table
          id="tableau-journal"
          caption="Entrées du journal, de la plus récente à la plus ancienne"
          rows={entries}
          rowKey={(e) => e.id}
          rowAttributes={(e) => ({ 'data-action': e.action })}
          empty={<p>Aucune entrée ne correspond à ces filtres.</p>}
          columns={[
            { key: 'date', label: 'Date', rowHeader: true, render: (e) => dateTime(e.at) },
            {
              key: 'personne',
              label: 'Personne',
              render: (e) => (e.actor ? `${e.actor.displayName} (${e.actor.email})` : 'système'),
            },
            { key: 'action', label: 'Action', render: (e) => e.label || (label.get(e.action) ?? e.action) },
            { key: 'details', label: 'Détails', render: details },
          ]}
        />
      )}
      {nextBefore && <Button onClick={() => void more()}>Afficher les entrées plus anciennes</Button>}
    </section>
  );
}
