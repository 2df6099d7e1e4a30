# id: technicienne-reconditionnement
# title: Une journée avec Awa, à l’atelier de la ressourcerie
# sector: recyclage
# job: Technicien·ne en reconditionnement électroménager
# duration: 11

VAR sens_technique = 0
VAR securite = 0
VAR rigueur = 0
VAR environnement = 0
VAR relation_usager = 0
VAR communication = 0
VAR organisation = 0
VAR travail_equipe = 0
VAR decision = 0
VAR curiosite = 0
VAR prise_recul = 0

-> accueil

=== accueil ===
Il est 8 h 30. Vous entrez dans une grande ressourcerie, à Avignon. D’un côté, un magasin avec des meubles, des vêtements, de la vaisselle. De l’autre, un atelier plein de machines à laver. # speaker: narrateur # media: magasin-ressourcerie
Une femme en blouse bleue, un tournevis dans la poche, vient vers vous. # speaker: narrateur
Bonjour ! Moi, c’est Awa. Je suis technicienne en reconditionnement. Je répare l’électroménager que les gens nous donnent, pour lui offrir une deuxième vie. # speaker: awa # emotion: joie
Une ressourcerie, c’est un lieu qui récupère des objets dont les gens ne veulent plus. On les trie, on les nettoie, on les répare, et on les revend à petit prix. # speaker: awa
Tout ce qu’on sauve ici, c’est autant de déchets en moins. Une machine à laver réparée, c’est environ 70 kilos de métal et de plastique qui ne partent pas à la benne. # speaker: awa # emotion: fierte
J’ai 38 ans. Avant, j’étais agente d’entretien dans un hôpital. Le soir, je réparais les appareils de tout mon immeuble. Un jour, je me suis dit : pourquoi pas en faire mon métier ? # speaker: awa # emotion: joie
J’ai suivi une formation pour adultes de neuf mois. Ça fait six ans que je suis ici. # speaker: awa
Au début de la formation, on était douze. Deux femmes seulement. Et c’est moi qui ai eu la meilleure note en électricité ! # speaker: awa # emotion: fierte
Ici, on est une association. Une partie de l’équipe est en contrat d’insertion : des personnes qui reprennent pied dans le travail. Je les forme aussi. # speaker: awa
Venez, je vous montre l’atelier. # speaker: awa
-> atelier

=== atelier ===
L’atelier sent le métal et le produit de nettoyage. Une dizaine de machines à laver attendent en rang, chacune avec une étiquette. # speaker: narrateur # media: atelier-reparation
Sur l’établi, il y a des multimètres, des tournevis, des pièces détachées rangées dans des bacs. # speaker: narrateur
Chaque appareil qui arrive a une fiche : d’où il vient, ce que la personne a dit de la panne. # speaker: awa
Ensuite, il suit toujours le même chemin. On le pèse et on l’enregistre. On le nettoie. On cherche la panne. On répare. Puis on teste, et seulement après, il va au magasin. # speaker: awa
Peser, ça sert à savoir combien de kilos de déchets on a évités dans l’année. L’an dernier, c’était plus de 40 tonnes, rien que pour l’électroménager ! # speaker: awa # emotion: fierte
Celle-là, on me l’a donnée hier. Le monsieur a dit : « Elle ne vide plus l’eau. » # speaker: awa
Vous voulez m’aider à trouver la panne ? On commence par quoi ? # speaker: awa # emotion: reflexion
-> diagnostic

