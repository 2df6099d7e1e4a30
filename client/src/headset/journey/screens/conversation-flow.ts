// The conversation's pacing: each line is shown (subtitles in 2D and 3D), said aloud and
// animated; the next one comes after its reading time and its audio; the answers come after the
// last line. The journey state says when a character is speaking (the idle watch waits).
import type { StoryChoice, StoryLine } from '../../../../../engine/src/index.js';
import type { ScenarioVersion } from '../../../shared/api-types.js';
import type { SpeechHandle } from '../../voice-out/voice-out.js';
import { $, type HeadsetApp } from '../app.js';

export class Conversation {
  /** The line being said: the next one waits for its end (and for the reading time). */
  private speech: SpeechHandle | null = null;
  private advanceAt = Number.POSITIVE_INFINITY;
  /** Until when the current line is read out (its reading time). */
  private speakingUntil = Number.POSITIVE_INFINITY;
  lastSpeaker: { id?: string; name?: string; text: string } | null = null;
  /** Lines said by each character in this visit: the one heard most is the professional met. */
  private readonly spoken = new Map<string, number>();

  constructor(private readonly app: HeadsetApp) {}

  /** Frame system: the next line when this one was read and said; the end of speaking. */
  update(now: number): void {
    const said = this.speech?.ended ?? true;
    if (now >= this.advanceAt && said) {
      this.advanceAt = Number.POSITIVE_INFINITY;
      this.app.session?.advance();
    }
    if (this.app.state.speaking && said && now >= this.speakingUntil)
      this.app.dispatch({ type: 'speech-end' });
  }

  reset(): void {
    this.stop();
    this.speech = null;
    this.lastSpeaker = null;
    this.spoken.clear();
  }

  /** No line comes by itself any more (the story ended or the visit was left). */
  stop(): void {
    this.advanceAt = Number.POSITIVE_INFINITY;
  }

  /** Shows the next line now instead of waiting for the reading time to pass. */
  skipLine(): void {
    const session = this.app.session;
    if (this.app.state.screen !== 'jeu' || !session?.canAdvance) return;
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.app.voiceOut?.stop();
    session.advance();
  }

  line(line: StoryLine, speaker: string | undefined, durationMs: number, index: number, count: number): void {
    const { app } = this;
    const now = performance.now();
    this.lastSpeaker = { id: line.speaker, name: speaker, text: line.text };
    if (line.speaker) this.spoken.set(line.speaker, (this.spoken.get(line.speaker) ?? 0) + 1);
    app.talk.clearFeedback();
    app.dispatch({ type: 'line' });
    app.scenarioScene?.showMedia(line.media);
    app.scenarioScene?.speak(line.speaker, now, durationMs * 0.8, this.say(line.speaker, line.text));
    app.ui.showLine(speaker, line.text);
    $('locuteur').textContent = speaker ?? '';
    $('replique').textContent = line.text;
    const more = index < count - 1 || app.session?.canAdvance === true;
    ($('bouton-suite') as HTMLButtonElement).hidden = !more;
    app.ui.showNext(more);
    this.advanceAt = more ? now + durationMs : Number.POSITIVE_INFINITY;
    this.speakingUntil = now + durationMs;
  }

  choices(choices: StoryChoice[]): void {
    const { app } = this;
    this.advanceAt = Number.POSITIVE_INFINITY;
    ($('bouton-suite') as HTMLButtonElement).hidden = true;
    app.ui.showNext(false);
    app.talk.newDecision();
    app.dispatch({
      type: 'offer',
      step: app.session?.step ?? 0,
      answers: choices.map((c) => ({ index: c.index, text: c.text })),
    });
    // Keep keyboard users in the flow: focus the first answer when the previous focus is gone.
    const active = document.activeElement;
    if (!app.stage.isPresenting() && (active === document.body || !active?.isConnected))
      ($('liste-choix').querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  /** The character asks again (a misunderstood spoken answer). */
  clarify(text: string): void {
    const name = this.lastSpeaker?.name;
    $('locuteur').textContent = name ?? '';
    $('replique').textContent = text;
    this.app.ui.showLine(name, text);
    const now = performance.now();
    this.speakingUntil = now + 1500;
    this.app.scenarioScene?.speak(this.lastSpeaker?.id, now, 1500, this.say(this.lastSpeaker?.id, text));
  }

  /** The character on stage heard most in this visit (the narrator is not someone met). */
  mostHeard(version: ScenarioVersion): string | undefined {
    return [...this.spoken]
      .filter(([id]) => version.metier.personnages[id]?.apparence)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /** Says a line of the current version aloud; undefined when voice out is off. */
  private say(speaker: string | undefined, text: string): SpeechHandle | undefined {
    const { version, voiceOut } = this.app;
    if (!voiceOut || !version) return undefined;
    this.speech = voiceOut.say({
      scenarioId: version.id,
      versionId: version.versionId,
      speaker,
      text,
      voix: speaker ? version.metier.personnages[speaker]?.voix : 'neutre',
    });
    return this.speech;
  }
}
