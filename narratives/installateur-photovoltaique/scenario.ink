# id: installateur-photovoltaique
# title: Des panneaux solaires sur le toit
# sector: energies-renouvelables
# job: Installateur·rice photovoltaïque
# duration: 10

// Compétences observées dans ce scénario (identifiants du référentiel commun).
VAR securite = 0
VAR organisation = 0
VAR travail_equipe = 0
VAR communication = 0
VAR relation_usager = 0
VAR rigueur = 0
VAR sens_technique = 0
VAR prise_recul = 0
VAR force_proposition = 0
VAR autonomie = 0
VAR environnement = 0
VAR curiosite = 0
VAR reactivite = 0
VAR adaptation = 0

-> depot

=== depot ===
Il est 7 h 15. Vous êtes dans le dépôt d’une petite entreprise d’Aubagne. Des cartons de panneaux solaires sont empilés contre le mur. # speaker: narrateur # media: depot-entreprise
Un homme aux cheveux gris charge une camionnette. Il pose son carton et vient vous serrer la main. # speaker: narrateur
Bonjour ! Moi, c’est Mamadou. J’ai 53 ans et je suis installateur photovoltaïque. Je pose des panneaux solaires sur les toits. # speaker: mamadou # emotion: joie
Je vous préviens tout de suite : je ne suis pas dans ce métier depuis longtemps. Pendant vingt ans, j’ai été chauffeur-livreur. # speaker: mamadou
À 49 ans, mon dos me faisait mal et je m’ennuyais. J’ai fait une formation d’électricien pour adultes à l’AFPA. Huit mois. Et aujourd’hui, je suis chef d’équipe ! # speaker: mamadou # emotion: fierte
Une jeune femme sort du camion avec une caisse à outils. # speaker: narrateur
Salut ! Moi, c’est Léa. J’ai 19 ans, je suis apprentie. Je prépare mon CAP électricien en alternance. # speaker: lea # emotion: joie
Une journée type ? On part du dépôt le matin, on passe la journée chez un client, et on rentre vers 17 h. Pas de nuit dehors, pas de week-end, sauf urgence. # speaker: mamadou
Aujourd’hui, on installe huit panneaux chez une dame, à Gémenos. Ça fait une installation de 3 kilowatts. Avec notre soleil, elle va produire à peu près 4 000 kWh par an. # speaker: mamadou
-> preparation

