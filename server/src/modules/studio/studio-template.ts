// The commented French template a new scenario starts from: it compiles, shows every convention once
// (header tags, scored variables, a decision with three options, an ending), and says what to replace.

export interface TemplateInput {
  id: string;
  title: string;
  sector: string;
  job: string;
}

export function scenarioTemplate({ id, title, sector, job }: TemplateInput): string {
  return `# id: ${id}
# title: ${title}
# sector: ${sector}
# job: ${job}
# duration: 10

// Bienvenue dans votre nouveau scénario ! Les lignes qui commencent par « // » sont des
// commentaires : la personne qui visite ne les voit jamais. Supprimez-les quand vous n’en avez
// plus besoin. Le guide complet est dans narratives/README.md.

// Les compétences évaluées : chaque nom vient du référentiel commun (complétion : Ctrl + Espace).
VAR rigueur = 0
VAR securite = 0
VAR travail_equipe = 0

-> accueil

// Un nœud (« === nom === ») est une scène : un lieu, un moment.
=== accueil ===
// Chaque réplique dit qui parle (# speaker:) et peut dire son émotion (# emotion:).
Il est 8 h. L’équipe vous attend devant l’atelier. # speaker: narrateur
Bonjour et bienvenue ! Je m’appelle Camille. # speaker: camille # emotion: joie
-> premiere_decision

// Un sous-nœud (« = nom ») contient en général une décision : donnez-lui un titre (# titre:).
= premiere_decision
# titre: Bien commencer la journée
Avant de commencer, qu’est-ce que vous faites ? # speaker: camille
// Au moins trois options. Chacune fait évoluer un score et dit pourquoi, en commentaire.
* [Je vérifie mon équipement de protection]
    // securite +2 : l’équipement est contrôlé avant usage
    ~ securite = securite + 2
    Bon réflexe. # speaker: camille
* [Je relis la fiche d’intervention]
    // rigueur +2 : préparer son travail avant d’agir
    ~ rigueur = rigueur + 2
    Tout est noté, oui. # speaker: camille
* [Je demande à un collègue comment il s’organise]
    // travail_equipe +2 : s’appuyer sur l’équipe
    ~ travail_equipe = travail_equipe + 2
    Ici, on se parle beaucoup. # speaker: camille
- -> fin

// La fin : un dernier mot, puis « -> END ».
=== fin ===
Merci pour cette journée avec nous ! # speaker: camille # emotion: joie
-> END
`;
}

/** The metier.json of a new scenario: what the lint needs, to be completed with the real figures. */
export function metierTemplate({ id, sector, job }: TemplateInput): Record<string, unknown> {
  return {
    id,
    metier: {
      intitule: job,
      secteur: sector,
      resume: 'À compléter : le métier en une phrase.',
      missions: ['À compléter'],
      salaire: {
        debutantBrutMensuel: [1800, 2100],
        confirmeBrutMensuel: [2200, 2800],
        source: 'À compléter',
      },
      formations: [{ intitule: 'À compléter', niveau: '4', duree: '' }],
    },
    personnages: {
      narrateur: { nom: 'Narrateur', role: 'Voix off' },
      camille: { nom: 'Camille', role: 'Professionnelle qui accueille' },
    },
    media: {},
  };
}

/** The same story under another id and title (duplicate): only the two header tags change. */
export function retitleSource(source: string, id: string, title: string): string {
  let out = source.replace(/^(\s*#\s*id:).*$/m, `$1 ${id}`);
  out = out.replace(/^(\s*#\s*title:).*$/m, `$1 ${title}`);
  return out;
}
