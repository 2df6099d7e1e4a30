// The 412 of a draft: who saved, and a line diff of their text against ours, with the two ways out.
import { diffLines } from 'diff';
import type { DraftConflictDetails } from '../api.js';
import { Button } from '../ui/button.js';
import { dateTime } from '../ui/format.js';

export function ConflictPanel({
  message,
  details,
  onTakeTheirs,
  onKeepMine,
}: {
  message: string;
  details: DraftConflictDetails;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const parts = diffLines(details.current.source, details.yours.source);
  return (
    <section class="conflit" role="alert" aria-labelledby="titre-conflit">
      <h2 id="titre-conflit">Conflit d’enregistrement</h2>
      <p>{message}</p>
      <p class="meta">
        Leur version (révision {details.current.revision}) enregistrée le {dateTime(details.current.savedAt)}
        {details.current.savedBy ? ` par ${details.current.savedBy.displayName}` : ''}. En rouge, les lignes
        de leur version absentes de la vôtre ; en vert, vos lignes.
      </p>
      <pre class="diff" tabIndex={0} aria-label="Différences entre leur version et la vôtre">
        {parts
          .filter((p) => p.added || p.removed)
          .map((p, i) => (
            <span key={i} class={p.added ? 'ajout' : 'retrait'}>
              {p.value
                .replace(/\n$/, '')
                .split('\n')
                .map((l) => `${p.added ? '+ ' : '− '}${l}`)
                .join('\n')}
              {'\n'}
            </span>
          ))}
      </pre>
      <div class="actions">
        <Button variant="secondaire" onClick={onTakeTheirs}>
          Reprendre leur version
        </Button>
        <Button variant="principal" onClick={onKeepMine}>
          Garder ma version et l’enregistrer
        </Button>
      </div>
    </section>
  );
}
