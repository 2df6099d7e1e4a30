// Invitation or reset link (`#/invitation/<token>`): the person chooses their own password. The
// length is checked as they type; the strength verdict (zxcvbn, French dictionary) is the server's.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { api, ApiError, type InvitationInfo } from '../api.js';
import { signedOut } from '../state.js';
import { Button } from '../ui/button.js';
import { FormError, TextField } from '../ui/field.js';
import { errorMessage, NBSP } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';

export const MIN_PASSWORD_LENGTH = 12;

export function InvitationPage({ token }: { token: string }) {
  const [, navigate] = useLocation();
  const [info, setInfo] = useState<InvitationInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.invitation(token).then(setInfo, (failure) => setLoadError(errorMessage(failure)));
  }, [token]);

  const missing = Math.max(0, MIN_PASSWORD_LENGTH - [...password].length);
  const lengthHint =
    password === ''
      ? `${MIN_PASSWORD_LENGTH} caractères au moins. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`
      : missing > 0
        ? `Encore ${missing} caractère${missing > 1 ? 's' : ''} au moins.`
        : 'Longueur suffisante. La solidité sera vérifiée à l’enregistrement.';

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const next = {
      password:
        missing > 0 ? `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.` : undefined,
      confirm: confirm !== password ? 'Les deux mots de passe ne sont pas identiques.' : undefined,
    };
    setErrors(next);
    setError(null);
    if (next.password || next.confirm) {
      document.getElementById(next.password ? 'nouveau-mot-de-passe' : 'confirmation-mot-de-passe')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.acceptInvitation(token, password);
      signedOut(
        'Votre mot de passe est enregistré. Connectez-vous avec votre adresse e-mail et ce mot de passe.',
      );
      navigate('/connexion', { replace: true });
    } catch (failure) {
      if (
        failure instanceof ApiError &&
        (failure.code === 'PASSWORD_TOO_WEAK' || failure.code === 'PASSWORD_TOO_SHORT')
      ) {
        setErrors({ password: failure.message });
        document.getElementById('nouveau-mot-de-passe')?.focus();
      } else setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  if (loadError)
    return (
      <section>
        <PageHeader title="Lien invalide" />
        <p class="erreur" role="alert">
          {loadError}
        </p>
        <p>Demandez un nouveau lien à un·e administrateur·rice.</p>
      </section>
    );
  if (!info) return <p class="meta">Chargement…</p>;
  return (
    <section>
      <PageHeader
        title={info.kind === 'reset' ? 'Nouveau mot de passe' : 'Activer votre compte'}
        intro={
          <p>
            {info.displayName} ({info.email}){NBSP}: choisissez votre mot de passe. Ce lien ne sert qu’une
            fois.
          </p>
        }
        keepFocus
      />
      <form noValidate onSubmit={(e) => void submit(e)} class="formulaire">
        <input type="text" name="username" autoComplete="username" value={info.email} hidden readOnly />
        <TextField
          id="nouveau-mot-de-passe"
          label="Nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          required
          autoFocus
          value={password}
          onValue={setPassword}
          hint={<span aria-live="polite">{lengthHint}</span>}
          error={errors.password}
        />
        <TextField
          id="confirmation-mot-de-passe"
          label="Confirmez le mot de passe"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onValue={setConfirm}
          error={errors.confirm}
        />
        <FormError id="erreur-invitation" message={error} />
        <Button type="submit" variant="principal" busy={busy}>
          Enregistrer le mot de passe
        </Button>
      </form>
    </section>
  );
}
