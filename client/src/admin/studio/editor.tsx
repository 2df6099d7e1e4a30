// The ink editor: CodeMirror 6, live diagnostics from the engine in a worker (underlines + problems
// list), outline and map of the story, autosave with optimistic concurrency (412 → diff).
import { setDiagnostics, lintGutter, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { EditorSelection } from '@codemirror/state';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { api, ApiError, type DraftConflictDetails, type DraftResponse } from '../api.js';
import { Button } from '../ui/button.js';
import { errorMessage } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import { ConflictPanel } from './conflict.js';
import { DiagnosticsClient, type Diagnostic, type StoryMap } from './diagnostics-protocol.js';
import { inkSupport } from './ink-language.js';
import { StoryMapView } from './story-map-view.js';

const AUTOSAVE_MS = 1500;
const LINT_MS = 250;

type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string; details: DraftConflictDetails };

function hourOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getHours()}\u00a0h\u00a0${String(d.getMinutes()).padStart(2, '0')}`;
}

function statusText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Enregistré à ${hourOf(state.at)}`;
    case 'dirty':
      return 'Modifications non enregistrées';
    case 'saving':
      return 'Enregistrement…';
    case 'error':
      return `Échec de l’enregistrement\u00a0: ${state.message}`;
    case 'conflict':
      return 'Conflit\u00a0: une autre version a été enregistrée';
  }
}

export function StudioEditorPage({ id }: { id: string }) {
  const [draft, setDraft] = useState<DraftResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    api.draft(id).then(setDraft, (e: unknown) => setFailure(errorMessage(e)));
  }, [id]);
  if (failure)
    return (
      <p class="erreur" role="alert">
        {failure}
      </p>
    );
  if (!draft)
    return (
      <p class="meta" role="status">
        Chargement du brouillon…
      </p>
    );
  return <Editor draft={draft} />;
}

