import { useEffect, useState } from 'preact/hooks';
import { formatFollowUpCode, normalizeFollowUpCode } from '../../../../engine/src/follow-up-code.js';
import { api, type ProfileResponse } from '../api.js';
import { FollowUpCodeForm } from '../ui/code-form.js';
import { errorMessage } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { EraseVisit } from './erase-visit.js';
import { ProfileView } from './profile-view.js';

export function ProfileLookupPage() {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ code: string; profile: ProfileResponse } | null>(null);

  async function lookUp(raw: string): Promise<void> {
    const normalized = normalizeFollowUpCode(raw);
    if (!normalized) {
      setError('Ce code n’a pas le bon format : il compte 10 caractères, par exemple ABCDE-FGHJK.');
      setFound(null);
      document.getElementById('code')?.focus();
      return;
    }
    const code = formatFollowUpCode(normalized);
    setInput(code);
    setError(null);
    setBusy(true);
    try {
      setFound({ code, profile: await api.profile(normalized) });
    } catch (failure) {
      setFound(null);
      setError(errorMessage(failure, 'Le profil n’a pas pu être chargé.'));
      document.getElementById('code')?.focus();
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    document.getElementById('code')?.focus();
    // A QR code on the end screen may open the page with `?code=…`.
    const pending = new URLSearchParams(location.search).get('code');
    if (pending) void lookUp(pending);
  }, []);

  return (
    <section>
      <div class="sans-impression">
        <PageHeader title="Profil de compétences" keepFocus />
        <FollowUpCodeForm
          label="Code de suivi"
          hint="Le code de 10 caractères affiché à la fin de la visite (le tiret est facultatif)."
          submitLabel="Afficher le profil"
          value={input}
          onValue={setInput}
          error={error}
          busy={busy}
          onSubmit={(code) => void lookUp(code)}
        />
      </div>
      <div id="profil" aria-live="polite">
        {found && <ProfileView code={found.code} profile={found.profile} />}
        {found && (
          <EraseVisit
            code={found.code}
            onErased={() => {
              setFound(null);
              setInput('');
              document.getElementById('code')?.focus();
            }}
          />
        )}
      </div>
    </section>
  );
}
