// « Mes données »: the visitor types (or scans) their follow-up code, sees what the visit stored and may erase
// it. An unknown code and an erased one get the same answer from the server, so the page never tells which.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatFollowUpCode, normalizeFollowUpCode } from '../../../engine/src/follow-up-code.js';
import { Button } from '../admin/ui/button.js';
import { ConfirmDialog } from '../admin/ui/dialog.js';
import { FollowUpCodeForm } from '../admin/ui/code-form.js';
import { errorMessage, NBSP } from '../admin/ui/format.js';
import { myDataApi, type MyDataResponse } from './api.js';
import { KeptAnyway, VisitData } from './visit-data.js';

const BAD_FORMAT = `Ce code n’a pas le bon format${NBSP}: il compte 10${NBSP}caractères, lettres et chiffres, par exemple ABCDE-FGHJK.`;

/** `?code=…` or `#code=…` (the QR code uses the fragment, which never reaches a server or its logs). */
function codeInAddress(): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('code');
  return fromHash ?? new URLSearchParams(location.search).get('code');
}

export function MyDataPage() {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ code: string; data: MyDataResponse } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // After the dialog's own effect has closed it: while it is modal, the rest of the page is inert.
  useEffect(() => {
    if (!erased || confirming) return;
    const timer = setTimeout(() => doneRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [erased, confirming]);

  async function lookUp(raw: string): Promise<void> {
    setErased(false);
    const normalized = normalizeFollowUpCode(raw);
    if (!normalized) {
      setFound(null);
      setError(BAD_FORMAT);
      document.getElementById('code')?.focus();
      return;
    }
    const code = formatFollowUpCode(normalized);
    setInput(code);
    setError(null);
    setBusy(true);
    try {
      setFound({ code, data: await myDataApi.lookUp(normalized) });
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (failure) {
      setFound(null);
      setError(errorMessage(failure, 'Vos données n’ont pas pu être affichées. Réessayez.'));
      document.getElementById('code')?.focus();
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    const pending = codeInAddress();
    if (pending) {
      // Out of the address bar and the browser history once read.
      history.replaceState(null, '', location.pathname);
      void lookUp(pending);
    } else document.getElementById('code')?.focus();
  }, []);

  return (
    <>
      <h1>Mes données</h1>
      <p class="chapeau">
        À la fin de votre visite, Éclore vous a donné un code de suivi. Avec ce code, vous pouvez voir ce que
        nous avons gardé de votre visite, et l’effacer si vous le souhaitez.
      </p>
      <FollowUpCodeForm
        label="Votre code de suivi"
        hint="10 caractères, écrits sur le dernier écran de la visite. Le tiret est facultatif."
        submitLabel="Voir mes données"
        value={input}
        onValue={setInput}
        error={error}
        busy={busy}
        onSubmit={(code) => void lookUp(code)}
      />

      <div aria-live="polite">
        {erased && (
          <p id="efface" class="confirmation" tabIndex={-1} ref={doneRef}>
            Vos données ont été effacées. Ce code ne correspond plus à rien{NBSP}: il ne permet plus de les
            retrouver, ni à vous, ni au personnel.
          </p>
        )}
      </div>

      {found && (
        <>
          <VisitData data={found.data} headingRef={resultRef} />
          <section class="bloc effacer" aria-labelledby="titre-effacer">
            <h2 id="titre-effacer">Effacer mes données</h2>
            <p>
              Vous pouvez tout effacer maintenant{NBSP}: votre visite, vos choix, ce que vous avez dit, vos
              réponses aux questions et votre profil. Votre conseiller ou conseillère ne pourra plus voir
              votre profil. C’est définitif.
            </p>
            <Button id="bouton-effacer" variant="danger" onClick={() => setConfirming(true)}>
              Effacer mes données
            </Button>
          </section>
        </>
      )}

      <KeptAnyway retentionMonths={found?.data.retentionMonths ?? null} />

      <ConfirmDialog
        id="confirmer-effacement"
        title={'Effacer vos données pour toujours\u202f?'}
        open={confirming}
        text={
          <p>
            Tout ce qui est affiché sur cette page sera supprimé et ne pourra pas être récupéré. Le code{' '}
            <strong class="code">{found?.code}</strong> ne donnera plus rien.
          </p>
        }
        confirmLabel="Oui, tout effacer"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await myDataApi.erase(normalizeFollowUpCode(found!.code)!);
          setFound(null);
          setInput('');
          setErased(true);
        }}
      />
    </>
  );
}
