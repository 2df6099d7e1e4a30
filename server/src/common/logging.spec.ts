import { requestIdOf, safeUrl } from './logging.js';

describe(safeUrl.name, () => {
  it('should mask the follow-up code of a profile look-up and drop the query string', () => {
    expect(safeUrl('/api/v1/profiles/ABCDE-FGHJK')).toBe('/api/v1/profiles/[masqué]');
    expect(safeUrl('/api/v1/profiles/ABCDE-FGHJK/print?x=1')).toBe('/api/v1/profiles/[masqué]/print');
    expect(safeUrl('/api/v1/catalog?code=ABCDE')).toBe('/api/v1/catalog');
  });
});

describe(requestIdOf.name, () => {
  it('should keep a sane client request id and replace anything else with a UUID', () => {
    expect(requestIdOf('proxy-7f3a.42')).toBe('proxy-7f3a.42');
    for (const bad of [undefined, '', 'a b', 'x'.repeat(200), '<script>']) {
      expect(requestIdOf(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
