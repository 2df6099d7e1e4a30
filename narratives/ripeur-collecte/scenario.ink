# id: ripeur-collecte
# title: À l’aube avec Chloé, conductrice de benne
# sector: dechets
# job: Ripeur·se et conducteur·rice de collecte
# duration: 11

VAR securite = 0
VAR rigueur = 0
VAR organisation = 0
VAR communication = 0
VAR travail_equipe = 0
VAR gestion_stress = 0
VAR adaptation = 0
VAR relation_usager = 0
VAR environnement = 0
VAR reactivite = 0
VAR prise_recul = 0

-> accueil

=== accueil ===
Il est 4 h 50. Il fait encore nuit. Vous êtes au dépôt de collecte, à Toulon. Une vingtaine de camions-bennes blancs et verts sont garés en rang. # speaker: narrateur # media: depot-collecte
Une jeune femme en tenue orange fluo vient vers vous, un thermos à la main. # speaker: narrateur
Salut ! Moi, c’est Chloé. J’ai 24 ans, et je conduis la benne à ordures. Ce matin, vous faites la tournée avec nous ! # speaker: chloe # emotion: joie
Et voici Ousmane. C’est mon équipier. Il est ripeur depuis 20 ans. # speaker: chloe
Bonjour ! Ripeur, c’est celui qui est derrière le camion. Je prends les poubelles, je les accroche au lève-conteneur, et la benne les vide. # speaker: ousmane # emotion: joie
Au début, les gens étaient surpris de voir une fille au volant d’un camion de 19 tonnes. Moi, j’ai toujours adoré conduire. J’ai passé le permis poids lourd à 21 ans. # speaker: chloe # emotion: fierte
Notre métier, c’est de garder la ville propre. Sans nous, en trois jours, les rues seraient pleines de déchets. On s’en rend compte seulement quand on fait grève ! # speaker: ousmane
Aujourd’hui, on collecte les poubelles jaunes : les emballages. Ils partiront au centre de tri pour être recyclés. # speaker: chloe
Les autres jours, on fait les poubelles grises, celles qui partent à l’incinérateur. Et depuis peu, il y a aussi une tournée pour les restes de repas, qui vont au compostage. # speaker: chloe
Chaque tournée, c’est plusieurs centaines de poubelles. Ousmane les tire une par une jusqu’au camion, chaque matin. # speaker: chloe
Avant de partir, on fait le tour du camion. Vous commencez par quoi ? # speaker: chloe # emotion: neutre
-> verification

