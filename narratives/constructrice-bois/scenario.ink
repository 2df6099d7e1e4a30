# id: constructrice-bois
# title: Une journée avec Inès, charpentière bois
# sector: batiment-durable
# job: Charpentier·ère bois
# duration: 10

VAR securite = 0
VAR rigueur = 0
VAR environnement = 0
VAR communication = 0
VAR travail_equipe = 0
VAR force_proposition = 0
VAR curiosite = 0
VAR prise_recul = 0
VAR relation_usager = 0

-> accueil

=== accueil ===
Il est 7 h 30. Vous arrivez dans un grand atelier qui sent la résine et la sciure. # speaker: narrateur # media: atelier-charpente
Des poutres sont empilées au fond. Une machine découpe une pièce de bois toute seule, guidée par un ordinateur. # speaker: narrateur
Une femme en tee-shirt vert enlève son casque antibruit et vient vers vous. # speaker: narrateur
Bonjour ! Moi, c’est Inès. Je suis charpentière, et cheffe d’équipe ici. Bienvenue dans notre atelier ! # speaker: ines # emotion: joie
On est une petite entreprise de 12 personnes, près de Forcalquier. On construit des maisons à ossature bois, des extensions, des charpentes de toit. # speaker: ines
Ça fait 15 ans que je fais ce métier. Et oui, on me demande souvent si c’est un métier de femme. Ma réponse : c’est un métier pour les gens qui aiment construire. # speaker: ines # emotion: fierte
Aujourd’hui, on prépare les murs d’une maison. Le matin, on taille à l’atelier. L’après-midi, on monte les murs sur le chantier. # speaker: ines
Avant d’entrer dans la zone des machines, il faut s’équiper. Il y a des chaussures de sécurité, des lunettes, des bouchons d’oreilles et des gants sur l’étagère. # speaker: ines
Vous, vous faites quoi en premier ? # speaker: ines # emotion: neutre
-> equipement

