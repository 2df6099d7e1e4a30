// Small ink stories for the engine's unit tests (kept as strings: engine files never read the disk).

/** Two decisions, three competencies, one `_`-prefixed helper VAR, `fin` ending. */
export const MINI_INK = String.raw`# id: mini
# title: Une journée test
# sector: energies-renouvelables
# job: Technicienne test
# duration: 5

VAR rigueur = 0
VAR securite = 0
VAR travail_equipe = 0
VAR _visites = 0

-> accueil

== accueil ==
Bonjour, je suis Léa. # speaker: lea # emotion: joie # line: accueil-bonjour
On monte dans l’éolienne aujourd’hui. # speaker: lea # media: parc-eolien
-> accueil.choix

= choix
Tu fais quoi avant de monter ? # speaker: lea
* [Je vérifie mon harnais. # say: je contrôle le harnais \| je regarde mon équipement]
  ~ securite = securite + 2
  ~ rigueur = rigueur + 1
  Très bien. # speaker: lea
  -> nacelle
* [Je monte tout de suite. # say: j’y vais direct # say: je grimpe]
  ~ securite = securite - 1
  Attends ! # speaker: lea # emotion: inquietude
  -> nacelle
* [Je demande à mon binôme.]
  ~ travail_equipe = travail_equipe + 1
  -> nacelle

== nacelle ==
Dans la nacelle, une alarme sonne. # speaker: lea # media: parc-eolien
+ [J’appelle le chef d’équipe.]
  ~ travail_equipe = travail_equipe + 2
  -> fin
+ [Je relance la machine.]
  -> fin

== fin ==
Merci pour cette journée ! # speaker: lea # emotion: fierte # line: fin-merci
-> END
`;

/** A hub with once-only questions (a loop), a branch that merges back, and two endings. */
export const HUB_INK = String.raw`# id: hub
# title: Le hub
# sector: recyclage
# job: Agent de tri
# duration: 3

VAR curiosite = 0
VAR communication = 0
VAR rigueur = 0

-> questions

== questions ==
Des questions ? # speaker: sam
* [Que triez-vous ?]
  ~ curiosite = curiosite + 1
  -> questions
* [Combien gagnez-vous ?]
  ~ curiosite = curiosite + 1
  -> questions
+ [On commence.]
  -> tri

== tri ==
Un carton mouillé arrive. # speaker: sam
* [Je le mets au refus.]
  ~ rigueur = rigueur + 2
* [Je le garde avec les cartons.]
  ~ rigueur = rigueur - 1
- Compris. # speaker: sam
* [Je résume à Sam.]
  ~ communication = communication + 3
  -> fin_bravo
* [Je pars en pause.]
  -> fin_pause

== fin_bravo ==
Bravo ! # speaker: sam
-> END

== fin_pause ==
À plus tard. # speaker: sam
-> END
`;

/** Reaches the end of the story outside an ending knot, and has an unreachable knot. */
export const DEAD_END_INK = String.raw`VAR rigueur = 0
-> debut

== debut ==
On y va ?
* [Oui.]
  ~ rigueur = rigueur + 1
  -> fin
* [Non.]
  Tant pis.
  -> END

== oubliee ==
Personne ne vient ici.
-> END

== fin ==
Au revoir.
-> END
`;

/** A score read by a condition: the bonus choice is only offered after the careful one. */
export const CONDITIONAL_INK = String.raw`VAR rigueur = 0
VAR securite = 0
-> depart

== depart ==
Tu montes ?
* [Je vérifie d’abord.]
  ~ securite = securite + 2
  -> atelier
* [Je fonce.]
  -> atelier

== atelier ==
{securite >= 2: Tu es prudent.}
* {securite >= 2} [Je range l’atelier.]
  ~ rigueur = rigueur + 3
  -> fin
* [Je range vite fait.]
  ~ rigueur = rigueur + 1
  -> fin

== fin ==
Fin.
-> END
`;
