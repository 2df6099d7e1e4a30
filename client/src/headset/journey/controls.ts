// The HTML controls of the journey's screens (buttons, number keys) and the idle warning
// « Vous êtes toujours là ? », in 2D and in VR.
import { bindToggleSetting } from '../settings.js';
import { $, type HeadsetApp } from './app.js';

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
