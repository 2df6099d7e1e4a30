import { DomainError } from '../../common/domain-error.js';
import { assertStrongPassword } from './password-policy.js';

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe(assertStrongPassword.name, () => {
  it('should refuse a password under 12 characters even when it is random', () => {
    expect(codeOf(() => assertStrongPassword('x7#Qp!2vZ9a'))).toBe('PASSWORD_TOO_SHORT');
  });

  it('should refuse a long French word sequence with French advice when it is easy to guess', () => {
    let error: DomainError | undefined;
    try {
      assertStrongPassword('motdepasse123');
    } catch (caught) {
      error = caught as DomainError;
    }
    expect(error?.code).toBe('PASSWORD_TOO_WEAK');
    expect(error?.message).toMatch(/^Ce mot de passe est trop facile à deviner\. \S/);
    expect(error?.message).toMatch(/[éèàç]|mot|Ajoutez|Évitez|majuscule/i);
  });

  it('should refuse a password made of the person’s own name when it is otherwise long', () => {
    expect(codeOf(() => assertStrongPassword('camille.durand', ['camille.durand@cdm.fr']))).toBe(
      'PASSWORD_TOO_WEAK',
    );
  });

  it('should accept a long passphrase when it is hard to guess', () => {
    expect(codeOf(() => assertStrongPassword('tortue-violette-escalade-Gap-1987'))).toBeNull();
  });
});
