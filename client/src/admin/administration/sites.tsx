import { useState } from 'preact/hooks';
import { api, type Site } from '../api.js';
import { toast } from '../state.js';
import { Button } from '../ui/button.js';
import { ConfirmDialog, Dialog } from '../ui/dialog.js';
import { FormError, TextField } from '../ui/field.js';
import { errorMessage, NNBSP, quoted } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { Table, byNumber, byText } from '../ui/table.js';
import { SiteScenariosDialog } from './site-scenarios.js';
import { useList } from './use-list.js';

type Editing = { site: Site | null } | null;

export function SitesPage() {
  const { rows, error, reload } = useList(api.sites);
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<Site | null>(null);
  const [deleting, setDeleting] = useState<Site | null>(null);
  const [choosing, setChoosing] = useState<Site | null>(null);

  return (
    <section>
      <PageHeader
        title="Sites"
        intro={<p>Les lieux où Éclore est proposé. Un casque et chaque visite appartiennent à un site.</p>}
        actions={
          <Button variant="principal" onClick={() => setEditing({ site: null })}>
            Ajouter un site
          </Button>
        }
      />
      <FormError id="erreur-sites" message={error} />
      {rows && (
        <Table
          id="tableau-sites"
          caption="Sites, avec leurs casques et leurs visites"
          rows={rows}
          rowKey={(s) => s.id}
          rowAttributes={(s) => ({ 'data-site': s.name })}
          sort={{ key: 'nom', direction: 'ascending' }}
          empty={<p>Aucun site pour l’instant. Ajoutez le premier.</p>}
          columns={[
            {
              key: 'nom',
              label: 'Nom',
              rowHeader: true,
              compare: byText((s) => s.name),
              render: (s) => s.name,
            },
            { key: 'ville', label: 'Ville', compare: byText((s) => s.city), render: (s) => s.city ?? '—' },
            {
              key: 'casques',
              label: 'Casques',
              numeric: true,
              compare: byNumber((s) => s.deviceCount),
              render: (s) => s.deviceCount,
            },
            {
              key: 'visites',
              label: 'Visites',
              numeric: true,
              compare: byNumber((s) => s.sessionCount),
              render: (s) => s.sessionCount,
            },
            {
              key: 'statut',
              label: 'Statut',
              compare: byText((s) => (s.active ? 'a' : 'b')),
              render: (s) => (s.active ? 'actif' : 'désactivé'),
            },
            {
              key: 'actions',
              label: 'Actions',
              render: (s) => (
                <div class="actions-ligne">
                  <Button onClick={() => setEditing({ site: s })} aria-label={`Renommer ${s.name}`}>
                    Renommer
                  </Button>
                  <Button onClick={() => setChoosing(s)} aria-label={`Scénarios proposés à ${s.name}`}>
                    Scénarios
                  </Button>
                  <Button
                    onClick={() => setToggling(s)}
                    aria-label={`${s.active ? 'Désactiver' : 'Réactiver'} ${s.name}`}
                  >
                    {s.active ? 'Désactiver' : 'Réactiver'}
                  </Button>
                  {s.deviceCount === 0 && s.sessionCount === 0 && (
                    <Button
                      variant="danger"
                      onClick={() => setDeleting(s)}
                      aria-label={`Supprimer ${s.name}`}
                    >
                      Supprimer
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
      <SiteDialog editing={editing} onClose={() => setEditing(null)} onSaved={reload} />
      <SiteScenariosDialog site={choosing} onClose={() => setChoosing(null)} />
      <ConfirmDialog
        id="dialogue-statut-site"
        open={toggling !== null}
        title={
          toggling ? `${toggling.active ? 'Désactiver' : 'Réactiver'} ${quoted(toggling.name)}${NNBSP}?` : ''
        }
        text={
          <p>
            {toggling?.active
              ? 'Le site ne sera plus proposé pour appairer un casque ni pour les comptes. Ses visites restent consultables.'
              : 'Le site sera de nouveau proposé pour les casques et les comptes.'}
          </p>
        }
        confirmLabel={toggling?.active ? 'Désactiver' : 'Réactiver'}
        variant={toggling?.active ? 'danger' : 'principal'}
        onClose={() => setToggling(null)}
        onConfirm={async () => {
          const site = toggling!;
          await api.updateSite(site.id, { active: !site.active });
          toast(`${quoted(site.name)} est ${site.active ? 'désactivé' : 'réactivé'}.`);
          await reload();
        }}
      />
      <ConfirmDialog
        id="dialogue-suppression-site"
        open={deleting !== null}
        title={deleting ? `Supprimer ${quoted(deleting.name)}${NNBSP}?` : ''}
        text={<p>Le site n’a ni casque ni visite. Sa suppression est définitive.</p>}
        confirmLabel="Supprimer"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          await api.deleteSite(deleting!.id);
          toast(`${quoted(deleting!.name)} est supprimé.`);
          await reload();
        }}
      />
    </section>
  );
}

function SiteDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Editing;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const [name, setName] = useState('');
  const [city, setCity] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [openFor, setOpenFor] = useState<Editing>(null);
  if (editing !== openFor) {
    setOpenFor(editing);
    setName(editing?.site?.name ?? '');
    setCity(editing?.site?.city ?? '');
    setNameError(null);
    setError(null);
  }
  const site = editing?.site ?? null;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Donnez un nom au site, par exemple « Cité des Métiers – Gap ».');
      document.getElementById('site-nom')?.focus();
      return;
    }
    setNameError(null);
    setBusy(true);
    try {
      if (site) await api.updateSite(site.id, { name: name.trim(), city: city.trim() || undefined });
      else await api.createSite({ name: name.trim(), city: city.trim() || undefined });
      toast(
        site ? `Le site s’appelle maintenant ${quoted(name.trim())}.` : `${quoted(name.trim())} est ajouté.`,
      );
      onClose();
      await onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      id="dialogue-site"
      title={site ? `Renommer ${quoted(site.name)}` : 'Ajouter un site'}
      open={editing !== null}
      onClose={onClose}
    >
      <form noValidate onSubmit={(e) => void submit(e)} class="formulaire">
        <TextField
          id="site-nom"
          label="Nom du site"
          required
          autoFocus
          maxLength={120}
          value={name}
          onValue={setName}
          error={nameError}
        />
        <TextField
          id="site-ville"
          label="Ville"
          hint="Facultatif."
          maxLength={120}
          value={city}
          onValue={setCity}
        />
        <FormError id="erreur-site" message={error} />
        <div class="actions">
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="principal" busy={busy}>
            {site ? 'Enregistrer' : 'Ajouter'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
