import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';
import { DomainError } from '../../common/domain-error.js';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn score (0–4) a password must reach: 3 = « safely unguessable » (~10^8 guesses). */
const MIN_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;
function checker(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    translations: french.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...french.dictionary },
  });
  return zxcvbn;
}

/**
 * Throws PASSWORD_TOO_SHORT or PASSWORD_TOO_WEAK (with zxcvbn's French advice) unless the password
 * is long and hard to guess; the person's e-mail and name count as known words.
 */
export function assertStrongPassword(password: string, personal: string[] = []): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new DomainError('PASSWORD_TOO_SHORT');
  const inputs = personal
    .flatMap((text) => {
      const lower = text.toLowerCase();
      return [lower, lower.split('@')[0]!, ...lower.split(/[^\p{L}\p{N}]+/u)];
    })
    .filter(Boolean);
  const result = checker().check(password, inputs);
  if (result.score >= MIN_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((text): text is string =>
    Boolean(text),
  );
  throw new DomainError(
    'PASSWORD_TOO_WEAK',
    ['Ce mot de passe est trop facile à deviner.', ...advice].join(' '),
    { feedback: advice },
  );
}
