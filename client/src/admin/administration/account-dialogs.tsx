import { useEffect, useState } from 'preact/hooks';
import { api, type Invitation, type Role, type Site, type StaffAccount } from '../api.js';
import { toast } from '../state.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { CheckboxGroup, FormError, SelectField, TextField } from '../ui/field.js';
import { dateTime, errorMessage, NNBSP, ROLE_LABELS } from '../ui/format.js';

const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AccountFormProps {
  /** null: closed; 'new': creation; an account: edition. */
  editing: StaffAccount | 'new' | null;
  sites: Site[];
  onClose: () => void;
  onSaved: (invitation: Invitation | null, account: StaffAccount) => Promise<void>;
}

export function AccountDialog({ editing, sites, onClose, onSaved }: AccountFormProps) {
  const account = editing === 'new' ? null : editing;
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('counsellor');
  const [siteIds, setSiteIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setEmail(account?.email ?? '');
    setDisplayName(account?.displayName ?? '');
    setRole(account?.role ?? 'counsellor');
    setSiteIds(account?.sites.map((s) => s.id) ?? []);
    setErrors({});
    setError(null);
  }, [editing]);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const next = {
      email:
        account || EMAIL.test(email.trim())
          ? undefined
          : 'Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
      displayName: displayName.trim() ? undefined : 'Saisissez le nom affiché de la personne.',
      sites:
        role === 'counsellor' && siteIds.length === 0
          ? 'Un·e conseiller·ère doit être rattaché·e à au moins un site.'
          : undefined,
    };
    setErrors(next);
    const first = (['email', 'displayName', 'sites'] as const).find((k) => next[k]);
    if (first) {
      const target = document.getElementById(
        { email: 'compte-email', displayName: 'compte-nom', sites: 'compte-sites' }[first],
      );
      (target?.querySelector('input') ?? target)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (account) {
        const saved = await api.updateStaff(account.id, { displayName: displayName.trim(), role, siteIds });
        toast(`Le compte de ${saved.displayName} est modifié.`);
        onClose();
        await onSaved(null, saved);
      } else {
        const created = await api.createStaff({
          email: email.trim(),
          displayName: displayName.trim(),
          role,
          siteIds,
        });
        onClose();
        await onSaved(created.invitation, created.user);
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const activeSites = sites.filter((s) => s.active || siteIds.includes(s.id));
  return (
    <Dialog
      id="dialogue-compte"
      title={account ? `Modifier le compte de ${account.displayName}` : 'Créer un compte'}
      open={editing !== null}
      onClose={onClose}
    >
      <form noValidate onSubmit={(e) => void submit(e)} class="formulaire">
        {!account && (
          <TextField
            id="compte-email"
            label="Adresse e-mail"
            type="email"
            autoComplete="off"
            required
            autoFocus
            value={email}
            onValue={setEmail}
            error={errors.email}
          />
        )}
        <TextField
          id="compte-nom"
          label="Nom affiché"
          required
          maxLength={120}
          value={displayName}
          onValue={setDisplayName}
          error={errors.displayName}
        />
        <SelectField
          id="compte-role"
          label="Rôle"
          value={role}
          onValue={(v) => setRole(v as Role)}
          options={ROLE_OPTIONS}
          hint="Conseiller·ère : profils des visites de ses sites. Rédacteur·rice : scénarios. Administrateur·rice : tout."
        />
        <CheckboxGroup
          id="compte-sites"
          label="Sites"
          hint="Les profils que la personne peut consulter."
          values={siteIds}
          onValues={setSiteIds}
          options={activeSites.map((s) => ({ value: s.id, label: s.name }))}
          error={errors.sites}
        />
        <FormError id="erreur-compte" message={error} />
        <div class="actions">
          <Button onClick={onClose}>Annuler</Button>
          <Button type="submit" variant="principal" busy={busy}>
            {account ? 'Enregistrer' : 'Créer le compte'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The one-time link, shown once (or « envoyée par e-mail »), with a copy button. */
export function InvitationDialog({
  shown,
  onClose,
}: {
  shown: { invitation: Invitation; account: StaffAccount } | null;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [shown]);
  const invitation = shown?.invitation;
  return (
    <Dialog
      id="dialogue-invitation"
      title={shown ? `Lien pour ${shown.account.displayName}` : ''}
      open={shown !== null}
      onClose={onClose}
    >
      {invitation?.emailed ? (
        <p>
          L’invitation a été envoyée par e-mail à {shown!.account.email}. Le lien est valable jusqu’au{' '}
          {dateTime(invitation.expiresAt)}.
        </p>
      ) : (
        invitation && (
          <>
            <p>
              Transmettez ce lien à la personne (il ne sera plus affiché). Il sert une seule fois, jusqu’au{' '}
              {dateTime(invitation.expiresAt)}.
            </p>
            <p class="lien-invitation">
              <label for="lien-invitation">Lien à transmettre</label>
              <input
                id="lien-invitation"
                readOnly
                value={invitation.url}
                onFocus={(e) => e.currentTarget.select()}
              />
            </p>
            <p role="status" class="meta">
              {copied ? 'Lien copié dans le presse-papiers.' : ''}
            </p>
          </>
        )
      )}
      <div class="actions">
        {invitation && !invitation.emailed && (
          <Button
            onClick={() =>
              navigator.clipboard.writeText(invitation.url ?? '').then(
                () => setCopied(true),
                () => toast('La copie a échoué : sélectionnez le lien et copiez-le.', 'erreur'),
              )
            }
          >
            Copier le lien
          </Button>
        )}
        <Button variant="principal" autoFocus onClick={onClose}>
          J’ai transmis le lien
        </Button>
      </div>
    </Dialog>
  );
}

export function statusOf(account: StaffAccount): string {
  if (!account.active) return 'désactivé';
  if (account.invitationPending) return 'invitation en attente';
  return 'actif';
}

export function confirmTitle(account: StaffAccount | null, action: 'reset' | 'toggle'): string {
  if (!account) return '';
  if (action === 'reset') return `Nouveau lien pour ${account.displayName}${NNBSP}?`;
  return `${account.active ? 'Désactiver' : 'Réactiver'} le compte de ${account.displayName}${NNBSP}?`;
}
