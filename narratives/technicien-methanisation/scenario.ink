# id: technicien-methanisation
# title: Le gaz qui vient des fermes
# sector: energies-renouvelables
# job: Technicien·ne d’exploitation en méthanisation
# duration: 10

// Compétences observées dans ce scénario (identifiants du référentiel commun).
VAR securite = 0
VAR rigueur = 0
VAR curiosite = 0
VAR prise_recul = 0
VAR force_proposition = 0
VAR environnement = 0
VAR communication = 0
VAR relation_usager = 0
VAR organisation = 0
VAR adaptation = 0
VAR sens_technique = 0
VAR travail_equipe = 0
VAR reactivite = 0
VAR gestion_stress = 0
VAR autonomie = 0
VAR decision = 0
VAR perseverance = 0

-> accueil

=== accueil ===
Il est 8 h. Vous arrivez dans une petite vallée du Vaucluse. Au milieu des champs, il y a deux grandes cuves rondes couvertes d’un dôme vert. # speaker: narrateur # media: site-methanisation
Un homme d’une trentaine d’années vient vers vous, une tablette à la main. # speaker: narrateur
Bonjour et bienvenue ! Je m’appelle Kévin. J’ai 29 ans, je suis technicien d’exploitation sur ce méthaniseur. # speaker: kevin # emotion: joie
Je viens de La Réunion. Avant, j’étais boulanger. J’adorais faire le levain, ce mélange qui fermente et qui fait lever le pain. # speaker: kevin
Ici, c’est un peu pareil, mais en très grand ! Des milliards de petites bactéries mangent les déchets des fermes, et elles fabriquent du gaz. # speaker: kevin # emotion: fierte
Ce site appartient à cinq agriculteurs du coin. Ils nous apportent le fumier de leurs animaux et les restes de leurs récoltes. # speaker: kevin
Le gaz qu’on produit est nettoyé, puis envoyé dans le réseau de gaz de la ville. Il sert à chauffer plus de mille logements. # speaker: kevin
-> detecteur

