# id: applicatrice-ite
# title: Isoler un immeuble par l’extérieur
# sector: batiment-durable
# job: Façadier·ère applicateur·rice en isolation thermique par l’extérieur
# duration: 10

// Compétences observées dans ce scénario (identifiants du référentiel commun).
VAR securite = 0
VAR rigueur = 0
VAR curiosite = 0
VAR travail_equipe = 0
VAR sens_technique = 0
VAR autonomie = 0
VAR force_proposition = 0
VAR organisation = 0
VAR relation_usager = 0
VAR communication = 0
VAR adaptation = 0
VAR prise_recul = 0
VAR environnement = 0
VAR decision = 0
VAR perseverance = 0

-> accueil

=== accueil ===
Il est 7 h 30, à Marseille. Devant vous, un immeuble de cinq étages, construit en 1972. Il est entouré d’un grand échafaudage. # speaker: narrateur # media: pied-immeuble
Une femme en tenue blanche tachée d’enduit vient vers vous. Elle a un casque et un téléphone à la main. # speaker: narrateur
Salut, bienvenue sur le chantier ! Je suis Samira. J’ai 33 ans et je suis cheffe d’équipe façadière. # speaker: samira # emotion: joie
Mon métier, c’est l’isolation thermique par l’extérieur. On dit aussi ITE. On habille les murs de l’immeuble avec un manteau isolant. # speaker: samira
Cet immeuble, l’hiver, c’est une passoire. Les habitants ont froid et paient cher le chauffage. L’été, c’est un four. # speaker: samira
Avec notre isolant, ils vont avoir plus chaud l’hiver, plus frais l’été, et des factures plus basses. # speaker: samira # emotion: fierte
Dans un immeuble pas isolé, environ un quart de la chaleur s’en va par les murs. Le reste part par le toit, les fenêtres, l’air qui passe. # speaker: samira
Ici, l’immeuble a aussi de nouvelles fenêtres et une toiture isolée. Nous, on s’occupe des murs. Plusieurs métiers travaillent ensemble sur ce chantier. # speaker: samira
J’ai commencé à 19 ans avec un CAP de peintre. Au début, on me demandait si j’étais la secrétaire. Aujourd’hui, je dirige une équipe de quatre personnes. # speaker: samira
Un homme d’une cinquantaine d’années arrive avec deux seaux. # speaker: narrateur
Bonjour ! Didier. Trente ans de métier. Et c’est elle, la cheffe ! # speaker: didier # emotion: joie
Ici, on a 2 500 mètres carrés de façade à isoler. Ça nous prend environ quatre mois, à quatre. # speaker: samira
-> echafaudage

