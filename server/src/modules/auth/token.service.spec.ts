import { TokenService } from './token.service.js';

describe(TokenService.name, () => {
  const claims = { sub: 'u1', email: 'a@b.fr', role: 'counsellor' as const };

  it('should return the claims when the token was signed with the same secret', () => {
    const service = new TokenService('s'.repeat(32));
    expect(service.verify(service.sign(claims))).toMatchObject(claims);
  });

  it('should reject a token signed with another secret or with an altered payload', () => {
    const token = new TokenService('a'.repeat(32)).sign(claims);
    expect(new TokenService('b'.repeat(32)).verify(token)).toBeNull();
    const [, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...claims, role: 'admin', exp: 9e9 })).toString('base64url')}.${mac}`;
    expect(new TokenService('a'.repeat(32)).verify(forged)).toBeNull();
  });

  it('should reject a token when it has expired', () => {
    let now = Date.parse('2026-01-01T08:00:00Z');
    const service = new TokenService('s'.repeat(32), () => now);
    const token = service.sign(claims);
    now += 8 * 3600 * 1000 + 1000;
    expect(service.verify(token)).toBeNull();
  });

  it('should reject garbage without throwing when the header is malformed', () => {
    const service = new TokenService('s'.repeat(32));
    for (const bad of ['', 'abc', 'a.b.c', '.', 'é.é']) expect(service.verify(bad)).toBeNull();
  });
});
