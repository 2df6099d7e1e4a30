# id: technicienne-eolienne
# title: Une journée au parc éolien
# sector: energies-renouvelables
# job: Technicien·ne de maintenance éolienne
# duration: 10

// Compétences observées dans ce scénario (identifiants du référentiel commun).
VAR securite = 0
VAR rigueur = 0
VAR curiosite = 0
VAR travail_equipe = 0
VAR communication = 0
VAR prise_recul = 0
VAR sens_technique = 0
VAR gestion_stress = 0
VAR reactivite = 0
VAR organisation = 0
VAR adaptation = 0
VAR decision = 0
VAR perseverance = 0

-> accueil

=== accueil ===
Il est 7 h 30. Le soleil se lève sur un plateau venté. Douze éoliennes tournent doucement au-dessus des collines. # speaker: narrateur # media: parc-eolien
Une femme en veste de travail verte vient vers vous, un casque blanc sous le bras. # speaker: narrateur
Bonjour ! Bienvenue sur le parc. Je m’appelle Sandrine. J’ai 45 ans et je suis technicienne de maintenance éolienne. # speaker: sandrine # emotion: joie
Aujourd’hui, vous passez la journée avec nous. Vous allez voir notre vrai travail, du pied de l’éolienne jusqu’à la nacelle. # speaker: sandrine
Mon métier, c’est de garder les éoliennes en bonne santé. On fait l’entretien prévu, deux fois par an sur chaque machine. Et on répare quand il y a une panne. # speaker: sandrine
Une éolienne en panne, c’est de l’électricité verte en moins. Alors on est un peu les médecins de ces géantes. # speaker: sandrine # emotion: fierte
Avant, j’étais auxiliaire de puériculture. À 38 ans, j’ai tout changé. J’ai fait une formation pour adultes de dix mois. Et me voilà ! # speaker: sandrine # emotion: joie
Dans ce métier, on est encore peu de femmes. Au début, certains clients étaient surpris de me voir arriver. Aujourd’hui, plus personne ne fait de remarque. # speaker: sandrine # emotion: reflexion
Regardez les pales : chacune mesure plus de 40 mètres. L’éolienne démarre avec un petit vent, à partir de 10 ou 15 km/h. # speaker: sandrine
Et quand le vent devient trop fort, vers 90 km/h, elle s’arrête toute seule pour se protéger. # speaker: sandrine
-> premiere_question