=== diagnostic ===
# titre: Commencer le diagnostic d’un lave-linge
Awa vous tend une paire de gants. # speaker: narrateur # media: atelier-reparation
+ [Je débranche d’abord la machine # say: je coupe le courant \| on enlève la prise]
  // securite +2 : met l’appareil hors tension avant toute intervention
  ~ securite = securite + 2
  Parfait. C’est la règle numéro un : on ne met jamais les mains dans un appareil branché. # speaker: awa # emotion: fierte
  Dans ce métier, il faut une habilitation électrique. C’est une formation courte qui apprend les risques de l’électricité. Et même avec ça, on débranche toujours. # speaker: awa
+ [On regarde le petit filtre en bas # say: on vérifie le filtre \| on ouvre la trappe en bas]
  // sens_technique +2 : commence par la cause la plus probable et la plus simple à vérifier
  ~ sens_technique = sens_technique + 2
  Awa débranche la machine, pose une bassine, et dévisse le filtre. Une pièce de deux euros et une chaussette d’enfant tombent dans la bassine. # speaker: narrateur
  Et voilà ! Très souvent, c’est juste ça. On commence toujours par le plus simple. Vous avez l’œil ! # speaker: awa # emotion: joie
+ [Je relis ce que le donateur a dit # say: je regarde la fiche \| qu’est-ce qu’il a dit exactement]
  // curiosite +1 : cherche toutes les informations disponibles sur la panne
  ~ curiosite = curiosite + 1
  // rigueur +1 : s’appuie sur la fiche de suivi avant d’agir
  ~ rigueur = rigueur + 1
  Bonne méthode. Sur la fiche, le monsieur a ajouté : « Elle fait un bruit de ronflement. » # speaker: awa
  Ça m’indique que la pompe essaie de tourner, mais que quelque chose la bloque. Une info comme ça me fait gagner 20 minutes. # speaker: awa # emotion: joie
- Awa nettoie le filtre, le remet en place et lance une vidange pour tester. # speaker: narrateur
La pompe ronfle, mais l’eau ne part toujours pas. Cette fois, c’est la pompe elle-même qui est cassée. # speaker: awa # emotion: reflexion
-> pieces

=== pieces ===
Awa vous montre deux solutions. # speaker: narrateur # media: atelier-reparation
Au fond de l’atelier, il y a des machines trop abîmées pour être réparées. On les appelle les « machines donneuses ». On récupère leurs pièces. # speaker: awa
Il y en a une de la même marque. Sa pompe a l’air bonne. Sinon, je peux commander une pompe neuve : 35 euros, livrée dans cinq jours. # speaker: awa
Vous feriez comment ? # speaker: awa # emotion: neutre
-> choix_piece

=== choix_piece ===
# titre: Une pompe à remplacer
Awa attend votre avis, la pompe cassée dans la main. # speaker: narrateur # media: atelier-reparation
+ [On prend la pompe de la machine donneuse # say: on récupère la pièce d’occasion \| on prend celle de la vieille machine]
  // environnement +2 : réemploie une pièce existante plutôt que d’en fabriquer une neuve
  ~ environnement = environnement + 2
  C’est ce que je préfère. Zéro transport, zéro emballage, et la machine est prête aujourd’hui. # speaker: awa # emotion: joie
  Il faut juste tester la pièce avant. Une pièce récupérée, on la vérifie deux fois. # speaker: awa
+ [On commande une pompe neuve, plus sûre # say: une pièce neuve \| on commande la neuve]
  // rigueur +2 : privilégie la fiabilité pour le futur client
  ~ rigueur = rigueur + 2
  C’est un choix solide. Une pièce neuve, c’est une machine qui durera plus longtemps chez le client. # speaker: awa
  Pour les pièces qui s’usent vite, comme les pompes, je fais souvent ce choix. Le client a une garantie, il faut qu’on puisse la tenir. # speaker: awa
+ [Je compare le temps et le prix avant # say: ça dépend du coût \| je pèse le pour et le contre]
  // decision +2 : pèse les critères avant de choisir, puis tranche
  ~ decision = decision + 2
  Vous avez raison de peser. La pièce récupérée est gratuite mais un peu usée. La neuve coûte 35 euros et cinq jours d’attente. # speaker: awa
  On va tester la pompe d’occasion. Si elle tient le test, on la garde. Sinon, on commande. Décider, c’est ça : choisir avec ce qu’on sait. # speaker: awa # emotion: reflexion
- Awa installe une pompe. Elle relance un cycle de vidange. L’eau part dans le tuyau. # speaker: narrateur
Avant de la mettre en vente, elle fera un cycle complet, et un test de sécurité électrique. On vérifie que la terre est bonne et qu’il n’y a pas de fuite de courant. # speaker: awa
Awa colle une étiquette verte sur la machine, avec la date et ses initiales. # speaker: narrateur
Chaque réparation est notée : la panne, la pièce changée, le test. Si la machine revient, on sait tout de suite ce qui a été fait. # speaker: awa
-> frigo

=== frigo ===
Un collègue arrive avec un diable. Il pousse un réfrigérateur. # speaker: narrateur # media: atelier-reparation
Salut Awa ! Un frigo déposé ce matin. Il ne fait plus de froid. Et il y a une trace d’huile derrière. # speaker: karim
C’est Karim. Il est en contrat d’insertion chez nous depuis quatre mois. Il apprend vite. # speaker: awa
Awa regarde l’arrière du frigo. Elle fronce les sourcils. # speaker: narrateur
Une trace d’huile près du moteur, ça peut vouloir dire une fuite du gaz qui fait le froid. # speaker: awa # emotion: inquietude
Vous feriez quoi ? # speaker: awa
-> fuite

=== fuite ===
# titre: Un réfrigérateur qui ne refroidit plus
Karim et Awa vous regardent. # speaker: narrateur # media: atelier-reparation
+ [On n’y touche pas, ce gaz est dangereux # say: on laisse le circuit tranquille \| on n’ouvre pas]
  // securite +1 : refuse d’intervenir sur un circuit réglementé
  ~ securite = securite + 1
  // rigueur +1 : respecte la règle sur les gaz frigorigènes
  ~ rigueur = rigueur + 1
  Exactement. Ces gaz abîment la couche d’ozone ou réchauffent le climat. Pour ouvrir le circuit, il faut une attestation spéciale, et je ne l’ai pas. # speaker: awa
  Ce frigo partira dans la filière de recyclage des appareils électriques. Là-bas, des spécialistes récupèrent le gaz sans qu’il s’échappe. # speaker: awa
+ [On appelle un frigoriste pour lui demander # say: on demande à un spécialiste \| on appelle un pro du froid]
  // travail_equipe +1 : fait appel à un partenaire compétent
  ~ travail_equipe = travail_equipe + 1
  // communication +1 : va chercher l’avis d’un expert
  ~ communication = communication + 1
  Bonne idée. On travaille avec un frigoriste du quartier. Il a l’attestation pour manipuler ces gaz. # speaker: awa
  Il passe une fois par mois. S’il peut réparer sans trop de frais, le frigo sera sauvé. Sinon, il partira au recyclage. # speaker: awa # emotion: joie
+ [Je vérifie d’abord le thermostat et la prise # say: on teste le thermostat \| on regarde d’abord les trucs simples]
  // sens_technique +2 : élimine les causes simples sans toucher au circuit de gaz
  ~ sens_technique = sens_technique + 2
  Bon raisonnement. # speaker: awa
  Awa teste le thermostat au multimètre. Il fonctionne. Le moteur démarre, mais rien ne refroidit. # speaker: narrateur
  Donc c’est bien le gaz. On s’arrête là : ce circuit, seuls les frigoristes avec une attestation ont le droit de l’ouvrir. # speaker: awa
- Karim colle une étiquette rouge sur le frigo. # speaker: narrateur
On ne sauve pas tout. Environ un appareil sur deux repart d’ici en état de marche. Les autres donnent leurs pièces, puis sont recyclés. # speaker: awa # emotion: reflexion
Les appareils irréparables ne vont pas à la poubelle. Un camion les emmène dans une usine spécialisée. Là-bas, on sépare le métal, le cuivre, le plastique et les gaz. # speaker: awa
Cette filière est payée par une petite somme incluse dans le prix de chaque appareil neuf. On l’appelle l’éco-participation. # speaker: awa
-> karim

=== karim ===
Karim s’approche d’un lave-vaisselle. Il veut voir s’il chauffe. # speaker: narrateur # media: atelier-reparation
Il a branché la machine. Le capot est ouvert. Il approche le multimètre des fils. # speaker: narrateur
Awa est au téléphone avec un fournisseur. Elle vous fait un signe : « Vous pouvez gérer ? » # speaker: narrateur
-> consigne

=== consigne ===
# titre: Karim mesure sans couper le courant
Karim tient les pointes du multimètre tout près des fils. # speaker: narrateur # media: atelier-reparation
+ [Je lui demande d’arrêter et de débrancher # say: stop Karim débranche \| je lui dis d’arrêter tout de suite]
  // securite +2 : intervient tout de suite face à un risque électrique
  ~ securite = securite + 2
  Karim s’arrête net et débranche la machine. # speaker: narrateur
  Oups. Tu as raison. Je voulais aller vite. # speaker: karim # emotion: inquietude
  Awa raccroche. # speaker: narrateur
  Merci. Certaines mesures se font sous tension, mais seulement avec la bonne habilitation et le bon matériel. Karim ne l’a pas encore. # speaker: awa
+ [Je lui demande ce qu’il veut mesurer # say: tu veux mesurer quoi \| qu’est-ce que tu cherches]
  // prise_recul +1 : fait réfléchir avant d’agir
  ~ prise_recul = prise_recul + 1
  // communication +1 : fait parler le collègue sans le brusquer
  ~ communication = communication + 1
  Karim explique : il veut savoir si la résistance qui chauffe l’eau marche. # speaker: narrateur
  Awa raccroche. # speaker: narrateur
  Bonne question ! Pour ça, pas besoin de courant : on débranche, et on mesure la résistance au multimètre. Karim, débranche, s’il te plaît. # speaker: awa
+ [Je lui propose de chercher ensemble la bonne méthode # say: on regarde ensemble \| je l’aide à trouver comment faire]
  // travail_equipe +2 : accompagne le collègue au lieu de le laisser seul
  ~ travail_equipe = travail_equipe + 2
  Vous ouvrez ensemble le classeur des procédures. Première ligne : « Débrancher l’appareil. » Karim rit et débranche. # speaker: narrateur
  Awa raccroche. # speaker: narrateur
  C’est comme ça qu’on apprend ici : ensemble, avec les procédures sous les yeux. # speaker: awa # emotion: joie
- Dans ce métier, l’électricité, c’est le premier danger. On peut réparer avec passion, mais jamais dans la précipitation. # speaker: awa
-> magasin

=== magasin ===
L’après-midi, Awa vous emmène dans le magasin. Une cliente regarde la machine à laver réparée le matin. Elle est à 120 euros. # speaker: narrateur # media: magasin-ressourcerie
Elle est bien, mais c’est de l’occasion. Et si elle tombe en panne dans un mois ? Je n’ai pas les moyens d’en racheter une. # speaker: cliente # emotion: inquietude
Awa vous laisse répondre. # speaker: narrateur
-> conseil

=== conseil ===
# titre: Conseiller une cliente
La cliente attend votre réponse. # speaker: narrateur # media: magasin-ressourcerie
+ [Je lui explique les tests et la garantie # say: elle a été testée \| il y a une garantie]
  // relation_usager +2 : rassure la cliente avec des faits précis
  ~ relation_usager = relation_usager + 2
  Vous expliquez : la machine a fait un cycle complet, un test électrique, et elle a six mois de garantie. # speaker: narrateur
  Six mois ? Et si elle tombe en panne, vous la réparez ? # speaker: cliente # emotion: surprise
  Oui, madame. On la répare ou on vous l’échange. C’est notre engagement. # speaker: awa # emotion: fierte
+ [Je lui demande ce dont elle a besoin # say: vous êtes combien à la maison \| qu’est-ce qu’il vous faut]
  // communication +2 : écoute le besoin avant de conseiller
  ~ communication = communication + 2
  Elle vit seule avec deux enfants. Elle lave beaucoup, tous les jours. # speaker: narrateur
  Alors celle-ci est bien : elle prend 7 kilos. Et elle est garantie six mois. Vous avez posé la bonne question : on vend mieux quand on écoute. # speaker: awa # emotion: joie
+ [Je lui donne des conseils pour qu’elle dure # say: je lui explique comment l’entretenir \| je donne des astuces d’entretien]
  // environnement +2 : aide à faire durer l’appareil, la meilleure façon d’éviter un déchet
  ~ environnement = environnement + 2
  Vous lui conseillez de nettoyer le filtre tous les mois, et de ne pas trop charger le tambour. # speaker: narrateur
  Ah, je ne savais pas qu’il y avait un filtre ! # speaker: cliente # emotion: surprise
  Vous voyez : un bon conseil, et la machine dure des années de plus. Et elle a six mois de garantie chez nous. # speaker: awa # emotion: joie
- La cliente achète la machine. Un bénévole l’aidera à la livrer samedi. # speaker: narrateur
Quand je vois partir une machine que j’ai réparée, je suis fière. Elle va laver le linge d’une famille pendant des années. # speaker: awa # emotion: fierte
-> planning

=== planning ===
Retour à l’atelier. Awa regarde le tableau. 12 appareils attendent encore. # speaker: narrateur # media: atelier-reparation
Le magasin me demande des machines à laver, c’est ce qui part le plus vite. Mais j’ai aussi trois fours, quatre lave-vaisselle et des aspirateurs. # speaker: awa
On ne peut pas tout faire demain. Comment vous organiseriez la journée ? # speaker: awa # emotion: reflexion
-> priorites

=== priorites ===
# titre: Choisir les réparations du jour
Awa vous tend un feutre pour écrire sur le tableau. # speaker: narrateur # media: atelier-reparation
+ [D’abord les pannes rapides à réparer # say: on commence par les plus faciles \| les réparations rapides d’abord]
  // organisation +2 : planifie pour sortir le plus d’appareils possible
  ~ organisation = organisation + 2
  C’est efficace. Trois réparations rapides le matin, ça remplit le magasin. Les pannes longues, on les garde pour l’après-midi. # speaker: awa
+ [D’abord ce que les clients demandent le plus # say: les machines à laver d’abord \| ce qui se vend le mieux]
  // relation_usager +1 : part des besoins des client·es
  ~ relation_usager = relation_usager + 1
  // decision +1 : fixe une priorité claire
  ~ decision = decision + 1
  C’est logique. Les familles attendent ces machines. Une machine à laver réparée, c’est souvent celle d’une famille qui ne peut pas en acheter une neuve. # speaker: awa # emotion: joie
+ [On décide ensemble avec l’équipe ce matin # say: on en parle avec l’équipe \| on fait le planning tous ensemble]
  // travail_equipe +2 : construit le planning avec toute l’équipe
  ~ travail_equipe = travail_equipe + 2
  J’aime bien. Karim adore les aspirateurs, un autre collègue préfère les fours. Chacun prend ce qu’il sait faire, et tout le monde progresse. # speaker: awa # emotion: joie
- Awa note le planning au feutre vert. Demain, la journée est prête. # speaker: narrateur
-> metier

=== metier ===
Awa range ses outils. Elle s’assoit sur un tabouret. # speaker: narrateur # media: atelier-reparation
Je vous explique mon métier en vrai. On travaille en journée, du lundi au vendredi, parfois le samedi pour le magasin. Pas de nuit, pas de week-end complet. # speaker: awa
C’est un métier calme, mais il faut porter des appareils lourds. Heureusement, on a des diables et des tables élévatrices. # speaker: awa
Il faut aimer comprendre comment ça marche. Être patient aussi : certaines pannes résistent des heures. # speaker: awa # emotion: reflexion
Ce que j’aime ? Chaque jour est différent. Je ne sais jamais ce qui va arriver le matin. Et je travaille pour quelque chose qui a du sens. # speaker: awa # emotion: joie
Ce qui est plus dur ? Les appareils très sales, les pièces introuvables pour les vieux modèles, et les pannes qu’on ne trouve pas. Là, il faut savoir lâcher et passer au suivant. # speaker: awa
Pour le salaire, une technicienne qui débute gagne entre 1 800 et 2 000 euros brut par mois. Avec de l’expérience, entre 2 100 et 2 500. # speaker: awa
Pour se former, il y a des CAP et des Bac pro dans l’électricité et l’électronique. Pour les adultes, il existe des titres professionnels de technicien ou technicienne après-vente en électroménager. Moi, c’est ce que j’ai fait. # speaker: awa
On peut aussi travailler dans le reconditionnement d’ordinateurs et de téléphones. Là, il faut en plus savoir effacer les données des anciens propriétaires de façon sûre. # speaker: awa
Et il y a de l’avenir. La loi pousse à réparer plutôt qu’à jeter. Il existe même un bonus réparation, qui fait baisser le prix de la réparation chez les réparateurs labellisés. # speaker: awa # emotion: fierte
En Provence-Alpes-Côte d’Azur, les ressourceries et les réparateurs cherchent des techniciens. Et il y a encore très peu de femmes. Venez, on vous attend ! # speaker: awa # emotion: joie
Et vous, qu’est-ce qui vous attire le plus dans tout ça ? # speaker: awa
-> parcours

=== parcours ===
# titre: Ce qui plaît dans le reconditionnement
Awa vous regarde avec curiosité. # speaker: narrateur # media: atelier-reparation
+ [Trouver les pannes, c’est comme une enquête # say: j’aime chercher les pannes \| le côté enquête]
  // sens_technique +1 : se reconnaît dans le raisonnement de diagnostic
  ~ sens_technique = sens_technique + 1
  // curiosite +1 : aime comprendre le pourquoi des choses
  ~ curiosite = curiosite + 1
  Moi aussi, c’est ce que je préfère ! Chaque appareil est une petite énigme. Quand on trouve, c’est une vraie joie. # speaker: awa # emotion: joie
+ [Donner une deuxième vie aux objets # say: le côté écologique \| éviter de jeter]
  // environnement +2 : est motivé·e par la réduction des déchets
  ~ environnement = environnement + 2
  C’est le cœur de notre travail. Le meilleur déchet, c’est celui qu’on ne produit pas. Ici, on le vit tous les jours. # speaker: awa # emotion: fierte
+ [Former et aider des gens comme Karim # say: aider les autres \| transmettre aux collègues]
  // communication +1 : aime expliquer et transmettre
  ~ communication = communication + 1
  // travail_equipe +1 : tient au collectif et à l’entraide
  ~ travail_equipe = travail_equipe + 1
  Ça, c’est la partie de mon métier qu’on ne voit pas. Karim voulait être mécanicien. Ici, il reprend confiance. L’an prochain, il passe son titre professionnel. # speaker: awa # emotion: fierte
- -> fin

=== fin ===
Awa vous raccompagne jusqu’à la porte du magasin. # speaker: narrateur # media: magasin-ressourcerie
Merci pour votre aide aujourd’hui. Et n’oubliez pas : avant de jeter un appareil, pensez à le faire réparer ! # speaker: awa # emotion: joie
-> END