= echafaudage
# titre: Vérifier l’échafaudage avant de monter
On va monter au troisième étage. Avant de monter sur un échafaudage, on fait toujours une vérification. Qu’est-ce que vous faites ? # speaker: samira # emotion: reflexion
* [Je lis l’étiquette de contrôle au pied # say: je lis la fiche de contrôle \| je regarde le panneau en bas]
    // rigueur +2 : vérifier que l’échafaudage a été contrôlé avant de l’utiliser
    ~ rigueur = rigueur + 2
    // securite +1 : s’assurer que l’installation est sûre
    ~ securite = securite + 1
    Exactement. Là, c’est écrit : vérifié ce matin, par qui, et la charge maximale. Pas d’étiquette, ou une étiquette rouge ? On ne monte pas. # speaker: samira
* [Je demande à Didier comment il vérifie # say: Didier vous faites comment \| je demande au collègue]
    // curiosite +2 : apprendre d’un collègue expérimenté
    ~ curiosite = curiosite + 2
    // travail_equipe +1 : partager les savoir-faire entre générations
    ~ travail_equipe = travail_equipe + 1
    Je regarde l’étiquette de contrôle. Ensuite, les garde-corps à chaque niveau, les planchers bien posés, et les trappes fermées. Trente ans que je fais ça, chaque matin. # speaker: didier
* [Je fais le tour pour voir les fixations # say: je regarde si c'est bien accroché \| je fais le tour de l'échafaudage]
    // sens_technique +2 : observer la structure et ses points d’appui
    ~ sens_technique = sens_technique + 2
    // autonomie +1 : prendre l’initiative d’observer
    ~ autonomie = autonomie + 1
    Bon réflexe. Vous regardez les pieds, les accroches au mur, les planchers. Et il y a aussi une étiquette de contrôle, là, au pied : vérifié ce matin. # speaker: samira
- Tout est en ordre. On monte par l’escalier intérieur de l’échafaudage, jamais par l’extérieur. # speaker: samira
-> facade

=== facade ===
Troisième étage. Le vent souffle un peu. On voit la mer entre deux immeubles. # speaker: narrateur # media: echafaudage-facade
Sur l’échafaudage, il y a des seaux, une machine à projeter l’enduit et des piles de panneaux blancs. Chaque chose a sa place, pour ne pas trébucher. # speaker: narrateur
D’abord, on nettoie le mur et on vérifie qu’il est solide. Ensuite, on colle les panneaux isolants et on les fixe avec des chevilles. # speaker: samira
Après, on pose un premier enduit avec un filet en fibre de verre dedans. Il évite les fissures. Et à la fin, l’enduit de couleur. # speaker: samira
L’isolant fait 14 centimètres d’épaisseur. Il existe plusieurs matières : le polystyrène, la laine de roche, et aussi la fibre de bois, qui vient des forêts. # speaker: samira
Ici, on pose du polystyrène. Mais à chaque étage, on met une bande de laine de roche. Elle ne brûle pas : elle empêche un feu de monter par la façade. # speaker: didier # emotion: reflexion
-> decoupe

= decoupe
# titre: Découper un panneau isolant
Il faut découper un panneau autour de cette fenêtre. C’est le plus délicat : si c’est mal coupé, le froid passe. # speaker: samira
Vous vous lancez. Comment vous faites ? # speaker: samira
* [Je mesure deux fois avant de couper # say: je mesure bien avant \| je vérifie les mesures deux fois]
    // rigueur +2 : une mesure vérifiée évite de gâcher un panneau
    ~ rigueur = rigueur + 2
    // organisation +1 : préparer avant d’agir
    ~ organisation = organisation + 1
    On dit chez nous : mesurer deux fois, couper une fois. Vous tracez, vous coupez au cutter. Le panneau tombe pile. # speaker: samira # emotion: joie
* [Je fais un gabarit en carton d’abord # say: je fais un modèle en carton \| je prépare un patron]
    // force_proposition +2 : inventer une méthode pour réussir une découpe difficile
    ~ force_proposition = force_proposition + 2
    // sens_technique +1 : raisonner sur la forme à découper
    ~ sens_technique = sens_technique + 1
    Malin ! Avec un carton d’emballage, vous faites la forme, vous l’essayez, puis vous la reportez sur l’isolant. Zéro gâchis. # speaker: samira # emotion: surprise
* [Je demande à Didier de me guider # say: Didier vous pouvez m'aider \| je demande qu'on me montre]
    // travail_equipe +2 : apprendre aux côtés d’un compagnon
    ~ travail_equipe = travail_equipe + 2
    // prise_recul +1 : savoir quand on a besoin d’être guidé
    ~ prise_recul = prise_recul + 1
    Avec plaisir. Tu traces ici, tu laisses deux millimètres. Tu coupes droit, sans forcer. Voilà, tu vois ? Tu as la main ! # speaker: didier # emotion: joie
- Le panneau est posé autour de la fenêtre. Les joints sont bien serrés. # speaker: narrateur
Un trou ou un joint mal fait, c’est ce qu’on appelle un pont thermique. Le froid passe par là, et de l’humidité peut apparaître dans l’appartement. # speaker: samira # emotion: reflexion
Les panneaux se posent comme des briques : on décale les joints d’une rangée à l’autre. Comme ça, la façade est plus solide. # speaker: didier
-> habitant

= habitant
# titre: Un habitant gêné par le chantier
Une fenêtre s’ouvre juste à côté. Un monsieur âgé passe la tête. # speaker: narrateur
Bonjour ! Ça fait deux semaines que j’ai un échafaudage devant ma fenêtre. Je ne vois plus le soleil. Vous en avez encore pour longtemps ? # speaker: habitant # emotion: inquietude
Samira vous fait un signe : allez-y. # speaker: narrateur
* [Je lui explique les étapes qui restent # say: je lui dis ce qu'il reste à faire \| je lui explique le chantier]
    // communication +2 : expliquer simplement le déroulement des travaux
    ~ communication = communication + 2
    // relation_usager +1 : respecter la gêne des habitant·es
    ~ relation_usager = relation_usager + 1
    Vous lui dites : isolant, enduit, puis couleur. Il hoche la tête. # speaker: narrateur
    Bon. Si je comprends ce que vous faites, j’attends plus facilement. Merci beaucoup ! # speaker: habitant # emotion: joie
* [Je lui donne le planning affiché au rez-de-chaussée # say: je lui montre le planning \| je lui dis où est le calendrier]
    // organisation +2 : s’appuyer sur le planning du chantier
    ~ organisation = organisation + 2
    // relation_usager +1 : donner une information fiable à l’habitant
    ~ relation_usager = relation_usager + 1
    Bonne idée. Samira note aussi son numéro d’appartement. Elle lui glissera le planning dans sa boîte aux lettres. Fin de l’échafaudage devant chez lui : dans trois semaines. # speaker: narrateur
* [Je lui demande ce qui le gêne le plus # say: qu'est-ce qui vous dérange \| je lui demande ce qui ne va pas]
    // relation_usager +2 : écouter l’habitant avant de répondre
    ~ relation_usager = relation_usager + 2
    // prise_recul +1 : comprendre le vrai problème
    ~ prise_recul = prise_recul + 1
    Le bruit le matin, surtout. J’ai été infirmier de nuit toute ma vie. Même à la retraite, je dors tard le matin. # speaker: habitant
    Merci de nous le dire. On commencera par l’autre côté le matin, et on viendra devant chez vous l’après-midi. # speaker: samira # emotion: joie
- Les habitants restent chez eux pendant les travaux. C’est l’avantage de l’ITE. Mais il faut être poli, discret et propre. # speaker: samira
-> mistral

= mistral
# titre: Le mistral se lève
À 11 h, le mistral se lève. Le soleil tape fort sur la façade. # speaker: narrateur
Aïe. Avec ce vent et ce soleil, l’enduit va sécher trop vite. Il va fissurer. On avait prévu l’enduit de couleur cet après-midi. # speaker: samira # emotion: inquietude
Qu’est-ce que vous proposez ? # speaker: samira
* [On change et on pose des panneaux à la place # say: on fait autre chose \| on avance sur les panneaux]
    // adaptation +2 : changer le programme pour s’adapter à la météo
    ~ adaptation = adaptation + 2
    // organisation +1 : réorganiser les tâches de l’équipe
    ~ organisation = organisation + 1
    Oui. On garde le travail qui ne craint pas le vent. L’enduit attendra un jour calme. Sur un chantier, il faut toujours avoir un plan B. # speaker: samira
* [On protège la façade avec des filets # say: on bâche l'échafaudage \| on met des protections contre le vent]
    // sens_technique +2 : connaître les protections qui limitent le séchage trop rapide
    ~ sens_technique = sens_technique + 2
    // force_proposition +1 : proposer une solution technique
    ~ force_proposition = force_proposition + 1
    Bien vu. Des filets sur l’échafaudage cassent le vent et font de l’ombre. Mais par un mistral aussi fort, ça ne suffit pas. Aujourd’hui, on fera autre chose. # speaker: samira
* [On commence plus tôt demain, à la fraîche # say: on vient plus tôt demain \| on le fait demain matin tôt]
    // organisation +2 : planifier le travail aux heures favorables
    ~ organisation = organisation + 2
    // prise_recul +1 : regarder plus loin que la journée
    ~ prise_recul = prise_recul + 1
    Bonne idée. L’été, on commence parfois à 6 h pour éviter la chaleur. Je regarde la météo : demain matin, pas de vent. On fera l’enduit à ce moment-là. # speaker: samira
- Didier range les seaux d’enduit à l’ombre. Ce matériau craint le gel, mais aussi la chaleur. # speaker: narrateur
Sur un chantier, on ne fait pas ce qu’on veut quand on veut. L’enduit a besoin d’une température entre 5 et 30 degrés, sans pluie et sans grand vent. # speaker: samira
Alors, chaque soir, je regarde la météo du lendemain. Et je prépare le travail de l’équipe en fonction. C’est ça aussi, être cheffe. # speaker: samira # emotion: reflexion
-> erreur

= erreur
# titre: Des chevilles manquantes sur la façade
Un peu plus tard, vous remarquez quelque chose. Au deuxième étage, là où Didier a posé les panneaux hier, il n’y a pas de bande de laine de roche. # speaker: narrateur
Didier a trente ans de métier. Vous, vous êtes là depuis ce matin. Qu’est-ce que vous faites ? # speaker: narrateur
* [Je le dis discrètement à Didier # say: je le dis à Didier \| je vais voir Didier tout doucement]
    // travail_equipe +2 : aider un collègue sans le mettre mal à l’aise
    ~ travail_equipe = travail_equipe + 2
    // communication +1 : parler d’une erreur avec tact
    ~ communication = communication + 1
    Ah… tu as raison. J’ai été appelé au téléphone hier, et j’ai oublié. Merci. Tu as bien fait de me le dire. # speaker: didier # emotion: surprise
    On va reprendre ça ensemble tout de suite. Personne n’est parfait, même après trente ans. # speaker: didier
* [Je préviens Samira, la cheffe d’équipe # say: je préviens la cheffe \| je le dis à Samira]
    // securite +2 : faire remonter un défaut qui concerne la sécurité incendie
    ~ securite = securite + 2
    // rigueur +1 : respecter l’organisation du chantier
    ~ rigueur = rigueur + 1
    Merci. C’est important : sans cette bande, un feu pourrait monter d’un étage à l’autre. Je vais voir Didier, et on corrige aujourd’hui. # speaker: samira
    Vous avez bien fait. Ici, personne ne se fait gronder pour avoir signalé un problème. # speaker: samira # emotion: reflexion
* [Je demande si c’est normal qu’il n’y en ait pas # say: c'est normal là \| il en faut pas ici]
    // prise_recul +2 : vérifier son observation avant d’accuser
    ~ prise_recul = prise_recul + 2
    // curiosite +1 : chercher à comprendre la règle
    ~ curiosite = curiosite + 1
    Non, ce n’est pas normal. Bien vu ! Et c’est bien de poser la question sans accuser. # speaker: samira
    Oups. C’est moi. J’ai été dérangé hier. On la pose tout de suite. # speaker: didier
- Didier découpe la bande et la pose. Samira prend une photo pour le dossier du chantier. # speaker: narrateur
À la fin de chaque journée, je fais un autocontrôle. Je vérifie le travail de l’équipe, je prends des photos, je remplis une fiche. # speaker: samira
Une fois l’enduit posé, on ne voit plus rien de ce qu’il y a dessous. Alors les photos, c’est la preuve que tout est bien fait. # speaker: samira # emotion: reflexion
-> pause

=== pause ===
Midi. L’équipe descend déjeuner dans le bungalow du chantier, au pied de l’immeuble. # speaker: narrateur # media: base-vie-chantier
Ma journée type ? J’arrive la première, je vérifie le planning et les livraisons. Je travaille sur la façade avec l’équipe, et je fais le point avec le conducteur de travaux. # speaker: samira
C’est un métier physique : on porte, on monte, on travaille les bras levés. Il faut prendre soin de son dos. On a des outils pour porter moins lourd. # speaker: samira # emotion: reflexion
Samira sort une barquette de taboulé. Didier ouvre un thermos de café. L’ambiance est détendue. # speaker: narrateur
Au début, ce n’était pas facile. Certains disaient qu’une femme ne tiendrait pas sur un échafaudage. Je n’ai rien dit, j’ai travaillé. Aujourd’hui, ce sont eux qui me demandent conseil. # speaker: samira # emotion: fierte
Et moi, je suis content d’avoir une cheffe qui explique bien. Avant, on criait beaucoup sur les chantiers. Maintenant, on parle. C’est mieux pour tout le monde. # speaker: didier # emotion: joie
Un débutant gagne autour de 1 800 à 1 950 euros brut par mois. Un façadier confirmé, 2 000 à 2 500. Cheffe d’équipe, un peu plus. Et on a des primes de panier et de trajet. # speaker: samira
-> dechets

= dechets
# titre: Les chutes d’isolant
Autour du bungalow, il y a des sacs pleins de chutes de polystyrène et de laine de roche. # speaker: narrateur
Ces chutes, qu’est-ce qu’on en fait ? # speaker: samira
* [Je trie les chutes selon la matière # say: je fais le tri \| je sépare le polystyrène et la laine]
    // environnement +2 : trier pour que les matériaux soient recyclés
    ~ environnement = environnement + 2
    // rigueur +1 : respecter les filières de tri du chantier
    ~ rigueur = rigueur + 1
    Oui. Le polystyrène propre se recycle. La laine de roche aussi, chez certains fabricants. On a une benne pour chaque matière. # speaker: samira
* [Je propose de garder les grandes chutes # say: on garde les grands morceaux \| on réutilise les chutes]
    // force_proposition +2 : proposer de réutiliser plutôt que jeter
    ~ force_proposition = force_proposition + 2
    // environnement +1 : économiser la matière
    ~ environnement = environnement + 1
    Très bonne idée. Les grands morceaux servent pour les petites surfaces, autour des fenêtres. Moins de déchets, et moins d’achats. # speaker: samira # emotion: joie
* [Je note ce qu’on jette pour mieux commander # say: je compte ce qu'on jette \| je note pour commander moins]
    // organisation +2 : mesurer les pertes pour mieux prévoir
    ~ organisation = organisation + 2
    // sens_technique +1 : relier les chutes à la façon de découper
    ~ sens_technique = sens_technique + 1
    Ça, c’est une idée de cheffe d’équipe ! Si on sait ce qu’on perd, on commande plus juste. C’est bon pour la planète et pour l’entreprise. # speaker: samira # emotion: surprise
- Un chantier propre, c’est aussi un chantier plus sûr. On trébuche moins. # speaker: didier
-> avenir

= avenir
# titre: Par où commencer dans le métier
Et vous, ce métier, vous le voyez comment pour vous ? # speaker: samira # emotion: reflexion
* [Je commencerais par un titre pro à l’AFPA # say: une formation pour adulte \| un titre professionnel]
    // decision +2 : choisir une formation concrète
    ~ decision = decision + 2
    // organisation +1 : construire son parcours
    ~ organisation = organisation + 1
    Il existe un titre professionnel de façadier-peintre, en quelques mois. Beaucoup de gens de mon équipe sont venus comme ça, après un autre métier. # speaker: samira
* [J’aimerais d’abord essayer en intérim # say: je ferais de l'intérim \| j'essaierais avec une agence]
    // adaptation +2 : accepter de découvrir plusieurs chantiers
    ~ adaptation = adaptation + 2
    // prise_recul +1 : tester avant de choisir
    ~ prise_recul = prise_recul + 1
    Pourquoi pas. L’intérim permet de voir plusieurs entreprises. Mais demandez toujours une vraie formation à la sécurité avant de monter. # speaker: samira
* [Un jour, je voudrais diriger une équipe # say: je veux être chef d'équipe \| un jour je serai cheffe]
    // perseverance +2 : se fixer un objectif à long terme
    ~ perseverance = perseverance + 2
    // decision +1 : affirmer une ambition
    ~ decision = decision + 1
    J’adore ! Moi, il m’a fallu huit ans. Avec de l’expérience, on peut devenir cheffe d’équipe, conductrice de travaux, ou même créer son entreprise. # speaker: samira # emotion: fierte
- Ce qui compte, c’est d’être soigneux, d’aimer le travail dehors et le travail en équipe. Et de ne pas avoir le vertige ! # speaker: didier
Moi, je pense à la suite. Dans quelques années, mon dos me dira stop. Alors je deviendrai peut-être formateur, pour apprendre le métier aux jeunes. # speaker: didier # emotion: reflexion
Le téléphone de Samira sonne. C’est le conducteur de travaux, qui gère plusieurs chantiers. Elle lui raconte la matinée : le mistral, la bande oubliée, l’habitant. # speaker: narrateur
-> fin

=== fin ===
Vous redescendez dans la rue. De loin, on voit déjà la différence entre la partie finie et le vieux mur gris. # speaker: narrateur # media: rue-residence
La façade finie est d’un joli jaune clair. Les couleurs ont été choisies avec les habitants. # speaker: narrateur
Regardez. Dans un mois, tout l’immeuble sera comme ça. Les habitants vont gagner en confort, et la planète aussi. # speaker: samira # emotion: fierte
En Provence-Alpes-Côte d’Azur, il y a beaucoup de vieux immeubles à rénover. Et depuis 2025, les propriétaires ne peuvent plus signer de nouveau bail pour les logements les plus mal isolés. Alors on a du travail pour des années ! # speaker: samira
Les travaux sont souvent aidés par l’État, avec des aides comme MaPrimeRénov’. Pour ça, l’entreprise doit avoir un label de qualité, qu’on appelle RGE. Nous, on l’a. # speaker: samira
Les entreprises cherchent des façadiers et des façadières. Femmes, hommes, jeunes ou moins jeunes : tout le monde a sa place sur un échafaudage. # speaker: samira # emotion: joie
Dans mon équipe, il y a Didier, moi, un ancien cuisinier de 40 ans et une apprentie de 17 ans. Chacun apporte quelque chose. # speaker: samira
Et ce qui me rend fière, c’est de passer devant un immeuble que j’ai isolé, des années après. Je me dis : là-dedans, des familles ont moins froid grâce à nous. # speaker: samira # emotion: fierte
Merci pour ton aide aujourd’hui. Tu as l’œil ! # speaker: didier # emotion: joie
Samira vous serre la main. Votre journée sur le chantier de façade est terminée. # speaker: narrateur
-> END