function Editor({ draft }: { draft: DraftResponse }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const revision = useRef(draft.revision);
  const [save, setSave] = useState<SaveState>(
    draft.savedAt ? { kind: 'saved', at: draft.savedAt } : { kind: 'saved', at: new Date().toISOString() },
  );
  const [problems, setProblems] = useState<Diagnostic[]>([]);
  const [map, setMap] = useState<StoryMap | null>(null);
  const [analysis, setAnalysis] = useState<string>('Analyse en cours…');
  const [tab, setTab] = useState<'carte' | 'plan'>('carte');

  const metier = draft.metier as { personnages?: Record<string, unknown>; media?: Record<string, unknown> };
  const knots = useRef<string[]>([]);

  useEffect(() => {
    const diagnostics = new DiagnosticsClient(
      () => new Worker(new URL('./diagnostics.worker.ts', import.meta.url), { type: 'module' }),
    );
    let lintTimer = 0;
    let saveTimer = 0;
    const lint = async () => {
      const editor = view.current;
      if (!editor) return;
      const source = editor.state.doc.toString();
      setAnalysis('Analyse en cours…');
      const outcome = await diagnostics.run({
        scenarioId: draft.scenarioId,
        source,
        metier: draft.metier,
        referential: draft.referential,
      });
      if (!outcome || view.current !== editor || editor.state.doc.toString() !== source) return;
      if ('timedOut' in outcome) {
        setAnalysis(
          'L’analyse a pris trop de temps (plus de 4\u00a0secondes) et a été interrompue\u00a0: vérifiez la dernière modification, par exemple une boucle sans fin.',
        );
        editor.dispatch(setDiagnostics(editor.state, []));
        return;
      }
      const doc = editor.state.doc;
      const marks: CmDiagnostic[] = outcome.diagnostics.map((d) => {
        const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
        const from = Math.min(line.from + Math.max(d.column - 1, 0), line.to);
        return {
          from,
          to: Math.max(from, line.to),
          severity: d.severity === 'error' ? 'error' : 'warning',
          message: d.message,
          source: d.code,
        };
      });
      editor.dispatch(setDiagnostics(editor.state, marks));
      setProblems(outcome.diagnostics);
      setMap(outcome.map);
      knots.current = outcome.map.nodes.map((n) => n.id);
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
      setAnalysis(
        errors === 0 && outcome.diagnostics.length === 0
          ? `Aucun problème (analyse en ${outcome.ms}\u00a0ms)`
          : `${errors} erreur(s), ${outcome.diagnostics.length - errors} avertissement(s) (analyse en ${outcome.ms}\u00a0ms)`,
      );
    };
    const persist = async () => {
      const editor = view.current;
      if (!editor) return;
      const source = editor.state.doc.toString();
      setSave({ kind: 'saving' });
      try {
        const saved = await api.saveDraft(draft.scenarioId, revision.current, source);
        revision.current = saved.revision;
        setSave(
          editor.state.doc.toString() === source ? { kind: 'saved', at: saved.savedAt } : { kind: 'dirty' },
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 412)
          setSave({
            kind: 'conflict',
            message: error.message,
            details: error.details as DraftConflictDetails,
          });
        else setSave({ kind: 'error', message: errorMessage(error) });
      }
    };
    const editor = new EditorView({
      parent: host.current!,
      doc: draft.source,
      extensions: [
        basicSetup,
        lintGutter(),
        inkSupport({
          speakers: () => Object.keys(metier.personnages ?? {}),
          media: () => Object.keys(metier.media ?? {}),
          competencies: () => draft.referential,
          targets: () => knots.current,
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Texte du scénario (ink)', tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          window.clearTimeout(lintTimer);
          lintTimer = window.setTimeout(() => void lint(), LINT_MS);
          setSave((s) => (s.kind === 'conflict' ? s : { kind: 'dirty' }));
          window.clearTimeout(saveTimer);
          saveTimer = window.setTimeout(() => {
            setSave((s) => {
              if (s.kind !== 'conflict') void persist();
              return s;
            });
          }, AUTOSAVE_MS);
        }),
      ],
    });
    view.current = editor;
    // The scroller itself is a tab stop so keyboard users can scroll a long script (axe: scrollable-region-focusable).
    editor.scrollDOM.tabIndex = 0;
    (window as unknown as { __studioView?: EditorView }).__studioView = editor;
    void lint();
    return () => {
      window.clearTimeout(lintTimer);
      window.clearTimeout(saveTimer);
      diagnostics.dispose();
      editor.destroy();
      view.current = null;
    };
  }, [draft]);

  const jump = (line: number) => {
    const editor = view.current;
    if (!editor) return;
    const target = editor.state.doc.line(Math.min(Math.max(line, 1), editor.state.doc.lines));
    editor.dispatch({
      selection: EditorSelection.cursor(target.from),
      effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
    });
    editor.focus();
  };

  const resolveConflict = async (keepMine: boolean) => {
    if (save.kind !== 'conflict' || !view.current) return;
    const { details } = save;
    revision.current = details.current.revision;
    if (!keepMine) {
      view.current.dispatch({
        changes: { from: 0, to: view.current.state.doc.length, insert: details.current.source },
      });
      setSave({ kind: 'saved', at: details.current.savedAt ?? new Date().toISOString() });
      return;
    }
    setSave({ kind: 'saving' });
    try {
      const saved = await api.saveDraft(
        draft.scenarioId,
        revision.current,
        view.current.state.doc.toString(),
      );
      revision.current = saved.revision;
      setSave({ kind: 'saved', at: saved.savedAt });
    } catch (error) {
      setSave({ kind: 'error', message: errorMessage(error) });
    }
  };

  const outline = map?.nodes ?? [];
  return (
    <div class="studio">
      <PageHeader
        title={`Studio — ${draft.title}`}
        keepFocus
        intro={
          <p>
            <Link href="/studio">Tous les scénarios</Link> · brouillon de <code>{draft.scenarioId}</code>
          </p>
        }
        actions={
          <p class={`etat-enregistrement etat-${save.kind}`} role="status" aria-live="polite">
            {statusText(save)}
          </p>
        }
      />
      {save.kind === 'conflict' && (
        <ConflictPanel
          message={save.message}
          details={save.details}
          onTakeTheirs={() => void resolveConflict(false)}
          onKeepMine={() => void resolveConflict(true)}
        />
      )}
      <div class="studio-grille">
        <div class="studio-editeur">
          <div ref={host} class="codemirror-hote" />
          <section class="problemes" aria-labelledby="titre-problemes">
            <h2 id="titre-problemes">Problèmes</h2>
            <p class="meta" role="status">
              {analysis}
            </p>
            {problems.length > 0 && (
              <ul>
                {problems.map((p, i) => (
                  <li key={`${p.line}-${p.code}-${i}`} class={`probleme probleme-${p.severity}`}>
                    <Button variant="lien" onClick={() => jump(p.line)}>
                      Ligne {p.line}
                    </Button>{' '}
                    <span class="gravite">{p.severity === 'error' ? 'Erreur' : 'Avertissement'}</span>{' '}
                    <span class="message">{p.message}</span> <code class="code-regle">{p.code}</code>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside class="studio-cote" aria-label="Structure de l’histoire">
          <div class="onglets" role="tablist" aria-label="Vue de la structure">
            <button
              role="tab"
              id="onglet-carte"
              aria-selected={tab === 'carte'}
              aria-controls="panneau-carte"
              class="onglet"
              onClick={() => setTab('carte')}
            >
              Carte
            </button>
            <button
              role="tab"
              id="onglet-plan"
              aria-selected={tab === 'plan'}
              aria-controls="panneau-plan"
              class="onglet"
              onClick={() => setTab('plan')}
            >
              Plan
            </button>
          </div>
          {tab === 'carte' ? (
            <div
              id="panneau-carte"
              role="tabpanel"
              aria-labelledby="onglet-carte"
              class="panneau-carte"
              tabIndex={0}
            >
              {map ? <StoryMapView map={map} onJump={jump} /> : <p class="meta">Calcul de la carte…</p>}
            </div>
          ) : (
            <nav id="panneau-plan" role="tabpanel" aria-labelledby="onglet-plan" class="plan">
              <ul>
                {outline.map((n) => (
                  <li key={n.id} class={n.id.includes('.') ? 'plan-stitch' : 'plan-knot'}>
                    <Button variant="lien" onClick={() => jump(n.line)}>
                      {n.title}
                    </Button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </aside>
      </div>
    </div>
  );
}
