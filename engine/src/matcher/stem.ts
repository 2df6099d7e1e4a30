// Light French stemming: enough to equate "vérifie / vérifier / vérifiez / vérification",
// not a linguistic analysis. Works on folded (accent-free) words.

// Longest first within each family; the first suffix that leaves at least three letters is removed.
// prettier-ignore
const SUFFIXES = [
  'issements', 'issement', 'ications', 'ication', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment',
  'euses', 'euse', 'eux', 'erions', 'erons', 'eront', 'erais', 'erait', 'eriez', 'assent', 'issent', 'issons',
  'issez', 'aient', 'asses', 'raient', 'rions', 'rais', 'rait', 'rez', 'ions', 'iez', 'ais', 'ait', 'ant', 'ants',
  'ante', 'antes', 'ons', 'ont', 'ent', 'era', 'ira', 'ees', 'ee', 'es', 'er', 'ez', 'ir', 'is', 'it',
  'ie', 'e', 's', 'x',
];

/** Stem of a folded word; short words and numbers are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Verb stems: « nettoie / nettoyer », « appelle / appeler », « jette / jeter », « attends / attendre ».
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('i') && w.length > 4) w = w.slice(0, -1);
  if (/(ll|tt|nn)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('dr') && w.length > 4) w = w.slice(0, -1);
  // Long words: their first 7 letters are distinctive enough and absorb unusual endings.
  return w.length > 7 ? w.slice(0, 7) : w;
}
