// The studio's scenario list: live version, draft state and last editor; create from the template.
import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { api, type StudioScenarioDto } from '../api.js';
import { Button } from '../ui/button.js';
import { FormError, SelectField, TextField } from '../ui/field.js';
import { dateTime, errorMessage } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { Table } from '../ui/table.js';

const STATUS: Record<StudioScenarioDto['draftStatus'], string> = {
  none: 'Aucun brouillon',
  same: 'Brouillon identique à la version en ligne',
  modified: 'Brouillon modifié',
  new: 'Jamais publié',
};

const SECTORS = [
  { value: 'energies-renouvelables', label: 'Énergies renouvelables' },
  { value: 'batiment-durable', label: 'Bâtiment durable' },
  { value: 'recyclage', label: 'Recyclage' },
  { value: 'dechets', label: 'Déchets' },
];

export function StudioListPage() {
  const [rows, setRows] = useState<StudioScenarioDto[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    api.studioScenarios().then(setRows, (e: unknown) => setFailure(errorMessage(e)));
  }, []);
  return (
    <>
      <PageHeader
        title="Studio"
        intro={<p>Écrivez et testez les scénarios. Les brouillons s’enregistrent pendant que vous tapez.</p>}
        actions={
          <Button variant="principal" onClick={() => setCreating(true)}>
            Nouveau scénario
          </Button>
        }
      />
      {creating && <CreateForm onCancel={() => setCreating(false)} />}
      {failure && (
        <p class="erreur" role="alert">
          {failure}
        </p>
      )}
      {rows && (
        <Table
          caption="Scénarios"
          rows={rows}
          rowKey={(r) => r.id}
          empty={<p>Aucun scénario pour l’instant.</p>}
          columns={[
            {
              key: 'title',
              label: 'Titre',
              rowHeader: true,
              compare: (a, b) => a.title.localeCompare(b.title, 'fr'),
              render: (r) => <Link href={`/studio/${encodeURIComponent(r.id)}`}>{r.title}</Link>,
            },
            {
              key: 'sector',
              label: 'Secteur',
              render: (r) => SECTORS.find((s) => s.value === r.sector)?.label ?? r.sector,
            },
            {
              key: 'live',
              label: 'Version en ligne',
              render: (r) =>
                r.live ? `${r.live.versionId.slice(0, 8)} · ${dateTime(r.live.publishedAt)}` : '—',
            },
            { key: 'draft', label: 'Brouillon', render: (r) => STATUS[r.draftStatus] },
            {
              key: 'editor',
              label: 'Dernière modification',
              render: (r) =>
                r.lastEditor
                  ? `${r.lastEditor.displayName}, ${dateTime(r.lastEditedAt)}`
                  : dateTime(r.lastEditedAt),
            },
          ]}
        />
      )}
    </>
  );
}

function CreateForm({ onCancel }: { onCancel: () => void }) {
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ id: '', title: '', sector: 'energies-renouvelables', job: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const draft = await api.createScenario(form);
      navigate(`/studio/${encodeURIComponent(draft.scenarioId)}`);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <form class="carte-formulaire" onSubmit={(e) => void submit(e)} aria-labelledby="titre-creation">
      <h2 id="titre-creation">Nouveau scénario</h2>
      <TextField
        id="scenario-id"
        label="Identifiant"
        hint="En minuscules avec des tirets, par exemple « agent-compostage ». Il ne change plus ensuite."
        value={form.id}
        onValue={(id) => setForm({ ...form, id })}
        required
      />
      <TextField
        id="scenario-titre"
        label="Titre"
        value={form.title}
        onValue={(title) => setForm({ ...form, title })}
        required
      />
      <TextField
        id="scenario-metier"
        label="Métier"
        value={form.job}
        onValue={(job) => setForm({ ...form, job })}
        required
      />
      <SelectField
        id="scenario-secteur"
        label="Secteur"
        value={form.sector}
        onValue={(sector) => setForm({ ...form, sector })}
        options={SECTORS}
      />
      <FormError id="erreur-creation" message={error} />
      <div class="actions">
        <Button variant="secondaire" onClick={onCancel}>
          Annuler
        </Button>
        <Button variant="principal" type="submit" busy={busy}>
          Créer à partir du modèle
        </Button>
      </div>
    </form>
  );
}
