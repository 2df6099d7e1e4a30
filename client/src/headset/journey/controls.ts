// The HTML controls of the journey's screens (buttons, number keys) and the idle warning
// « Vous êtes toujours là ? », in 2D and in VR.
import type { ChoiceMethod } from '../../shared/api-types.js';
import { bindToggleSetting } from '../settings.js';
import { $, type HeadsetApp } from './app.js';
import { jobsOf, sectorsOf } from './screens/catalogue.js';
import { POSTURES } from './screens/start.js';

/** A display preference of the 2D interface (larger text, stronger contrast), kept on this device. */
function bindDisplaySetting(buttonId: string, name: 'texte' | 'contraste'): void {
  bindToggleSetting(
    $(buttonId),
    name,
    false,
    (on) => (document.documentElement.dataset[name] = on ? 'oui' : 'non'),
  );
}

export function bindScreenControls(app: HeadsetApp): void {
  $('bouton-commencer').addEventListener('click', () => void app.showCatalog());
  bindDisplaySetting('bouton-texte', 'texte');
  bindDisplaySetting('bouton-contraste', 'contraste');
  $('bouton-retour-accueil').addEventListener('click', () => app.reset());
  $('bouton-notice').addEventListener('click', () => void app.startScenario());
  $('bouton-retour-catalogue').addEventListener('click', () => app.backToCatalogue());
  $('bouton-passer').addEventListener('click', () => app.skipQuestion());
  $('bouton-passer-tout').addEventListener('click', () => app.skipQuestion(true));
  $('bouton-toujours-la').addEventListener('click', () => app.idle.activity());
  // Any input of the visitor keeps the visit alive (the idle reset is for empty kiosks only).
  // Not inside the warning itself: its button answers on click (a press that hid it first would
  // send the click to whatever lies behind).
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'])
    window.addEventListener(
      type,
      (event) => {
        if (!(event.target instanceof Element && event.target.closest('#veille'))) app.idle.activity();
      },
      { capture: true, passive: true },
    );
  $('bouton-suite').addEventListener('click', () => app.skipLine());
  const vrButton = $('bouton-vr') as HTMLButtonElement;
  vrButton.addEventListener('click', () => {
    app.stage.xr.enterVR().catch((error: unknown) => {
      $('message-accueil').textContent = 'La réalité virtuelle n’a pas pu démarrer. Continuez sur l’écran.';
      console.error(error);
    });
  });
  void navigator.xr?.isSessionSupported('immersive-vr').then(
    (supported) => (vrButton.hidden = !supported),
    () => (vrButton.hidden = true),
  );
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key < '1' || event.key > '9') return;
    const position = Number(event.key) - 1;
    if (app.state.screen === 'questions') {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select')) return;
      event.preventDefault();
      app.answerQuestion(position);
    } else if (app.state.screen === 'jeu') {
      const answer = app.state.answers[position];
      if (answer) {
        event.preventDefault();
        app.choose(answer.index, 'keyboard');
      }
    }
  });
}

/** « Vous êtes toujours là ? »: a dialog on a screen, the subtitle panel in VR. */
export class IdleWarning {
  constructor(private readonly app: HeadsetApp) {}

  show(secondsLeft: number): void {
    const dialog = $('veille');
    const text = `Sans action de votre part, Éclore revient à l’accueil dans ${secondsLeft}\u00a0seconde${secondsLeft > 1 ? 's' : ''} pour la personne suivante.`;
    $('texte-veille').textContent = text;
    const vr = this.app.stage.isPresenting();
    if (dialog.hidden) {
      dialog.hidden = false;
      if (!vr) $('bouton-toujours-la').focus();
    }
    if (vr)
      this.app.ui.showLine(
        'Éclore',
        `Vous êtes toujours là\u202f? ${text} Appuyez sur un bouton pour continuer.`,
      );
  }

  hide(lastLine: { name?: string; text: string } | null): void {
    $('veille').hidden = true;
    if (!this.app.stage.isPresenting()) return;
    if (lastLine) this.app.ui.showLine(lastLine.name, lastLine.text);
    else this.app.ui.hideLine();
  }
}

/** A 3D answer button was pressed: what it means depends on the screen. */
export function sceneChoice(app: HeadsetApp, index: number, method: ChoiceMethod): void {
  app.idle.activity();
  const { screen, sector } = app.state;
  if (screen === 'accueil') {
    const posture = POSTURES[index];
    if (posture) app.stage.calibrateHeight(posture.id);
    app.render();
  } else if (screen === 'jeu') app.choose(index, method);
  else if (screen === 'questions') app.answerQuestion(index);
  else if (screen === 'catalogue') {
    // In VR the picker has two steps (a short list of 3D buttons): the sector, then its jobs.
    if (sector === null) app.dispatch({ type: 'pick-sector', sector: sectorsOf(app.catalog)[index] ?? null });
    else {
      const entry = jobsOf(app.catalog, sector)[index];
      if (entry) app.showNotice(entry);
    }
  }
}

/** The 3D card's one action button. */
export function cardAction(app: HeadsetApp): void {
  app.idle.activity();
  const { screen, sector } = app.state;
  if (screen === 'accueil') void app.showCatalog();
  else if (screen === 'catalogue' && sector !== null) app.dispatch({ type: 'pick-sector', sector: null });
  else if (screen === 'notice') void app.startScenario();
  else if (screen === 'fin') app.showQuestions();
  else if (screen === 'questions') app.skipQuestion();
  else if (screen === 'code') app.reset();
}
