import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type Role } from '../api.js';
import { signInNotice, signedIn } from '../state.js';
import { Button } from '../ui/button.js';
import { TextField } from '../ui/field.js';
import { duration, errorMessage, NNBSP } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';

/** The lockout and rate-limit answers say how long to wait (`Retry-After`). */
export function signInError(failure: unknown): string {
  if (!(failure instanceof ApiError)) return errorMessage(failure, 'Connexion impossible. Réessayez.');
  if (failure.status === 429 && failure.retryAfter) {
    const wait = `Réessayez dans ${duration(failure.retryAfter)}.`;
    return /Réessayez dans/.test(failure.message) ? failure.message : `${failure.message} ${wait}`;
  }
  return failure.message;
}

export function SignInPage({ onSignedIn }: { onSignedIn: (role: Role) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const emailInput = useRef<HTMLDivElement>(null);
  useEffect(() => {
    emailInput.current?.querySelector('input')?.focus();
  }, []);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const errors = {
      email: email.trim() ? undefined : 'Saisissez votre adresse e-mail.',
      password: password ? undefined : 'Saisissez votre mot de passe.',
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      (
        document.getElementById(errors.email ? 'connexion-email' : 'connexion-mot-de-passe') as HTMLElement
      ).focus();
      return;
    }
    setBusy(true);
    setError(null);
    signInNotice.value = '';
    try {
      const me = await api.login(email.trim(), password);
      setPassword('');
      signedIn(me.user, me.csrfToken);
      onSignedIn(me.user.role);
    } catch (failure) {
      setError(signInError(failure));
      setAttempts((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="connexion" aria-labelledby="titre-connexion-page">
      <PageHeader title="Connexion" keepFocus />
      {signInNotice.value && (
        <p class="notice" role="status">
          {signInNotice.value}
        </p>
      )}
      <form noValidate onSubmit={(e) => void submit(e)} class="formulaire">
        <div ref={emailInput}>
          <TextField
            id="connexion-email"
            label="Adresse e-mail"
            type="email"
            autoComplete="username"
            required
            value={email}
            onValue={setEmail}
            error={fieldErrors.email}
          />
        </div>
        <TextField
          id="connexion-mot-de-passe"
          label="Mot de passe"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
        />
        <p id="erreur-connexion" class="erreur" role="alert" data-essai={attempts}>
          {error ?? ''}
        </p>
        <Button type="submit" variant="principal" busy={busy}>
          Se connecter
        </Button>
      </form>
      <p class="aide">
        Mot de passe oublié{NNBSP}? Demandez à un·e administrateur·rice de votre structure un nouveau lien.
      </p>
    </section>
  );
}
