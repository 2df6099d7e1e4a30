import { compileInk } from './compiler.js';
import { MINI_INK } from './__fixtures__/stories.js';

describe(compileInk.name, () => {
  it('should produce story JSON and no diagnostics when the source is valid', () => {
    const result = compileInk(MINI_INK, { fileName: 'mini.ink' });
    expect(result.diagnostics).toEqual([]);
    expect(JSON.parse(result.json!)).toHaveProperty('inkVersion');
    expect(result.stats?.knots).toBe(3);
  });

  it('should report the file and line of an error when a divert target does not exist', () => {
    const source = 'Bonjour.\n-> accueil\n== accueil ==\nSalut.\n-> nulle_part\n';
    const result = compileInk(source, { fileName: 'a.ink' });
    expect(result.json).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'a.ink',
        line: 5,
        severity: 'error',
        code: 'INK_ERROR',
        message: expect.stringContaining('nulle_part'),
      }),
    ]);
  });

  it('should point at the offending column when inkjs quotes the text it saw', () => {
    const result = compileInk('* [Oui] # say: a | b\n  -> END\n', { fileName: 'c.ink' });
    expect(result.diagnostics[0]).toMatchObject({ line: 1, column: 18, severity: 'error' });
  });

  it('should attribute diagnostics to the included file when the error is there', () => {
    const result = compileInk('INCLUDE autre.ink\n-> k\n', {
      fileName: 'main.ink',
      includes: { 'autre.ink': '== k ==\nTexte\n-> absent\n' },
    });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'autre.ink', line: 3, severity: 'error' }),
    ]);
  });

  it('should report warnings and TODOs without failing when the story still compiles', () => {
    const result = compileInk('TODO: écrire la suite\nBonjour.\n-> END\n');
    expect(result.json).not.toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 1, severity: 'warning', code: 'INK_TODO' }),
    ]);
  });

  it('should return diagnostics instead of throwing when the input is garbage', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7919) % 256));
    expect(() => compileInk(garbage)).not.toThrow();
    expect(() => compileInk('')).not.toThrow();
    expect(() => compileInk('{{{{ ~ ~ [[[ -> -> ->')).not.toThrow();
    expect(compileInk('{{{{ ~ ~ [[[ -> -> ->').diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('should ignore a byte order mark when the file starts with one', () => {
    expect(compileInk('\uFEFFBonjour.\n-> END\n').diagnostics).toEqual([]);
  });
});