=== verification ===
# titre: Le tour du camion avant la tournée
Chloé allume les phares. Le camion ronronne. # speaker: narrateur # media: depot-collecte
+ [Je vérifie les feux, les pneus et la caméra # say: je fais le tour du camion \| je contrôle les phares et les pneus]
  // rigueur +1 : applique la vérification avant départ point par point
  ~ rigueur = rigueur + 1
  // securite +1 : s’assure que le camion est sûr avant de rouler
  ~ securite = securite + 1
  Exactement. # speaker: chloe
  Chloé vous montre l’écran dans la cabine : une caméra filme derrière le camion. # speaker: narrateur
  Sans caméra, je ne vois pas Ousmane quand il est derrière. Si elle ne marche pas, le camion ne sort pas. C’est aussi simple que ça. # speaker: chloe
+ [Je regarde le parcours de la tournée # say: je regarde le trajet \| on voit par où on passe]
  // organisation +2 : prépare la tournée en connaissant le circuit
  ~ organisation = organisation + 2
  Chloé vous montre la tablette. Le parcours est affiché rue par rue. # speaker: narrateur
  Bien vu. Il y a des rues étroites, des marchés, une école. Je prépare ma tournée comme un trajet de montagne : je sais où ça va coincer. # speaker: chloe
+ [Je demande à Ousmane ce qui peut poser problème # say: je demande à l’équipier \| qu’est-ce qui peut mal se passer]
  // communication +1 : échange avec l’équipier avant de partir
  ~ communication = communication + 1
  // travail_equipe +1 : s’appuie sur l’expérience d’un collègue
  ~ travail_equipe = travail_equipe + 1
  Bonne question. Dans la rue des Lilas, il y a souvent une voiture mal garée. Et près de l’école, il faut être très prudent à 8 heures. # speaker: ousmane
  Ousmane connaît chaque rue. Avant de partir, on se dit toujours ce qui nous attend. # speaker: chloe # emotion: joie
- Ousmane enfile ses gants et vous en donne une paire. # speaker: narrateur
On porte tous des vêtements fluo, des gants et des chaussures de sécurité. Pour vous, c’est pareil. # speaker: ousmane
-> tournee

=== tournee ===
5 h 15. Le camion roule dans les rues vides. Ousmane est derrière, debout sur le marchepied. # speaker: narrateur # media: rue-collecte
Vous êtes dans la cabine, à côté de Chloé. # speaker: narrateur
Quand Ousmane est sur le marchepied, je ne dépasse jamais 30 km/h. Et je ne recule jamais avec lui derrière. C’est la règle. # speaker: chloe
La marche arrière, c’est la manœuvre la plus dangereuse dans notre métier. Des équipiers ont été écrasés. Alors on organise les tournées pour ne presque jamais reculer. # speaker: chloe # emotion: inquietude
Le camion s’arrête. Ousmane attrape deux poubelles, les accroche, appuie sur un bouton. Elles se soulèvent et se vident. 15 secondes. # speaker: narrateur
Ousmane fait un signe de la main. Le camion repart. # speaker: narrateur
On communique par gestes, et par une sonnette. Un coup : je peux avancer. Deux coups : stop. # speaker: chloe
Chloé conduit doucement, les yeux sans arrêt sur les rétroviseurs et l’écran de la caméra. # speaker: narrateur
Conduire une benne en ville, c’est de la précision. Les rues sont étroites, il y a des voitures garées, des vélos, des trottinettes. Et des gens qui traversent sans regarder, avec leurs écouteurs. # speaker: chloe
Le plus important, c’est de toujours savoir où est Ousmane. Je ne l’ai jamais perdu de vue en trois ans. # speaker: chloe # emotion: fierte
Le camion tourne dans une petite rue. Une voiture est garée en double file. Impossible de passer. # speaker: narrateur
Et voilà. La rue des Lilas. Il reste 10 poubelles au bout de la rue. # speaker: chloe # emotion: inquietude
-> rue_bloquee

=== rue_bloquee ===
# titre: Une voiture bloque la rue
Le moteur tourne. La voiture ne bouge pas. # speaker: narrateur # media: rue-collecte
+ [On va chercher les poubelles à pied # say: on les ramène à la main \| on fait à pied]
  // adaptation +2 : trouve une autre façon de faire face à l’obstacle
  ~ adaptation = adaptation + 2
  Ousmane et vous roulez les poubelles jusqu’au camion. 10 allers-retours. Vous avez chaud. # speaker: narrateur
  Ça marche. Par contre, c’est fatigant pour le dos, alors on ne le fait pas tout le temps. Mais ce matin, les habitants auront leur rue propre. # speaker: ousmane
+ [On appelle le chef pour changer l’ordre # say: on prévient le chef \| on appelle la centrale]
  // communication +1 : informe la base pour adapter la tournée
  ~ communication = communication + 1
  // prise_recul +1 : réorganise plutôt que de forcer le passage
  ~ prise_recul = prise_recul + 1
  Chloé appelle le chef d’équipe par radio. Il propose de revenir dans une demi-heure, après la rue suivante. # speaker: narrateur
  Très bien. Le chef peut aussi appeler la police municipale si la voiture est toujours là. On ne règle pas tout seuls. # speaker: chloe
+ [On attend un peu que le conducteur revienne # say: on patiente \| on attend le propriétaire]
  // gestion_stress +2 : garde son calme malgré le retard qui s’accumule
  ~ gestion_stress = gestion_stress + 2
  Après 5 minutes, un homme arrive en courant avec une baguette. Il s’excuse et déplace sa voiture. # speaker: narrateur
  Vous voyez, pas besoin de s’énerver. Klaxonner à 5 heures du matin, ça réveille tout le quartier. Un peu de patience, et ça passe. # speaker: chloe # emotion: joie
- Dans tous les cas, on ne recule pas dans une rue avec Ousmane derrière. Même si on est en retard. # speaker: chloe
-> bac_jaune

=== bac_jaune ===
6 h 30. Ousmane ouvre une poubelle jaune. Il fronce les sourcils. # speaker: narrateur # media: rue-collecte
Regarde ça. Des sacs noirs fermés, avec des restes de repas. Ça n’a rien à faire dans le jaune. # speaker: ousmane # emotion: reflexion
Si on vide ça dans la benne, ça salit tous les emballages propres. Au centre de tri, ils vont passer du temps à retirer tout ça. # speaker: ousmane
Qu’est-ce qu’on fait ? # speaker: ousmane
-> erreur_tri

=== erreur_tri ===
# titre: Une poubelle mal triée
Ousmane tient le couvercle ouvert. # speaker: narrateur # media: rue-collecte
+ [On ne la vide pas et on colle un autocollant # say: on la laisse avec une étiquette \| on refuse la poubelle]
  // rigueur +1 : applique la consigne de refus de collecte
  ~ rigueur = rigueur + 1
  // environnement +1 : protège la qualité du tri et du recyclage
  ~ environnement = environnement + 1
  Ousmane colle un autocollant sur le couvercle : « Erreur de tri. Votre bac n’a pas été collecté. » # speaker: narrateur
  C’est la consigne. Ça peut fâcher, mais c’est comme ça que les gens apprennent. La poubelle grise passera demain. # speaker: ousmane
+ [On sonne pour expliquer à l’habitant # say: on va parler à la personne \| on frappe à la porte]
  // relation_usager +2 : va au contact de l’habitant pour expliquer
  ~ relation_usager = relation_usager + 2
  Une dame en peignoir ouvre la porte. Ousmane lui explique gentiment. # speaker: narrateur
  Ah, c’est mon fils qui a sorti les poubelles. Je lui dirai ! # speaker: habitante # emotion: surprise
  Quand on peut parler aux gens, c’est toujours mieux qu’un autocollant. Mais à 6 heures du matin, on ne sonne pas partout ! # speaker: ousmane # emotion: joie
+ [On le signale pour qu’un ambassadeur passe # say: on prévient le service \| on le note sur la tablette]
  // prise_recul +1 : fait remonter le problème pour qu’il soit réglé à la source
  ~ prise_recul = prise_recul + 1
  // communication +1 : transmet l’information au bon service
  ~ communication = communication + 1
  Chloé note l’adresse sur la tablette. # speaker: narrateur
  Le service des déchets a des ambassadeurs du tri. Ils passeront expliquer les consignes. Nous, on n’a pas le temps de faire des cours à chaque porte. # speaker: chloe
- Et depuis 2024, partout en France, les villes doivent proposer une solution pour trier les restes de repas à part. Ici, la ville distribue des petits seaux pour les épluchures. # speaker: chloe
-> danger

=== danger ===
7 h 15. Ousmane soulève le couvercle d’une poubelle grise, près d’un immeuble. # speaker: narrateur # media: rue-collecte
Il recule d’un pas. Au fond, il y a une petite bouteille de gaz de camping. # speaker: narrateur
Attention. Si je vide ça dans la benne, le compacteur l’écrase. Et ça peut exploser. # speaker: ousmane # emotion: inquietude
-> bouteille_gaz

=== bouteille_gaz ===
# titre: Une bouteille de gaz dans une poubelle
Ousmane vous regarde. Chloé a arrêté le camion. # speaker: narrateur # media: rue-collecte
+ [On ne vide pas cette poubelle, on la met de côté # say: on laisse cette poubelle \| on ne la vide surtout pas]
  // securite +2 : écarte le risque d’explosion sans prendre de risque
  ~ securite = securite + 2
  Ousmane referme le couvercle et met la poubelle de côté. Il colle un autocollant rouge. # speaker: narrateur
  C’est le bon réflexe. Une bouteille de gaz, ça se rapporte au magasin ou à la déchèterie. Jamais dans une poubelle. # speaker: ousmane
+ [On prévient la base par radio # say: on appelle le chef \| on le dit à la centrale]
  // communication +2 : alerte pour qu’un service adapté récupère l’objet
  ~ communication = communication + 2
  Chloé prend la radio. Le chef d’équipe va envoyer une petite équipe avec un véhicule adapté. # speaker: narrateur
  Bien joué. Il faut le signaler. Si on laisse la bouteille là, un autre camion pourrait la ramasser sans la voir. # speaker: chloe
+ [Je regarde vite les autres poubelles de l’immeuble # say: on vérifie les autres poubelles \| je regarde s’il y en a d’autres]
  // reactivite +2 : anticipe un autre danger dans les poubelles voisines
  ~ reactivite = reactivite + 2
  Vous ouvrez les couvercles voisins. Dans une autre poubelle, il y a une deuxième bouteille. # speaker: narrateur
  Bien vu ! Quand il y en a une, il y en a souvent une autre. Quelqu’un a vidé sa cave. On met tout de côté. # speaker: ousmane # emotion: surprise
- Les dangers, on en trouve souvent : des bouteilles de gaz, des seringues, du verre cassé. C’est pour ça qu’on ne tasse jamais une poubelle avec la main ou le pied. # speaker: ousmane
-> ecole

=== ecole ===
8 h 10. Le camion arrive devant une école. Des parents passent avec des poussettes. # speaker: narrateur # media: rue-collecte
Trois enfants s’arrêtent, fascinés par le camion. L’un d’eux s’approche tout près de l’arrière, là où la benne bouge. # speaker: narrateur
Le lève-conteneur est en train de monter. # speaker: narrateur
-> enfants

=== enfants ===
# titre: Des enfants près du camion
L’enfant tend la main vers le camion. # speaker: narrateur # media: rue-collecte
+ [J’appuie sur l’arrêt d’urgence # say: j’arrête la machine \| stop arrêt d’urgence]
  // reactivite +2 : agit immédiatement face au danger
  ~ reactivite = reactivite + 2
  Le lève-conteneur s’arrête net. Ousmane éloigne doucement l’enfant. # speaker: narrateur
  Parfait. Il y a des boutons d’arrêt d’urgence de chaque côté de la benne. On n’hésite jamais à les utiliser. # speaker: chloe # emotion: fierte
+ [Je parle aux enfants et je les fais reculer # say: je leur dis de reculer \| je m’occupe des enfants]
  // relation_usager +1 : s’adresse aux enfants avec calme et bienveillance
  ~ relation_usager = relation_usager + 1
  // gestion_stress +1 : reste calme pour ne pas effrayer les enfants
  ~ gestion_stress = gestion_stress + 1
  Vous vous accroupissez et vous leur dites : « Venez, on regarde d’ici, c’est mieux. » Ils reculent jusqu’au trottoir. Ousmane, lui, a déjà arrêté le lève-conteneur. # speaker: narrateur
  Bien joué. Si on crie, un enfant peut paniquer et courir n’importe où. Calme et gentil, ça marche mieux. # speaker: ousmane # emotion: joie
+ [Je préviens Chloé avec la sonnette # say: je sonne deux fois \| je préviens la conductrice]
  // travail_equipe +1 : utilise le code convenu avec l’équipière
  ~ travail_equipe = travail_equipe + 1
  // securite +1 : fait stopper le véhicule avant tout
  ~ securite = securite + 1
  Deux coups de sonnette. Chloé coupe tout. Ousmane fait reculer les enfants. # speaker: narrateur
  Le code, ça sert à ça. Deux coups, et je ne bouge plus. L’équipe fonctionne comme une seule personne. # speaker: chloe
- Les enfants font coucou à Chloé. Elle leur répond par un coup de klaxon léger. Ils rient. # speaker: narrateur
Les enfants adorent les camions-bennes. Certains me disent qu’ils veulent faire mon métier plus tard. Ça me fait plaisir ! # speaker: chloe # emotion: joie
-> riverain

=== riverain ===
9 h 30. Dernière rue de la tournée. Un homme sort de chez lui, en colère. # speaker: narrateur # media: rue-collecte
Vous avez oublié ma poubelle la semaine dernière ! Elle est restée pleine pendant trois jours. Ça sentait jusque dans ma cuisine ! # speaker: riverain # emotion: inquietude
Chloé vous regarde. Ousmane est occupé avec les bacs. # speaker: narrateur
-> reclamation

=== reclamation ===
# titre: Un habitant en colère
L’homme attend, les mains sur les hanches. # speaker: narrateur # media: rue-collecte
+ [Je l’écoute et je reconnais que c’est gênant # say: je comprends c’est pénible \| je l’écoute jusqu’au bout]
  // relation_usager +2 : accueille la plainte avec respect avant de répondre
  ~ relation_usager = relation_usager + 2
  L’homme se calme un peu. Il dit qu’il a une petite fille et que l’odeur l’inquiétait. # speaker: narrateur
  Quand quelqu’un est en colère, il veut d’abord être écouté. Après, on peut discuter. Vous avez bien fait. # speaker: chloe # emotion: joie
+ [Je regarde sur la tablette ce qui s’est passé # say: je vérifie l’historique \| on regarde sur la tablette]
  // rigueur +2 : vérifie les faits avant de répondre
  ~ rigueur = rigueur + 2
  Chloé ouvre l’historique. Mardi dernier, la poubelle n’était pas sortie quand le camion est passé, à 6 h 12. # speaker: narrateur
  Vous voyez, tout est noté. On ne l’a pas oubliée : elle n’était pas sur le trottoir. On peut lui expliquer calmement. # speaker: chloe
+ [Je lui donne le numéro du service client # say: je lui donne le contact \| il peut appeler le service]
  // organisation +1 : oriente vers le service qui traite les réclamations
  ~ organisation = organisation + 1
  // communication +1 : donne une réponse claire et utile
  ~ communication = communication + 1
  Chloé sort une petite carte avec le numéro du service déchets. # speaker: narrateur
  C’est utile. Le service pourra vérifier et le rappeler. Nous, on doit finir la tournée, sinon toute la rue attend. # speaker: chloe
- L’homme repart plus calme. Ousmane lui fait un signe de la main. # speaker: narrateur
La plupart des gens sont gentils, vous savez. Certains nous offrent même un café à Noël ! # speaker: ousmane # emotion: joie
-> metier

=== metier ===
10 h 30. Le camion est plein. Chloé le vide au centre de tri, puis vous rentrez au dépôt. Ousmane lave la benne au jet. # speaker: narrateur # media: depot-collecte
Au centre de tri, le camion passe sur une grande balance. Chaque tonne est notée : la collectivité paie au poids, et elle suit les progrès du tri. # speaker: chloe
Alors, le métier en vrai. On commence tôt, vers 5 heures, pour éviter les bouchons et la chaleur. On finit en fin de matinée ou en début d’après-midi. # speaker: chloe
L’après-midi est libre. Moi, je vais à la salle de sport ou je vais chercher mon neveu à l’école. # speaker: chloe # emotion: joie
Ce que j’aime ? La liberté dans mon camion, la ville qui se réveille, et l’équipe. Avec Ousmane, on se comprend sans parler. # speaker: chloe
Ce qui est dur ? Le réveil à 4 heures, la pluie en hiver, la chaleur en été. L’été, on part encore plus tôt, et on boit beaucoup d’eau. # speaker: ousmane
Et parfois, les gens nous regardent de haut. Pourtant, sans nous, la ville s’arrête. Pendant le confinement, on nous applaudissait aux fenêtres. Je ne l’oublierai pas. # speaker: ousmane # emotion: reflexion
C’est physique, surtout pour le ripeur. On marche des kilomètres, on tire des bacs lourds. Il faut faire attention à son dos : on apprend les bons gestes dès le premier jour. # speaker: ousmane
Pour être ripeur, pas besoin de diplôme. On est formé sur place. Il existe aussi un CAP pour les métiers des déchets et de la propreté urbaine. # speaker: ousmane
Pour conduire, il faut le permis poids lourd, le permis C, et une formation obligatoire qui s’appelle la FIMO. Il existe un titre professionnel de conducteur ou conductrice de camion porteur, qui prépare aux deux. # speaker: chloe
Moi, France Travail m’a aidée à financer mon permis. Beaucoup de ripeurs passent le permis après quelques années et deviennent conducteurs. # speaker: chloe # emotion: fierte
On travaille pour une entreprise privée ou pour une collectivité, comme agent de la ville ou de la métropole. # speaker: ousmane
Un ripeur débute autour du SMIC. Une conductrice confirmée gagne à peu près entre 2 000 et 2 400 euros brut par mois, avec les primes. # speaker: chloe
Et il y a toujours du travail. Les poubelles, il faut les vider tous les jours, partout. En Provence-Alpes-Côte d’Azur, les entreprises de collecte cherchent sans arrêt des conducteurs et des conductrices. # speaker: chloe
Alors, ça vous tente ? # speaker: chloe # emotion: reflexion
-> parcours

=== parcours ===
# titre: Se projeter dans la collecte
Chloé et Ousmane attendent votre réponse en buvant un café. # speaker: narrateur # media: depot-collecte
+ [J’aimerais passer le permis poids lourd # say: je veux conduire le camion \| passer le permis C]
  // organisation +1 : se fixe un objectif concret avec des étapes
  ~ organisation = organisation + 1
  // securite +1 : vise un poste où la responsabilité de l’équipe est centrale
  ~ securite = securite + 1
  Super ! Parlez-en à votre conseiller. Le permis C et la FIMO peuvent être financés. Et dans la collecte, on trouve du travail tout de suite après. # speaker: chloe # emotion: joie
+ [Je commencerais comme ripeur, sur le terrain # say: je veux commencer derrière le camion \| ripeur pour commencer]
  // travail_equipe +1 : choisit un poste où l’équipe est essentielle
  ~ travail_equipe = travail_equipe + 1
  // adaptation +1 : accepte de commencer par la base pour apprendre
  ~ adaptation = adaptation + 1
  C’est comme ça que j’ai commencé, il y a 20 ans. On apprend la ville, les gens, les règles. Et après, on choisit. # speaker: ousmane # emotion: fierte
+ [Les horaires du matin, c’est ce qui me plaît # say: finir tôt ça me plaît \| les horaires me vont bien]
  // prise_recul +1 : réfléchit à la façon dont le métier s’accorde avec sa vie
  ~ prise_recul = prise_recul + 1
  // environnement +1 : s’engage dans un métier utile pour la ville
  ~ environnement = environnement + 1
  C’est un vrai avantage. Se lever à 4 heures, on s’habitue. Et avoir ses après-midis, c’est précieux, surtout avec des enfants. # speaker: ousmane
  Et en plus, on rend la ville plus propre. Ça, c’est pour la planète. # speaker: chloe # emotion: joie
- -> fin

=== fin ===
Le soleil est levé. Chloé gare le camion au dépôt. # speaker: narrateur # media: depot-collecte
Merci de nous avoir accompagnés ! La prochaine fois que vous entendez le camion à 5 heures du matin, vous saurez qui est dedans. # speaker: chloe # emotion: joie
À bientôt, peut-être dans l’équipe ! # speaker: ousmane # emotion: joie
-> END
