# id: agent-biodechets
# title: Avec Julien, sur la plateforme de compostage
# sector: dechets
# job: Agent·e de valorisation des biodéchets
# duration: 11

VAR communication = 0
VAR adaptation = 0
VAR curiosite = 0
VAR rigueur = 0
VAR environnement = 0
VAR sens_technique = 0
VAR prise_recul = 0
VAR relation_usager = 0
VAR securite = 0
VAR reactivite = 0
VAR travail_equipe = 0
VAR decision = 0

-> accueil

=== accueil ===
Il est 7 h 30, dans le Vaucluse. Vous arrivez sur une grande plateforme en plein air. De longs tas de terre brune fument doucement dans l’air frais. # speaker: narrateur # media: plateforme-compost
Un homme en gilet jaune descend d’un engin de chantier. Il vient vers vous en souriant. # speaker: narrateur
Bonjour ! Je suis Julien. J’ai 41 ans, et je suis agent de valorisation des biodéchets. Je travaille ici, sur la plateforme de compostage, et à la déchèterie d’à côté. # speaker: julien # emotion: joie
Ces tas qui fument, ce sont des andains. Dedans, il y a des épluchures, des restes de repas, des tontes de gazon, des branches broyées. Dans quelques mois, ce sera du compost. # speaker: julien
La fumée, c’est de la vapeur. À l’intérieur, ça chauffe tout seul, à plus de 60 degrés. Ce sont des milliards de petits êtres vivants qui travaillent pour nous. # speaker: julien # emotion: fierte
Avant, j’étais jardinier dans une commune. J’ai toujours aimé la terre. Quand la plateforme a ouvert, il y a 10 ans, j’ai postulé tout de suite. # speaker: julien
Ici, on reçoit les déchets de trente communes. Chaque année, des milliers de tonnes qui ne vont plus à l’incinérateur, mais qui retournent à la terre. # speaker: julien
Avant de commencer, je dois vous dire une chose. Je suis malentendant. J’entends un peu, avec mes appareils, mais pas dans le bruit. # speaker: julien
Sur la plateforme, avec les machines, je lis beaucoup sur les lèvres. Comment vous voulez qu’on fasse, pour bien se comprendre ? # speaker: julien # emotion: neutre
-> se_comprendre