= detecteur
# titre: Un téléphone sur un site à risque d’explosion
Avant de faire le tour, je vous donne ce petit boîtier. C’est un détecteur de gaz. S’il sonne, on sort de la zone. # speaker: kevin
Ici, certaines zones sont classées ATEX : ça veut dire qu’il peut y avoir du gaz qui explose. Une seule étincelle suffit. # speaker: kevin # emotion: reflexion
Au fait, vous avez un téléphone portable dans la poche ? # speaker: kevin
* [Je le laisse au bureau avant la visite # say: je le pose au bureau \| je le laisse ici]
    // securite +2 : ne rien emporter qui peut faire une étincelle en zone ATEX
    ~ securite = securite + 2
    // rigueur +1 : appliquer la consigne sans discuter
    ~ rigueur = rigueur + 1
    Merci. Un téléphone normal peut faire une étincelle. Dans les zones à risque, on n’utilise que du matériel spécial, certifié ATEX. # speaker: kevin
    Moi, j’ai une radio spéciale. Si j’ai besoin d’appeler, je m’en sers. # speaker: kevin
* [Je demande pourquoi un téléphone est dangereux # say: pourquoi le téléphone \| en quoi c'est dangereux un portable]
    // curiosite +2 : chercher à comprendre la règle
    ~ curiosite = curiosite + 2
    // prise_recul +1 : réfléchir au risque avant d’agir
    ~ prise_recul = prise_recul + 1
    Bonne question. Le biogaz contient du méthane. Mélangé à l’air, il peut exploser. Un téléphone, une batterie, un briquet : tout ça peut faire une petite étincelle. # speaker: kevin
    Alors on le laisse au bureau. Et dans les zones à risque, on utilise des outils spéciaux, certifiés ATEX. # speaker: kevin
* [Je propose une boîte à téléphones à l’entrée # say: on pourrait mettre une boîte à l'entrée \| une boîte pour les portables]
    // force_proposition +2 : proposer une solution simple pour tous les visiteurs
    ~ force_proposition = force_proposition + 2
    // securite +1 : penser à la sécurité des autres
    ~ securite = securite + 1
    Tiens, c’est une bonne idée ! Les livreurs oublient souvent. Une boîte avec des casiers, juste à l’entrée… Je vais en parler à Chantal. # speaker: kevin # emotion: surprise
    En attendant, je pose votre téléphone au bureau. # speaker: kevin
- On enfile les chaussures de sécurité et le gilet jaune. C’est parti pour la visite. # speaker: kevin
-> reception

=== reception ===
Vous arrivez sur une grande dalle de béton. Un tracteur avec une remorque pleine de fumier recule doucement. # speaker: narrateur # media: aire-reception
Ici, c’est la réception. Tout ce qui entre est pesé et vérifié. On appelle ça les intrants. # speaker: kevin
Chaque camion, chaque tracteur passe sur cette grande plaque de métal : c’est une balance géante. Elle pèse jusqu’à 50 tonnes. # speaker: kevin
Une femme aux cheveux blancs descend du tracteur. Elle porte une casquette et des bottes. # speaker: narrateur
Salut Kévin ! Bonjour à vous. Moi, c’est Chantal. J’ai 57 ans, j’élève des chèvres, et je suis présidente de la société qui a construit ce méthaniseur. # speaker: chantal # emotion: joie
Il y a dix ans, personne n’y croyait. On a mis cinq ans à monter le projet. Aujourd’hui, nos fermes produisent du lait et de l’énergie ! # speaker: chantal # emotion: fierte
Au début, à la banque, on me demandait où était mon mari. Je leur ai montré mes chiffres. Ils ont vite compris qui dirigeait le projet ! # speaker: chantal # emotion: joie
-> livraison

= livraison
# titre: Du plastique dans une livraison
Chantal vide sa remorque. Dans le fumier, vous voyez des morceaux de ficelle en plastique et un bout de bâche. # speaker: narrateur
Les bactéries ne mangent pas le plastique. Il abîme les pompes et il finit dans les champs. Qu’est-ce que vous faites ? # speaker: kevin # emotion: reflexion
* [Je le signale gentiment à Chantal # say: je le dis à Chantal \| je préviens la dame poliment]
    // relation_usager +2 : dire un problème à une fournisseuse avec respect
    ~ relation_usager = relation_usager + 2
    // communication +1 : parler clairement d’un problème
    ~ communication = communication + 1
    Oh, vous avez raison. C’est la ficelle des bottes de paille. Je vais demander à mon fils de mieux trier. Merci de me l’avoir dit gentiment. # speaker: chantal
    Vous voyez ? Même si c’est la présidente, on ose le dire. Ici, la qualité de ce qui entre, c’est l’affaire de tous. # speaker: kevin
* [Je retire les plastiques avec mes gants # say: j'enlève le plastique \| je retire les ficelles à la main]
    // environnement +2 : empêcher le plastique de finir dans les champs
    ~ environnement = environnement + 2
    // autonomie +1 : agir sans attendre qu’on le demande
    ~ autonomie = autonomie + 1
    Merci ! Avec les gants, c’est parfait. On met ça dans la benne à plastiques, pour le recyclage. # speaker: kevin
    Un méthaniseur propre, c’est un digestat propre. Et le digestat, c’est l’engrais qui retourne dans les champs. # speaker: kevin # emotion: fierte
* [Je note le problème dans le registre # say: je l'écris dans le cahier \| je le marque dans le registre]
    // rigueur +2 : garder une trace de chaque livraison
    ~ rigueur = rigueur + 2
    // organisation +1 : le suivi écrit permet d’agir plus tard
    ~ organisation = organisation + 1
    Très bien. Chaque livraison est notée : qui, quoi, combien, et les problèmes. Si ça revient souvent, on en parle en réunion avec les agriculteurs. # speaker: kevin
    Les services de l’État peuvent aussi contrôler ce registre. Il doit être toujours à jour. # speaker: kevin # emotion: reflexion
- Le fumier est propre. Chantal remonte sur son tracteur et nous fait un signe de la main. # speaker: narrateur
-> digesteur

=== digesteur ===
Vous montez un petit escalier. Vous êtes maintenant à côté du digesteur, la grande cuve ronde. Ça sent un peu la ferme, mais pas trop. # speaker: narrateur # media: digesteur
Dedans, il fait 40 degrés, et il n’y a pas d’air. C’est comme le ventre d’une vache. Les matières restent plusieurs semaines à l’intérieur. # speaker: kevin
Les bactéries les digèrent et produisent le biogaz. Il monte sous le dôme vert. Le dôme gonfle quand il y a beaucoup de gaz. # speaker: kevin
Le biogaz, c’est un peu plus de la moitié de méthane, le même gaz que le gaz de ville. Le reste, c’est surtout du gaz carbonique. # speaker: kevin
Là-bas, la machine d’épuration enlève tout ce qui n’est pas du méthane. On obtient du biométhane. Il chauffe des maisons, et il fait aussi rouler des camions et des bus. # speaker: kevin # emotion: fierte
Chaque jour, il faut nourrir le digesteur. On appelle ça la ration, comme pour les animaux. Si on change la ration trop vite, les bactéries tombent malades. # speaker: kevin # emotion: reflexion
-> ration

= ration
# titre: Il manque du fumier pour la ration
Problème : un agriculteur n’a pas pu livrer son fumier ce matin. Il manque un quart de la ration du jour. # speaker: kevin # emotion: inquietude
Vous feriez comment ? # speaker: kevin
* [On complète avec la paille en stock # say: on prend ce qu'il y a en stock \| on met de la paille à la place]
    // adaptation +2 : trouver une solution avec ce qu’on a sous la main
    ~ adaptation = adaptation + 2
    // sens_technique +1 : savoir qu’on peut remplacer une matière par une autre
    ~ sens_technique = sens_technique + 1
    C’est possible. On a de la paille et des restes de céréales sous le hangar. Mais attention : on en met un peu, pas trop. Il faut changer doucement. # speaker: kevin
* [On donne un peu moins aujourd’hui # say: on réduit la ration \| on nourrit moins pour aujourd'hui]
    // prise_recul +2 : préférer une petite baisse à un changement brutal
    ~ prise_recul = prise_recul + 2
    // decision +1 : choisir et assumer une baisse de production
    ~ decision = decision + 1
    Oui, c’est une solution. On produira un peu moins de gaz aujourd’hui, mais les bactéries ne seront pas dérangées. Demain, on reviendra à la normale. # speaker: kevin
* [J’appelle un autre agriculteur du groupe # say: on téléphone à un autre fermier \| on demande à quelqu'un d'autre de livrer]
    // travail_equipe +2 : s’appuyer sur le collectif des agriculteurs
    ~ travail_equipe = travail_equipe + 2
    // reactivite +1 : trouver vite une autre source
    ~ reactivite = reactivite + 1
    Bonne idée, c’est la force d’un projet collectif. Je prends la radio et j’appelle Chantal. Elle a du fumier en plus, elle peut livrer cet après-midi. # speaker: kevin
- La ration est réglée. Kévin entre les chiffres dans la tablette. # speaker: narrateur
-> analyse

= analyse
# titre: Une analyse qui inquiète
Ensuite, on va au petit laboratoire. Chaque jour, je prends un échantillon dans le digesteur et je mesure son acidité. # speaker: kevin
Aujourd’hui, le chiffre est un peu plus haut que d’habitude. Si ça continue, les bactéries peuvent s’arrêter de travailler. # speaker: kevin # emotion: inquietude
Vous, vous faites quoi ? # speaker: kevin
* [Je refais la mesure pour être sûr # say: je mesure encore une fois \| je recommence l'analyse]
    // rigueur +2 : vérifier une mesure avant de tirer une conclusion
    ~ rigueur = rigueur + 2
    // gestion_stress +1 : ne pas s’affoler pour un chiffre
    ~ gestion_stress = gestion_stress + 1
    Bon réflexe. Une mesure peut être fausse. On recommence : c’est le même chiffre. Donc c’est réel, mais ce n’est pas grave pour l’instant. # speaker: kevin
* [Je compare avec les chiffres des jours d’avant # say: je regarde les jours d'avant \| je compare avec la semaine dernière]
    // sens_technique +2 : suivre une évolution plutôt qu’un chiffre isolé
    ~ sens_technique = sens_technique + 2
    // prise_recul +1 : regarder la tendance
    ~ prise_recul = prise_recul + 1
    Excellent. On regarde la courbe sur la tablette : ça monte doucement depuis trois jours. Depuis qu’on a mis plus de restes de fruits. # speaker: kevin
    Donc on sait quoi faire : on en met moins. Vous avez raisonné comme quelqu’un du métier ! # speaker: kevin # emotion: joie
* [J’appelle la personne qui conseille en biologie # say: j'appelle le spécialiste \| je demande conseil au biologiste]
    // communication +2 : savoir demander l’avis d’un expert
    ~ communication = communication + 2
    // travail_equipe +1 : travailler avec les partenaires extérieurs
    ~ travail_equipe = travail_equipe + 1
    Oui, on a une biologiste qui nous suit. Je lui envoie les chiffres. Elle répond vite : il faut mettre un peu moins de restes de fruits pendant quelques jours. # speaker: kevin
- Un méthaniseur, c’est vivant. On le surveille tous les jours, comme un troupeau. # speaker: kevin # emotion: reflexion
-> local_technique

=== local_technique ===
Vous entrez dans le local des pompes. Il y a des tuyaux partout, des vannes rouges et un grand bruit de moteur. # speaker: narrateur # media: local-pompes
C’est ici qu’on fait circuler les matières entre les cuves. Moi, je fais l’entretien des pompes et des agitateurs. Il faut aimer la mécanique. # speaker: kevin
Les agitateurs, ce sont de grandes hélices dans les cuves. Elles tournent pour bien mélanger, comme une cuillère dans une casserole. Si elles s’arrêtent, une croûte se forme en surface et le gaz ne sort plus. # speaker: kevin
Chaque semaine, je graisse, je vérifie les courroies, j’écoute les bruits. Un bruit bizarre, c’est souvent une panne qui se prépare. # speaker: kevin # emotion: reflexion
-> alarme

= alarme
# titre: L’alarme de gaz sonne
Soudain, votre détecteur sonne. Un bip fort et rapide. L’écran affiche H2S. # speaker: narrateur
Le H2S, c’est un gaz toxique. Il sent l’œuf pourri. Mais attention : quand il y en a beaucoup, on ne le sent plus du tout. # speaker: kevin # emotion: inquietude
Vite, que faites-vous ? # speaker: kevin
* [Je sors tout de suite du local # say: je sors \| je quitte la pièce vite \| je vais dehors]
    // securite +2 : s’éloigner du danger est le premier geste
    ~ securite = securite + 2
    // reactivite +1 : agir sans hésiter
    ~ reactivite = reactivite + 1
    Parfait. Dehors, à l’air libre, du côté d’où vient le vent. Je sors avec vous et je ferme la porte. # speaker: kevin
* [Je préviens Kévin en sortant avec lui # say: je dis à Kévin de sortir \| on sort tous les deux]
    // travail_equipe +2 : ne laisser personne derrière soi
    ~ travail_equipe = travail_equipe + 2
    // communication +1 : donner l’alerte
    ~ communication = communication + 1
    Merci ! Avec le bruit des moteurs, je n’avais pas entendu mon détecteur. On sort ensemble, à l’air libre. # speaker: kevin
* [Je lis la valeur et je recule calmement # say: je regarde le chiffre et je recule \| je recule sans paniquer]
    // gestion_stress +2 : garder son calme et agir avec méthode
    ~ gestion_stress = gestion_stress + 2
    // sens_technique +1 : lire la mesure pour informer l’équipe
    ~ sens_technique = sens_technique + 1
    C’est bien de rester calme. Le chiffre est utile pour la suite. Mais on ne reste pas : on lit vite, et on sort. # speaker: kevin
- Dehors, on respire. Kévin appelle l’astreinte à la radio et ferme la zone. # speaker: narrateur
C’est une petite fuite sur un joint. Elle sera réparée avec un masque et du matériel spécial. C’est pour ça qu’on porte toujours le détecteur. Bravo, vous avez bien réagi. # speaker: kevin # emotion: fierte
-> riverain

= riverain
# titre: Un riverain se plaint des odeurs
En revenant vers le bureau, un homme vous fait signe derrière la barrière. # speaker: narrateur
Excusez-moi ! J’habite la maison là-bas. Hier soir, ça sentait mauvais jusque chez moi. Et vos camions passent trop vite ! # speaker: riverain # emotion: inquietude
Kévin vous regarde. C’est à vous. # speaker: narrateur
* [J’écoute et je note ce qu’il dit # say: je l'écoute \| je prends note de sa plainte]
    // relation_usager +2 : écouter un voisin mécontent sans se défendre
    ~ relation_usager = relation_usager + 2
    // rigueur +1 : noter précisément pour pouvoir agir
    ~ rigueur = rigueur + 1
    Vous l’écoutez jusqu’au bout. Vous notez l’heure, l’odeur, les camions. Il se calme un peu. # speaker: narrateur
    Merci de m’avoir écouté. Au moins, ici, on me prend au sérieux. # speaker: riverain
* [Je lui propose de venir visiter le site # say: je l'invite à visiter \| il peut venir voir]
    // force_proposition +2 : proposer d’ouvrir le site pour créer la confiance
    ~ force_proposition = force_proposition + 2
    // communication +1 : dialoguer plutôt que se fermer
    ~ communication = communication + 1
    Une visite ? Pourquoi pas. J’aimerais bien voir ce qu’il y a dans ces grosses cuves. # speaker: riverain # emotion: surprise
    Bonne idée. On organise une journée portes ouvertes chaque printemps. Je lui donne la date. # speaker: kevin
* [J’explique ce qu’on fait contre les odeurs # say: je lui explique pour les odeurs \| je lui dis ce qu'on fait]
    // environnement +2 : connaître l’impact du site sur son voisinage
    ~ environnement = environnement + 2
    // communication +1 : expliquer simplement
    ~ communication = communication + 1
    Les cuves sont fermées. Les odeurs viennent surtout du stockage, quand on ouvre. On va couvrir le tas de fumier. Et on rappelle aux chauffeurs de rouler doucement. # speaker: kevin
    Bon. Si c’est fait, ça me va. # speaker: riverain
- Le voisin repart. Kévin écrit un message à Chantal. # speaker: narrateur
Les voisins, c’est important. Un méthaniseur doit vivre en bonne entente avec eux. On veut être un bon voisin. # speaker: kevin # emotion: reflexion
-> bureau

=== bureau ===
Retour au bureau, un petit bâtiment avec des écrans. On y voit tout le site : températures, niveaux des cuves, gaz produit. # speaker: narrateur # media: bureau-site
La nuit dernière, justement, une pompe s’est bloquée à 3 h du matin. Je suis venu, j’ai tout remis en route en une heure, et je suis retourné me coucher. Ça fait partie du métier. # speaker: kevin # emotion: reflexion
Ma journée, c’est une ronde le matin, la ration, les analyses, l’entretien et l’écran. Je travaille à la journée, et une semaine sur quatre je suis d’astreinte : si une alarme sonne la nuit, mon téléphone m’appelle. # speaker: kevin
Et il y a le digestat : ce qui reste à la fin. C’est un très bon engrais. Les agriculteurs l’étalent dans leurs champs à la place des engrais chimiques. # speaker: kevin
Après quelques années, on peut devenir responsable de site, ou chargé d’exploitation pour plusieurs méthaniseurs. Certains partent aussi chez les constructeurs, pour faire la mise en service des nouvelles unités. # speaker: kevin
Côté salaire, un technicien qui débute gagne autour de 1 900 à 2 200 euros brut par mois. Avec l’expérience, et les primes d’astreinte, on monte vers 2 300 à 2 900 euros. # speaker: kevin
-> avenir

= avenir
# titre: Un chemin vers le métier
Pour apprendre ce métier, il y a plusieurs chemins. Moi, après la boulangerie, j’ai fait un certificat de spécialisation en méthanisation, en un an, en alternance. # speaker: kevin
On peut aussi venir par un bac pro ou un BTS agricole, ou par la maintenance industrielle. Et vous, vous commenceriez par quoi ? # speaker: kevin # emotion: reflexion
* [Une formation en alternance comme Kévin # say: comme vous en alternance \| une formation où on travaille en même temps]
    // decision +2 : choisir une voie précise
    ~ decision = decision + 2
    // perseverance +1 : mener l’école et le travail en même temps
    ~ perseverance = perseverance + 1
    C’est ce que je conseille. Avec l’alternance, on est payé et on apprend sur un vrai site. Il faut juste trouver une entreprise. Je peux vous donner des contacts. # speaker: kevin
* [D’abord quelques jours de stage ici # say: un petit stage d'abord \| je viendrais essayer quelques jours]
    // prise_recul +1 : tester avant de s’engager
    ~ prise_recul = prise_recul + 1
    // organisation +2 : avancer étape par étape
    ~ organisation = organisation + 2
    Avec plaisir. France Travail peut organiser une immersion de quelques jours. Vous verrez si l’odeur, le bruit et le travail dehors vous plaisent. # speaker: kevin
* [Je préfère d’abord apprendre la mécanique # say: d'abord la maintenance \| j'apprends la mécanique avant]
    // sens_technique +1 : la maintenance est une base solide
    ~ sens_technique = sens_technique + 1
    // perseverance +2 : un parcours en deux étapes demande de la ténacité
    ~ perseverance = perseverance + 2
    Bon choix. Un titre professionnel de maintenance, à l’AFPA par exemple. Les méthaniseurs ont toujours besoin de gens qui savent réparer une pompe. # speaker: kevin
- Peu importe d’où on vient. Moi, j’étais boulanger. Chantal est éleveuse de chèvres. Ce qui compte, c’est l’envie d’apprendre. # speaker: kevin # emotion: joie
-> fin

=== fin ===
Vous ressortez. Le soleil brille sur le dôme vert du digesteur. Un camion de fumier arrive. # speaker: narrateur # media: site-methanisation
Merci pour votre visite. Aujourd’hui, vous avez vu une ration, une analyse, une alarme et un voisin en colère. C’est vraiment mon quotidien ! # speaker: kevin # emotion: joie
En Provence-Alpes-Côte d’Azur, il y a encore peu de méthaniseurs. Mais il y en a de plus en plus. Depuis 2024, chaque habitant doit pouvoir trier ses déchets alimentaires à part. Il faudra les traiter, et ça crée des emplois. # speaker: kevin
Ce métier, c’est un peu d’agriculture, un peu de mécanique, un peu de chimie et beaucoup d’écologie. Les déchets d’hier deviennent l’énergie de demain. # speaker: kevin # emotion: fierte
Revenez quand vous voulez. Et dites-moi si vous voulez faire un stage ! # speaker: kevin # emotion: joie
Votre visite du méthaniseur est terminée. # speaker: narrateur
-> END
