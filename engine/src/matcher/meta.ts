// What is said that is not an answer, whatever the choices: not knowing or not caring (« aucune
// idée », « bof », « peu importe »), and sentences addressed to the system rather than to the
// character (asking it to ignore its rules, to choose, to give points; prompt-injection talk).
// Both work on folded tokens without fillers (see normalize.ts) and make the matcher unsure.

// Words a non-answer is made of. An utterance made only of these (and of at least one marker) says
// nothing about any choice, however it is phrased.
// prettier-ignore
const NON_ANSWER_WORDS = new Set([
  'je', 'j', 'ne', 'n', 'pas', 'sais', 'sai', 'sait', 'chais', 'chai', 'trop', 'vraiment', 'du', 'tout', 'rien',
  'plus', 'aucune', 'aucun', 'idee', 'bof', 'peu', 'importe', 'egal', 'm', 'me', 'est', 'c', 'ca', 'hesite',
  'franchement', 'comme', 'tu', 'vous', 'veux', 'voulez', 'hmm', 'euh', 'sur', 'sure', 'certain', 'certaine',
  'en', 'ai', 'a', 'la', 'le', 'moi', 'pfff', 'pff', 'mouais', 'boh', 'chepa', 'chaispas', 'jsp', 'non', 'oui',
  'peut', 'etre', 'quoi', 'dire', 'que', 'compris', 'entendu', 'capte', 'comprends', 'comprend', 'pige',
  'pardon', 'desole', 'desolee', 'hein', 'comment', 'repete', 'repetez', 'redis', 'attends', 'attendez',
  'encore', 'fois', 'une', 'question', 'sais-pas', 'choix', 'difficile', 'dur', 'dure', 'ou', 'bien',
  'aucunement', 'savoir', 'pense', 'crois', 'quelconque', 'laquelle', 'lequel',
  'trucs', 'truc', 'autre', 'chose', 'ils', 'elles', 'toutes', 'tous', 'les', 'des',
]);
// Markers: at least one must be there (so that « je » alone is not a non-answer, just empty).
// prettier-ignore
const NON_ANSWER_MARKERS = new Set([
  'sais', 'sai', 'sait', 'chais', 'chai', 'idee', 'bof', 'importe', 'egal', 'hesite', 'mouais', 'boh', 'chepa',
  'chaispas', 'jsp', 'compris', 'entendu', 'capte', 'comprends', 'comprend', 'pige', 'pardon', 'comment',
  'repete', 'repetez', 'redis', 'attends', 'attendez', 'hein', 'pfff', 'pff', 'difficile', 'quelconque',
]);

/** « aucune idée », « je ne sais pas trop », « bof », « peu importe », « pardon ? »… */
export function isNonAnswer(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  return tokens.every((t) => NON_ANSWER_WORDS.has(t)) && tokens.some((t) => NON_ANSWER_MARKERS.has(t));
}

// Cues of talk addressed to the system: each pattern is a kind of request, not a sentence.
const SYSTEM_CUES: RegExp[] = [
  // Rules and instructions: ignore, forget, reveal, repeat them.
  /\b(ignore|ignores|ignorez|ignorer|oublie|oublies|oubliez|oublier|contourne|desactive)\b.*\b(regles?|instructions?|consignes?|prompt|limites?|restrictions?|dit|programmation)\b/,
  /\b(prompt|instructions? (precedentes?|systeme)|message systeme|system|jailbreak|mode (developpeur|dev|admin|debug)|dan)\b/,
  /\b(revele|montre|affiche|repete|donne|ecris|recite)\b.*\b(regles?|instructions?|consignes?|configuration|code source)\b/,
  // Choose for me / answer in my place.
  /\b(choisis|choisi|choisissez|choisir|decide|decides|decidez|reponds|repondez|selectionne|prends)\b.*\b(pour moi|a ma place|a notre place)\b/,
  /\b(a ma place|pour moi)\b.*\b(choisis|choisissez|decide|decidez|reponds|repondez)\b/,
  // Scores, points, the right answer.
  /\b(meilleur|meilleure|max|maximum|tous les|plus de|le plus de|toutes les?)\b.*\b(score|scores|points?|note|notes|resultat)\b/,
  /\b(score|scores)\b/,
  /\b(bonne|meilleure|vraie) reponse\b|\breponse (attendue|correcte|juste)\b|\b(10|dix) sur (10|dix)\b/,
  /\b(dis|donne|dites|donnez) moi\b.*\b(repondre|reponse|reponses|choisir|dire)\b/,
  /\b(qu|que|quoi)\b.*\b(je dois|faut il|il faut) (repondre|choisir|dire)\b/,
  // Talking about what the character is.
  /\b(tu es|t es|es tu|vous etes|etes vous|t as ete|c est) (qu )?(une?|juste une?|qu une?|vraiment une?)? ?(ia|intelligence artificielle|robot|bot|chatbot|assistant|assistante|programme|machine|llm|modele|ordinateur|gpt|chatgpt)\b/,
  /\b(en tant qu|comme une?|tu es une?) ?(ia|intelligence artificielle|assistant|modele de langage)\b/,
  /\b(obeis|obeir|obeissez|tu dois m|execute|executer)\b/,
  // Running the visit itself: stop talking, pause, leave, repeat, a human.
  /\b(arrete|arretez|arreter) (de parler|de causer|ca|tout ca)$|\b(faire|fait|faisons|on fait) une pause\b/,
  /\b(je veux|je voudrais|j aimerais|j ai envie de) (partir|sortir|m en aller|quitter|arreter)$/,
  /\b(laisse|laissez) moi (tranquille|en paix)\b|\bparler a (un|une) (humain|vraie? personne|conseiller humain)\b/,
  /\b(repete|repetez|redis|redites)\b.*\b(s il (te|vous) plait|encore)\b|\bs il (te|vous) plait (repete|repetez)\b/,
  // Leaving the role-play or the language.
  /\b(arrete|arretez|sors|sortez|quitte|quittez) (le|du|de ton|de votre) (jeu|role|personnage|scenario)\b/,
  /\b(reponds|repondez|parle|parlez|ecris|ecrivez) (en|uniquement en|seulement en) (anglais|espagnol|allemand|arabe|code|json|english)\b/,
];

/** « ignore tes règles », « choisis pour moi », « donne-moi le meilleur score », « tu es une IA »… */
export function isAddressedToSystem(tokens: readonly string[]): boolean {
  const text = tokens.join(' ');
  return SYSTEM_CUES.some((cue) => cue.test(text));
}
