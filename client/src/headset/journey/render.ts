// Draws the journey state twice: the HTML overlay (the accessible interface on a screen) and the
// 3D interface (in VR), both from `app.state` only.
import { $, type HeadsetApp } from './app.js';
import { renderCatalogue } from './screens/catalogue.js';
import { renderAnswers } from './screens/conversation.js';
import { initialState } from './state.js';
import { applyVrView, vrView } from './view.js';

export function renderJourney(app: HeadsetApp): void {
  const { screen } = app.state;
  $('interface').dataset.ecran = screen;
  $('ecran-accueil').hidden = screen !== 'accueil';
  $('ecran-catalogue').hidden = screen !== 'catalogue' && screen !== 'chargement';
  $('ecran-notice').hidden = screen !== 'notice';
  $('ecran-jeu').hidden = screen !== 'jeu';
  $('ecran-fin').hidden = screen !== 'fin';
  $('ecran-questions').hidden = screen !== 'questions';
  $('ecran-code').hidden = screen !== 'code';
  app.showcase.update(screen === 'accueil', app.catalog);
  if (screen === 'catalogue' || screen === 'chargement') {
    // Rebuilt only when it changes: the keyboard focus stays on its button.
    const key = `${screen}:${app.catalog.map((e) => e.versionId).join()}`;
    if (key !== app.catalogueDrawn)
      renderCatalogue($('liste-scenarios'), app.catalog, screen === 'chargement', (e) => app.showNotice(e));
    app.catalogueDrawn = key;
    if (screen === 'chargement') $('message-catalogue').textContent = 'Chargement du métier…';
  }
  renderAnswers($('liste-choix'), app.state.screen === 'jeu' ? app.state : initialState, (index, method) =>
    app.choose(index, method),
  );
  const vr = app.stage.isPresenting();
  // On a screen the HTML overlay is the interface (readable, accessible): the 3D panels would
  // only repeat it at the edges of the view.
  app.ui.root.visible = vr;
  const form = app.questions.form;
  applyVrView(
    app.ui,
    vrView(app.state, {
      catalog: app.catalog,
      posture: app.stage.posture,
      hint: app.inputs.kind,
      endCard: app.end && app.endModule ? app.endModule.endCard(app.end) : null,
      question: form?.current ? { title: form.current.title, number: form.number, count: form.count } : null,
    }),
  );
  app.talk.render();
}
