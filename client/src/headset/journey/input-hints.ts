// Help that matches how the visitor answers: the last input used (touch, mouse, keyboard, a VR
// controller or bare hands) picks the wording; a phone never gets keyboard hints.
export type InputKind = 'touch' | 'mouse' | 'keyboard' | 'controller' | 'hands';

export interface HintOptions {
  /** The « Parler » button is offered. */
  voice: boolean;
}

/** The line under the answers of the conversation. */
export function answerHint(kind: InputKind, { voice }: HintOptions): string {
  switch (kind) {
    case 'keyboard':
      return voice
        ? 'Touches 1 à 9 pour répondre, Tab pour parcourir les réponses, Espace (maintenu ou deux appuis) pour parler.'
        : 'Touches 1 à 9 pour répondre, Tab pour parcourir les réponses.';
    case 'touch':
      return voice
        ? 'Touchez une réponse, ou le bouton «\u00a0Parler\u00a0» pour répondre à voix haute.'
        : 'Touchez une réponse pour la choisir.';
    case 'mouse':
      return voice
        ? 'Cliquez sur une réponse, ou sur «\u00a0Parler\u00a0» pour répondre à voix haute.'
        : 'Cliquez sur une réponse pour la choisir.';
    case 'controller':
      return voice
        ? 'Visez une réponse avec la manette puis appuyez sur la gâchette, ou maintenez la poignée pour parler.'
        : 'Visez une réponse avec la manette puis appuyez sur la gâchette.';
    case 'hands':
      return voice
        ? 'Visez une réponse avec la main puis pincez le pouce et l’index, ou pincez «\u00a0Parler\u00a0».'
        : 'Visez une réponse avec la main puis pincez le pouce et l’index.';
  }
}

/** After two misunderstood answers: how to pick one without speaking. */
export function pickHint(kind: InputKind): string {
  switch (kind) {
    case 'keyboard':
      return 'Choisissez une des réponses ci-dessous (touches 1 à 9, ou Tab puis Entrée).';
    case 'touch':
      return 'Choisissez une des réponses ci-dessous en la touchant.';
    case 'mouse':
      return 'Choisissez une des réponses ci-dessous d’un clic.';
    case 'controller':
      return 'Visez une réponse avec la manette puis appuyez sur la gâchette.';
    case 'hands':
      return 'Visez une réponse avec la main puis pincez le pouce et l’index.';
  }
}

/** The start card's instruction in VR. */
export function vrStartHint(kind: InputKind): string {
  return kind === 'hands'
    ? 'Visez le bouton avec la main puis pincez le pouce et l’index.'
    : 'Visez le bouton avec la manette puis appuyez sur la gâchette.';
}

/** Follows the visitor's inputs; `onChange` runs when the kind changes. */
export class InputTracker {
  private current: InputKind;

  constructor(
    private readonly onChange: (kind: InputKind) => void,
    win: Window = window,
  ) {
    const coarse = win.matchMedia?.('(pointer: coarse)').matches ?? false;
    this.current = coarse ? 'touch' : 'mouse';
    win.addEventListener(
      'pointerdown',
      (event) => this.set(event.pointerType === 'touch' || event.pointerType === 'pen' ? 'touch' : 'mouse'),
      { capture: true, passive: true },
    );
    win.addEventListener(
      'keydown',
      (event) => {
        // A phone's on-screen keyboard types into fields: that is not keyboard navigation.
        if (event.key === 'Tab' || event.key === ' ' || /^[1-9]$/.test(event.key) || event.key === 'Enter')
          this.set('keyboard');
      },
      { capture: true, passive: true },
    );
  }

  get kind(): InputKind {
    return this.current;
  }

  /** VR input sources: a hand without gamepad buttons, or a controller. */
  fromXrSources(sources: ArrayLike<{ hand?: unknown; gamepad?: unknown }> | null): void {
    if (!sources || sources.length === 0) return;
    const hands = Array.from(sources).every((s) => Boolean(s.hand));
    this.set(hands ? 'hands' : 'controller');
  }

  set(kind: InputKind): void {
    if (kind === this.current) return;
    this.current = kind;
    this.onChange(kind);
  }
}
