// The optional questions at the end of a visit (DESIGN §1, §5): one at a time, each skippable,
// answered by pointing, keyboard or voice. Only the values the server accepts are sent; a skipped
// question stays null. Knows nothing about three.js: the 3D card is built from the same view.
import { matchChoice, type MatchableChoice } from '../../../../engine/src/index.js';
import type { DemographicsAnswers } from '../../shared/api-types.js';
import { QUESTIONS, type Question, type QuestionId } from '../../shared/questions.js';

export { QUESTIONS, type Question, type QuestionId, type QuestionOption } from '../../shared/questions.js';

/** The answers of one visitor, question by question; `next()` moves on after an answer or a skip. */
export class QuestionsForm {
  private position = 0;
  private readonly answers: DemographicsAnswers = {
    gender: null,
    ageBand: null,
    situation: null,
    education: null,
    satisfaction: null,
  };

  get current(): Question | null {
    return QUESTIONS[this.position] ?? null;
  }

  /** 1-based position of the current question, for « Question 2 sur 5 ». */
  get number(): number {
    return this.position + 1;
  }

  get count(): number {
    return QUESTIONS.length;
  }

  get done(): boolean {
    return this.position >= QUESTIONS.length;
  }

  /** Records the option at `optionIndex` of the current question and moves on. */
  answer(optionIndex: number): void {
    const question = this.current;
    const chosen = question?.options[optionIndex];
    if (!question || !chosen) return;
    (this.answers as Record<QuestionId, string | number | null>)[question.id] = chosen.value;
    this.position += 1;
  }

  skip(): void {
    if (!this.done) this.position += 1;
  }

  skipAll(): void {
    this.position = QUESTIONS.length;
  }

  /** True when the visitor answered at least one question (else nothing is sent). */
  get answered(): boolean {
    return Object.values(this.answers).some((value) => value !== null);
  }

  result(): DemographicsAnswers {
    return { ...this.answers };
  }
}

/** Age band of a spoken age (« j’ai 34 ans »): transcription services write numbers as digits. */
function ageBandOf(age: number): DemographicsAnswers['ageBand'] {
  if (age < 10 || age > 110) return null;
  return age < 18 ? '<18' : age < 30 ? '18-29' : age < 55 ? '30-54' : '55+';
}

/** The option of `question` a visitor said, or null when the matcher is unsure. */
export function matchOption(question: Question, transcript: string): number | null {
  const number = /\b(\d{1,3})\b/.exec(transcript)?.[1];
  if (number !== undefined) {
    const value = question.id === 'ageBand' ? ageBandOf(Number(number)) : Number(number);
    const index = question.options.findIndex((o) => o.value === value);
    if (index >= 0 && (question.id === 'ageBand' || question.id === 'satisfaction')) return index;
  }
  const choices: MatchableChoice[] = question.options.map((o, index) => ({
    index,
    text: o.label,
    say: o.say,
  }));
  return matchChoice(transcript, choices)?.choiceIndex ?? null;
}
