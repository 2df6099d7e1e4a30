import { generatePassword, hashPassword, verifyPassword } from './password.js';

describe(hashPassword.name, () => {
  it('should verify the right password and refuse a wrong one when hashed with scrypt', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horsE', stored)).resolves.toBe(false);
  });

  it('should salt each hash when the same password is hashed twice', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  it('should refuse when the stored hash is not a scrypt hash', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
  });
});

describe(generatePassword.name, () => {
  it('should give 4 groups of 5 unambiguous characters when called', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-hj-km-np-z2-9]{5}(-[a-hj-km-np-z2-9]{5}){3}$/);
    expect(generatePassword()).not.toBe(password);
  });
});
