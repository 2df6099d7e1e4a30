# id: operateur-tri
# title: Une matinée avec Serge, au centre de tri
# sector: recyclage
# job: Opérateur·rice de tri
# duration: 10

VAR securite = 0
VAR reactivite = 0
VAR communication = 0
VAR travail_equipe = 0
VAR rigueur = 0
VAR organisation = 0
VAR sens_technique = 0
VAR curiosite = 0
VAR gestion_stress = 0
VAR environnement = 0
VAR prise_recul = 0
VAR perseverance = 0
VAR force_proposition = 0

-> accueil

=== accueil ===
Il est 5 h 45. Vous entrez dans un immense hangar près de Marseille. Ça sent le carton mouillé. Des tapis roulants montent dans tous les sens. # speaker: narrateur # media: hall-reception
Un homme aux cheveux gris, en gilet orange, vient vers vous. Il retire un gant pour vous serrer la main. # speaker: narrateur
Bonjour, et bienvenue au centre de tri ! Je m’appelle Serge. J’ai 56 ans, et je suis opérateur de tri depuis quatre ans. # speaker: serge # emotion: joie
Avant, j’ai vendu des meubles pendant 25 ans. Le magasin a fermé quand j’avais 51 ans. J’ai cru que c’était fini pour moi. # speaker: serge # emotion: reflexion
Et puis mon conseiller m’a parlé de ce métier. J’ai fait deux semaines d’essai. Je suis resté. # speaker: serge # emotion: fierte
Les premières semaines, j’avais mal aux bras le soir. Et la nuit, je rêvais de cartons ! # speaker: serge # emotion: joie
Mais l’équipe m’a aidé. À mon âge, on m’a fait confiance. Ça, je ne l’oublierai pas. # speaker: serge # emotion: reflexion
Ici, on trie les emballages de votre poubelle jaune. Chaque jour, des dizaines de camions viennent vider ici ce que les habitants ont jeté. # speaker: serge
Notre travail, c’est de séparer chaque matière pour qu’elle soit recyclée : le carton, les bouteilles en plastique, les canettes, les boîtes de conserve. # speaker: serge
Je vous fais visiter. On commence par où, à votre avis ? # speaker: serge # emotion: neutre
-> visite

