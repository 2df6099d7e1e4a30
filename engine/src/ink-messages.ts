// inkjs reports in English; content staff read French (narratives:check, the back-office editor).
// The most frequent compiler messages are translated; a rare one keeps inkjs's wording rather than
// a vague French paraphrase.

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [
    /^Divert target not found: '-> ?(.+)'$/,
    (m) => `Renvoi impossible : « ${m[1]} » n’existe pas (nœud ou point de l’histoire inconnu).`,
  ],
  [
    /^Unresolved variable: (.+)$/,
    (m) => `Variable inconnue : « ${m[1]} » (déclarez-la avec VAR ou corrigez son nom).`,
  ],
  [
    /^Variable could not be found to assign to: '(.+)'$/,
    (m) => `Impossible de modifier « ${m[1]} » : cette variable n’est pas déclarée avec VAR.`,
  ],
  [
    /^Expected close quote for string expression but saw end of line$/,
    () => 'Guillemet fermant manquant : le texte entre guillemets n’est pas refermé sur cette ligne.',
  ],
  [
    /^Expected closing '\]' for weave-style option but saw end of line$/,
    () => 'Crochet fermant « ] » manquant dans ce choix.',
  ],
  [
    /^Apparent loose end exists where the flow runs out\./,
    () => 'L’histoire s’arrête ici sans suite : ajoutez un choix, un renvoi « -> … » ou « -> END ».',
  ],
  [
    /^found declaration variable '(.+?)' that was already declared/,
    (m) => `La variable « ${m[1]} » est déclarée deux fois.`,
  ],
  [
    /^(\w+) '(.+?)': name has already been used for a (\w+)/,
    (m) => `Le nom « ${m[2]} » est déjà utilisé ailleurs dans l’histoire : choisissez-en un autre.`,
  ],
  [
    /^Blank choice - if you intended a default fallback choice/,
    () => 'Choix sans texte : écrivez ce que le visiteur ou la visiteuse répond.',
  ],
  [/^Choice is completely empty\./, () => 'Choix vide : écrivez ce que le visiteur ou la visiteuse répond.'],
  [
    /^Tags aren't allowed inside of strings\./,
    () => 'Une étiquette (#) ne peut pas se trouver entre guillemets.',
  ],
];

/** French wording of an inkjs compiler message, or the message itself when it is not in the table. */
export function frenchInkMessage(message: string): string {
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return message;
}