= preparation
# titre: Préparer le matériel au dépôt
Avant de partir, il faut charger le camion. Si on oublie une pièce, on perd une demi-journée. # speaker: mamadou
Qu’est-ce que vous faites pour aider ? # speaker: mamadou # emotion: reflexion
* [Je coche la liste du matériel une par une # say: je vérifie la liste \| je pointe chaque pièce sur la feuille]
    // organisation +2 : préparer avec une liste évite les oublis et les allers-retours
    ~ organisation = organisation + 2
    // rigueur +1 : vérifier pièce par pièce
    ~ rigueur = rigueur + 1
    Parfait. Panneaux, rails, crochets, câbles, connecteurs, onduleur. Tout est coché. # speaker: mamadou
    Moi, quand j’étais livreur, j’avais déjà une liste pour tout. Ça m’a bien servi ici. # speaker: mamadou # emotion: joie
* [Je demande à Léa ce qui manque souvent # say: je demande à Léa \| Léa qu'est-ce qu'on oublie d'habitude]
    // travail_equipe +2 : s’appuyer sur l’expérience d’une collègue
    ~ travail_equipe = travail_equipe + 2
    // curiosite +1 : chercher à apprendre des autres
    ~ curiosite = curiosite + 1
    Les connecteurs ! Ce sont de petites pièces, on les oublie tout le temps. Et les tuiles de rechange, au cas où on en casse une. # speaker: lea
    Bonne idée de lui demander. Léa est jeune, mais elle a déjà fait plus de cinquante chantiers. # speaker: mamadou
* [Je regarde la météo de la journée # say: je vérifie le temps qu'il va faire \| on regarde s'il va pleuvoir]
    // prise_recul +2 : anticiper les conditions avant de partir
    ~ prise_recul = prise_recul + 2
    // adaptation +1 : prévoir un plan si le temps change
    ~ adaptation = adaptation + 1
    Bien vu. Sur un toit, le vent et la pluie, c’est dangereux. Les tuiles deviennent glissantes. # speaker: mamadou
    Aujourd’hui, c’est beau le matin. Mais un orage est possible en fin d’après-midi. On devra garder un œil sur le ciel. # speaker: mamadou # emotion: inquietude
- Le camion est chargé. En route ! # speaker: mamadou
-> maison

=== maison ===
Vous arrivez devant une maison avec un toit de tuiles rouges. L’échafaudage est déjà monté le long de la façade. # speaker: narrateur # media: maison-cliente
Une dame d’environ 70 ans vous accueille sur le pas de la porte. # speaker: narrateur
Bonjour ! Je suis Madame Ferreira. Je vous attendais. # speaker: ferreira # emotion: joie
J’ai voulu des panneaux pour payer moins d’électricité. Et pour mes petits-enfants, aussi. Je veux leur laisser une planète en meilleur état. Vous voulez un café ? # speaker: ferreira # emotion: fierte
Avec plaisir, Madame Ferreira. Mais d’abord, on vérifie la sécurité. # speaker: mamadou
Sur un toit, le premier risque, c’est la chute. Alors on travaille derrière des protections collectives : l’échafaudage et ses garde-corps. # speaker: mamadou
Le harnais, c’est en plus, quand les protections collectives ne suffisent pas. # speaker: mamadou
-> acces

= acces
# titre: Une barre manquante sur l’échafaudage
Vous faites le tour de l’échafaudage avec Mamadou. Sur un côté, il manque une barre du garde-corps. Il y a un vide de deux mètres. # speaker: narrateur
Vous avez vu ? Qu’est-ce que vous proposez ? # speaker: mamadou # emotion: inquietude
* [On remet la barre avant de monter # say: on répare le garde-corps d'abord \| on remet la protection]
    // securite +2 : supprimer le risque avant de travailler
    ~ securite = securite + 2
    // force_proposition +1 : proposer une solution concrète
    ~ force_proposition = force_proposition + 1
    Oui. On a une barre de rechange dans le camion. Cinq minutes, et le trou est bouché. # speaker: mamadou
    Personne ne monte tant que ce n’est pas fait. Même pas moi. # speaker: mamadou # emotion: fierte
* [Je préviens toute l’équipe de ne pas passer là # say: je dis aux autres de faire attention \| je préviens tout le monde]
    // communication +2 : informer tout de suite les personnes exposées
    ~ communication = communication + 2
    // travail_equipe +1 : protéger les collègues
    ~ travail_equipe = travail_equipe + 1
    Très bien. Prévenir, c’est le premier réflexe. Léa met un ruban rouge et blanc pendant que je vais chercher une barre. # speaker: mamadou
    Ensuite, on remet la protection. On ne laisse jamais un danger connu derrière soi. # speaker: mamadou
* [Je demande qui a monté cet échafaudage # say: c'est qui qui l'a monté \| qui s'occupe de l'échafaudage]
    // prise_recul +2 : remonter à la cause pour que le problème ne revienne pas
    ~ prise_recul = prise_recul + 2
    // curiosite +1 : comprendre comment fonctionne le chantier
    ~ curiosite = curiosite + 1
    Bonne question. C’est une autre entreprise qui l’a monté hier. Je vais les appeler pour qu’ils vérifient leurs autres chantiers. # speaker: mamadou
    En attendant, on remet une barre nous-mêmes. La sécurité, c’est l’affaire de tout le monde. # speaker: mamadou # emotion: reflexion
- Le garde-corps est complet. Vous montez sur le toit avec Mamadou et Léa. # speaker: narrateur
-> toit

=== toit ===
Vous êtes sur le toit. Il fait déjà chaud. On voit les collines et, au loin, la montagne Sainte-Victoire. # speaker: narrateur # media: toit-tuiles
D’abord, on soulève quelques tuiles. On visse des crochets dans les chevrons, les poutres du toit. Puis on remet les tuiles et on fixe les rails sur les crochets. # speaker: mamadou
Le plus important, c’est l’étanchéité. Après notre passage, il ne doit pas y avoir une seule goutte d’eau qui entre dans la maison. Un toit qui fuit, c’est le pire souvenir qu’on puisse laisser à un client. # speaker: mamadou # emotion: reflexion
Et on boit beaucoup d’eau. L’été, sur un toit, il peut faire plus de 40 degrés. On commence tôt pour éviter les heures les plus chaudes. # speaker: lea
Les panneaux se posent sur les rails. Chacun pèse une vingtaine de kilos et mesure presque deux mètres. On les monte à deux, jamais seul. # speaker: lea
Un panneau, c’est une plaque de cellules en silicium. Quand la lumière les touche, elles produisent de l’électricité. Pas de moteur, pas de bruit, pas de fumée. # speaker: lea
Il faut quand même les orienter au mieux, plutôt vers le sud, et éviter l’ombre d’un arbre ou d’une cheminée. Une seule ombre peut faire baisser la production. # speaker: mamadou # emotion: reflexion
Et ici, il fait beau presque toute l’année. C’est la région la plus ensoleillée de France métropolitaine. Un bon endroit pour notre métier ! # speaker: mamadou # emotion: joie
-> tuile

= tuile
# titre: Une tuile cassée sur le toit
Léa pose le pied sur une tuile. Crac ! La tuile se fend en deux. # speaker: narrateur
Oh non… J’ai cassé une tuile. # speaker: lea # emotion: inquietude
À votre avis, on fait quoi ? # speaker: mamadou
* [On la remplace avec une tuile de rechange # say: on en met une neuve \| on change la tuile cassée]
    // autonomie +2 : régler le problème soi-même avec ce qu’on a prévu
    ~ autonomie = autonomie + 2
    // sens_technique +1 : savoir qu’une tuile fendue laisse passer l’eau
    ~ sens_technique = sens_technique + 1
    Exactement. Une tuile fendue, c’est une fuite d’eau au prochain orage. On a toujours quelques tuiles de rechange dans le camion. # speaker: mamadou
    Léa, tu as bien fait de le dire tout de suite. Ça arrive à tout le monde. # speaker: mamadou
* [On prévient Madame Ferreira de la casse # say: on le dit à la dame \| on informe la cliente]
    // relation_usager +2 : être honnête avec la cliente, c’est gagner sa confiance
    ~ relation_usager = relation_usager + 2
    // communication +1 : expliquer un problème simplement
    ~ communication = communication + 1
    Oui, on lui dira. Une cliente qui sait ce qu’on fait chez elle, c’est une cliente qui a confiance. # speaker: mamadou
    Et on lui dira aussi qu’on l’a remplacée. On a toujours quelques tuiles de rechange. # speaker: mamadou # emotion: joie
* [On montre où marcher pour ne plus casser # say: on regarde où mettre les pieds \| on explique où poser les pieds]
    // securite +1 : bien placer ses pieds protège aussi des chutes
    ~ securite = securite + 1
    // travail_equipe +2 : partager un savoir-faire avec sa collègue
    ~ travail_equipe = travail_equipe + 2
    Bonne idée. On marche sur le bas des tuiles, là où elles sont posées sur les liteaux, les petites planches en dessous. Jamais au milieu. # speaker: mamadou
    Merci ! Je ne l’avais jamais compris comme ça. # speaker: lea # emotion: surprise
- La tuile est remplacée. Les rails sont posés. On monte les panneaux un par un. # speaker: narrateur
-> cliente

= cliente
# titre: La cliente pose des questions
Madame Ferreira est en bas, dans le jardin. Elle vous appelle. # speaker: narrateur
Excusez-moi ! Mon voisin dit que les panneaux ne marchent pas quand il y a des nuages. C’est vrai ? J’ai payé cher, moi. # speaker: ferreira # emotion: inquietude
Mamadou vous fait signe : c’est vous qui répondez. # speaker: narrateur
* [Je descends et je lui explique simplement # say: je vais lui expliquer \| je lui réponds avec des mots simples]
    // relation_usager +2 : prendre le temps d’écouter et rassurer une cliente inquiète
    ~ relation_usager = relation_usager + 2
    // communication +1 : utiliser des mots simples
    ~ communication = communication + 1
    Vous descendez l’échelle et vous lui parlez calmement. # speaker: narrateur
    Ah, c’est plus clair. Ils produisent moins quand c’est nuageux, mais ils produisent quand même. Et ici, il y a beaucoup de soleil. Merci, c’est gentil de m’expliquer. # speaker: ferreira # emotion: joie
* [Je lui propose de lui montrer l’appli de suivi # say: je lui montre l'application \| on regarde la production sur le téléphone]
    // sens_technique +2 : connaître l’outil de suivi de la production
    ~ sens_technique = sens_technique + 2
    // relation_usager +1 : donner à la cliente un moyen de vérifier elle-même
    ~ relation_usager = relation_usager + 1
    Bonne idée. Ce soir, on installera l’application sur son téléphone. Elle verra la production chaque jour, même les jours de nuages. # speaker: mamadou
    Voir les chiffres, c’est souvent ce qui rassure le plus. # speaker: mamadou
* [Je demande à Mamadou de venir répondre avec moi # say: je demande au chef \| Mamadou vous pouvez venir]
    // travail_equipe +2 : savoir associer son chef d’équipe
    ~ travail_equipe = travail_equipe + 2
    // prise_recul +1 : reconnaître qu’on n’a pas encore toutes les réponses
    ~ prise_recul = prise_recul + 1
    On y va ensemble. Madame Ferreira, les panneaux produisent moins quand c’est couvert, mais ils ne s’arrêtent pas. # speaker: mamadou
    Et vous, écoutez bien : la prochaine fois, c’est vous qui expliquerez ! # speaker: mamadou # emotion: joie
- Les panneaux ne font pas de bruit, ils ne bougent pas. Ils ont une garantie de production de 25 ans, voire plus. Vous voilà rassurée, Madame Ferreira ? # speaker: mamadou
Oui. Merci. Je vais vous faire ce café ! # speaker: ferreira # emotion: joie
Vous voyez, ce métier, ce n’est pas seulement visser des panneaux. On entre chez les gens. Il faut être poli, propre, patient, et savoir expliquer. # speaker: mamadou # emotion: reflexion
À midi, on mange ensemble sur le chantier. Léa a apporté une salade, Mamadou un plat de riz. Madame Ferreira offre des fruits de son jardin. # speaker: narrateur
-> garage

=== garage ===
Après le repas, vous descendez au garage. C’est là qu’on installe l’onduleur et le tableau électrique du solaire. # speaker: narrateur # media: garage-onduleur
Les panneaux produisent du courant continu. L’onduleur le transforme en courant alternatif, celui de nos prises. # speaker: mamadou
Attention : un panneau au soleil produit de l’électricité tout de suite. On ne peut pas éteindre le soleil ! Alors les câbles qui descendent du toit peuvent être sous tension. # speaker: mamadou # emotion: reflexion
Pour ce travail, il faut une habilitation électrique spéciale pour le photovoltaïque. Léa et moi, on l’a. # speaker: mamadou
Madame Ferreira consommera d’abord sa propre électricité. On appelle ça l’autoconsommation. Ce qu’elle n’utilise pas part sur le réseau, et elle peut le vendre. # speaker: lea
Le midi, quand le soleil est haut, elle a intérêt à lancer sa machine à laver. C’est gratuit ! # speaker: lea # emotion: joie
-> branchement

= branchement
# titre: Brancher l’onduleur en sécurité
Les câbles du toit arrivent dans le garage. Il faut maintenant les raccorder à l’onduleur. # speaker: mamadou
Par quoi vous commencez ? # speaker: mamadou # emotion: reflexion
* [Je vérifie que l’interrupteur de coupure est ouvert # say: je regarde si c'est coupé \| je vérifie le sectionneur]
    // securite +2 : s’assurer que le circuit est coupé avant de toucher
    ~ securite = securite + 2
    // rigueur +1 : respecter l’ordre des étapes
    ~ rigueur = rigueur + 1
    Oui. Cet interrupteur s’appelle un sectionneur. Ouvert, il coupe le passage du courant. On le vérifie, et on met une étiquette « Ne pas manœuvrer ». # speaker: mamadou
* [Je mesure la tension avec l’appareil # say: je prends le multimètre \| je mesure avant de toucher]
    // sens_technique +2 : mesurer plutôt que supposer
    ~ sens_technique = sens_technique + 2
    // rigueur +1 : contrôler avant d’agir
    ~ rigueur = rigueur + 1
    Très bien. Léa prend le multimètre. Elle mesure : 300 volts. Le soleil tape fort ! # speaker: narrateur
    Vous voyez ? On ne fait confiance qu’à la mesure. Maintenant, on ouvre le sectionneur et on mesure encore : zéro. On peut travailler. # speaker: mamadou
* [Je laisse faire Léa et je regarde # say: je regarde Léa faire \| j'observe d'abord]
    // prise_recul +2 : observer avant de faire un geste électrique qu’on ne maîtrise pas
    ~ prise_recul = prise_recul + 2
    // securite +1 : ne pas toucher sans habilitation
    ~ securite = securite + 1
    C’est sage. Sans habilitation, on ne touche pas. On regarde, on apprend. # speaker: mamadou
    Léa ouvre le sectionneur, mesure, puis branche les câbles. Elle vous explique chaque geste. # speaker: narrateur
- L’onduleur est branché. On fait un essai : un voyant vert s’allume. Tout fonctionne ! # speaker: narrateur
Youpi ! Ça, c’est mon moment préféré. # speaker: lea # emotion: joie
Avant la mise en service et le raccordement au réseau, un organisme, le Consuel, viendra vérifier que tout est aux normes. C’est obligatoire. # speaker: mamadou
Et moi, je remplis le dossier de mise en service. Il y a un peu de papiers dans ce métier, et beaucoup de photos pour prouver que tout est bien fait. # speaker: lea
-> orage

= orage
# titre: Un orage approche
Il est 16 h. Des nuages noirs arrivent des collines. On entend le tonnerre au loin. Il reste à fixer deux panneaux sur le toit. # speaker: narrateur
Le temps se gâte. Qu’est-ce qu’on fait ? # speaker: mamadou # emotion: inquietude
* [On descend et on finit demain matin # say: on arrête pour aujourd'hui \| on revient demain]
    // securite +2 : ne jamais rester sur un toit pendant un orage
    ~ securite = securite + 2
    // prise_recul +1 : accepter le retard plutôt que le risque
    ~ prise_recul = prise_recul + 1
    D’accord. Un orage, c’est la foudre, le vent et les tuiles glissantes. Aucun panneau ne vaut un accident. # speaker: mamadou
    On bâche le matériel et on range. On revient demain à 8 h. # speaker: mamadou
* [On se répartit le travail pour aller vite # say: on s'organise vite \| chacun fait une partie]
    // organisation +2 : répartir les tâches pour gagner du temps
    ~ organisation = organisation + 2
    // reactivite +1 : agir vite quand la situation change
    ~ reactivite = reactivite + 1
    D’accord, mais pour ranger, pas pour finir. Quand on entend le tonnerre, on ne reste pas sur un toit. # speaker: mamadou # emotion: reflexion
    Léa bâche les panneaux, je descends les outils, vous rangez le camion. En dix minutes, tout est à l’abri. On finira demain. # speaker: mamadou
* [On prévient Madame Ferreira du retard # say: on dit à la dame qu'on revient \| on appelle la cliente]
    // relation_usager +2 : tenir la cliente informée d’un changement
    ~ relation_usager = relation_usager + 2
    // communication +1 : annoncer clairement une mauvaise nouvelle
    ~ communication = communication + 1
    Pas de souci, revenez demain. Je préfère vous savoir en sécurité. # speaker: ferreira # emotion: joie
    Vous voyez ? Quand on explique, les clients comprennent presque toujours. # speaker: mamadou
- Le lendemain matin, le ciel est bleu. Les deux derniers panneaux sont posés en une heure. Le chantier est fini. # speaker: narrateur
-> rangement

= rangement
# titre: Ranger le chantier en fin de journée
Il reste des cartons, des plastiques d’emballage, des palettes en bois et des chutes de câble. # speaker: narrateur
Fin de chantier. Qu’est-ce qu’on fait de tout ça ? # speaker: mamadou
* [Je trie les cartons, plastiques et câbles # say: je fais le tri \| je sépare les déchets]
    // environnement +2 : trier les déchets pour qu’ils soient recyclés
    ~ environnement = environnement + 2
    // rigueur +1 : un chantier propre fait partie du travail bien fait
    ~ rigueur = rigueur + 1
    Bien. Le cuivre des câbles se recycle très bien. Le carton aussi. On les dépose à la déchetterie pro en rentrant. # speaker: mamadou
* [Je propose de rendre les palettes au fournisseur # say: on rend les palettes \| on les ramène au vendeur]
    // force_proposition +2 : proposer une idée pour réduire les déchets
    ~ force_proposition = force_proposition + 2
    // environnement +1 : réutiliser plutôt que jeter
    ~ environnement = environnement + 1
    Excellente idée. Notre fournisseur reprend les palettes. Une palette réutilisée, c’est du bois qu’on ne jette pas. # speaker: mamadou # emotion: joie
* [Je range d’abord le camion pour demain # say: je range le camion \| je prépare le camion pour le prochain chantier]
    // organisation +2 : préparer la journée suivante
    ~ organisation = organisation + 2
    // autonomie +1 : prendre une tâche en main sans attendre
    ~ autonomie = autonomie + 1
    Merci. Un camion bien rangé, c’est un gain de temps demain matin. Et Léa trie les déchets pendant ce temps. # speaker: mamadou
- Le chantier est propre. Madame Ferreira sourit devant son toit tout neuf. # speaker: narrateur
-> fin

=== fin ===
De retour dans la rue, Mamadou s’assoit un instant sur le marchepied du camion. # speaker: narrateur # media: rue-quartier
Alors, ce métier ? Physique, oui. Il faut aimer le travail en hauteur, dehors, l’été comme l’hiver. # speaker: mamadou
Mais on voit le résultat tout de suite, et les clients sont contents. # speaker: mamadou # emotion: fierte
Pour commencer, on peut faire un CAP électricien, un bac pro électricité, ou un titre professionnel pour adultes, comme moi. Ensuite, l’entreprise forme au photovoltaïque. # speaker: mamadou
Ce qui compte le plus, ce n’est pas d’être costaud. C’est d’être soigneux, de ne pas avoir peur du vide, et d’aimer travailler en équipe. # speaker: mamadou # emotion: reflexion
Un débutant gagne autour de 1 800 à 2 000 euros brut par mois. Avec l’expérience, 2 100 à 2 700 euros, et un peu plus avec des responsabilités. # speaker: mamadou
Après quelques années, on peut devenir chef d’équipe, technicien de maintenance des installations solaires, ou même créer sa propre entreprise. # speaker: mamadou
Et dans notre région, on manque de bras. On équipe les maisons, les écoles, les hangars, et bientôt les grands parkings, qui doivent se couvrir d’ombrières solaires. # speaker: mamadou # emotion: joie
Et n’écoutez pas ceux qui disent que c’est un métier d’hommes. Moi, dans deux ans, j’aurai mon brevet professionnel ! # speaker: lea # emotion: fierte
Merci pour cette journée. Vous avez fait du bon travail. À bientôt, peut-être, sur un toit ! # speaker: mamadou # emotion: joie
Votre journée d’installation solaire est terminée. # speaker: narrateur
-> END
