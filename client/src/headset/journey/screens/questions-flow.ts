// The optional questions after the end screen (each skippable), then the follow-up code screen.
import { QuestionsForm, type Question } from '../../flow/questions.js';
import { $, type HeadsetApp } from '../app.js';
import { answerItem } from './conversation.js';

export class QuestionsFlow {
  form: QuestionsForm | null = null;

  constructor(private readonly app: HeadsetApp) {}

  get current(): Question | null {
    return this.form?.current ?? null;
  }

  start(): void {
    this.form = new QuestionsForm();
    this.app.dispatch({ type: 'questions', answers: this.answers() });
    this.render();
  }

  /** Answers the current question with its option at `optionIndex` (any input method). */
  answer(optionIndex: number): void {
    if (this.app.state.screen !== 'questions' || !this.form?.current?.options[optionIndex]) return;
    this.app.quietTalk();
    this.form.answer(optionIndex);
    this.render();
  }

  skip(all: boolean): void {
    if (this.app.state.screen !== 'questions' || !this.form) return;
    this.app.quietTalk();
    if (all) this.form.skipAll();
    else this.form.skip();
    this.render();
  }

  /** Sends what the visitor answered (once), through the same durable outbox as the events. */
  finish(): void {
    const form = this.form;
    const finished = this.app.state.finished;
    this.form = null;
    if (form && finished && form.answered) this.app.sink.answerQuestions(finished.sessionId, form.result());
  }

  private answers() {
    return (this.current?.options ?? []).map((o, index) => ({ index, text: o.label }));
  }

  private render(): void {
    const form = this.form;
    if (!form) return;
    const question = form.current;
    if (!question) {
      void this.showCode();
      return;
    }
    this.app.dispatch({ type: 'question', position: form.number - 1, answers: this.answers() });
    $('progression-questions').textContent = `Question ${form.number} sur ${form.count}`;
    $('titre-question').textContent = question.title;
    $('aide-question').textContent = question.help ?? '';
    $('liste-reponses').replaceChildren(
      ...question.options.map((option, i) =>
        answerItem(i, option.label, { reponse: String(option.value) }, () => this.answer(i)),
      ),
    );
    this.app.render();
    this.app.focusHeading('titre-question');
  }

  private async showCode(): Promise<void> {
    this.finish();
    const finished = this.app.state.finished;
    if (!finished) return;
    this.app.dispatch({ type: 'code' });
    const { renderCodeScreen } = await import('../../end-screen.js');
    if (this.app.state.screen !== 'code' || this.app.state.finished !== finished) return;
    renderCodeScreen($('ecran-code'), finished.followUpCode, () => this.app.reset());
    this.app.focusHeading('titre-code');
  }
}
