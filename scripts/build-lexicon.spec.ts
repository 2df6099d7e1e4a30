import { readFileSync } from 'node:fs';
import { LEXICON_FILE, lexiconEntries, renderLexicon } from './build-lexicon.js';

describe(renderLexicon.name, () => {
  it('should give the committed lexicon when regenerated from the Lefff data', () => {
    expect(renderLexicon(lexiconEntries())).toBe(readFileSync(LEXICON_FILE, 'utf8'));
  });

  it('should keep only forms the suffix stripper misses, with their lemma', () => {
    const entries = lexiconEntries();
    expect(entries.get('oeil')).toContain('yeux');
    expect(entries.get('prendre')).toEqual(expect.arrayContaining(['pris', 'prise', 'prises']));
    // « sangles » → « sangle » is already the stripper's work: not in the table.
    expect(entries.has('sangle')).toBe(false);
  });
});