=== equipement ===
# titre: S’équiper à l’atelier
Inès vous laisse choisir. Théo, l’apprenti, vous regarde en souriant. # speaker: narrateur # media: atelier-charpente
+ [Je mets tout l’équipement avant d’avancer # say: je m’équipe d’abord \| je mets les chaussures et les lunettes]
  // securite +2 : s’équipe entièrement avant d’entrer dans la zone à risque
  ~ securite = securite + 2
  Parfait. Les chaussures protègent des pièces qui tombent, les lunettes des éclats. Et le bruit des machines abîme l’oreille sans qu’on s’en rende compte. # speaker: ines # emotion: joie
  Ici, personne n’entre dans la zone sans ça. Même le patron. # speaker: ines
+ [Je demande à quoi sert chaque équipement # say: ça sert à quoi tout ça \| pourquoi il faut tout ça]
  // curiosite +2 : cherche à comprendre la raison de chaque protection
  ~ curiosite = curiosite + 2
  Bonne question ! Les chaussures ont une coque contre les chutes de poutres. Les lunettes arrêtent les éclats de bois. # speaker: ines # emotion: joie
  Les bouchons, c’est pour le bruit : une scie, c’est plus de 90 décibels. Quand on sait pourquoi, on oublie moins. # speaker: ines
+ [Je demande à Théo comment il s’équipe # say: je regarde comment fait l’apprenti \| je demande à Théo]
  // travail_equipe +2 : s’appuie sur un collègue et apprend par l’exemple
  ~ travail_equipe = travail_equipe + 2
  Théo vous tend une paire de lunettes et vous montre comment mettre les bouchons d’oreilles. # speaker: narrateur
  Vous avez raison de demander à Théo. Ici, on apprend beaucoup les uns des autres. Et lui, ça l’oblige à bien expliquer ! # speaker: ines # emotion: joie
- Bon, tout le monde est équipé. Venez voir la machine. # speaker: ines
-> atelier

=== atelier ===
Vous suivez Inès jusqu’à la machine. Elle découpe une pièce de bois avec précision. # speaker: narrateur # media: atelier-charpente
Ça, c’est notre machine à commande numérique. On dessine la maison à l’ordinateur, et la machine taille chaque pièce au millimètre. # speaker: ines
Beaucoup de gens pensent que charpentier, c’est seulement le marteau et la scie. Aujourd’hui, il faut aussi savoir lire un plan en 3D et régler une machine. # speaker: ines # emotion: fierte
Mais on fait encore beaucoup à la main : les assemblages, les ajustements, le montage. # speaker: ines
Inès vous montre deux piles de bois. # speaker: narrateur
Pour cette maison, on a le choix. À gauche, du mélèze des Alpes, coupé à 60 kilomètres d’ici. À droite, du bois du Nord de l’Europe, un peu moins cher et déjà séché. # speaker: ines
Le client nous laisse décider. Vous, vous prendriez lequel ? # speaker: ines # emotion: reflexion
-> choix_bois

=== choix_bois ===
# titre: Choisir le bois du chantier
Théo pose la main sur le mélèze. Il sent bon. # speaker: narrateur # media: atelier-charpente
+ [Le mélèze des Alpes, c’est local # say: le bois d’ici \| je prends le mélèze]
  // environnement +2 : privilégie un bois local, moins de transport et une forêt gérée près d’ici
  ~ environnement = environnement + 2
  C’est aussi mon choix de cœur. Moins de camions sur la route, et on fait travailler les scieries de la région. # speaker: ines # emotion: joie
  Le bois stocke du carbone pendant toute la vie de la maison. Et s’il vient d’une forêt gérée, on replante derrière. # speaker: ines
  Il faut juste vérifier qu’il est bien sec, sinon il bouge après la pose. # speaker: ines
+ [Je demande le prix et le délai des deux # say: ça coûte combien \| lequel arrive le plus vite]
  // prise_recul +2 : compare les contraintes avant de trancher
  ~ prise_recul = prise_recul + 2
  Vous pensez comme une cheffe de chantier ! Le mélèze coûte un peu plus cher et il faut attendre la scierie une semaine. # speaker: ines # emotion: surprise
  Le bois du Nord est là tout de suite. Un bon choix, c’est un choix où on a tout regardé : le prix, le délai, et l’impact sur la planète. # speaker: ines
+ [On appelle le client pour lui expliquer # say: je demande au client \| on lui explique les deux]
  // communication +2 : associe le client à la décision en lui expliquant les options
  ~ communication = communication + 2
  Bonne idée. Les clients aiment comprendre ce qu’on met dans leur maison. # speaker: ines
  Je lui envoie une photo des deux bois ce midi. Expliquer simplement, ça fait aussi partie du métier. # speaker: ines # emotion: joie
- Dans les faits, on choisit souvent du bois local quand c’est possible. Il existe même une certification, « Bois des Alpes », qui garantit d’où il vient. # speaker: ines
Bon. Maintenant, on passe au plan. # speaker: ines
-> plan

=== plan ===
Inès déroule un grand plan sur l’établi. Théo mesure une poutre avec un mètre ruban. # speaker: narrateur # media: atelier-charpente
Le plan dit 4,20 mètres… mais j’ai mesuré 4,15 sur la poutre, déjà taillée. # speaker: theo # emotion: inquietude
Cinq centimètres d’écart. Sur une maison, c’est beaucoup. Un mur peut ne plus tomber d’aplomb. # speaker: ines # emotion: reflexion
À votre avis, on fait quoi ? # speaker: ines
-> ecart

=== ecart ===
# titre: Un écart de mesure sur un mur
Théo attend, le mètre ruban à la main. # speaker: narrateur # media: atelier-charpente
+ [On remesure tout avant de toucher à rien # say: on vérifie encore \| je mesure une deuxième fois]
  // rigueur +2 : vérifie la mesure avant d’agir
  ~ rigueur = rigueur + 2
  Vous remesurez avec Théo. Cette fois, le mètre affiche 4,20. Théo avait accroché le mètre de travers. # speaker: narrateur
  Voilà pourquoi on dit : « Mesurer deux fois, couper une fois. » Une bonne vérification, ça évite de gâcher du bois. # speaker: ines # emotion: joie
+ [On appelle le bureau d’études # say: je téléphone au bureau d’études \| on demande à ceux qui ont fait le plan]
  // communication +1 : remonte l’information à la bonne personne
  ~ communication = communication + 1
  // rigueur +1 : ne modifie pas un plan sans validation
  ~ rigueur = rigueur + 1
  Inès appelle le dessinateur. Il confirme que le plan est juste. Ils remesurent ensemble : l’erreur venait du mètre mal accroché. # speaker: narrateur
  Vous avez bien fait. Quand un doute concerne la structure, on ne décide jamais dans son coin. Le bureau d’études est là pour ça. # speaker: ines
+ [On peut ajuster la pièce d’à côté # say: on compense avec une autre pièce \| on adapte le reste]
  // force_proposition +2 : propose une solution concrète pour sauver le travail déjà fait
  ~ force_proposition = force_proposition + 2
  C’est une vraie idée de charpentière : on cherche toujours à rattraper plutôt qu’à jeter. # speaker: ines # emotion: surprise
  Avant, on remesure quand même. Et là, surprise : la poutre fait bien 4,20. Théo avait mal accroché le mètre. # speaker: ines
  Votre idée resservira. Sur un vieux bâtiment, rien n’est droit, et il faut sans cesse adapter. # speaker: ines
- Théo rit, un peu gêné. # speaker: narrateur
Tout le monde se trompe, Théo. L’important, c’est de le voir avant la pose. # speaker: ines # emotion: joie
Pendant que vous chargez le camion, Théo vous parle de lui. # speaker: narrateur
Moi, au collège, je m’ennuyais. Je voulais faire quelque chose avec mes mains. # speaker: theo
Je suis en CAP en apprentissage : deux semaines ici, une semaine au centre de formation. Et je suis payé, même si ce n’est pas énorme. # speaker: theo # emotion: joie
Le plus dur, c’est le réveil à 6 heures. Le plus beau, c’est de passer devant une maison et de me dire : « Ce toit, c’est moi qui l’ai posé. » # speaker: theo # emotion: fierte
Allez, on y va. Direction le chantier ! # speaker: ines
-> chantier

=== chantier ===
Début d’après-midi. Vous êtes sur un terrain en pente, avec vue sur la montagne de Lure. # speaker: narrateur # media: chantier-ossature
La dalle de béton est prête. Les murs en bois, préparés à l’atelier, attendent sur le camion. # speaker: narrateur
Le gros avantage de l’ossature bois, c’est la vitesse. On prépare les murs à l’atelier, au sec. Sur place, on monte une maison hors d’eau en quelques jours. # speaker: ines
Et on isole entre les montants, avec de la fibre de bois. Ça fait des maisons qui consomment très peu d’énergie. # speaker: ines # emotion: fierte
Depuis 2022, les maisons neuves doivent respecter une règle qui limite le carbone émis pour les construire. Le bois aide beaucoup à la respecter. Alors les constructeurs se tournent vers nous. # speaker: ines
Inès vous montre l’échafaudage qui fait le tour de la dalle. # speaker: narrateur
Quand on travaille en hauteur, on a des garde-corps tout autour. S’il n’y en a pas, on porte un harnais attaché à un point solide. # speaker: ines
Les chutes de hauteur, c’est la première cause d’accidents graves dans le bâtiment. Alors chez nous, on ne négocie pas avec ça. # speaker: ines # emotion: inquietude
Le camion-grue va lever le premier mur. C’est le moment le plus délicat de la journée. # speaker: ines
Le vent se lève. Les feuilles des arbres s’agitent. Le grutier regarde le ciel. # speaker: narrateur
Un mur de bois, c’est comme une voile. Avec du vent, il peut tourner d’un coup. # speaker: ines # emotion: inquietude
Qu’est-ce que vous proposez ? # speaker: ines
-> levage

=== levage ===
# titre: Le vent pendant le levage
Le mur est accroché à la grue, encore posé sur le camion. # speaker: narrateur # media: chantier-ossature
+ [On arrête et on attend que ça se calme # say: on attend que le vent tombe \| on arrête tout]
  // securite +2 : renonce à une manœuvre risquée quand les conditions changent
  ~ securite = securite + 2
  On attend. Au bout de 20 minutes, le vent retombe. On lève le mur sans souci. # speaker: narrateur
  20 minutes perdues, ce n’est rien. Un mur qui tombe sur quelqu’un, c’est une vie cassée. Vous avez le bon réflexe. # speaker: ines # emotion: fierte
+ [On met des cordes pour guider le mur # say: on ajoute des cordes \| on le retient avec des cordes]
  // travail_equipe +1 : organise la manœuvre à plusieurs, chacun à son poste
  ~ travail_equipe = travail_equipe + 1
  // securite +1 : ajoute un moyen de contrôler la charge à distance
  ~ securite = securite + 1
  Bonne idée : ça s’appelle des cordes de guidage. Deux personnes tiennent le mur à distance, jamais dessous. # speaker: ines
  On le fait, et on convient d’un signe avec le grutier : bras croisés, on arrête tout. # speaker: ines
  Le mur se pose doucement. Tout le monde a joué son rôle. # speaker: narrateur
+ [Je demande au grutier ce qu’il en pense # say: on demande l’avis du grutier \| c’est le grutier qui sait]
  // prise_recul +1 : s’appuie sur la personne qui a la mesure du vent avant de décider
  ~ prise_recul = prise_recul + 1
  // communication +1 : consulte un autre corps de métier
  ~ communication = communication + 1
  Le grutier a un anémomètre sur sa grue. Il mesure la vitesse du vent. # speaker: ines
  Il dit : « Trop de rafales, on attend un quart d’heure. » C’est lui qui a le dernier mot sur sa machine. Vous avez bien fait de lui demander. # speaker: ines
- Le premier mur est debout. Vous sentez une petite fierté, même sans avoir porté une planche. # speaker: narrateur
Ça, c’est le meilleur moment du métier. Le matin, il n’y a rien. Le soir, il y a une maison. # speaker: ines # emotion: joie
-> voisine

=== voisine ===
Une voisine s’approche de la barrière du chantier. Elle a l’air contrariée. # speaker: narrateur # media: chantier-ossature
Excusez-moi ! Ça fait du bruit depuis ce matin. Et vos camions bloquent ma sortie de garage. # speaker: voisine # emotion: inquietude
Inès vous regarde. Elle a les mains occupées avec une visseuse. # speaker: narrateur
Vous pouvez aller lui parler ? # speaker: ines
-> voisinage

=== voisinage ===
# titre: Une voisine mécontente
La voisine attend, les bras croisés. # speaker: narrateur # media: chantier-ossature
+ [Je l’écoute et je m’excuse pour la gêne # say: je m’excuse pour le dérangement \| je l’écoute d’abord]
  // relation_usager +2 : écoute la riveraine et reconnaît la gêne avant de répondre
  ~ relation_usager = relation_usager + 2
  La voisine se détend. Elle vous explique qu’elle part au travail à 17 heures. # speaker: narrateur
  Merci de m’écouter. Personne ne m’avait rien dit sur ce chantier. # speaker: voisine
  Bien joué. Souvent, les gens veulent juste être entendus. # speaker: ines # emotion: joie
+ [Je vais faire déplacer le camion tout de suite # say: je fais bouger le camion \| on libère son garage]
  // travail_equipe +1 : mobilise l’équipe pour régler le problème concret
  ~ travail_equipe = travail_equipe + 1
  // force_proposition +1 : apporte une solution immédiate
  ~ force_proposition = force_proposition + 1
  Théo déplace le camion de quelques mètres. La sortie est libre. # speaker: narrateur
  Ah, merci, c’est gentil. # speaker: voisine # emotion: surprise
  Régler le problème concret, c’est souvent le plus efficace. Un chantier propre et bien rangé, c’est aussi moins de conflits. # speaker: ines
+ [Je lui explique le chantier et les horaires # say: je lui dis quand ça finit \| je lui explique ce qu’on fait]
  // communication +1 : informe clairement sur la durée et les horaires
  ~ communication = communication + 1
  // prise_recul +1 : répond au fond du problème, l’incertitude sur la durée
  ~ prise_recul = prise_recul + 1
  Vous expliquez : les murs sont montés en trois jours, puis le bruit diminue beaucoup. # speaker: narrateur
  Trois jours seulement ? Avec du béton, mon voisin en a eu pour des mois ! # speaker: voisine # emotion: surprise
  Vous voyez : bien informer, c’est la moitié du travail. Je laisserai un mot dans sa boîte aux lettres avec mon numéro. # speaker: ines
- La voisine repart. Inès reprend sa visseuse. # speaker: narrateur
-> chutes

=== chutes ===
Fin de journée. Au pied des murs, il reste un tas de chutes de bois et de fibre isolante. # speaker: narrateur # media: chantier-ossature
Sur un chantier bois, il y a toujours des chutes. Des bouts de poutres, des morceaux de panneaux, de l’isolant. # speaker: ines
Qu’est-ce qu’on en fait, d’après vous ? # speaker: ines # emotion: reflexion
-> dechets

=== dechets ===
# titre: Les chutes de bois
Théo attend avec une brouette. # speaker: narrateur # media: chantier-ossature
+ [On garde les grands morceaux pour d’autres chantiers # say: on les réutilise \| on garde ce qui peut resservir]
  // environnement +2 : réemploie la matière avant de la jeter
  ~ environnement = environnement + 2
  Exactement. Un bout de poutre d’un mètre, ça fait une cale, un linteau ou un banc. On a un bac à chutes à l’atelier. # speaker: ines # emotion: joie
  Le reste, on le trie. Rien ne part en décharge si on peut l’éviter. # speaker: ines
+ [On trie par matière dans des bennes différentes # say: on fait le tri \| bois d’un côté, isolant de l’autre]
  // rigueur +2 : applique le tri par matière, une obligation sur les chantiers
  ~ rigueur = rigueur + 2
  C’est même une obligation : sur un chantier, on doit trier au moins le bois, le métal, le plâtre, le plastique, le verre, le papier et les minéraux. # speaker: ines
  Le bois propre peut partir en panneaux ou en chaufferie. Un bon tri, ça coûte moins cher à l’entreprise. # speaker: ines
+ [Je demande ce que deviennent ces déchets # say: ça part où tout ça \| on en fait quoi après]
  // curiosite +2 : s’intéresse à la filière après le chantier
  ~ curiosite = curiosite + 2
  Le bois propre est broyé. Il devient des panneaux de particules ou du combustible pour des chaufferies. # speaker: ines
  La fibre de bois propre peut parfois revenir chez le fabricant. Savoir où va un déchet, ça aide à moins en produire. # speaker: ines # emotion: fierte
- Et le plus simple, c’est encore de bien calculer les commandes pour avoir moins de chutes. # speaker: ines
Inès s’assoit sur une pile de bois et enlève son casque. # speaker: narrateur
-> metier

=== metier ===
Pour finir, je vais vous parler un peu du métier, sans langue de bois. # speaker: ines # emotion: joie # media: atelier-charpente
Les journées commencent tôt, vers 7 heures, et finissent vers 16 h 30. On travaille dehors, par tous les temps. L’été, on commence plus tôt à cause de la chaleur. # speaker: ines
C’est physique. On porte, on monte sur des échafaudages, on travaille en hauteur. Mais les machines et les grues soulagent beaucoup le dos. # speaker: ines
Quand il pleut trop ou qu’il gèle, on reste à l’atelier, ou le chantier s’arrête. Dans le bâtiment, il existe une caisse spéciale qui paie ces journées d’intempéries. # speaker: ines
Ce que j’aime ? On ne fait jamais deux fois la même maison. On travaille un matériau vivant, qui sent bon. Et on voit le résultat de sa journée. # speaker: ines # emotion: joie
Ce qui est moins drôle ? Le froid en hiver, la chaleur en été, et les délais serrés quand un chantier prend du retard. # speaker: ines
Un ou une charpentière qui débute gagne à peu près le SMIC, ou un peu plus. Avec de l’expérience, on gagne entre 2 200 et 2 800 euros brut par mois. Cheffe d’équipe ou de chantier, un peu plus encore. # speaker: ines
Et il y a du travail. En Provence-Alpes-Côte d’Azur, les entreprises cherchent des charpentiers et des charpentières. La construction bois se développe, et les bâtiments neufs doivent émettre moins de carbone. # speaker: ines # emotion: fierte
Pour se former, il y a plusieurs chemins. Le CAP Charpentier bois, en deux ans, souvent en apprentissage comme Théo. Le Bac pro Technicien constructeur bois. Puis un BTS si on aime les plans. # speaker: ines
Et pour les adultes, il y a des titres professionnels, par exemple à l’AFPA ou avec les Compagnons du Devoir. Moi, je suis passée par un CAP à 17 ans. Notre conducteur de travaux, lui, s’est reconverti à 40 ans. # speaker: ines
Et vous, si ce métier vous tente, vous commenceriez comment ? # speaker: ines # emotion: reflexion
-> parcours

=== parcours ===
# titre: La suite après la visite
Inès attend votre réponse avec un sourire. # speaker: narrateur # media: atelier-charpente
+ [Je viendrais faire un stage pour essayer # say: je veux essayer d’abord \| je ferais un stage]
  // prise_recul +1 : teste le métier en vrai avant de s’engager
  ~ prise_recul = prise_recul + 1
  // curiosite +1 : veut voir le métier de l’intérieur
  ~ curiosite = curiosite + 1
  C’est malin. Avec France Travail, on peut faire une immersion de quelques jours en entreprise. On en accueille souvent. Vous verrez si le corps suit et si ça vous plaît. # speaker: ines # emotion: joie
+ [Je chercherais une formation en apprentissage # say: je veux faire un CAP en alternance \| l’apprentissage, être payé en apprenant]
  // rigueur +1 : choisit un parcours structuré, diplôme à la clé
  ~ rigueur = rigueur + 1
  // travail_equipe +1 : apprend aux côtés d’une équipe
  ~ travail_equipe = travail_equipe + 1
  L’apprentissage, c’est ce qui marche le mieux dans nos métiers. On est payé, on apprend avec une équipe, et on ressort avec un diplôme et de l’expérience. # speaker: ines # emotion: fierte
  L’apprentissage est ouvert jusqu’à 29 ans, et sans limite d’âge pour les personnes en situation de handicap. Après 30 ans, il y a aussi le contrat de professionnalisation. # speaker: ines
+ [Je réfléchis encore à d’autres métiers du bois # say: je ne sais pas encore \| je regarde d’autres métiers aussi]
  // prise_recul +2 : prend le temps de comparer avant de choisir
  ~ prise_recul = prise_recul + 2
  Prenez votre temps. Il y a beaucoup de métiers du bois : la menuiserie, l’agencement, le travail en forêt, le bureau d’études. # speaker: ines
  Ce qui compte, c’est de trouver celui qui vous ressemble. Votre conseiller ou votre conseillère peut vous aider à comparer. # speaker: ines # emotion: joie
- -> fin

=== fin ===
Inès vous serre la main. Théo vous fait un signe depuis l’échafaudage. # speaker: narrateur # media: chantier-ossature
Merci pour votre visite. Vous avez posé les bonnes questions. Revenez quand vous voulez, la porte de l’atelier est ouverte. # speaker: ines # emotion: joie
-> END
