// « Casques »: a one-time pairing code for a headset of a site (with a live countdown), the list
// of paired headsets and their confirmed revocation.
import { useEffect, useState } from 'preact/hooks';
import { api, type Device, type PairingCode, type Site } from '../api.js';
import { toast } from '../state.js';
import { Button } from '../ui/button.js';
import { ConfirmDialog } from '../ui/dialog.js';
import { FormError, SelectField, TextField } from '../ui/field.js';
import { dateTime, duration, errorMessage, NBSP, NNBSP, quoted } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { Table, byText } from '../ui/table.js';
import { useList } from './use-list.js';

export function DevicesPage() {
  const { rows, error, reload } = useList(api.devices);
  const [sites, setSites] = useState<Site[]>([]);
  const [revoking, setRevoking] = useState<Device | null>(null);
  useEffect(() => {
    api.sites().then(
      (all) => setSites(all.filter((s) => s.active)),
      () => setSites([]),
    );
  }, []);
  return (
    <section>
      <PageHeader
        title="Casques"
        keepFocus
        intro={<p>Appairez un casque à un site, puis gérez les casques en service.</p>}
      />
      <PairingForm sites={sites} />
      <div class="barre-liste">
        <h2 id="titre-liste-casques">Casques appairés</h2>
        <Button onClick={() => void reload()}>Actualiser la liste</Button>
      </div>
      <FormError id="erreur-casques" message={error} />
      <div id="liste-casques">
        {rows && (
          <Table
            id="tableau-casques"
            caption="Casques appairés, avec leur site et leur dernière activité"
            rows={rows}
            rowKey={(d) => d.id}
            rowAttributes={(d) => ({ 'data-casque': d.id })}
            sort={{ key: 'nom', direction: 'ascending' }}
            empty={<p>Aucun casque appairé pour l’instant.</p>}
            columns={[
              {
                key: 'nom',
                label: 'Casque',
                rowHeader: true,
                compare: byText((d) => d.label),
                render: (d) => d.label,
              },
              {
                key: 'site',
                label: 'Site',
                compare: byText((d) => d.site?.name),
                render: (d) => d.site?.name ?? 'non précisé',
              },
              {
                key: 'appaire',
                label: 'Appairé le',
                compare: byText((d) => d.pairedAt),
                render: (d) => dateTime(d.pairedAt),
              },
              {
                key: 'activite',
                label: 'Dernière activité',
                compare: byText((d) => d.lastSeenAt),
                render: (d) => dateTime(d.lastSeenAt),
              },
              {
                key: 'actions',
                label: 'Actions',
                render: (d) => (
                  <Button variant="danger" onClick={() => setRevoking(d)} aria-label={`Révoquer ${d.label}`}>
                    Révoquer
                  </Button>
                ),
              },
            ]}
          />
        )}
      </div>
      <ConfirmDialog
        id="dialogue-revocation"
        open={revoking !== null}
        title={revoking ? `Révoquer ${quoted(revoking.label)}${NNBSP}?` : ''}
        text={
          <p>
            Le casque ne pourra plus envoyer de visites ni charger de scénarios. Pour le réutiliser, il faudra
            l’appairer de nouveau avec un nouveau code.
          </p>
        }
        confirmLabel="Révoquer"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          const device = revoking!;
          try {
            await api.revokeDevice(device.id);
            toast(`${quoted(device.label)} est révoqué.`);
          } finally {
            // Revoked elsewhere meanwhile: the server's message is shown and the row goes anyway.
            await reload();
          }
        }}
      />
    </section>
  );
}

function PairingForm({ sites }: { sites: Site[] }) {
  const [label, setLabel] = useState('');
  const [siteId, setSiteId] = useState('');
  const [errors, setErrors] = useState<{ label?: string; site?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<(PairingCode & { label: string }) | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    document.getElementById('nom-casque')?.focus();
  }, []);
  useEffect(() => {
    if (!created) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [created]);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const name = label.trim();
    const next = {
      label: !name
        ? 'Donnez un nom au casque, par exemple «\u00a0Casque 7 — Cité des Métiers\u00a0».'
        : name.length > 100
          ? 'Le nom du casque compte 100 caractères au plus.'
          : undefined,
      site: siteId ? undefined : 'Choisissez le site où le casque servira.',
    };
    setErrors(next);
    if (next.label || next.site) {
      document.getElementById(next.label ? 'nom-casque' : 'site-casque')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const code = await api.createPairingCode({ siteId, label: name });
      setCreated({ ...code, label: name });
      setNow(Date.now());
      setLabel('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const remaining = created ? Date.parse(created.expiresAt) - now : 0;
  return (
    <form
      id="formulaire-appairage"
      class="formulaire carte"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="titre-appairage"
    >
      <h2 id="titre-appairage">Appairer un casque</h2>
      <TextField
        id="nom-casque"
        label="Nom du casque"
        autoComplete="off"
        maxLength={100}
        required
        placeholder="Casque 7 — Cité des Métiers"
        hint="Un nom qui permet de reconnaître le casque, par exemple son numéro et le lieu où il sert."
        value={label}
        onValue={setLabel}
        error={errors.label}
      />
      <SelectField
        id="site-casque"
        label="Site du casque"
        required
        value={siteId}
        onValue={setSiteId}
        options={[
          { value: '', label: 'Choisissez un site' },
          ...sites.map((s) => ({ value: s.id, label: s.name })),
        ]}
        hint="Les visites faites avec ce casque seront rattachées à ce site."
        error={errors.site}
      />
      <FormError id="erreur-appairage" message={error} />
      <Button type="submit" variant="principal" busy={busy}>
        Créer un code d’appairage
      </Button>
      {created && (
        <div id="code-appairage" class={`code-appairage${remaining <= 0 ? ' expire' : ''}`}>
          <p class="meta">Code d’appairage pour {quoted(created.label)}</p>
          <p
            id="code-valeur"
            class="code-valeur"
            aria-label={`Code${NBSP}: ${created.code.split('').join(' ')}`}
          >
            {created.code}
          </p>
          <p id="expiration-code" class="compte-a-rebours">
            {remaining > 0
              ? `expire dans ${duration(remaining / 1000)}`
              : 'Ce code a expiré. Créez-en un nouveau.'}
          </p>
          <p>
            Sur le casque, ouvrez Éclore, puis Personnel (en bas à gauche de l’accueil) › Appairer ce casque,
            et saisissez ce code.
          </p>
        </div>
      )}
    </form>
  );
}