=== visite ===
# titre: Par où commencer la visite
Serge vous montre le plan du bâtiment affiché au mur. # speaker: narrateur # media: hall-reception
+ [Par l’arrivée des camions, au début # say: on commence par le début \| je veux voir où arrivent les camions]
  // organisation +2 : veut suivre le processus dans l’ordre, du début à la fin
  ~ organisation = organisation + 2
  Logique ! On suit le chemin des déchets, du camion jusqu’à la balle de matière recyclée. # speaker: serge # emotion: joie
  Regardez : le camion vide son chargement sur cette dalle. Un chargeur pousse tout vers un tapis. C’est là que tout commence. # speaker: serge
+ [Par les machines, je veux comprendre comment ça marche # say: je veux voir les machines \| comment ça trie tout seul]
  // sens_technique +2 : s’intéresse au fonctionnement des équipements
  ~ sens_technique = sens_technique + 2
  Ah, vous aimez la technique ! Alors regardez ce gros tambour qui tourne : c’est un crible. Il a des trous. Les petits objets tombent, les gros continuent. # speaker: serge # emotion: joie
  Plus loin, il y a un aimant qui attrape l’acier, et des machines qui reconnaissent les plastiques avec une lumière infrarouge. # speaker: serge
+ [Par la cabine, là où vous travaillez # say: je veux voir votre poste \| on va là où vous travaillez]
  // curiosite +2 : s’intéresse d’abord au geste humain du métier
  ~ curiosite = curiosite + 2
  Vous voulez voir le vrai travail, hein ? On y va tout de suite après. Mais d’abord, un petit détour par les machines, sinon vous ne comprendrez pas ce qui arrive sur mon tapis. # speaker: serge # emotion: joie
- Serge vous guide le long des tapis. Le bruit est fort. Il parle plus haut. # speaker: narrateur
Les machines font une grosse partie du tri. Elles reconnaissent les matières, et elles soufflent les objets avec de l’air comprimé, pour les envoyer sur le bon tapis. # speaker: serge
Mais les machines se trompent. Et elles ne voient pas tout. Alors derrière, il y a nous : les opérateurs et les opératrices de tri. # speaker: serge # emotion: fierte
Depuis 2023, partout en France, on peut mettre tous les emballages dans la poubelle jaune : pots de yaourt, barquettes, films plastiques. Ça fait plus de volume, et plus de travail pour nous. # speaker: serge
Avant d’entrer en cabine, on s’équipe : gants anti-coupure, manchettes pour les bras, chaussures de sécurité, et bouchons d’oreilles. # speaker: serge
-> cabine

=== cabine ===
Vous montez un escalier et vous entrez dans une cabine vitrée. Il y fait plus calme, et l’air est filtré. # speaker: narrateur # media: cabine-tri
Un tapis passe au milieu. De chaque côté, des opérateurs et des opératrices attrapent des objets très vite et les lancent dans des trous. # speaker: narrateur
Une femme d’une quarantaine d’années vous fait un signe. Elle porte un gilet d’une autre couleur. # speaker: narrateur
Je suis Linh, la cheffe de cabine. Bienvenue ! Ici, on est huit par poste. Chacun a sa matière à retirer. # speaker: linh # emotion: joie
Vous voyez ces trous devant chaque poste ? On les appelle des goulottes. Chacune tombe dans une benne, à l’étage du dessous : une pour le carton, une pour les bouteilles, une pour les refus. # speaker: linh
Une règle d’or : on ne met jamais la main dans une machine, ni dans une goulotte. Si quelque chose coince, on m’appelle. # speaker: linh # emotion: inquietude
Moi, je suis au contrôle qualité du carton. Je retire tout ce qui n’est pas du carton. On appelle ça les « indésirables » : un sac de vêtements, un jouet, un tuyau d’arrosage. # speaker: serge
Mettez-vous à côté de moi. Regardez bien le tapis. # speaker: serge
Au bout de quelques minutes, vous voyez passer un petit objet noir et brillant, entre deux cartons. C’est un vieux téléphone portable, avec sa batterie. # speaker: narrateur
Serge a les mains prises par un gros carton. Il vous regarde. # speaker: narrateur
-> batterie

=== batterie ===
# titre: Un téléphone sur le tapis
Le téléphone avance sur le tapis. # speaker: narrateur # media: cabine-tri
+ [J’appuie sur le bouton d’arrêt d’urgence # say: j’arrête le tapis \| je tape sur le bouton rouge]
  // securite +1 : utilise l’arrêt d’urgence face à un objet dangereux
  ~ securite = securite + 1
  // reactivite +1 : agit sans attendre
  ~ reactivite = reactivite + 1
  Le tapis s’arrête. Serge retire le téléphone et le pose dans un bac rouge. # speaker: narrateur
  Vous avez bien fait d’agir. Pour un téléphone qui ne fume pas, on peut juste le retirer, sans arrêter. Mais s’il fume ou s’il chauffe, on arrête tout, on prévient, et on sort de la cabine. # speaker: serge
+ [Je l’attrape et je le sors du tapis # say: je le prends vite \| je l’enlève moi-même]
  // reactivite +2 : retire vite l’objet dangereux du flux
  ~ reactivite = reactivite + 2
  Vous attrapez le téléphone. Serge vous montre un bac rouge, à part. # speaker: narrateur
  Bien vu ! Les batteries, c’est notre cauchemar. Si elles sont écrasées par une machine, elles prennent feu. Des centres de tri ont brûlé à cause de ça. # speaker: serge # emotion: inquietude
  On les met toujours dans ce bac spécial, jamais avec le reste. # speaker: serge
+ [Je préviens Linh, la cheffe de cabine # say: j’appelle la cheffe \| je le signale à Linh]
  // communication +2 : signale tout de suite le risque à la responsable
  ~ communication = communication + 2
  Linh arrive, attrape le téléphone au vol et le pose dans un bac rouge. # speaker: narrateur
  Merci ! Toujours me prévenir, c’est la bonne habitude. Je note chaque batterie trouvée. Ça nous aide à expliquer aux habitants qu’il faut les rapporter en magasin. # speaker: linh # emotion: joie
- Les batteries, les bouteilles de gaz, les seringues… ce sont les déchets dangereux qu’on trouve parfois. Ils n’ont rien à faire dans la poubelle jaune. # speaker: serge # emotion: reflexion
C’est pour ça qu’on porte des gants épais. Et c’est pour ça que nos vaccins doivent être à jour. # speaker: serge
-> cadence

=== cadence ===
Le tapis reprend. Il est 8 heures, et les camions de la tournée du matin arrivent. # speaker: narrateur # media: cabine-tri
Le flux devient plus épais. Des cartons passent par paquets. Vous n’arrivez plus à tout voir. # speaker: narrateur
Ça, c’est le coup de feu du matin. Qu’est-ce que vous faites quand ça va trop vite ? # speaker: serge # emotion: neutre
-> rythme

=== rythme ===
# titre: Le tapis va trop vite
Les objets défilent devant vous. # speaker: narrateur # media: cabine-tri
+ [Je garde mon calme et je retire le plus gros # say: je reste calme et je prends les gros objets \| je fais ce que je peux sans paniquer]
  // gestion_stress +2 : garde son calme et se concentre sur l’essentiel
  ~ gestion_stress = gestion_stress + 2
  C’est ça, le métier. On ne peut pas tout attraper. On se concentre sur les gros indésirables, ceux qui abîment la qualité. # speaker: serge # emotion: fierte
  Après un mois, votre œil va plus vite que votre tête. Les débuts sont durs, mais ça vient. # speaker: serge
+ [Je demande de ralentir le tapis # say: on peut baisser la vitesse \| il faut ralentir]
  // communication +2 : exprime clairement une difficulté au lieu de la subir
  ~ communication = communication + 2
  Linh baisse un peu la vitesse du tapis depuis son pupitre. # speaker: narrateur
  Vous avez raison de le dire. Un tapis trop rapide, c’est du travail mal fait. La cheffe peut régler la vitesse. Il ne faut jamais avoir honte de demander. # speaker: serge
+ [Je demande de l’aide à mon voisin de tapis # say: je demande à un collègue \| on s’entraide avec le voisin]
  // travail_equipe +2 : s’appuie sur le collectif pour tenir le rythme
  ~ travail_equipe = travail_equipe + 2
  Le collègue d’à côté se rapproche et prend une partie de votre zone. # speaker: narrateur
  En cabine, on est une équipe. Quand l’un est débordé, l’autre l’aide. Le lendemain, c’est l’inverse. # speaker: serge # emotion: joie
- Le plus dur pour le corps, ce sont les gestes répétés. Toujours les mêmes mouvements des bras. # speaker: serge
Alors on change de poste toutes les deux heures. On fait des étirements avant de commencer. Et on a des pauses régulières. # speaker: serge
-> panne

=== panne ===
Soudain, une sirène sonne. Tous les tapis s’arrêtent. # speaker: narrateur # media: hall-reception
Linh regarde son écran. Un long film plastique s’est enroulé autour du crible, le gros tambour. Il est bloqué. # speaker: narrateur
Ça arrive plusieurs fois par semaine. Les films et les cordes s’enroulent autour des machines. # speaker: linh # emotion: inquietude
Un technicien de maintenance arrive avec un cadenas. Serge se tourne vers vous. # speaker: narrateur
-> bourrage

=== bourrage ===
# titre: Un bourrage dans le crible
Le technicien ouvre l’armoire électrique du crible. # speaker: narrateur # media: hall-reception
+ [Je reste à l’écart pendant l’intervention # say: je ne touche à rien \| je me mets de côté]
  // securite +2 : respecte la zone d’intervention sur une machine à l’arrêt
  ~ securite = securite + 2
  Bon réflexe. Le technicien coupe le courant et pose son cadenas. Ça s’appelle la consignation. # speaker: serge
  Tant que son cadenas est là, personne ne peut redémarrer la machine. Même le directeur. Des gens ont perdu une main en voulant aller trop vite. # speaker: serge # emotion: inquietude
+ [Je demande pourquoi il met un cadenas # say: c’est quoi ce cadenas \| pourquoi il ferme avec une clé]
  // sens_technique +1 : cherche à comprendre la procédure d’intervention
  ~ sens_technique = sens_technique + 1
  // curiosite +1 : pose une question précise sur ce qu’il observe
  ~ curiosite = curiosite + 1
  Bonne question ! C’est la consignation. Il coupe l’électricité et il pose son cadenas personnel sur l’interrupteur. # speaker: serge
  Comme ça, personne ne peut redémarrer le crible pendant qu’il a les bras dedans. Il garde la clé dans sa poche. # speaker: serge
+ [Il faudrait expliquer aux habitants quoi jeter # say: faut mieux informer les gens \| on devrait prévenir les habitants]
  // environnement +1 : remonte à la source du problème, le geste de tri
  ~ environnement = environnement + 1
  // prise_recul +1 : cherche la cause plutôt que de subir la panne
  ~ prise_recul = prise_recul + 1
  Vous avez raison. Les films vont bien dans la poubelle jaune, mais les cordes, les tuyaux et les vêtements, non. # speaker: serge
  La métropole a des ambassadeurs et des ambassadrices du tri qui font du porte-à-porte. On leur transmet ce qu’on trouve le plus souvent. # speaker: serge # emotion: reflexion
- 20 minutes plus tard, le crible redémarre. Les tapis repartent. # speaker: narrateur
-> balles

=== balles ===
À la fin de la chaîne, une presse écrase le carton trié en gros cubes, serrés par des fils de fer. On les appelle des balles. # speaker: narrateur # media: stock-balles
Chaque balle pèse plusieurs centaines de kilos. Un cariste les empile avec un chariot élévateur. # speaker: narrateur
Ces balles partent chez des papetiers. Le carton redevient du carton. Les bouteilles en plastique redeviennent des bouteilles ou des fibres. # speaker: serge # emotion: fierte
Mais regardez celle-ci. # speaker: serge # emotion: reflexion
Serge montre une balle de carton. On voit dépasser des sacs plastique et un morceau de tissu. # speaker: narrateur
Si le papetier trouve trop d’indésirables, il peut refuser tout le camion. Et là, c’est de l’argent perdu pour la collectivité. # speaker: linh # emotion: inquietude
Vous feriez quoi avec cette balle ? # speaker: serge
-> qualite

=== qualite ===
# titre: Une balle mal triée
Linh attend votre avis. # speaker: narrateur # media: stock-balles
+ [On la défait et on la trie à nouveau # say: on la retrie \| on recommence le tri]
  // rigueur +2 : refuse d’envoyer un produit de mauvaise qualité
  ~ rigueur = rigueur + 2
  C’est ce qu’on fait quand c’est vraiment sale. Ça prend du temps, mais notre réputation en dépend. # speaker: linh
  La qualité, c’est ce qui fait qu’un centre de tri est bien payé pour ses matières. # speaker: serge
+ [On cherche à quel moment le tri a raté # say: on cherche d’où vient le problème \| qu’est-ce qui s’est passé]
  // prise_recul +2 : analyse la cause pour éviter que ça recommence
  ~ prise_recul = prise_recul + 2
  Bonne démarche. # speaker: linh
  Linh regarde l’heure sur l’étiquette de la balle. C’était pendant la panne, au redémarrage. # speaker: narrateur
  Voilà : au redémarrage, le flux était trop gros. On en parlera au briefing de demain matin, pour mieux gérer la reprise. # speaker: linh # emotion: reflexion
+ [On prévient le client avant de l’envoyer # say: on le dit à l’acheteur \| on appelle le papetier]
  // communication +2 : joue la transparence avec le client
  ~ communication = communication + 2
  C’est honnête. Parfois, on appelle le repreneur et on lui signale une balle déclassée. Elle est vendue moins cher, mais elle n’est pas perdue. # speaker: linh
  Un client qu’on ne trompe pas, c’est un client qui reste. # speaker: serge # emotion: joie
- Il est 11 heures. C’est la pause. Serge enlève ses gants. # speaker: narrateur
-> pause

=== pause ===
Dans la salle de pause, un jeune homme est assis seul, la tête dans les mains. # speaker: narrateur # media: salle-pause
C’est Dylan. Il a 20 ans. C’est sa première semaine ici, en contrat d’insertion. # speaker: serge
Je crois que je vais arrêter. Je suis trop lent. Linh a dû ralentir le tapis à cause de moi. # speaker: dylan # emotion: inquietude
Serge vous fait un petit signe de tête, comme pour dire : « À vous. » # speaker: narrateur
-> encouragement

=== encouragement ===
# titre: Un collègue découragé
Dylan vous regarde. # speaker: narrateur # media: salle-pause
+ [Je lui dis que c’est normal au début # say: tout le monde galère au début \| c’est normal la première semaine]
  // perseverance +2 : encourage à tenir malgré un début difficile
  ~ perseverance = perseverance + 2
  Serge hoche la tête. # speaker: narrateur
  C’est vrai. Moi, la première semaine, j’ai voulu partir trois fois. Il faut un bon mois pour que les yeux et les mains aillent vite. Accroche-toi, Dylan. # speaker: serge # emotion: joie
+ [Je lui donne une astuce pour aller plus vite # say: je lui donne un conseil \| je lui montre un truc]
  // force_proposition +2 : propose une méthode concrète pour progresser
  ~ force_proposition = force_proposition + 2
  Vous lui dites de regarder d’abord les couleurs et les formes, sans lire les étiquettes. Serge sourit. # speaker: narrateur
  Exactement ce que je fais ! On ne lit rien, on reconnaît. Le carton brun, le flacon blanc, la bouteille transparente. Ça devient automatique. # speaker: serge
+ [Je lui propose d’en parler à Linh # say: il devrait voir la cheffe \| on va en parler à Linh]
  // communication +2 : oriente vers la bonne personne pour trouver une solution
  ~ communication = communication + 2
  Bonne idée. Linh connaît ça par cœur. Elle peut le mettre sur un poste plus simple quelques jours. # speaker: serge
  Et il y a aussi une accompagnatrice pour les contrats d’insertion. Elle l’aide pour la formation, le permis, le logement. Personne ne reste seul ici. # speaker: serge # emotion: reflexion
- Dylan se redresse un peu. # speaker: narrateur
Merci. Bon… je vais essayer encore une semaine. # speaker: dylan # emotion: joie
Il est bientôt 13 heures. L’équipe de l’après-midi arrive. # speaker: narrateur
-> metier

=== metier ===
Fin de poste. Serge vous offre un dernier café avant de partir. # speaker: narrateur # media: salle-pause
Alors, je vous dis tout. On travaille en équipe du matin, de 5 heures à 13 heures, ou d’après-midi, de 13 heures à 21 heures. On change chaque semaine. # speaker: serge
Ce que j’aime, c’est l’équipe. On vient de partout, on a tous les âges. Et je sais que mon travail sert à quelque chose pour la planète. # speaker: serge # emotion: fierte
Ce qui est dur : le bruit, la poussière, les gestes répétés, et parfois des odeurs. Il faut être en assez bonne forme. # speaker: serge
Pour le salaire, on commence autour du SMIC. Avec l’ancienneté et les primes d’équipe, on peut monter vers 1 900 ou 2 100 euros brut. # speaker: serge
Une journée type ? On arrive un peu avant l’heure pour se changer. Échauffement de 10 minutes, tous ensemble. Puis Linh fait un petit point : les pannes d’hier, les consignes du jour. # speaker: serge
Ensuite, tri en cabine, avec une pause toutes les deux heures. Et on finit par le nettoyage des postes. À 13 heures, j’ai mon après-midi pour mes petits-enfants ! # speaker: serge # emotion: joie
Pas besoin de diplôme pour commencer. On apprend sur place, en quelques semaines. Beaucoup de centres de tri sont des entreprises d’insertion ou des entreprises adaptées. Elles forment les gens qui cherchent un premier emploi ou qui repartent de zéro. # speaker: serge
Il existe aussi un CAP et un Bac pro pour les métiers des déchets et de la propreté urbaine. Ils se font au lycée professionnel ou en apprentissage. # speaker: serge
Et on peut évoluer : chef ou cheffe de cabine comme Linh, cariste avec le CACES, agent de maintenance, ou pilote de la chaîne de tri. # speaker: serge # emotion: joie
En Provence-Alpes-Côte d’Azur, on recycle encore moins que dans le reste de la France. Alors de nouveaux centres de tri ouvrent, et ils cherchent du monde. # speaker: serge
Et vous, ce métier, il vous dit quelque chose ? # speaker: serge # emotion: reflexion
-> parcours

=== parcours ===
# titre: Ce qui donne envie dans le métier
Serge boit son café en attendant votre réponse. # speaker: narrateur # media: salle-pause
+ [J’aimerais essayer une ou deux semaines # say: je veux faire un essai \| je testerais bien]
  // prise_recul +1 : veut vérifier sur le terrain avant de décider
  ~ prise_recul = prise_recul + 1
  // curiosite +1 : veut découvrir le métier de l’intérieur
  ~ curiosite = curiosite + 1
  Comme moi ! Demandez à votre conseiller une immersion en entreprise. En deux semaines, on sait si on est fait pour ça. # speaker: serge # emotion: joie
+ [Ce qui m’intéresse, c’est d’évoluer ensuite # say: je veux progresser \| je veux monter en grade]
  // organisation +1 : se projette avec un plan d’évolution
  ~ organisation = organisation + 1
  // rigueur +1 : vise des postes à responsabilité qui demandent de la méthode
  ~ rigueur = rigueur + 1
  Très bien. Linh a commencé comme opératrice, il y a 10 ans. Aujourd’hui, elle encadre huit personnes. Les entreprises aiment faire grandir les gens de l’intérieur. # speaker: serge # emotion: fierte
+ [Je préfère les machines, la maintenance # say: moi c’est plutôt la technique \| je préfère réparer les machines]
  // sens_technique +2 : se reconnaît dans la partie technique du site
  ~ sens_technique = sens_technique + 2
  Alors regardez du côté de la maintenance industrielle. Il y a un Bac pro et des titres professionnels pour adultes. Les centres de tri ont du mal à trouver des techniciens. # speaker: serge
  Et commencer par le tri, c’est une bonne façon de connaître les machines de l’intérieur. # speaker: serge # emotion: joie
- -> fin

=== fin ===
Serge vous raccompagne jusqu’à la sortie. Le soleil est haut maintenant. # speaker: narrateur # media: hall-reception
Merci pour votre visite. Et la prochaine fois que vous avez une vieille batterie, rapportez-la au magasin… et pensez à nous ! # speaker: serge # emotion: joie
-> END
