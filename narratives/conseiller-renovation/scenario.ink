# id: conseiller-renovation
# title: Conseiller les familles pour rénover
# sector: batiment-durable
# job: Conseiller·ère en rénovation énergétique
# duration: 10

// Compétences observées dans ce scénario (identifiants du référentiel commun).
VAR relation_usager = 0
VAR communication = 0
VAR prise_recul = 0
VAR sens_technique = 0
VAR rigueur = 0
VAR organisation = 0
VAR curiosite = 0
VAR force_proposition = 0
VAR decision = 0
VAR reactivite = 0
VAR travail_equipe = 0
VAR environnement = 0
VAR adaptation = 0
VAR perseverance = 0

-> bureau

=== bureau ===
Il est 9 h. Vous entrez dans un petit bureau lumineux, au centre de Toulon. Sur la vitrine, une affiche : « Espace Conseil France Rénov’. Conseils gratuits. » # speaker: narrateur # media: espace-conseil
Un jeune homme en chemise et baskets se lève et vous tend la main. # speaker: narrateur
Bonjour ! Je m’appelle Enzo. J’ai 24 ans et je suis conseiller en rénovation énergétique. # speaker: enzo # emotion: joie
Mon travail, c’est d’aider les gens à rendre leur logement moins froid l’hiver, moins chaud l’été, et moins cher à chauffer. # speaker: enzo
On est un service public. Nos conseils sont gratuits et neutres : on ne vend rien, on ne travaille pour aucune entreprise. # speaker: enzo
J’ai grandi à La Seyne, dans une cité. Chez nous, l’hiver, il y avait de la moisissure sur les murs. C’est un peu pour ça que je fais ce métier. # speaker: enzo # emotion: reflexion
Après un bac pro, j’ai fait un BTS sur l’énergie et le bâtiment, en alternance. Je suis le premier de ma famille à avoir un diplôme après le bac. # speaker: enzo # emotion: fierte
Une femme d’une soixantaine d’années lève la tête de son ordinateur. # speaker: narrateur
Bonjour ! Moi, c’est Nadia. Je suis thermicienne. Je fais ce métier depuis vingt-cinq ans. Enzo, c’est mon petit dernier ! # speaker: nadia # emotion: joie
-> appel

