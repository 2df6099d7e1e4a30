import { scrypt, randomBytes } from 'node:crypto';
import { generatePassword, hashPassword, needsRehash, verifyPassword } from './password.js';

// scrypt at OWASP cost (128 MiB, about 0.3 s alone) takes seconds on a busy shared machine.
jest.setTimeout(30_000);

describe(hashPassword.name, () => {
  it('should verify the right password and refuse a wrong one when hashed with OWASP scrypt parameters', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horsE', stored)).resolves.toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('should salt each hash when the same password is hashed twice', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  it('should refuse when the stored hash is not a scrypt hash or asks for absurd costs', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).resolves.toBe(false);
  });

  it('should still verify a hash made before with N=16384 and ask for its rehash', async () => {
    const salt = randomBytes(16);
    const key = await new Promise<Buffer>((resolve, reject) =>
      scrypt('ancien mot de passe', salt, 32, { N: 16384, r: 8, p: 1 }, (e, k) =>
        e ? reject(e) : resolve(k),
      ),
    );
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    await expect(verifyPassword('ancien mot de passe', old)).resolves.toBe(true);
    expect(needsRehash(old)).toBe(true);
  });
});

describe(generatePassword.name, () => {
  it('should give 4 groups of 5 unambiguous characters when called', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-hj-km-np-z2-9]{5}(-[a-hj-km-np-z2-9]{5}){3}$/);
    expect(generatePassword()).not.toBe(password);
  });
});
