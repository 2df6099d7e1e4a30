import { useEffect, useState } from 'preact/hooks';
import { api, type Site, type SiteScenario } from '../api.js';
import { toast } from '../state.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { CheckboxGroup, FormError } from '../ui/field.js';
import { NNBSP, errorMessage, quoted } from '../ui/format.js';
import { SECTOR_LABELS } from '../../../../engine/src/tags.js';

/** Which scenarios the headsets of `site` list (the others stay published elsewhere). */
export function SiteScenariosDialog({ site, onClose }: { site: Site | null; onClose: () => void }) {
  const [scenarios, setScenarios] = useState<SiteScenario[] | null>(null);
  const [offered, setOffered] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setScenarios(null);
    setError(null);
    if (!site) return;
    api.siteScenarios(site.id).then(
      (list) => {
        setScenarios(list);
        setOffered(list.filter((s) => s.offered).map((s) => s.id));
      },
      (failure) => setError(errorMessage(failure)),
    );
  }, [site?.id]);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (offered.length === 0) {
      setError('Cochez au moins un scénario\u00a0: un casque doit pouvoir proposer une visite.');
      return;
    }
    setBusy(true);
    try {
      await api.setSiteScenarios(site!.id, offered);
      toast(`Les casques de ${quoted(site!.name)} proposent ${offered.length}${NNBSP}scénario(s).`);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      id="dialogue-scenarios-site"
      title={site ? `Scénarios proposés à ${quoted(site.name)}` : ''}
      open={site !== null}
      onClose={onClose}
    >
      <form noValidate onSubmit={(e) => void submit(e)} class="formulaire">
        {scenarios ? (
          <CheckboxGroup
            id="scenarios-proposes"
            label="Scénarios listés sur les casques du site"
            hint="Un casque appairé à ce site les affiche à son prochain écran d’accueil. Un scénario publié plus tard est proposé partout tant que vous ne le décochez pas."
            values={offered}
            onValues={(values) => {
              setOffered(values);
              setError(null);
            }}
            options={scenarios.map((s) => ({
              value: s.id,
              label: `${s.title} — ${SECTOR_LABELS[s.sector as keyof typeof SECTOR_LABELS] ?? s.sector}`,
            }))}
          />
        ) : (
          !error && <p class="meta">Chargement…</p>
        )}
        <FormError id="erreur-scenarios-site" message={error} />
        <div class="actions">
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="principal" busy={busy} disabled={!scenarios}>
            Enregistrer
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