= appel
# titre: Un appel au sujet d’un démarchage suspect
Ici, on reçoit tout le monde : des propriétaires, des locataires, des jeunes, des retraités, des gens qui ont beaucoup d’argent et d’autres qui n’en ont pas. # speaker: enzo
On répond aussi au téléphone et par courriel. Ça peut être une question simple, ou le début d’un grand projet de travaux. # speaker: enzo
Le téléphone sonne. Enzo met le haut-parleur. # speaker: narrateur
Allô ? Bonjour. Un monsieur m’a appelée hier. Il m’a dit que je pouvais faire isoler ma maison pour un euro, si je signais vite. Il revient demain. C’est sérieux ? # speaker: vidal # emotion: inquietude
Enzo vous regarde et chuchote : « Qu’est-ce que vous lui diriez ? » # speaker: narrateur
* [Surtout ne signez rien pour le moment # say: il faut rien signer \| attendez avant de signer]
    // decision +2 : donner un conseil clair et ferme pour protéger la personne
    ~ decision = decision + 2
    // relation_usager +1 : protéger une personne qui pourrait être trompée
    ~ relation_usager = relation_usager + 1
    Exactement, Madame. Ne signez rien. Un vrai professionnel ne vous presse jamais. Et vous avez le droit de réfléchir. # speaker: enzo
* [Je lui explique comment reconnaître une arnaque # say: je lui donne les signes d'une arnaque \| je lui explique le piège]
    // communication +2 : donner des repères simples pour que la personne se protège seule
    ~ communication = communication + 2
    // prise_recul +1 : aider à analyser la situation
    ~ prise_recul = prise_recul + 1
    Bonne idée. Enzo explique : le démarchage par téléphone pour ces travaux est interdit en France. Et un prix trop beau pour être vrai, c’est un signal d’alerte. # speaker: narrateur
* [Je lui propose un rendez-vous gratuit ici # say: venez nous voir \| on peut prendre rendez-vous]
    // relation_usager +2 : proposer un accompagnement concret et rassurant
    ~ relation_usager = relation_usager + 2
    // organisation +1 : fixer une suite précise
    ~ organisation = organisation + 1
    Très bien. On prend rendez-vous pour jeudi. Elle viendra avec son devis et ses factures. On regardera tout ensemble, sans pression. # speaker: enzo
- Merci, jeune homme. Je me sens moins seule avec mes papiers. # speaker: vidal # emotion: joie
Les arnaques, on en voit toutes les semaines. Ce sont souvent des personnes âgées qui se font avoir. Notre rôle, c’est aussi de les protéger. # speaker: nadia # emotion: reflexion
Nadia a raison. Et on ne juge jamais. Tout le monde peut se faire avoir quand on lui parle vite et qu’on lui fait peur. # speaker: enzo # emotion: reflexion
Bon, on y va. On a une visite à 10 h chez une famille, à La Garde. Je prends la voiture de service et ma caméra thermique. # speaker: enzo
Dans la voiture, Enzo vous explique le DPE, le diagnostic de performance énergétique. C’est une note de A à G, comme sur un frigo. A, c’est très économe. G, c’est une passoire. # speaker: narrateur
La maison de Monsieur Haddad est classée F. Notre but, c’est de l’aider à gagner deux ou trois lettres. # speaker: enzo
-> maison

=== maison ===
Vous arrivez devant une petite maison des années 1960, avec un jardin et un vieux volet qui tient mal. # speaker: narrateur # media: maison-famille
Un homme d’une quarantaine d’années ouvre la porte. Derrière lui, deux enfants jouent dans le salon. # speaker: narrateur
Bonjour, entrez ! Je suis Monsieur Haddad. On a acheté cette maison l’an dernier. L’hiver, on a eu froid, et la facture d’électricité m’a fait peur. # speaker: haddad # emotion: inquietude
Je suis chauffeur de bus. Avec trois enfants, chaque euro compte. Je veux faire des travaux, mais je ne sais pas par où commencer. # speaker: haddad
Et on m’a donné trois devis différents. Un pour des fenêtres, un pour une pompe à chaleur, un pour des panneaux solaires. Je suis perdu. # speaker: haddad # emotion: inquietude
Vous avez bien fait de nous appeler. Notre visite dure environ une heure et demie. On ne vend rien : on regarde, on écoute, et on vous aide à décider. # speaker: enzo
-> ecoute

= ecoute
# titre: Ouvrir l’entretien chez Monsieur Haddad
Enzo vous laisse commencer l’entretien. Par quoi commencez-vous ? # speaker: narrateur
* [Je lui demande ce qui le gêne au quotidien # say: qu'est-ce qui vous dérange \| je lui demande comment ils vivent ici]
    // relation_usager +2 : partir des besoins réels de la famille
    ~ relation_usager = relation_usager + 2
    // prise_recul +1 : comprendre avant de proposer
    ~ prise_recul = prise_recul + 1
    Le froid dans la chambre des enfants, surtout. Et l’été, à l’étage, on ne peut pas dormir tellement il fait chaud. # speaker: haddad
    Merci de nous le dire. Votre confort, c’est notre point de départ. Ce n’est pas seulement une question d’argent. # speaker: enzo
* [Je regarde ses factures d’énergie # say: je peux voir vos factures \| on regarde les factures]
    // sens_technique +2 : s’appuyer sur les consommations réelles
    ~ sens_technique = sens_technique + 2
    // rigueur +1 : partir de chiffres précis
    ~ rigueur = rigueur + 1
    Monsieur Haddad sort un classeur bien rangé. Ses factures montrent un chauffage électrique très gourmand, surtout en janvier et février. # speaker: narrateur
    Les factures, c’est notre point de départ. Elles disent la vérité sur la maison. # speaker: enzo
* [Je propose de faire le tour de la maison # say: on visite la maison \| je fais le tour des pièces]
    // curiosite +2 : observer le logement avec attention
    ~ curiosite = curiosite + 2
    // organisation +1 : visiter avec méthode, pièce par pièce
    ~ organisation = organisation + 1
    Bonne idée. On visite pièce par pièce. Vous remarquez des fenêtres en simple vitrage et des radiateurs électriques anciens. # speaker: narrateur
    On observe tout : les murs, les fenêtres, le chauffage, la ventilation. Le logement nous raconte son histoire. # speaker: enzo
- Enzo sort une caméra thermique. Sur l’écran, les murs froids apparaissent en bleu. # speaker: narrateur
Regardez : le bleu, c’est là où la chaleur s’échappe. Le plafond de l’étage est tout bleu. Montons voir sous le toit. # speaker: enzo
-> combles

= combles
# titre: L’inspection des combles
Vous montez une petite échelle jusqu’aux combles, l’espace sous le toit. Il fait sombre et poussiéreux. # speaker: narrateur
On marche seulement sur les poutres. Entre elles, le plafond est fragile : on pourrait passer à travers. Et on met un masque contre la poussière. # speaker: enzo # emotion: inquietude
Au sol, il y a une vieille laine isolante, toute tassée. Par endroits, il n’y a rien du tout. # speaker: narrateur
Qu’est-ce que vous faites ? # speaker: enzo # emotion: reflexion
* [Je mesure l’épaisseur de l’isolant # say: je prends la mesure \| je mesure avec le mètre]
    // rigueur +2 : mesurer pour appuyer son conseil sur des faits
    ~ rigueur = rigueur + 2
    // sens_technique +1 : savoir qu’une épaisseur trop faible isole mal
    ~ sens_technique = sens_technique + 1
    Cinq centimètres à peine. Aujourd’hui, on recommande plutôt trente centimètres sous un toit. Il faudrait six fois plus ! # speaker: enzo # emotion: surprise
* [Je prends des photos pour le rapport # say: je fais des photos \| je photographie pour le dossier]
    // organisation +2 : garder des preuves pour le compte rendu
    ~ organisation = organisation + 2
    // communication +1 : les photos aident à expliquer à la famille
    ~ communication = communication + 1
    Très bien. Les photos aideront Monsieur Haddad à comprendre. Et elles seront utiles pour comparer les devis des entreprises. # speaker: enzo
* [Je cherche des traces d’humidité # say: je regarde s'il y a de l'humidité \| je cherche des taches]
    // sens_technique +2 : repérer un problème qui peut abîmer l’isolant
    ~ sens_technique = sens_technique + 2
    // curiosite +1 : regarder au-delà de l’évidence
    ~ curiosite = curiosite + 1
    Bien vu. Vous trouvez une tache sombre près d’une tuile déplacée. Si l’eau entre, le nouvel isolant sera mouillé et ne servira à rien. Il faudra d’abord réparer le toit. # speaker: enzo
- Le toit, c’est par là qu’une maison perd le plus de chaleur. Souvent un quart, voire un tiers. Et l’été, c’est par là que la chaleur entre. # speaker: enzo # emotion: reflexion
-> priorite

= priorite
# titre: Isoler ou changer le chauffage
De retour dans la cuisine, Monsieur Haddad vous sert un thé à la menthe. # speaker: narrateur
Mon voisin a mis une pompe à chaleur. Il est content. Moi aussi, je veux une pompe à chaleur, tout de suite. # speaker: haddad
* [J’explique qu’il vaut mieux isoler d’abord # say: d'abord l'isolation \| je lui dis d'isoler avant]
    // prise_recul +2 : conseiller le bon ordre des travaux plutôt que l’envie du moment
    ~ prise_recul = prise_recul + 2
    // communication +1 : expliquer simplement un conseil technique
    ~ communication = communication + 1
    Si on isole d’abord, la maison a besoin de moins de chaleur. On peut alors choisir une pompe à chaleur plus petite, donc moins chère. # speaker: enzo
    Ah, je n’avais pas pensé à ça. C’est logique. # speaker: haddad # emotion: surprise
* [Je lui montre les images de la caméra thermique # say: je lui montre l'écran de la caméra \| je lui montre où part la chaleur]
    // sens_technique +2 : s’appuyer sur une mesure pour convaincre
    ~ sens_technique = sens_technique + 2
    // communication +1 : une image vaut mieux qu’un long discours
    ~ communication = communication + 1
    Monsieur Haddad regarde l’écran et le plafond tout bleu. # speaker: narrateur
    Ah oui… En fait, je chauffe le toit. Je comprends mieux. # speaker: haddad # emotion: surprise
* [Je lui demande pourquoi il veut une pompe à chaleur # say: pourquoi vous voulez ça \| qu'est-ce qui vous plaît dans la pompe à chaleur]
    // relation_usager +2 : écouter les motivations de la personne avant de conseiller
    ~ relation_usager = relation_usager + 2
    // curiosite +1 : chercher ce qu’il y a derrière la demande
    ~ curiosite = curiosite + 1
    Pour payer moins, et parce que ça fait aussi la clim l’été. # speaker: haddad
    D’accord. On va chercher la solution la moins chère pour ces deux besoins. Et souvent, la première étape, c’est l’isolation du toit. # speaker: enzo
- Le bon ordre, en général : d’abord isoler, ensuite bien ventiler, enfin changer le chauffage. Chaque maison est différente, mais c’est une bonne règle. # speaker: enzo
Pourquoi ventiler ? Une maison bien isolée garde aussi l’humidité : celle de la cuisine, de la douche, de notre respiration. Sans ventilation, la moisissure arrive. # speaker: enzo # emotion: reflexion
Et pour l’été, ici, dans le Var, on pense aussi aux volets, aux arbres qui font de l’ombre, aux ventilateurs de plafond. Ça évite souvent de climatiser. # speaker: enzo
-> budget

= budget
# titre: Un budget serré pour les travaux
Mais tout ça, ça coûte cher, non ? Je n’ai pas des milliers d’euros de côté. # speaker: haddad # emotion: inquietude
* [Je lui présente les aides de l’État # say: il y a des aides \| je lui parle de MaPrimeRénov]
    // relation_usager +2 : informer la famille de ses droits
    ~ relation_usager = relation_usager + 2
    // rigueur +1 : donner des informations exactes et vérifiées
    ~ rigueur = rigueur + 1
    Il existe des aides, comme MaPrimeRénov’, des primes des fournisseurs d’énergie, et un prêt à taux zéro. Leur montant dépend des revenus. On va les calculer ensemble. # speaker: enzo
    Attention : pour avoir les aides, il faut choisir une entreprise qui a le label RGE. Et ne jamais commencer les travaux avant l’accord. # speaker: enzo # emotion: reflexion
* [Je propose de faire les travaux par étapes # say: on peut faire petit à petit \| on fait une chose à la fois]
    // force_proposition +2 : proposer un plan adapté au budget de la famille
    ~ force_proposition = force_proposition + 2
    // organisation +1 : découper un projet en étapes
    ~ organisation = organisation + 1
    C’est une vraie solution. Cette année, le toit. Dans deux ans, les fenêtres. Puis le chauffage. Le plus important, c’est de garder le bon ordre. # speaker: enzo
* [Je lui parle aussi des petits gestes gratuits # say: il y a des gestes simples \| des astuces qui coûtent rien]
    // environnement +2 : penser aux économies d’énergie du quotidien
    ~ environnement = environnement + 2
    // adaptation +1 : trouver des solutions sans budget
    ~ adaptation = adaptation + 1
    Bonne idée. Fermer les volets la nuit en hiver, et le jour en été. Baisser le chauffage d’un degré. Aérer cinq minutes par jour. Ça ne coûte rien et ça aide déjà. # speaker: enzo
    Et moi qui dormais fenêtres fermées l’été ! On va essayer dès ce soir. # speaker: haddad # emotion: joie
- Je vous enverrai un compte rendu écrit dans la semaine, avec les étapes et les aides possibles. Et vous pouvez m’appeler quand vous voulez. # speaker: enzo
Et pour les trois devis que vous avez reçus, apportez-les au bureau. On les regardera ensemble, ligne par ligne. On vérifiera que les entreprises sont bien RGE. # speaker: enzo
Merci beaucoup. Je croyais que c’était trop compliqué pour nous. # speaker: haddad # emotion: joie
Dans la voiture, Enzo sourit. # speaker: narrateur
C’est ça que j’aime : repartir en sachant que la famille aura plus chaud cet hiver. Et que ses factures vont baisser. # speaker: enzo # emotion: fierte
-> retour

=== retour ===
De retour au bureau, il est 14 h. Nadia termine un appel. Trois autres personnes attendent qu’elle les rappelle. Sur l’écran d’Enzo, quinze nouveaux messages attendent. # speaker: narrateur # media: espace-conseil
Une journée type, c’est ça : des rendez-vous ici, des visites chez les gens, des appels, et beaucoup d’écrit. # speaker: enzo
Certains jours, on tient aussi un stand sur un marché, ou on anime une réunion dans une mairie. Il faut aimer parler à tout le monde. # speaker: enzo # emotion: joie
Et parfois, il faut parler avec des gens en colère, ou très inquiets. On apprend à rester calme et à écouter. C’est un métier humain avant tout. # speaker: enzo
Moi, j’ai été dessinatrice dans un cabinet d’architecture pendant quinze ans. J’en ai eu assez de dessiner des maisons sans jamais rencontrer les gens qui y vivent. Alors j’ai changé. # speaker: nadia # emotion: joie
-> dossier

= dossier
# titre: Organiser le retour au bureau
Vous m’aidez à m’organiser ? Qu’est-ce qu’on fait en premier ? # speaker: enzo
* [On écrit le compte rendu de Monsieur Haddad # say: on fait le rapport de la visite \| on écrit pour Monsieur Haddad]
    // rigueur +2 : écrire tant que la visite est fraîche, sans rien oublier
    ~ rigueur = rigueur + 2
    // organisation +1 : finir une tâche avant d’en commencer une autre
    ~ organisation = organisation + 1
    Bonne idée. Si on attend, on oublie des détails. On écrit simplement : ce qu’on a vu, les étapes, les aides, et les contacts utiles. # speaker: enzo
* [On répond d’abord aux messages urgents # say: on regarde les messages \| on traite les urgences]
    // reactivite +2 : traiter vite ce qui ne peut pas attendre
    ~ reactivite = reactivite + 2
    // organisation +1 : trier selon l’urgence
    ~ organisation = organisation + 1
    D’accord. On trie : deux messages sont urgents, un chantier qui a mal tourné et une aide qui arrive à échéance. Le reste peut attendre demain. # speaker: enzo
* [Je propose d’aider Nadia qui est débordée # say: on aide Nadia \| je donne un coup de main à Nadia]
    // travail_equipe +2 : soutenir une collègue débordée
    ~ travail_equipe = travail_equipe + 2
    // force_proposition +1 : proposer son aide sans attendre qu’on la demande
    ~ force_proposition = force_proposition + 1
    Oh, c’est gentil ! Vous pouvez rappeler ces deux personnes pour fixer un rendez-vous ? Ça me sauve l’après-midi. # speaker: nadia # emotion: joie
- Dans ce métier, on apprend tout le temps. Les aides changent souvent, les techniques aussi. On se forme plusieurs fois par an. # speaker: nadia # emotion: reflexion
-> avenir

= avenir
# titre: Un chemin vers le métier de conseiller
Et vous, ce métier vous plairait ? Il y a plusieurs chemins. Un BTS sur l’énergie ou le bâtiment, un diplôme universitaire, ou une reconversion. # speaker: enzo
Nadia a été dessinatrice en architecture avant. Et notre collègue Jérôme était électricien. # speaker: enzo
Vous feriez comment ? # speaker: enzo
* [Je reprendrais des études en alternance # say: un BTS en alternance \| je ferais comme vous]
    // decision +2 : choisir une voie claire
    ~ decision = decision + 2
    // perseverance +1 : reprendre des études demande de l’effort
    ~ perseverance = perseverance + 1
    C’est ce que j’ai fait. L’alternance, c’est génial : on est payé, et on apprend le métier en même temps. # speaker: enzo # emotion: joie
* [Je partirais d’un métier du bâtiment # say: d'abord travailler sur les chantiers \| je commence dans le bâtiment]
    // perseverance +2 : construire son expérience pas à pas
    ~ perseverance = perseverance + 2
    // sens_technique +1 : le terrain donne une vraie connaissance technique
    ~ sens_technique = sens_technique + 1
    Très bon chemin. Ceux qui ont travaillé sur les chantiers comprennent tout de suite les maisons. Les gens leur font confiance. # speaker: enzo
* [Je voudrais d’abord rencontrer d’autres conseillers # say: je veux en voir d'autres \| je ferais d'abord des rencontres]
    // curiosite +2 : s’informer auprès de plusieurs professionnels
    ~ curiosite = curiosite + 2
    // prise_recul +1 : prendre le temps de bien choisir
    ~ prise_recul = prise_recul + 1
    Bonne idée. Il y a des Espaces Conseil France Rénov’ partout dans la région. Vous pouvez demander une immersion avec France Travail. # speaker: enzo
- Un conseiller débutant gagne autour de 1 900 à 2 300 euros brut par mois. Avec l’expérience, 2 300 à 2 900 euros. Et on travaille en journée, rarement le week-end. # speaker: enzo
-> fin

=== fin ===
La journée se termine. Enzo éteint son ordinateur et range sa caméra thermique. # speaker: narrateur # media: rue-toulon
Vous avez vu : ce métier, c’est à moitié de la technique et à moitié de l’humain. Il faut écouter, expliquer, rassurer. # speaker: enzo # emotion: reflexion
En Provence-Alpes-Côte d’Azur, beaucoup de logements sont mal isolés. Et avec les étés de plus en plus chauds, les gens ont besoin de conseils pour rester au frais sans climatiser à fond. # speaker: enzo
Ce que j’aime, c’est que chaque journée est différente. Une maison de village, un appartement en ville, une ferme. Et chaque famille a son histoire. # speaker: enzo # emotion: joie
Ce métier a beaucoup de sens pour moi. Moins de gaspillage d’énergie, c’est moins de pollution. Et des familles qui vivent mieux. # speaker: enzo # emotion: fierte
Les collectivités recrutent des conseillers et des conseillères. Il n’y a pas besoin d’être ingénieur. Il faut aimer les gens et les maisons. # speaker: enzo # emotion: joie
Merci pour votre visite. Et si un jour vous avez un projet de travaux chez vous, vous savez où nous trouver ! # speaker: enzo # emotion: joie
Votre journée à l’Espace Conseil France Rénov’ est terminée. # speaker: narrateur
-> END