= premiere_question
# titre: La première question à Sandrine
Je vous laisse poser la première question. Qu’est-ce qui vous intrigue le plus ? # speaker: sandrine # emotion: reflexion
* [Comment on monte jusqu’en haut ? # say: on grimpe comment \| comment vous montez là-haut \| c'est quoi pour monter]
    // curiosite +2 : s’intéresser au geste concret du métier, c’est de la curiosité
    ~ curiosite = curiosite + 2
    Bonne question ! Le mât fait 80 mètres. Dans certaines éoliennes, il y a un petit ascenseur. Dans les autres, on monte à l’échelle. # speaker: sandrine
    On est toujours attaché à un rail anti-chute. Si on glisse, le système bloque tout de suite. Comptez vingt bonnes minutes de montée. Les bras travaillent ! # speaker: sandrine # emotion: joie
* [Vous travaillez seule ou en équipe ? # say: vous êtes toute seule \| vous bossez avec qui \| vous êtes combien]
    // travail_equipe +2 : chercher d’abord à connaître l’équipe montre le goût du collectif
    ~ travail_equipe = travail_equipe + 2
    Jamais seule ! On travaille toujours en binôme. C’est la règle : si l’un a un problème en haut, l’autre peut l’aider. # speaker: sandrine
    Mon binôme aujourd’hui, c’est Thomas. Il a 22 ans. Il prépare son BTS en alternance. Derrière nous, il y a aussi un centre de supervision qui surveille les machines jour et nuit. # speaker: sandrine
* [C’est dangereux comme métier ? # say: c'est risqué \| y a du danger \| on risque quoi]
    // securite +2 : penser aux risques avant tout le reste, c’est le bon réflexe dans ce métier
    ~ securite = securite + 2
    C’est un métier à risques, oui : la hauteur, l’électricité, les pièces qui tournent. Mais les accidents sont rares, parce qu’on suit des règles très strictes. # speaker: sandrine # emotion: reflexion
    Avant de monter pour la première fois, on passe des formations de sécurité : travail en hauteur, premiers secours, incendie. Elles s’appellent GWO. On les refait tous les deux ans. # speaker: sandrine
- Thomas arrive avec deux sacs pleins de matériel. Il vous fait un grand sourire. # speaker: narrateur
Salut ! Tu vas voir, c’est impressionnant là-haut. # speaker: thomas # emotion: joie
-> pied_mat

=== pied_mat ===
Vous marchez jusqu’au pied de l’éolienne numéro 7. De près, le mât est immense. Une petite porte blanche s’ouvre à sa base. # speaker: narrateur # media: pied-eolienne
Dedans, il y a des armoires électriques et un écran. Ici, on peut lire tout ce que fait la machine : la vitesse du vent, la production, les alarmes. # speaker: sandrine
L’éolienne numéro 7 a une alarme depuis hier soir : l’huile du multiplicateur chauffe trop. Le multiplicateur, c’est la grosse boîte de vitesses qui est dans la nacelle. # speaker: sandrine
Mais avant tout, on s’équipe. Voici votre harnais, votre casque et vos gants. # speaker: sandrine
-> harnais

= harnais
# titre: Vérifier son harnais
Sandrine vous tend un harnais orange. Thomas, lui, est déjà en train de vérifier le sien. # speaker: narrateur
Un harnais, on le vérifie à chaque fois, même s’il est neuf. Comment vous vous y prenez ? # speaker: sandrine # emotion: reflexion
* [Je vérifie chaque sangle et chaque boucle # say: je regarde toutes les sangles \| je contrôle les boucles une par une]
    // rigueur +2 : contrôler point par point, sans sauter d’étape, c’est la base
    ~ rigueur = rigueur + 2
    // securite +1 : l’équipement de protection est vérifié avant usage
    ~ securite = securite + 1
    C’est exactement ça. On cherche une couture abîmée, une sangle coupée, une boucle qui ferme mal. # speaker: sandrine
    Chaque harnais a aussi une fiche avec sa date de contrôle. S’il y a le moindre doute, on ne le porte pas. On en prend un autre. # speaker: sandrine
* [Je demande à Thomas de vérifier avec moi # say: je demande à Thomas \| on regarde à deux avec Thomas]
    // travail_equipe +2 : s’appuyer sur un collègue plus expérimenté, c’est travailler en binôme
    ~ travail_equipe = travail_equipe + 2
    // communication +1 : oser demander de l’aide clairement
    ~ communication = communication + 1
    Vas-y, je te montre. Tu regardes les coutures, là, et là. Tu tires sur chaque boucle. Et tu vérifies la date sur l’étiquette. # speaker: thomas
    Demander, c’est une force ici. Un deuxième regard voit souvent ce que le premier a raté. # speaker: sandrine # emotion: joie
* [Je demande pourquoi on vérifie à chaque fois # say: pourquoi il faut toujours vérifier \| ça sert à quoi de vérifier]
    // prise_recul +2 : comprendre la raison d’une règle aide à l’appliquer vraiment
    ~ prise_recul = prise_recul + 2
    // curiosite +1 : chercher le pourquoi
    ~ curiosite = curiosite + 1
    Parce qu’un harnais s’use sans qu’on le voie. Un frottement contre une échelle, un produit chimique, le soleil. # speaker: sandrine
    Si on tombe, c’est lui qui nous retient. Alors trente secondes de contrôle, ce n’est rien à côté d’une vie. # speaker: sandrine # emotion: reflexion
    Allez, maintenant on vérifie ensemble. Sangles, coutures, boucles, étiquette. # speaker: sandrine
- Tout le monde est équipé. Le casque est bien serré sous le menton. # speaker: narrateur
-> meteo

= meteo
# titre: Trop de vent pour monter
Sur l’écran, un voyant passe au jaune. Le vent se lève. Des rafales à 50 km/h sont annoncées pour midi. # speaker: narrateur
Au-delà d’une certaine vitesse de vent, fixée par notre procédure, on n’a pas le droit de monter. Là, on est encore en dessous, mais ça monte. # speaker: sandrine # emotion: inquietude
Vous, à ma place, vous feriez quoi ? # speaker: sandrine
* [On attend de voir si le vent baisse # say: moi j'attendrais un peu \| on patiente en bas]
    // prise_recul +2 : ne pas se précipiter, analyser avant d’agir
    ~ prise_recul = prise_recul + 2
    // securite +1 : la météo fait partie des risques
    ~ securite = securite + 1
    C’est prudent. Personne ne vous reprochera jamais d’attendre. # speaker: sandrine
    Mais attendre a aussi un coût : la machine est arrêtée et ne produit rien. Alors on cherche un moyen de savoir combien de temps on a devant nous. # speaker: sandrine # emotion: reflexion
    Thomas regarde les prévisions sur la tablette : le vent restera faible jusqu’à 11 h. # speaker: narrateur
* [J’appelle le centre de supervision # say: on appelle la supervision \| je téléphone au centre qui surveille]
    // communication +2 : aller chercher l’information auprès des bonnes personnes
    ~ communication = communication + 2
    // travail_equipe +1 : la supervision fait partie de l’équipe
    ~ travail_equipe = travail_equipe + 1
    Bonne idée. Le centre de supervision a les prévisions les plus précises, et il voit les mesures de toutes les éoliennes du parc. # speaker: sandrine
    Thomas appelle. La supervision confirme : le vent restera faible jusqu’à 11 h. # speaker: narrateur
* [Je regarde la météo heure par heure # say: je vérifie les prévisions \| on regarde la météo de la matinée]
    // organisation +2 : planifier le travail selon la fenêtre météo
    ~ organisation = organisation + 2
    // adaptation +1 : ajuster le programme à la situation
    ~ adaptation = adaptation + 1
    Très bien. On a une appli de prévision sur la tablette. On regarde ensemble : le vent reste calme jusqu’à 11 h. # speaker: sandrine
    Ça nous laisse trois heures. On va organiser l’intervention pour être redescendus avant. # speaker: sandrine
- Décision prise : on monte tout de suite, et on redescend avant 11 h, quoi qu’il arrive. # speaker: sandrine # emotion: fierte
On prévient la supervision qu’on monte. Elle note l’heure. Si on ne donne pas de nouvelles, elle appelle. # speaker: sandrine
-> nacelle

=== nacelle ===
Après la montée, vous arrivez dans la nacelle, à 80 mètres du sol. C’est grand comme un petit camion. Par la trappe du toit, on voit la mer au loin. # speaker: narrateur # media: nacelle-eolienne
Ouf ! Ça va ? Prenez le temps de souffler. Ici, on accroche toujours sa longe à un point d’ancrage. # speaker: sandrine
Devant vous, il y a le multiplicateur et, plus loin, la génératrice. C’est elle qui transforme la rotation en électricité. # speaker: sandrine
Une éolienne comme celle-ci produit l’électricité d’environ 2 000 foyers, quand le vent est là. # speaker: thomas # emotion: fierte
Moi, j’ai découvert ce métier pendant un stage de troisième. J’ai eu le vertige la première fois. Maintenant, je monte sans y penser, mais toujours attaché. # speaker: thomas
-> consignation

= consignation
# titre: Couper l’énergie avant d’intervenir
Avant de toucher à quoi que ce soit, il faut consigner. Consigner, c’est couper l’énergie et bloquer la machine, pour qu’elle ne redémarre pas pendant qu’on travaille. # speaker: sandrine
On freine le rotor, on le bloque avec une grosse goupille et on coupe l’électricité. Ensuite, chacun pose son cadenas. # speaker: sandrine
Par quoi vous commencez ? # speaker: sandrine
* [Je pose mon propre cadenas sur la coupure # say: je mets mon cadenas \| je pose mon cadenas à moi]
    // securite +2 : son cadenas personnel garantit que personne ne remet le courant sans soi
    ~ securite = securite + 2
    // rigueur +1 : appliquer la procédure de consignation
    ~ rigueur = rigueur + 1
    Oui. Chaque personne pose son propre cadenas, avec sa propre clé. Personne ne peut remettre le courant tant que votre cadenas est là. # speaker: sandrine
    C’est simple, et ça sauve des vies. # speaker: sandrine # emotion: fierte
* [Je relis la procédure à voix haute # say: je lis les étapes à haute voix \| je relis la fiche tout haut]
    // rigueur +2 : suivre la procédure écrite, étape par étape
    ~ rigueur = rigueur + 2
    // communication +1 : dire les étapes à voix haute pour que le binôme suive
    ~ communication = communication + 1
    Parfait. On lit, on fait, on coche. Même après sept ans de métier, je lis encore la fiche. # speaker: sandrine
    Lire à voix haute, ça permet aussi à Thomas de vérifier qu’on n’oublie rien. # speaker: sandrine
* [Je demande à Sandrine de me montrer d’abord # say: vous pouvez me montrer \| montrez-moi comment on fait]
    // curiosite +1 : vouloir apprendre le bon geste
    ~ curiosite = curiosite + 1
    // prise_recul +2 : reconnaître qu’on ne sait pas encore et observer avant d’agir
    ~ prise_recul = prise_recul + 2
    Avec plaisir. Regardez bien : je freine, je bloque, je coupe, je vérifie qu’il n’y a plus de tension. Puis je pose mon cadenas. # speaker: sandrine
    Ne jamais faire un geste qu’on ne connaît pas, c’est une vraie qualité ici. # speaker: sandrine # emotion: joie
- Tout est consigné. Les trois cadenas sont en place. # speaker: narrateur
-> panne

= panne
# titre: Chercher la cause d’une panne
Maintenant, l’alarme : l’huile du multiplicateur chauffe trop. L’huile refroidit et protège les engrenages. Si elle est trop chaude, la machine s’arrête toute seule pour se protéger. # speaker: sandrine
D’après vous, on cherche par où ? # speaker: sandrine # emotion: reflexion
* [On regarde l’historique des alarmes # say: je regarde les anciennes alarmes \| on regarde ce qui s'est passé avant]
    // sens_technique +2 : partir des données de la machine pour diagnostiquer
    ~ sens_technique = sens_technique + 2
    // prise_recul +1 : comprendre avant d’intervenir
    ~ prise_recul = prise_recul + 1
    Bien vu. L’historique montre que la température monte seulement quand il fait chaud et que la machine tourne fort. # speaker: sandrine
    Ça nous oriente vers le refroidissement. Thomas va voir le ventilateur du radiateur d’huile. # speaker: sandrine
* [Je vérifie le ventilateur du radiateur # say: on regarde le ventilo \| je vais voir le refroidissement]
    // sens_technique +2 : relier un symptôme (la chaleur) à une pièce (le refroidissement)
    ~ sens_technique = sens_technique + 2
    // decision +1 : choisir une piste et s’y tenir
    ~ decision = decision + 1
    Bonne intuition. Si l’huile chauffe, on regarde d’abord ce qui la refroidit. # speaker: sandrine
    On s’approche ensemble. Pas de touche-à-tout : on regarde d’abord avec la lampe. # speaker: sandrine
* [Je demande à Thomas ce qu’il en pense # say: Thomas il en dit quoi \| je demande l'avis de Thomas]
    // travail_equipe +2 : associer le collègue au diagnostic
    ~ travail_equipe = travail_equipe + 2
    // communication +1 : poser une question ouverte
    ~ communication = communication + 1
    Moi, je pense au refroidissement. L’an dernier, on a eu la même chose sur la numéro 3 : un ventilateur en panne. # speaker: thomas # emotion: reflexion
    Vous voyez ? L’expérience des collègues, c’est précieux. On partage tout, on note tout dans le carnet de la machine. # speaker: sandrine
- Thomas éclaire le radiateur avec sa lampe. Le ventilateur est couvert de poussière et d’insectes. Un fil est débranché. # speaker: narrateur
Trouvé ! Le ventilateur ne tournait plus. On nettoie, on rebranche, on teste. Ensuite, je mesure avec mon multimètre. # speaker: thomas # emotion: joie
-> incident

= incident
# titre: Un collègue fait un malaise
Pendant que Sandrine range les outils, Thomas s’assoit d’un coup. Il est tout pâle. # speaker: narrateur
Je… j’ai la tête qui tourne. Je ne me sens pas bien. # speaker: thomas # emotion: inquietude
Sandrine est à l’autre bout de la nacelle, elle ne l’a pas encore vu. # speaker: narrateur
* [Je lui parle et je l’aide à s’allonger # say: je m'occupe de lui \| je le fais s'allonger \| je reste avec lui]
    // gestion_stress +2 : garder son calme et rassurer la personne
    ~ gestion_stress = gestion_stress + 2
    // travail_equipe +1 : prendre soin de son binôme
    ~ travail_equipe = travail_equipe + 1
    Très bien. Vous lui parlez doucement. Vous l’aidez à s’allonger sur le plancher, toujours attaché à sa longe. # speaker: narrateur
    Sandrine arrive en deux pas. # speaker: narrateur
    Bien joué. Rester calme, c’est déjà soigner. Je lui donne de l’eau et du sucre, et je préviens la supervision. # speaker: sandrine
* [J’appelle tout de suite les secours # say: j'appelle le 112 \| je préviens les pompiers \| j'appelle les urgences]
    // reactivite +2 : déclencher l’alerte sans perdre de temps
    ~ reactivite = reactivite + 2
    // securite +1 : l’alerte fait partie des gestes de premiers secours
    ~ securite = securite + 1
    Vous avez raison d’alerter vite. En éolienne, on donne aux secours le numéro de la machine et les coordonnées GPS, affichés en bas du mât. # speaker: sandrine
    Ici, Thomas reprend des couleurs. Je rappelle les secours pour leur dire que ça va mieux, mais qu’on redescend quand même. # speaker: sandrine
* [Je préviens Sandrine immédiatement # say: je crie pour appeler Sandrine \| j'appelle Sandrine tout de suite]
    // communication +2 : transmettre l’alerte clairement à la personne responsable
    ~ communication = communication + 2
    // reactivite +1 : réagir sans attendre
    ~ reactivite = reactivite + 1
    Vous criez : « Sandrine, Thomas ne va pas bien ! » # speaker: narrateur
    Merci, vous avez bien fait de m’appeler. Je suis sauveteuse secouriste du travail. Je m’occupe de lui : je le fais s’allonger, je lui parle, je lui donne du sucre. # speaker: sandrine
- C’est rien, je crois que je n’ai pas pris de petit-déjeuner ce matin. Je suis désolé. # speaker: thomas
Ne sois pas désolé. Tu as bien fait de le dire. Un malaise, ça peut arriver à tout le monde. La montée demande beaucoup d’énergie. # speaker: sandrine
On redescend tranquillement, Thomas passe devant. Si besoin, on a un kit d’évacuation pour descendre quelqu’un par l’extérieur. # speaker: sandrine # emotion: reflexion
-> descente

=== descente ===
De retour au pied de l’éolienne. Thomas mange une barre de céréales. Il va mieux. Il est 10 h 45 : juste avant le vent. # speaker: narrateur # media: base-vie
On enlève les cadenas, on relance la machine. Les pales se remettent à tourner. L’alarme a disparu. # speaker: sandrine # emotion: fierte
Maintenant, il reste le rapport. On note ce qu’on a trouvé, ce qu’on a fait et les pièces utilisées. Ce travail de bureau, c’est environ une heure par jour. # speaker: sandrine
On s’assoit dans la base vie, le petit bâtiment du parc. Il y a un café, une table, des casiers. # speaker: narrateur
Une journée type, c’est souvent ça : la route tôt le matin, le point météo et sécurité, une ou deux interventions, puis le rapport. # speaker: sandrine
Certaines semaines, on dort à l’hôtel pour aller sur des parcs plus loin. Et une semaine par mois, je suis d’astreinte : on peut m’appeler le week-end pour une panne. # speaker: sandrine
Côté salaire, quand on débute, c’est autour de 1 900 à 2 300 euros brut par mois. Il faut ajouter les primes de déplacement et d’astreinte. # speaker: sandrine
Avec de l’expérience, on monte vers 2 500 à 3 200 euros brut. Et on peut évoluer : cheffe d’équipe, formatrice sécurité, ou responsable d’un parc. # speaker: sandrine # emotion: fierte
-> avenir

= avenir
# titre: Par où se lancer dans l’éolien
Le métier vous plaît ? Il y a plusieurs chemins pour y arriver. # speaker: sandrine
Le bac pro électricité ou maintenance, en trois ans. Le BTS maintenance des systèmes, option éolien, en deux ans, comme Thomas. Ou une formation pour adultes, comme moi. # speaker: sandrine
Et vous, si vous deviez vous lancer, vous commenceriez comment ? # speaker: sandrine # emotion: reflexion
* [Je ferais un stage pour découvrir d’abord # say: d'abord un stage \| je commence par une immersion \| je veux essayer avant]
    // prise_recul +1 : tester avant de s’engager
    ~ prise_recul = prise_recul + 1
    // organisation +2 : construire son projet étape par étape
    ~ organisation = organisation + 2
    C’est malin. France Travail peut organiser une immersion en entreprise, quelques jours avec une équipe comme la nôtre. On voit si on aime la hauteur, le vent, les déplacements. # speaker: sandrine
* [Je partirais en alternance pour être payé # say: je ferais de l'alternance \| je veux apprendre en travaillant]
    // decision +2 : choisir une voie claire et concrète
    ~ decision = decision + 2
    // perseverance +1 : l’alternance demande de l’endurance, école et entreprise
    ~ perseverance = perseverance + 1
    C’est le choix de Thomas. Une semaine à l’école, deux semaines chez nous. Il est payé, et il apprend sur le terrain. # speaker: sandrine
    C’est exigeant, mais à la fin, beaucoup sont embauchés par leur entreprise. # speaker: thomas # emotion: fierte
* [Je ferais une formation courte pour adultes # say: une formation rapide \| une reconversion comme vous \| une formation pour adulte]
    // perseverance +2 : changer de métier demande du courage et de la ténacité
    ~ perseverance = perseverance + 2
    // adaptation +1 : oser apprendre un nouveau métier
    ~ adaptation = adaptation + 1
    Comme moi ! Ça existe à l’AFPA et dans d’autres centres : un titre professionnel en maintenance, puis les formations GWO. # speaker: sandrine
    Le plus dur, c’est de se lancer. Après, on est porté par l’envie. # speaker: sandrine # emotion: joie
- Quel que soit le chemin, il faut être à l’aise en hauteur, aimer l’électricité et la mécanique, et accepter de rouler beaucoup. On fait parfois plusieurs heures de route pour rejoindre un parc. # speaker: sandrine
-> fin

=== fin ===
Le vent souffle fort maintenant. Les éoliennes tournent à pleine vitesse. # speaker: narrateur # media: parc-eolien
Merci pour cette journée. Vous avez bien écouté, et vous avez posé de bonnes questions. # speaker: sandrine # emotion: joie
Vous savez, pas besoin d’être très costaud pour faire ce métier. Il faut être en forme, soigneux, et aimer comprendre comment marchent les choses. Le reste, ça s’apprend. # speaker: sandrine # emotion: reflexion
Aujourd’hui, on a réparé une machine, on a géré la météo et un malaise. C’est ça, notre métier : de la technique, de la sécurité, et beaucoup de solidarité. # speaker: sandrine
En Provence-Alpes-Côte d’Azur, il y a déjà des éoliennes flottantes en mer, au large de Port-Saint-Louis-du-Rhône. D’autres parcs sont en projet. On aura besoin de monde ! # speaker: sandrine # emotion: fierte
Reviens nous voir quand tu veux. Et prends un bon petit-déjeuner avant de monter ! # speaker: thomas # emotion: joie
Sandrine vous serre la main. Votre visite au parc éolien est terminée. # speaker: narrateur
-> END