=== se_comprendre ===
# titre: Se faire comprendre de Julien, malentendant
Julien attend votre réponse, tranquille. # speaker: narrateur # media: plateforme-compost
+ [Je vous parle en face, bien clairement # say: je me mets face à vous \| je parle doucement et en face]
  // communication +2 : adapte sa façon de parler à son interlocuteur
  ~ communication = communication + 2
  Parfait. En face, sans rien devant la bouche, pas trop vite. Pas besoin de crier, par contre ! Crier, ça déforme les lèvres. # speaker: julien # emotion: joie
+ [Dites-moi ce qui vous aide le plus # say: qu’est-ce qui vous aide \| comment je peux faire]
  // prise_recul +1 : demande à la personne concernée plutôt que de supposer
  ~ prise_recul = prise_recul + 1
  // relation_usager +1 : montre du respect pour les besoins de l’autre
  ~ relation_usager = relation_usager + 1
  Merci de demander. Beaucoup de gens font des suppositions. Moi, j’ai besoin qu’on me parle en face, et qu’on me touche l’épaule pour m’appeler. # speaker: julien # emotion: joie
+ [On peut aussi écrire sur mon téléphone # say: j’écris si besoin \| on s’écrit des messages]
  // adaptation +2 : propose un autre moyen de communiquer quand le bruit gêne
  ~ adaptation = adaptation + 2
  Bonne idée. Quand le broyeur tourne, c’est même la seule solution. J’ai une application qui transforme la parole en texte. On l’utilise souvent en réunion. # speaker: julien
- Ici, l’entreprise a adapté quelques petites choses. Mon engin a des lampes qui clignotent quand il recule, et une caméra. Ma montre vibre quand une alarme sonne. # speaker: julien
Au final, ces adaptations servent à tout le monde. Dans le bruit du broyeur, personne n’entend rien ! # speaker: julien # emotion: joie
-> reception

=== reception ===
8 heures. Un camion arrive et vide sa benne sur une dalle de béton. Ce sont des biodéchets collectés dans les cantines et chez les habitants. # speaker: narrateur # media: plateforme-compost
Depuis 2024, toutes les communes doivent proposer un moyen de trier les restes de repas. Alors on en reçoit de plus en plus. # speaker: julien
Julien s’approche du tas. Il fait la grimace. Au milieu des épluchures, il y a des sacs plastique, des pots de yaourt, des couverts jetables. # speaker: narrateur
Le plastique, c’est notre ennemi. Si on le composte, il se casse en petits morceaux. Ces morceaux finissent dans les champs des agriculteurs. # speaker: julien # emotion: inquietude
Qu’est-ce qu’on fait de ce chargement ? # speaker: julien
-> indesirables

=== indesirables ===
# titre: Un chargement plein de plastique
Le tas fume dans le froid du matin. # speaker: narrateur # media: plateforme-compost
+ [On retire le plastique avant de composter # say: on enlève les plastiques \| on trie à la main]
  // environnement +1 : protège la qualité du compost et les sols
  ~ environnement = environnement + 1
  // rigueur +1 : prend le temps de retirer les indésirables
  ~ rigueur = rigueur + 1
  Avec des gants et une fourche, vous retirez les plus gros morceaux. Julien passe ensuite le tas dans une machine qui sépare les petits plastiques. # speaker: narrateur
  C’est long, mais un compost propre, c’est un compost que les agriculteurs veulent bien acheter. # speaker: julien
+ [On prend une photo et on prévient la collectivité # say: on le signale \| on envoie une photo à la mairie]
  // communication +2 : fait remonter le problème à ceux qui peuvent agir à la source
  ~ communication = communication + 2
  Julien prend une photo et l’envoie au service déchets de la collectivité. # speaker: narrateur
  Ils vont savoir de quelle tournée ça vient. Des ambassadeurs du tri iront voir la cantine. C’est comme ça qu’on améliore les choses pour la prochaine fois. # speaker: julien
+ [On refuse ce chargement, trop sale # say: on le renvoie \| on n’accepte pas ce camion]
  // decision +2 : prend une décision nette pour protéger la plateforme
  ~ decision = decision + 2
  C’est possible, on a le droit de refuser un chargement trop sale. Mais là, il faudrait l’envoyer à l’incinérateur, et ces épluchures seraient perdues. # speaker: julien # emotion: reflexion
  Pour cette fois, on trie. Mais si le même camion revient comme ça, on refusera. Vous avez raison de poser la limite. # speaker: julien
- On retire toujours les indésirables avant de mélanger. Après, ce serait trop tard. # speaker: julien
Ensuite, Julien mélange les restes de repas avec des branches broyées. Un broyeur énorme les réduit en copeaux. # speaker: narrateur
Les restes de repas, c’est mouillé et ça se tasse. Les copeaux de bois, c’est sec et ça laisse passer l’air. Il faut les deux, dans les bonnes proportions. C’est un peu de la cuisine ! # speaker: julien # emotion: joie
Avec la chargeuse, Julien forme un nouvel andain, long comme un terrain de tennis. # speaker: narrateur
-> andain

=== andain ===
Julien plante une longue tige de métal dans un andain. C’est une sonde de température. # speaker: narrateur # media: plateforme-compost
Il regarde l’écran. Il fronce les sourcils. 35 degrés seulement. # speaker: narrateur
Normalement, il devrait être à 60 degrés ou plus. La chaleur tue les mauvaises graines et les microbes dangereux. Là, il s’est arrêté de chauffer. # speaker: julien # emotion: reflexion
À votre avis, qu’est-ce qu’on fait ? # speaker: julien
-> temperature

=== temperature ===
# titre: Un andain qui refroidit
L’andain ne fume presque plus. # speaker: narrateur # media: plateforme-compost
+ [On le retourne pour lui donner de l’air # say: on le remue \| on l’aère avec l’engin]
  // sens_technique +2 : comprend que les micro-organismes ont besoin d’oxygène
  ~ sens_technique = sens_technique + 2
  Julien monte dans le retourneur, une grosse machine qui avance sur l’andain et le mélange. # speaker: narrateur
  Vous avez compris le principe ! Les petits êtres vivants ont besoin d’air pour travailler. Demain, il sera remonté à 60 degrés. # speaker: julien # emotion: joie
+ [Je regarde d’abord s’il est trop sec # say: on vérifie l’humidité \| on teste s’il manque d’eau]
  // rigueur +2 : vérifie une autre cause possible avant d’agir
  ~ rigueur = rigueur + 2
  Julien prend une poignée de compost et la serre dans sa main. Rien ne coule, et la boule s’effrite. # speaker: narrateur
  C’est le test de la poignée. Ici, il est trop sec. On va l’arroser en le retournant. Sans eau, les petits êtres vivants s’arrêtent, comme nous ! # speaker: julien # emotion: joie
+ [Je regarde le cahier de suivi de cet andain # say: on regarde l’historique \| je lis le carnet de suivi]
  // prise_recul +1 : s’appuie sur l’historique pour comprendre
  ~ prise_recul = prise_recul + 1
  // curiosite +1 : cherche à comprendre l’évolution
  ~ curiosite = curiosite + 1
  Julien ouvre la tablette. L’andain n’a pas été retourné depuis 12 jours, à cause d’une panne. # speaker: narrateur
  Voilà l’explication. On note tout : les températures, les retournements, l’arrosage. C’est obligatoire, et ça permet de comprendre. On le retourne aujourd’hui. # speaker: julien
- Le compost, ça prend du temps. Trois à six mois entre les épluchures et le produit fini. # speaker: julien
À la fin, on le passe dans un grand tamis, on l’analyse au laboratoire, et on le vend aux agriculteurs et aux jardiniers. Il remplace une partie des engrais chimiques. # speaker: julien # emotion: fierte
Quand je travaille sur la plateforme, je fais attention aux engins. Chacun a sa zone. Les piétons restent sur le chemin peint en vert. # speaker: julien
Les engins sont gros et ils voient mal ce qui se passe juste derrière eux. Alors on ne passe jamais derrière une chargeuse sans que le conducteur nous ait vus. # speaker: julien # emotion: inquietude
-> decheterie

=== decheterie ===
10 heures. Julien vous emmène à la déchèterie, juste à côté. Des voitures avec des remorques font la queue. # speaker: narrateur # media: decheterie-quais
Il y a des grandes bennes en contrebas, le long d’un quai : déchets verts, bois, métal, cartons, gravats. Et un local fermé pour les produits dangereux. # speaker: narrateur
Ici, mon travail, c’est d’accueillir les gens et de les aider à mettre chaque chose dans la bonne benne. # speaker: julien
Chaque benne part vers une filière différente. Le métal est fondu. Le bois devient des panneaux. Les gravats servent à faire des routes. Les déchets verts viennent chez nous, sur la plateforme. # speaker: julien
Ce qui reste, le « tout-venant », c’est ce qui coûte le plus cher à traiter. Moins il y en a, mieux c’est pour la planète et pour les impôts des habitants. # speaker: julien # emotion: reflexion
Une dame sort trois pots de peinture de son coffre. Elle s’apprête à les jeter dans la benne « tout-venant ». # speaker: narrateur
-> peinture

=== peinture ===
# titre: Des pots de peinture vers la mauvaise benne
La dame lève son premier pot au-dessus de la benne. # speaker: narrateur # media: decheterie-quais
+ [Je lui montre le local pour les produits dangereux # say: c’est par là les peintures \| je l’emmène au local]
  // rigueur +1 : applique la consigne de tri des déchets dangereux
  ~ rigueur = rigueur + 1
  // environnement +1 : évite qu’un produit toxique pollue
  ~ environnement = environnement + 1
  La dame vous suit jusqu’au local. Julien range les pots sur une étagère spéciale. # speaker: narrateur
  Bravo. Les peintures, les solvants, les produits de jardin, ça va dans ce local. Une entreprise spécialisée les traite sans polluer. # speaker: julien
+ [Je lui explique pourquoi pas dans cette benne # say: je lui explique le problème \| je lui dis pourquoi]
  // communication +1 : explique la raison de la consigne
  ~ communication = communication + 1
  // relation_usager +1 : conseille l’usagère avec respect
  ~ relation_usager = relation_usager + 1
  Vous expliquez que la peinture peut polluer l’eau et le sol, et qu’elle a une filière à part. # speaker: narrateur
  Ah, je ne savais pas ! Et chez moi, je fais comment avec les petits restes ? # speaker: usagere # emotion: surprise
  Vous voyez, une bonne explication et les gens posent des questions. La prochaine fois, elle saura. # speaker: julien # emotion: joie
+ [Je porte les pots avec elle # say: je l’aide à porter \| je prends les pots]
  // travail_equipe +1 : aide concrètement
  ~ travail_equipe = travail_equipe + 1
  // relation_usager +1 : rend service à l’usagère
  ~ relation_usager = relation_usager + 1
  Vous prenez deux pots et vous les portez avec elle jusqu’au local des produits dangereux. # speaker: narrateur
  Merci, c’est lourd ! # speaker: usagere # emotion: joie
  Aider, c’est souvent le meilleur moyen de faire bien trier. Les gens sont plus attentifs quand on les accompagne. # speaker: julien
- On trouve tout, ici. Mon rôle, c’est d’être là pour expliquer, sans jamais faire la morale. # speaker: julien
-> reemploi

=== reemploi ===
Un jeune homme décharge une chaise en bois en très bon état. Il va la jeter dans la benne « bois ». # speaker: narrateur # media: decheterie-quais
Julien vous montre un petit chalet, à l’entrée. Dessus, il est écrit : « Zone de réemploi ». # speaker: narrateur
-> chaise

=== chaise ===
# titre: Une chaise encore utilisable
Le jeune homme lève la chaise. # speaker: narrateur # media: decheterie-quais
+ [Je lui propose de la donner au réemploi # say: on peut la donner \| elle peut encore servir]
  // environnement +2 : donne une deuxième vie à un objet au lieu de le jeter
  ~ environnement = environnement + 2
  Ah bon ? Je pensais que personne n’en voudrait. Tenez, prenez-la. # speaker: usager # emotion: surprise
  Cette chaise ira à la ressourcerie de la ville. Là-bas, elle sera nettoyée et revendue à petit prix. Le meilleur déchet, c’est celui qui n’en devient pas un. # speaker: julien # emotion: fierte
+ [Je lui demande s’il veut bien la donner # say: je lui demande son avis \| vous voulez la donner]
  // relation_usager +2 : laisse le choix à l’usager tout en proposant une autre option
  ~ relation_usager = relation_usager + 2
  Le jeune homme hésite, puis sourit. # speaker: narrateur
  Oui, pourquoi pas. Autant qu’elle serve à quelqu’un. # speaker: usager # emotion: joie
  Bien joué. On propose, on n’oblige pas. C’est son objet. Mais quand on demande gentiment, la plupart des gens acceptent. # speaker: julien # emotion: joie
+ [Je demande à Julien ce qu’on a le droit de faire # say: je demande à Julien \| qu’est-ce qu’on a le droit de faire]
  // travail_equipe +1 : s’appuie sur le collègue qui connaît les règles du site
  ~ travail_equipe = travail_equipe + 1
  // rigueur +1 : veut respecter les règles du site
  ~ rigueur = rigueur + 1
  Bonne question. On n’a pas le droit de récupérer les objets pour nous : c’est interdit. Mais on peut proposer la zone de réemploi. # speaker: julien
  Julien montre le chalet au jeune homme, qui y dépose la chaise. # speaker: narrateur
- Chaque année, des tonnes d’objets en bon état arrivent ici. Les remettre en circulation, c’est une grosse part de notre travail. # speaker: julien
-> quai

=== quai ===
11 h 30. Un cri. Un homme est penché par-dessus le garde-corps, au-dessus de la benne à métaux. Son téléphone est tombé dedans. # speaker: narrateur # media: decheterie-quais
Il passe une jambe par-dessus la barrière pour descendre le chercher. La benne est deux mètres plus bas. # speaker: narrateur
Julien est à l’autre bout du quai. Il ne l’a pas entendu crier. # speaker: narrateur
-> chute

=== chute ===
# titre: Un usager prêt à descendre dans la benne
L’homme a déjà une jambe de l’autre côté. # speaker: narrateur # media: decheterie-quais
+ [Je lui dis fermement de ne pas descendre # say: stop ne descendez pas \| je l’arrête tout de suite]
  // reactivite +2 : intervient immédiatement face à un danger de chute
  ~ reactivite = reactivite + 2
  « Monsieur, arrêtez, ne descendez pas ! » L’homme s’arrête et revient sur le quai. # speaker: narrateur
  Vous avez bien fait. Chaque année, des gens se blessent gravement en tombant dans les bennes. On ne descend jamais dans une benne. Ni les usagers, ni nous. # speaker: julien # emotion: inquietude
+ [Je vais chercher Julien en lui touchant l’épaule # say: je préviens Julien \| je cours chercher Julien]
  // travail_equipe +1 : alerte le collègue en respectant sa façon de communiquer
  ~ travail_equipe = travail_equipe + 1
  // adaptation +1 : utilise le bon moyen pour appeler un collègue malentendant
  ~ adaptation = adaptation + 1
  Vous courez. Vous touchez l’épaule de Julien et vous montrez l’homme. Julien court vers lui et le fait remonter. # speaker: narrateur
  Merci. Vous avez pensé à me toucher l’épaule. Ça, c’est travailler ensemble. # speaker: julien # emotion: joie
+ [Je lui promets qu’on récupère le téléphone # say: on va vous le récupérer \| on a un outil pour ça]
  // securite +1 : propose une solution sûre à la place d’un geste dangereux
  ~ securite = securite + 1
  // relation_usager +1 : rassure l’usager pour qu’il renonce au danger
  ~ relation_usager = relation_usager + 1
  L’homme hésite, puis revient sur le quai. # speaker: narrateur
  Bonne idée : lui donner une solution, c’est ce qui l’a convaincu. On a une pince à long manche. Et si elle ne suffit pas, on attendra que la benne soit vidée. # speaker: julien
- Julien récupère le téléphone avec une longue pince. L’homme repart, un peu gêné. # speaker: narrateur
Le quai, c’est le point le plus dangereux d’une déchèterie. C’est pour ça qu’il y a des garde-corps. Et c’est pour ça qu’on surveille tout le temps. # speaker: julien
-> metier

=== metier ===
Midi. Julien vous offre un café dans le petit local de l’accueil. # speaker: narrateur # media: local-accueil
Alors, mon métier. Je fais des semaines sur la plateforme, et des semaines à la déchèterie. On travaille en journée. La déchèterie est ouverte le samedi, donc on tourne pour le week-end. # speaker: julien
Sur la plateforme, je conduis la chargeuse et le retourneur. Pour ça, il faut un CACES, un certificat pour conduire les engins. L’entreprise me l’a payé. # speaker: julien
Dehors toute l’année, il faut aimer ça. L’été, il fait très chaud et ça sent fort. L’hiver, le mistral est glacial. # speaker: julien
Ce que j’aime ? Voir des épluchures devenir de la terre. Et les gens qui repartent de la déchèterie en disant merci. # speaker: julien # emotion: joie
Pour commencer, pas besoin de diplôme. Mais il existe un CAP et un Bac pro pour les métiers des déchets. Pour les adultes, il y a un titre professionnel d’agent technique de réception et de valorisation des déchets. Il prépare justement au travail en déchèterie. # speaker: julien
Il y a aussi des formations courtes de guide composteur et de maître composteur, reconnues par l’Ademe. Elles permettent d’animer des ateliers de compostage dans les quartiers. # speaker: julien
On peut évoluer : chef de plateforme, responsable de déchèterie, animateur ou animatrice du tri. # speaker: julien # emotion: fierte
Pour le salaire, on débute autour du SMIC. Avec l’expérience et le CACES, on monte vers 1 900 à 2 200 euros brut par mois. # speaker: julien
Avec mon handicap, j’ai une reconnaissance, la RQTH. Elle a aidé mon patron à financer les adaptations. Et je fais le même travail que les autres. # speaker: julien # emotion: fierte
En Provence-Alpes-Côte d’Azur, avec le tri des biodéchets partout, les plateformes de compostage et les déchèteries ont besoin de monde. C’est un métier qui va grandir. # speaker: julien
Et vous, qu’est-ce qui vous plairait le plus ? # speaker: julien # emotion: reflexion
-> parcours

=== parcours ===
# titre: La partie du métier qui attire
Julien attend votre réponse en buvant son café. # speaker: narrateur # media: local-accueil
+ [Le compost et les engins, dehors # say: la plateforme de compost \| conduire les engins]
  // sens_technique +1 : s’intéresse aux engins et au procédé de compostage
  ~ sens_technique = sens_technique + 1
  // environnement +1 : attiré·e par la transformation des déchets en ressource
  ~ environnement = environnement + 1
  Alors la plateforme est faite pour vous. Transformer des épluchures en terre fertile, je trouve ça magique, même après 10 ans. # speaker: julien # emotion: joie
+ [L’accueil du public à la déchèterie # say: accueillir les gens \| le contact avec le public]
  // relation_usager +1 : aime le contact avec les usager·ères
  ~ relation_usager = relation_usager + 1
  // communication +1 : aime expliquer et conseiller
  ~ communication = communication + 1
  Le contact, c’est le cœur de la déchèterie. On rencontre tout le monde : des artisans, des familles, des retraités. Il faut de la patience et le sourire. # speaker: julien # emotion: joie
+ [Animer des ateliers de compostage dans les quartiers # say: animer des ateliers \| expliquer le compost aux gens \| devenir guide composteur]
  // curiosite +1 : veut approfondir le sujet pour le transmettre
  ~ curiosite = curiosite + 1
  // communication +1 : souhaite transmettre et sensibiliser
  ~ communication = communication + 1
  Il y a de plus en plus de composteurs de quartier. Une formation de guide composteur, et vous pourriez les animer. Votre conseiller peut vous aider à la trouver. # speaker: julien # emotion: fierte
- -> fin

=== fin ===
Julien vous raccompagne jusqu’au portail. Derrière lui, les andains fument au soleil. # speaker: narrateur # media: plateforme-compost
Merci pour votre visite. Et chez vous, pensez à trier vos épluchures : elles finiront peut-être ici ! # speaker: julien # emotion: joie
-> END
