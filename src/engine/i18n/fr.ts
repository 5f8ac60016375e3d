/** French catalogue: the same keys and placeholders as en.ts (ICU MessageFormat; typographic apostrophes only). */
import type { Catalogue } from './index.js';

export const fr: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'aide de hadamard-bot',
  'help.summary': 'Calculer et comprendre le produit de Hadamard (terme à terme) : /hadamard A B, ou d’abord un verbe.',
  'help.verbs': 'Verbes',
  'help.try': 'Essayer',
  'help.examples': 'Exemples',
  'help.how': 'Fonctionnement',
  'help.verbTitle': 'help {verb}',
  'help.noHelp': 'il n’y a pas d’aide pour {word}',
  'help.noHelpVerbs': 'il n’y a pas d’aide pour {word} ; les verbes sont {verbs}',
  'help.matrixSyntax':
    'Matrices : `[[2,3],[4,1]]` ou `[2 3; 4 1]` ; un `[1,2,3]` plat est une ligne. Coefficients : `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, et les fonctions `sin cos tan exp log abs` (`cos(pi/3)` vaut exactement 1/2, `log` est le logarithme népérien). Constructeurs : `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (une fenêtre, sous forme de ligne), `causal(4)` (des uns sur et sous la diagonale), `toeplitz(1, 1/2, 1/4)` (symétrique). Étiquettes facultatives `A=…` et opérateurs `∘ .* * o` entre les matrices. Jusqu’à 6 matrices, de taille 12×12 au plus chacune. Les entiers, les décimaux et les fractions sont exacts.',
  'verb.product.description': 'Produit terme à terme (de Hadamard) de 2 à 6 matrices de même format',
  'verb.schur.description':
    'Théorème du produit de Schur : verdicts de semi-définie positivité pour A, B et A∘B, face à AB',
  'verb.psd.description': 'Cette matrice est-elle semi-définie positive ? Verdict exact avec certificat',
  'verb.oppenheim.description': 'Inégalité d’Oppenheim det(A∘B) ≥ det(A)·∏bᵢᵢ dans les deux sens, et celle de Hadamard',
  'verb.props.description': 'Vérifier commutativité, associativité, distributivité, élément neutre J et transposée',
  'verb.relate.description': 'Liens avec le produit usuel : cas diagonal, diag(a)b, identité de la trace, A⊗B',
  'verb.apply.description':
    'Les applications, en direct : window, mask, gate, taper, image (exemple intégré ou vos données)',
  'verb.explain.description':
    'La théorie, pour un étudiant de deuxième année : definition, schur, oppenheim, applications…',
  'verb.help.description': 'Comment utiliser le bot, avec des exemples qui fonctionnent une fois collés',
  'verb.quiz.description': 'Un QCM pour le salon : entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description':
    'Répondre à un quiz par son identifiant et votre choix (les boutons sous le quiz font de même)',
  'verb.reveal.description': 'Clore un quiz maintenant : la bonne réponse, qui l’a trouvée, et la solution détaillée',
  'verb.scores.description':
    'Classement du salon, cette semaine ou depuis toujours : points, précision, séries ; pin le garde affiché',
  'verb.settings.description':
    'Afficher ou modifier les réglages du salon : private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Supprimer vos réponses aux quiz et vos scores partout où le bot les conserve',
  'verb.schedule.description':
    'Exécuter seule une commande ici : chaque jour, en semaine ou chaque semaine, à une heure locale',
  'verb.me.description':
    'Vos progrès, en privé : points, précision par thème, vos idées fausses, ce qu’il faut travailler',
  'verb.practice.description':
    'Une question rien que pour vous, sur votre thème le plus faible sauf si vous en nommez un ; hors classement',
  'verb.class.description':
    'Pour les gestionnaires du salon : participation, précision, idées fausses de la semaine ; export CSV',

  'discord.command.description': 'Produit de Hadamard (terme à terme) : calcul exact, théorèmes vérifiés, cours',
  'discord.fileOption.description':
    "Un fichier à la place de {matrix} : matrice CSV, TSV ou JSON (jusqu'à 256×256), ou image PNG/JPEG",
  'verb.product.option.a': 'Première matrice, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.product.option.b': 'Deuxième matrice, de même taille que la première',
  'verb.product.option.c': 'Troisième matrice (facultative)',
  'verb.product.option.d': 'Quatrième matrice (facultative)',
  'verb.product.option.e': 'Cinquième matrice (facultative)',
  'verb.product.option.f': 'Sixième matrice (facultative)',
  'verb.schur.option.a': 'Matrice carrée A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.schur.option.b': 'Matrice carrée B, de même taille que A',
  'verb.psd.option.m': 'Matrice carrée, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.oppenheim.option.a': 'Matrice carrée A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.oppenheim.option.b': 'Matrice carrée B, de même taille que A',
  'verb.props.option.a': 'Matrice A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.props.option.b': 'Matrice B, de même taille que A',
  'verb.props.option.c': "Matrice C facultative (pour l'associativité et la distributivité)",
  'verb.relate.option.a': 'Matrice A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.relate.option.b': 'Matrice B, de même taille que A',
  'verb.apply.option.application': 'window (fenêtre), mask (attention), gate (LSTM), taper (covariance) ou image',
  'verb.apply.option.a':
    'Facultatif : une matrice ou un vecteur, ou un mot : hann, causal, padding:2, seed:7, vignette…',
  'verb.apply.option.b': 'Facultatif : une autre matrice ou un autre vecteur, ou un mot',
  'verb.apply.option.c': 'Facultatif : une autre matrice ou un autre vecteur, ou un mot',
  'verb.apply.option.d': 'Facultatif : une autre matrice ou un autre vecteur, ou un mot',
  'verb.apply.option.e': 'Facultatif : une autre matrice ou un autre vecteur, ou un mot',
  'verb.explain.option.topic': 'definition, properties, schur, oppenheim, relations ou applications',
  'verb.help.option.verb': 'La commande à expliquer',
  'verb.quiz.option.topic': 'Le sujet de la question (par défaut : la graine choisit)',
  'verb.quiz.option.level': 'easy, medium ou hard (par défaut : la graine choisit)',
  'verb.quiz.option.seed': 'Rejouer une question : la graine affichée dessous (un nombre entier)',
  'verb.answer.option.quiz': "L'identifiant du quiz, affiché sur son message (p. ex. q7k2m9)",
  'verb.answer.option.choice': 'Votre réponse',
  'verb.reveal.option.quiz': "L'identifiant du quiz, affiché sur son message (p. ex. q7k2m9)",
  'verb.scores.notes':
    "- Les points comptent à la clôture d'une manche. `week` est la semaine du salon : à partir du lundi 00:00 dans son fuseau horaire (`/hadamard settings timezone Europe/Paris` ; UTC par défaut).\n- `scores pin` (les personnes qui peuvent gérer le salon) publie le classement une fois puis modifie ce même message à la clôture des manches, au plus toutes les 30 secondes ; le classement de la semaine repart de zéro le lundi. Un nouveau pin remplace l'ancien (qui l'indique alors) ; si le message est supprimé, la mise à jour suivante le republie. Sur Slack, un classement épinglé est du texte seul (Slack ne peut pas modifier une image partagée).",
  'verb.scores.option.period': 'Cette semaine (par défaut) ou depuis le début',
  'verb.scores.option.pin':
    'pin : publie le classement une fois, puis le met à jour après chaque manche (gestion du salon)',
  'verb.settings.option.key': 'Le réglage à afficher ou à modifier',
  'verb.settings.option.value':
    'on/off, fractions/decimals, 10–3600 (secondes), light/dark, un fuseau horaire, ou default',
  'verb.schedule.notes':
    "- Les heures sont locales au salon : `/hadamard settings timezone Europe/Paris` (UTC par défaut). Une planification garde son heure locale lors des changements d'heure ; une heure qui n'existe pas ce jour-là (le saut de printemps) s'exécute juste après le saut, une heure qui a lieu deux fois s'exécute une seule fois.\n- Seules les personnes qui peuvent gérer le salon ajoutent ou suppriment des planifications ; tout le monde peut les lister. Un salon en a au plus 10. La commande est vérifiée quand vous la planifiez ; une exécution planifiée publie dans le salon pour tout le monde, au nom de personne (donc pas `answer`, `reveal`, `settings`, `forget-me`).\n- Chaque exécution a lieu une seule fois, quel que soit le nombre de copies du bot en marche. Après une panne, le bot rattrape la dernière exécution manquée si elle date de moins d'une heure et saute les plus anciennes : jamais de rafale.\n- Un `scores week` planifié qui s'exécute un lundi (la semaine du salon commence le lundi à 00:00, heure locale) publie le classement final de la semaine qui vient de finir ; les autres jours, la semaine en cours. `schedule weekly mon 09:00 scores week` publie chaque lundi les gagnants de la semaine précédente.",
  'verb.schedule.option.every': 'daily, weekdays (lun–ven) ou weekly ; remove en supprime un ; vide les liste',
  'verb.schedule.option.day': "Le jour d'une planification hebdomadaire",
  'verb.schedule.option.at':
    "Heure locale HH:MM, sur 24 heures, dans le fuseau du salon (ou l'identifiant à supprimer)",
  'verb.schedule.option.command': "La commande qu'elle lance, p. ex. quiz schur medium, scores week, apply window",
  'verb.practice.option.topic': 'Ce que vous voulez travailler (par défaut : votre sujet le plus faible)',
  'verb.practice.option.level': 'easy, medium ou hard (par défaut : selon votre taux de réussite)',
  'verb.class.option.view': 'Cette semaine (par défaut) ou export : les réponses du salon en fichier CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'Le produit de Hadamard en six idées',
  'explain.overview.summary':
    'Une ligne par idée : ce qu’est le produit, son algèbre, deux théorèmes, ses liens et ses usages.',
  'explain.overview.more': 'Chaque thème en détail : `/hadamard explain <topic>` avec {topics}.',
  'explain.more': 'Pour aller plus loin : `/hadamard explain <topic>` avec {topics}.',
  'explain.unknown': '{word} n’est pas un thème ; les thèmes sont {topics}',
  'explain.definition.title': 'Le produit de Hadamard',
  'explain.definition.summary':
    'Le produit de Hadamard multiplie deux matrices de même format coefficient par coefficient : (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Prenons deux matrices A et B de même taille m×n. Leur produit de Hadamard (ou de Schur, ou terme à terme) A∘B est la matrice m×n dont le coefficient en ligne i, colonne j vaut aᵢⱼ·bᵢⱼ. Rien n’est sommé et aucune ligne ne rencontre de colonne : chaque position est traitée isolément.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nComparez avec le produit usuel AB, où le coefficient (i,j) est une somme sur toute une ligne de A et toute une colonne de B. Le produit de Hadamard exige des formats égaux (pas de broadcasting : une matrice 1×2 et une matrice 2×1 ne peuvent pas être multipliées terme à terme). Essayez : `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Propriétés algébriques',
  'explain.properties.summary':
    'La multiplication terme à terme hérite des règles de la multiplication des nombres, position par position.',
  'explain.properties.body':
    '- Commutativité : A∘B = B∘A\n- Associativité : (A∘B)∘C = A∘(B∘C)\n- Distributivité : A∘(B+C) = A∘B + A∘C\n- Élément neutre : la matrice J dont tous les coefficients valent 1, et non la matrice identité I : A∘J = A (alors que A∘I ne garde que la diagonale de A)\n- Transposée : (A∘B)ᵀ = Aᵀ∘Bᵀ\nChacune est vraie parce qu’elle est vraie pour les nombres réels, en chaque position. Vérifiez-les sur vos propres matrices : `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'Le théorème du produit de Schur',
  'explain.schur.summary':
    'Si A et B sont semi-définies positives, A∘B l’est aussi ; si les deux sont définies positives, A∘B l’est aussi.',
  'explain.schur.body':
    'Une matrice symétrique M est semi-définie positive (M ⪰ 0) si xᵀMx ≥ 0 pour tout vecteur x, et définie positive si xᵀMx > 0 pour tout x ≠ 0. Les matrices de covariance en sont l’exemple courant.\n**Théorème (Schur).** Pour A et B semi-définies positives de taille n×n, A∘B est semi-définie positive ; si A et B sont définies positives, A∘B est définie positive.\n**Pourquoi (esquisse).** Écrivons B à l’aide de ses vecteurs propres : B = Σₖ λₖ vₖvₖᵀ avec tous les λₖ ≥ 0. Alors bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ, et pour tout x\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\ncar chaque λₖ ≥ 0 et chaque (x∘vₖ)ᵀA(x∘vₖ) ≥ 0 puisque A ⪰ 0.\nLe produit usuel ne se comporte **pas** ainsi : pour A et B semi-définies positives, AB n’est pas forcément symétrique, encore moins semi-définie positive. Et si l’hypothèse n’est pas satisfaite (A ou B non semi-définie positive), le théorème ne dit rien : A∘B peut être semi-définie positive ou non. Voyez les deux cas avec `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'L’inégalité d’Oppenheim',
  'explain.oppenheim.summary': 'Pour A et B semi-définies positives : det(A∘B) ≥ det(A)·∏bᵢᵢ, et aussi ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Inégalité d’Oppenheim.** Pour A et B semi-définies positives de taille n×n, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. En échangeant les rôles de A et B, on obtient aussi det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Matrices de corrélation.** Si B n’a que des 1 sur sa diagonale (une matrice de corrélation), le produit de ses coefficients diagonaux vaut 1 et la borne s’écrit det(A∘B) ≥ det(A) : atténuer terme à terme par une matrice de corrélation ne diminue jamais le déterminant.\n**L’inégalité de Hadamard** det(A) ≤ a₁₁a₂₂⋯aₙₙ pour A semi-définie positive est le cas particulier A∘I : l’identité I est semi-définie positive avec det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), et Oppenheim donne ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Égalité.** Si A est diagonale, A∘B est diagonale de coefficients aᵢᵢbᵢᵢ, donc det(A∘B) = det(A)·∏bᵢᵢ exactement. Si B = J (que des uns, une matrice de corrélation singulière), A∘J = A et là encore det(A∘B) = det(A)·1. Le bot décide l’égalité de façon exacte pour des entrées entières, décimales ou fractionnaires.\nEssayez : `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` et `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Liens avec le produit usuel',
  'explain.relations.summary':
    'Les matrices diagonales, diag(a)·b, l’identité de la trace et le produit de Kronecker relient ∘ aux produits usuels.',
  'explain.relations.body':
    '- **Matrices diagonales :** si A et B sont toutes deux diagonales, A∘B = AB. C’est l’un des rares cas où les deux produits coïncident.\n- **Vecteurs :** a∘b = diag(a)·b : multiplier terme à terme par a revient à multiplier par la matrice diagonale qui porte a sur sa diagonale.\n- **Identité de la trace :** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, le produit scalaire de Frobenius : la somme de tous les coefficients de A∘B.\n- **Produit de Kronecker :** A∘B est une sous-matrice de A⊗B : pour des matrices m×n, prenez les lignes 1, m+2, 2m+3, … et les colonnes 1, n+2, 2n+3, … (les positions (i−1)·m+i et (j−1)·n+j).\nVoyez les quatre sur vos nombres : `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Où l’on utilise le produit de Hadamard',
  'explain.applications.summary':
    'Dès que chaque position doit être traitée isolément : statistique, apprentissage automatique, signaux et images.',
  'explain.applications.body':
    '- **Tapering de covariance (statistique) :** on multiplie terme à terme une matrice de covariance par une matrice de corrélation à support compact pour annuler les paires éloignées. Par le théorème du produit de Schur, la matrice ainsi atténuée reste semi-définie positive : c’est donc toujours une covariance valide ; une corrélation spatiale ∘ temporelle construit de la même façon des covariances spatio-temporelles.\n- **Portes et masques d’attention (apprentissage automatique) :** une porte de LSTM ou de GRU g ∈ [0,1]ⁿ pondère un état terme à terme, g∘c ; un masque d’attention multiplie les scores terme à terme (ou leur ajoute −∞) pour masquer des positions.\n- **Fonctions de fenêtrage (traitement du signal) :** avant une transformée de Fourier, un signal est multiplié échantillon par échantillon par une fenêtre (Hann, Hamming) pour réduire les fuites spectrales ; le masquage spectral multiplie un spectrogramme terme à terme.\n- **Filtrage pixel par pixel (images) :** un masque ou une image de gain par pixel multiplie une image terme à terme : correction du vignettage, masques alpha, retouches sélectives.\nEssayez un petit masque : `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, ou voyez chacune en direct avec une figure : `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Produit de Hadamard',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exact',
  'product.kindCertified': 'certifié',
  'product.kindNumerical': 'numérique',
  'product.entryByEntry':
    'Coefficient par coefficient : {worked}.\nChaque coefficient est multiplié par le coefficient situé à la même place, et rien d’autre.',
  'product.asDecimals': 'En écriture décimale (chaque chiffre affiché est prouvé) : {matrix}',
  'product.noteRational': 'Arithmétique rationnelle exacte.',
  'product.noteExact':
    'Arithmétique exacte : les racines carrées et les puissances de π ou de e sont conservées exactement, telles qu’écrites.',
  'product.noteCertified':
    'Arithmétique certifiée : les valeurs connues seulement par des encadrements (exp, log, fonctions trigonométriques d’autres arguments, π en même temps que e) sont affichées avec les chiffres que prouvent leurs encadrements.',
  'product.noteCertifiedSwitched':
    'Arithmétique certifiée : les nombres trop longs pour rester exacts sont affichés avec les chiffres que prouvent leurs encadrements.',
  'product.noteFloat':
    'Réponse numérique (virgule flottante) : les nombres sont en double précision, lus dans un fichier, au-delà du budget du calcul exact.',
  'product.noteFloatSwitched':
    'Réponse numérique (virgule flottante) : les nombres étaient trop longs pour rester exacts (plus de 2000 chiffres dans un coefficient ou 4000 dans une matrice), le moteur est donc passé en virgule flottante.',
  'productFig.title': 'Produit de Hadamard {name}',
  'productFig.subtitle': '{count} matrices de format {shape}',
  'productFig.worked': 'Calcul détaillé du coefficient ({i}, {j})',
  'productFig.rule': 'Multiplier les coefficients situés à la même position : {rule}',
  'productFig.heatNote':
    'Trop de chiffres pour une seule figure : certaines matrices sont représentées par des cartes de couleurs. ',
  'productFig.exactShortened':
    'Arithmétique exacte. Les nombres longs sont abrégés ici (≈) ; la réponse textuelle les donne en entier.',
  'productFig.exact': 'Arithmétique exacte.',
  'productFig.certified': 'Encadrements certifiés : chaque chiffre affiché est prouvé.',
  'productFig.float': 'Entrées en virgule flottante : nombres arrondis pour l’affichage.',
  'productFig.altShapeHeat':
    'Produit de Hadamard de {count} matrices {shape}, {name}, représentées par des cartes de couleurs (violet pour les valeurs négatives, orange pour les valeurs positives).',
  'productFig.altShapeGrid':
    'Produit de Hadamard de {count} matrices {shape}, {name}, représentées par des grilles de nombres.',
  'productFig.altWorked': 'Calcul détaillé du coefficient ({i}, {j}) : {factors} = {value}.',
  'productFig.altRule': 'Chaque coefficient du produit est le produit des coefficients situés à la même position.',
  'productFig.altColours':
    'Chaque coefficient du produit est le produit des coefficients situés à la même position ; les positions correspondantes partagent une couleur et le coefficient détaillé est entouré.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'définie positive',
  'verdict.psd': 'semi-définie positive (singulière, rang {rank})',
  'verdict.psdRank': 'semi-définie positive, rang {rank}',
  'verdict.psdSingular': 'semi-définie positive (singulière)',
  'verdict.not_psd': 'non semi-définie positive',
  'verdict.not_symmetric': 'non symétrique',
  'verdict.not_square': 'non carrée',
  'verdict.undecided': 'indéterminée',
  'verdict.undecidedLong': 'indéterminée : une quantité vaut 0 à la précision maximale près',
  'verdict.none': 'non calculée',
  'verdict.notDecided': 'non tranchée',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Indéterminé : {words}',
  'cert.witness': 'Témoin : x = {x} donne xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificat : le mineur principal 2×2 sur les lignes {i} et {j} est strictement négatif : {product} < {square} (un vecteur témoin ne tiendrait pas en virgule flottante).',
  'cert.diagonalPd':
    'Certificat : {label} est diagonale, donc ses valeurs propres sont ses coefficients diagonaux : tous strictement positifs.',
  'cert.diagonalPsd':
    'Certificat : {label} est diagonale, donc ses valeurs propres sont ses coefficients diagonaux : tous ≥ 0, dont {rank} strictement positifs.',
  'cert.ldlt':
    'Certificat : {label} = PᵀLDLᵀP (LDLᵀ avec pivotage symétrique) avec D = diag({pivots}), tous les pivots ≥ 0.',
  'cert.ldltPsd':
    'Certificat : {label} = PᵀLDLᵀP (LDLᵀ avec pivotage symétrique) avec D = diag({pivots}), tous les pivots ≥ 0, dont {rank} strictement positifs.',
  'cert.cholesky':
    'Certificat : après équilibrage par des puissances de deux, B = S{label}S (même verdict que {label}) moins {tolerance}·I admet une factorisation de Cholesky en double précision, et les bornes d’arrondi de cette factorisation sont inférieures à {tolerance} : toutes les valeurs propres de B sont strictement positives{shown}.',
  'cert.choleskyLowest': ' (sa plus petite valeur propre vaut environ {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'dans [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Arithmétique rationnelle exacte : chaque verdict ci-dessus est décidé exactement.',
  'note.exact':
    'Arithmétique exacte : les coefficients sont des rationnels, des racines carrées et des polynômes en π ou en e ; 0 y est décidé exactement, et chaque signe par des encadrements affinés jusqu’à certitude.',
  'note.certified':
    'Arithmétique certifiée : {why}, donc chaque signe ci-dessus est prouvé par des encadrements affinés jusqu’à 1000 chiffres ; rien n’est perdu par arrondi, et ce qui reste à moins de 10⁻¹⁰⁰⁰ de 0 est déclaré indéterminé.',
  'note.certifiedSwitched':
    'certains nombres sont trop longs pour rester exacts (plus de 2000 chiffres dans un coefficient ou 4000 dans une matrice)',
  'note.certifiedWhy':
    'certains coefficients ne sont connus que par des encadrements (exp, log ou fonctions trigonométriques d’autres arguments, π en même temps que e)',
  'note.float':
    'Virgule flottante avec preuves : {why}, donc les verdicts sont décidés en double précision avec des bornes rigoureuses sur chaque arrondi (une factorisation de Cholesky décalée prouve le caractère défini, le xᵀMx d’un témoin est majoré par une valeur < 0) ; ce que ces bornes ne peuvent pas séparer de 0 est déclaré indéterminé.',
  'note.floatSwitched':
    'les nombres étaient trop longs pour rester exacts (plus de 2000 chiffres dans un coefficient ou 4000 dans une matrice)',
  'note.floatWhy':
    'les matrices sont des nombres en double précision lus dans un fichier, au-delà du budget du calcul exact',
  'note.fromFiles': 'Depuis des fichiers : {list}.',
  'note.fromFile': '{label} est {file} ({shape})',
  'note.listSeparator': ' ; ',
  'fig.logScale': 'échelle log',
  'note.decimalPoint':
    'Les matrices s’écrivent de la même façon dans toutes les langues : le point `.` sert de séparateur décimal, même en français, et la virgule `,` sépare les coefficients (`[[1.5, 2]]`).',
  'words.exact': 'arithmétique exacte',
  'words.certified': 'encadrements certifiés',
  'words.float': 'virgule flottante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.latexTheorem': '(théorème du produit de Schur)',
  'schur.latexHypothesisFails':
    "L'hypothèse ({a} et {b} semi-définies positives) n'est pas satisfaite : le théorème ne garantit rien.",
  'schur.latexHypothesisFailsShort': "L'hypothèse du théorème du produit de Schur n'est pas satisfaite.",
  'schur.title': 'Théorème du produit de Schur',
  'schur.verdicts': 'Verdicts',
  'schur.theorem': 'Le théorème',
  'schur.proof': 'Esquisse de preuve, vérifiée',
  'schur.line': '- {name} : **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (elle ne peut donc pas être semi-définie positive : le produit usuel de matrices symétriques n’est pas forcément symétrique)',
  'schur.lineSymmetricPart':
    ' (la semi-définie positivité est définie pour les matrices symétriques ; sa partie symétrique est {verdict})',
  'schur.lineNotComputed':
    '- {name} : non calculée : {where} vaudrait environ {size}, au-delà de la plage de la virgule flottante',
  'schur.anEntry': 'un coefficient',
  'schur.entryAt': 'le coefficient ({row},{col})',
  'schur.smallest': ', plus petite valeur propre {value}',
  'schur.summaryStrong':
    '{a} et {b} sont définies positives, donc {ab} est définie positive (Schur) — et c’est bien le cas.',
  'schur.summaryPsd':
    '{a} et {b} sont semi-définies positives, donc {ab} est semi-définie positive (Schur) — et c’est bien le cas : {verdict}.',
  'schur.theoremOk':
    'L’hypothèse est satisfaite, donc le théorème du produit de Schur garantit {ab} {rel} 0, et la vérification le confirme.',
  'schur.theoremUndecided':
    'L’hypothèse est satisfaite, donc le théorème du produit de Schur garantit {ab} {rel} 0 ; la vérification directe est indéterminée (une quantité égale à 0 à {digits} chiffres près), et le théorème tranche.',
  'schur.theoremBug': 'L’hypothèse est satisfaite mais la vérification donne le contraire : merci de signaler ce bug.',
  'schur.summaryOpen':
    'On ne peut pas trancher si {a} et {b} sont toutes deux semi-définies positives (une quantité égale à 0 à la précision maximale près), donc le théorème du produit de Schur n’est ni appliqué ni écarté ; {ab} est {verdict}.',
  'schur.theoremOpen': 'L’hypothèse ({a} ⪰ 0 et {b} ⪰ 0) est indéterminée ici : voir les verdicts ci-dessus.',
  'schur.failing': '{name} est {verdict}',
  'schur.summaryFails':
    'Le théorème du produit de Schur ne s’applique pas ({failing}) ; {ab} est quand même {verdict}.',
  'schur.whyNotSymmetric':
    ' La semi-définie positivité est définie pour les matrices symétriques, donc une matrice d’entrée non symétrique ne peut pas la vérifier.',
  'schur.theoremFails':
    'L’hypothèse ({a} ⪰ 0 et {b} ⪰ 0) n’est pas satisfaite, donc le théorème ne promet rien ici.{why} Sans l’hypothèse, {ab} peut être semi-définie positive ou non ; ici, elle est {verdict}.',
  'schur.contrastRange':
    'Le produit usuel {ord} dépasse ici la plage de la virgule flottante, il n’est donc pas comparé ; le produit de Hadamard conserve l’ordre de grandeur de chaque coefficient, le produit usuel en additionne n.',
  'schur.contrastLuck':
    'Ici, le produit usuel {ord} donne par hasard une matrice {verdict}, mais c’est de la chance : pour A et B semi-définies positives, AB n’est même pas forcément symétrique.',
  'schur.contrastNot':
    'Le produit usuel {ord} donne une matrice {verdict} : le produit usuel ne préserve pas la semi-définie positivité, le produit de Hadamard si.',
  'schur.proofBody':
    'Avec {b} = Σₖ λₖ vₖvₖᵀ : xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Pour x = ({x}) : membre de gauche {lhs}, membre de droite {rhs} — {agree} (virgule flottante). Quand tous les λₖ ≥ 0 et {a} ⪰ 0, chaque terme est ≥ 0.',
  'schur.agree': 'ils concordent',
  'schur.disagree': 'ils NE CONCORDENT PAS',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 et {b} ≻ 0 ⇒ {ab} ≻ 0 (forme forte : définie positive)',
  'schurFig.statement': '{a} ⪰ 0 et {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'A-t-on {m} {rel} 0 ?',
  'schurFig.then': 'A-t-on alors {m} {rel} 0 ?',
  'schurFig.and': 'et',
  'schurFig.applies': 'le théorème s’applique',
  'schurFig.notApplies': 'le théorème ne s’applique pas',
  'schurFig.claimStrong': '{a} et {b} sont définies positives, donc {ab} est définie positive',
  'schurFig.claim': '{a} et {b} sont semi-définies positives, donc {ab} est semi-définie positive',
  'schurFig.indeed': ' ; en effet, {fact}',
  'schurFig.isVerdict': '{name} est {verdict}',
  'schurFig.both': '{first} et {second}',
  'schurFig.fails': '✗ L’hypothèse n’est pas satisfaite : {who}.',
  'schurFig.saysNothing': 'Ici, le théorème ne dit rien de la matrice {ab} ; il se trouve qu’elle est {verdict}.',
  'schurFig.luck': 'Ici, {ord} se trouve être semi-définie positive, elle aussi.',
  'schurFig.needNot':
    'Les produits de matrices semi-définies positives ne sont pas forcément semi-définis positifs, ni même symétriques.',
  'schurFig.contrast': 'Comparaison : le produit usuel {ord}',
  'schurFig.about': 'Le théorème de Schur porte sur le produit terme à terme {ab}, pas sur {ord}.',
  'schurFig.identity': 'Identité de la preuve xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), vérifiée pour un x : {check}',
  'schurFig.exact': 'Arithmétique exacte ; les valeurs propres sont des encadrements certifiés, donnés à l’appui.',
  'schurFig.provedBy': 'Verdicts prouvés : {list}.',
  'schurFig.withEnclosures': '{m} par encadrements certifiés',
  'schurFig.exactly': '{m} exactement',
  'schurFig.float': 'Virgule flottante avec bornes d’arrondi.',
  'schurFig.floatTolerance': 'Virgule flottante avec bornes d’arrondi, tolérance {tolerance}.',
  'schurFig.smallest': ' (plus petite valeur propre {value})',
  'schurFig.alt1': 'Figure du théorème du produit de Schur, matrices {shape} : {statement}.',
  'schurFig.altHolds': 'L’hypothèse est satisfaite, donc le théorème s’applique.',
  'schurFig.altFails': 'L’hypothèse n’est pas satisfaite, donc le théorème ne s’applique pas.',
  'schurFig.altContrast': 'Pour comparaison, le produit usuel {ord} donne une matrice {verdict}.',
  // ── psd ───────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'psd.title': 'Semi-définie positive ?',
  'psd.summary': '{label} est **{verdict}**.',
  'psd.summaryPd': '{label} est **{verdict}** (rang {rank}).',
  'psd.summaryNotPsd': '{label} n’est pas **semi-définie positive**.',
  'psd.notSquare':
    '{label} est {shape}, non carrée : le caractère semi-défini positif n’est défini que pour les matrices carrées symétriques.',
  'psd.notSymmetric':
    '{label} n’est pas symétrique, donc « semi-définie positive » ne s’applique pas (la notion est définie pour les matrices symétriques).',
  'psd.symmetricPart': 'La partie symétrique',
  'psd.symmetricPartWhy':
    'Pour xᵀ{label}x, seule compte la partie symétrique S = ({label}+{label}ᵀ)/2, puisque xᵀ{label}x = xᵀSx pour tout x.',
  'psd.symmetricVerdict': 'S est **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S n’est pas **semi-définie positive**.',
  'psd.undecided':
    'On ne peut pas trancher si {label} est semi-définie positive : une quantité vaut 0 à {digits} chiffres près, et vaut peut-être exactement 0.',
  'psd.undecidedSymmetry':
    'On ne peut pas trancher si {label} est semi-définie positive : deux coefficients qui devraient coïncider sont égaux à {digits} chiffres près, et sont peut-être exactement égaux.',
  'psd.undecidedWords':
    '{what} vaut 0 à {digits} chiffres près ; cette valeur est peut-être exactement 0. Si elle est strictement positive, la factorisation continue ; si elle vaut 0, {label} est singulière (semi-définie positive de rang {rank} si le reste de la factorisation est nul aussi) ; si elle est strictement négative, {label} n’est pas semi-définie positive.',
  'psd.undecidedWordsSymmetry':
    '{what} de {label} sont égaux à {digits} chiffres près ; ils sont peut-être exactement égaux. Si c’est le cas, {label} est symétrique, et son verdict peut être redemandé en écrivant les deux de la même façon ; sinon, {label} n’est pas symétrique.',
  'psd.what.pivot': 'le pivot {k} de la factorisation LDLᵀ',
  'psd.what.schurComplement': 'un coefficient hors diagonale du complément de Schur après {k} pivots',
  'psd.what.detPivot': 'un pivot du déterminant',
  'psd.what.rank': 'le rang',
  'psd.what.sign': 'un signe',
  'psd.what.entries': 'les coefficients ({i},{j}) et ({j},{i})',
  'psd.what.balanced': 'la plus petite valeur propre de la matrice équilibrée',
  'psd.what.quantity': 'une quantité',
  'psd.eigenNotShown': 'non affichées (un coefficient ou une valeur propre dépasse l’étendue de la virgule flottante)',
  'psd.eigenDiagonal': 'Valeurs propres (les coefficients diagonaux de {label}) : {list}.',
  'psd.eigenCertified':
    'Valeurs propres (encadrements certifiés, donnés à titre d’indication ; les chiffres affichés sont prouvés) : {list}.',
  'psd.eigenCertifiedZeros':
    'Valeurs propres (encadrements certifiés, donnés à titre d’indication ; les chiffres affichés sont prouvés) ({zeros, plural, one {une vaut} other {# valent}} exactement 0 : le rang est {rank}) : {list}.',
  'psd.eigenFloat': 'Valeurs propres (virgule flottante, données à titre d’indication) : {list}.',
  'psd.eigenBalanced': 'Valeurs propres de la matrice équilibrée D⁻¹ᐟ²{label}D⁻¹ᐟ², qui tranchent : {list}.',
  'psd.noneNegative': 'Aucune n’est strictement négative.',
  'psd.latexPsd': '(semi-définie positive)',
  'psd.latexNotSymmetric': '(non symétrique : la notion est définie pour les matrices symétriques)',
  'psd.latexNotSquare': '{label} n’est pas carrée : la notion est définie pour les matrices carrées',
  'psd.latexNotDecided': '{label} : non tranchée',
  'psdFig.heading': '{label} est-elle semi-définie positive ?',
  'psdFig.eigenDiagonal': 'Valeurs propres (les coefficients diagonaux)',
  'psdFig.eigenEvidence': 'Valeurs propres (indication, pas le critère)',
  'psdFig.itsEigenvalues': 'ses valeurs propres',
  'psdFig.band': 'bande grisée : trop près de 0 pour trancher en virgule flottante',
  'psdFig.counts':
    '{n} valeurs propres, croissantes : {negative} strictement négatives, {zeros} nulles, {positive} strictement positives',
  'psdFig.countsAbout':
    '{n} valeurs propres, croissantes : {negative} strictement négatives, {zeros} environ nulles, {positive} strictement positives',
  'psdFig.pd': 'Toutes les valeurs propres sont strictement positives : xᵀMx > 0 pour tout x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Rang {rank} sur {n} : {zeros, plural, one {# valeur propre est nulle} other {# valeurs propres sont nulles}}, aucune strictement négative.',
  'psdFig.notSquare': 'Une matrice {shape} n’est pas carrée : la notion est définie pour les matrices carrées.',
  'psdFig.notSymmetric': '{label} ≠ {label}ᵀ (paires encadrées) : la notion est définie pour les matrices symétriques.',
  'psdFig.witness': 'Témoin : un vecteur x avec xᵀMx < 0',
  'psdFig.minor': 'Certificat : un mineur principal 2×2 strictement négatif',
  'psdFig.ldlt': 'Certificat : {lhs} = L·D·Lᵀ avec',
  'psdFig.entries': '{n, plural, one {# coefficient} other {# coefficients}}',
  'psdFig.symmetricPart': 'Partie symétrique ({label}+{label}ᵀ)/2 :',
  'psdFig.balancedTolerance': 'tolérance après équilibrage {tolerance}',
  'psdFig.bySigns': 'tranché par les signes',
  'psdFig.aMatrix': 'une matrice {shape}',
  'psdFig.altHead': '{label} ({shape}) est-elle semi-définie positive ? Verdict : {verdict}.',
  'psdFig.altEigen': 'Valeurs propres, croissantes : {list}.',
  'psdFig.altWitness': 'Le témoin x = ({x}) donne xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'une valeur strictement négative',
  'psdFig.altMinor': 'Le mineur principal 2×2 sur les lignes {i} et {j} est strictement négatif.',
  'psdFig.altSymmetric': 'Sa partie symétrique est {verdict}.',
  'psdFig.altUndecided':
    'Indéterminé : {what} vaut 0 à {digits} chiffres près ; cette valeur est peut-être exactement 0.',
  'psdFig.altUndecidedSymmetry':
    'Indéterminé : {what} sont égaux à {digits} chiffres près ; ils sont peut-être exactement égaux.',

  // ── oppenheim ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  'opp.title': 'Inégalité d’Oppenheim',
  'opp.bounds': 'Les bornes',
  'opp.hadamard': 'Inégalité de Hadamard',
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} borne : {verdict}',
  'opp.holds': 'vérifiée',
  'opp.holdsEquality': 'vérifiée avec égalité',
  'opp.fails': 'en défaut',
  'opp.undecided': 'indéterminé : la différence vaut 0 à {digits} chiffres près ou à l’erreur d’arrondi près',
  'opp.appliesHold':
    '{a} et {b} sont semi-définies positives, donc l’inégalité d’Oppenheim s’applique dans les deux sens, et les deux bornes sont vérifiées.',
  'opp.appliesUndecided':
    '{a} et {b} sont semi-définies positives, donc l’inégalité d’Oppenheim s’applique dans les deux sens ; le théorème garantit les deux bornes, et ce que les encadrements n’ont pas pu séparer de l’égalité est indiqué ci-dessus.',
  'opp.appliesBug':
    '{a} et {b} sont semi-définies positives, donc l’inégalité d’Oppenheim s’applique dans les deux sens — pourtant une borne est en défaut : merci de signaler ce bug.',
  'opp.needsOne':
    'L’inégalité d’Oppenheim suppose {a} ⪰ 0 et {b} ⪰ 0, mais {failing} : les bornes sont affichées, mais rien n’est garanti.',
  'opp.needsBoth':
    'L’inégalité d’Oppenheim suppose {a} ⪰ 0 et {b} ⪰ 0, mais {failingA} et {failingB} : les bornes sont affichées, mais rien n’est garanti.',
  'opp.isVerdict': '{name} est {verdict}',
  'opp.isNotPsd': '{name} n’est pas semi-définie positive',
  'opp.equalityExact': 'Il y a égalité ici, décidée exactement.',
  'opp.equalityStructure': 'Il y a égalité ici, décidée par la structure (un facteur diagonal).',
  'opp.equalityCases':
    'Cas d’égalité typiques : un facteur diagonal (alors {ab} est diagonale de coefficients aᵢᵢbᵢᵢ et det({ab}) = {bound}), la matrice J de uns ({a}∘J = {a}), et un produit singulier dont la borne vaut 0 aussi.',
  'opp.correlationB':
    '{b} n’a que des 1 sur sa diagonale (une matrice de corrélation), donc la borne s’écrit det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} n’a que des 1 sur sa diagonale (une matrice de corrélation), donc det({ab}) ≥ det({b}).',
  'opp.hadamardLine': 'Inégalité de Hadamard pour {label} : det({label}) = {det} {rel} {prod} = {diag} ({status}).',
  'opp.hadamardHolds': 'vérifiée',
  'opp.hadamardHoldsEquality': 'vérifiée, avec égalité',
  'opp.hadamardFails': 'EN DÉFAUT',
  'opp.hadamardUndecided':
    'Inégalité de Hadamard pour {label} : det({label}) = {det} et {prod} = {diag} (indéterminé : égaux à {digits} chiffres près ou à l’erreur d’arrondi près ; le théorème dit ≤).',
  'opp.floatNote':
    'Les déterminants sont calculés avec une puissance de deux à part, donc aucune taille ne déborde, et une comparaison n’est tranchée qu’au-delà de leur erreur d’arrondi, {factor}·n·ε fois la borne de Hadamard ∏‖ligneᵢ‖₂.',
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} et {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} et {relB} {boundB} = {valueB} (égalité).',
  'opp.summaryNotApplicable':
    'L’inégalité d’Oppenheim ne s’applique pas ({a} et {b} doivent être toutes deux semi-définies positives) ; {det} = {value}, bornes {valueA} et {valueB}.',
  'opp.latexNotApplicable':
    'L’inégalité d’Oppenheim suppose {a} et {b} semi-définies positives ; ici, elle ne s’applique pas.',
  'oppFig.title': 'Inégalité d’Oppenheim',
  'oppFig.subtitle': 'matrices {shape} {a}, {b} ; {arithmetic}',
  'oppFig.applies': '{a} et {b} sont semi-définies positives : le théorème s’applique',
  'oppFig.notApplies': 'le théorème ne s’applique pas : {list}',
  'oppFig.isVerdict': '{name} est {verdict}',
  'oppFig.isNotPsd': '{name} n’est pas semi-définie positive',
  'oppFig.holds': 'vérifiée',
  'oppFig.holdsEquality': 'vérifiée avec égalité',
  'oppFig.holdsEqualityUndecided': 'vérifiée ; égalité indéterminée',
  'oppFig.undecided': 'indéterminé',
  'oppFig.fails': 'en défaut',
  'oppFig.correlation':
    '{unit} n’a que des 1 sur sa diagonale (une matrice de corrélation) : det({ab}) ≥ det({other}).',
  'oppFig.hadamard': 'Inégalité de Hadamard det({label}) ≤ {prod} :',
  'oppFig.equality': 'égalité',
  'oppFig.equalityUndecided': '(égalité indéterminée)',
  'oppFig.alt1': 'Inégalité d’Oppenheim pour les matrices {shape} {a} et {b}.',
  'oppFig.altApplies': 'Les deux sont semi-définies positives, donc le théorème s’applique.',
  'oppFig.altNotApplies': 'Le théorème ne s’applique pas : {failingA}, {failingB}.',
  'oppFig.altLine': 'Sur une droite graduée : {labels}.',
  'oppFig.altInequalities': '{ineqA} : {wordA} ; {ineqB} : {wordB}.',
  'oppFig.altHolds': 'vérifiée',
  'oppFig.altHoldsEquality': 'vérifiée avec égalité',
  'oppFig.altHoldsEqualityUndecided': 'vérifiée, égalité indéterminée',
  'oppFig.altUndecided': 'indéterminée',
  'oppFig.altFails': 'en défaut',

  // ── props ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'props.title': 'Propriétés algébriques',
  'props.checked': 'Vérification coefficient par coefficient',
  'props.commutativity': '- Commutativité : {a}∘{b} = {b}∘{a}  {mark}',
  'props.associativity': '- Associativité : ({a}∘{b})∘{c} = {a}∘({b}∘{c})  {mark}',
  'props.distributivity': '- Distributivité : {a}∘({b}+{c}) = {a}∘{b} + {a}∘{c}  {mark}',
  'props.identity':
    '- Élément neutre : {a}∘J = {a}, où J est la matrice {rows}×{cols} dont tous les coefficients valent 1  {mark}',
  'props.transpose': '- Transposée : ({a}∘{b})ᵀ = {a}ᵀ∘{b}ᵀ  {mark}',
  'props.holds': '✓ vérifiée',
  'props.fails': '✗ NON VÉRIFIÉE',
  'props.needsC': '– (il faut une troisième matrice C)',
  'props.undecided':
    '≈ indéterminée (les deux membres concordent sur 1000 chiffres ; l’identité est vraie pour tous les réels, mais les encadrements ne peuvent pas la prouver)',
  'props.nameCommutative': 'commutativité',
  'props.nameAssociative': 'associativité',
  'props.nameDistributive': 'distributivité',
  'props.nameIdentity': 'élément neutre',
  'props.nameTranspose': 'transposée',
  'props.summaryUndecided':
    '{proved} sur {checked, plural, one {# propriété prouvée} other {# propriétés prouvées}} pour ces matrices ; sans conclusion : {names} (valeurs certifiées qui concordent sur 1000 chiffres).',
  'props.summaryAll': 'Les {checked} propriétés sont vérifiées sur ces matrices.',
  'props.summaryAllNoC':
    'Les {checked} propriétés sont vérifiées sur ces matrices (donnez une troisième matrice C pour vérifier aussi l’associativité et la distributivité).',
  'props.summaryFailed': 'Une propriété n’est pas vérifiée : cela devrait être impossible, merci de le signaler.',
  'props.why':
    'Pourquoi : chaque coefficient d’un produit de Hadamard est un produit ordinaire de nombres, donc les règles de la multiplication des réels (commutative, associative, distributive par rapport à +, avec 1 pour élément neutre) valent à la fois en chaque position ; J a un 1 en chaque position.',
  'props.floatNote':
    ' Les deux membres sont comparés coefficient par coefficient, à l’erreur d’arrondi des produits en jeu près (8ε de leur taille).',
  'props.latexHolds': '(vérifiée)',
  'props.latexFails': '(non vérifiée)',
  'props.latexNeedsC': '(il faut une troisième matrice C)',
  'props.latexUndecided': '(indéterminée : les deux membres concordent sur 1000 chiffres)',

  // ── relate ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'relate.title': 'Liens avec le produit usuel',
  'relate.summary': 'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum} ; {ab} se trouve dans {kron} aux lignes/colonnes {rows} / {cols}.',
  'relate.summaryDiagonal':
    'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum} ; {ab} se trouve dans {kron} aux lignes/colonnes {rows} / {cols} ; elles sont diagonales, donc {ab} = {ord}.',
  'relate.sumOfEntries': 'la somme des coefficients de {ab}',
  'relate.traceHeading': 'Identité de la trace (produit scalaire de Frobenius)',
  'relate.traceBody': 'tr({a}ᵀ{b}) = {tr} et 1ᵀ({ab})1 = Σᵢⱼ aᵢⱼbᵢⱼ = {sum} : {verdict}.',
  'relate.traceEqual': 'égaux ✓',
  'relate.traceUndecided': 'indéterminé (égaux sur 1000 chiffres, non prouvé)',
  'relate.traceNotEqual': 'PAS égaux ✗',
  'relate.undecidedMark': '≈ (indéterminé : égaux sur 1000 chiffres)',
  'relate.diagHeading': 'Cas diagonal',
  'relate.diagBoth':
    '{a} et {b} sont toutes deux des matrices diagonales, donc {ab} = {ord} = {matrix} {mark} — un des rares cas où les deux produits coïncident.',
  'relate.diagNot':
    '{a} et {b} ne sont pas toutes deux des matrices diagonales, donc {ab} et {other} diffèrent en général. Pour des matrices diagonales, ils coïncident : essayez `relate diag(1,2,3) diag(4,5,6)`.',
  'relate.ordRange': '{ord} (ici hors de la plage de la virgule flottante)',
  'relate.ordUndefined': '{ord} (non défini pour ces tailles)',
  'relate.vectorHeading': 'Cas des vecteurs',
  'relate.vectorBody': 'Pour des vecteurs, a∘b = diag(a)·b {mark} :',
  'relate.kronHeading': 'Dans le produit de Kronecker',
  'relate.kronBody':
    '{ab} est la sous-matrice de {kron} ({kr}×{kc}) aux lignes {rows} et aux colonnes {cols} : le coefficient de {kron} en ligne (i−1)·{m}+i, colonne (j−1)·{n}+j vaut aᵢⱼ·bᵢⱼ {mark}.',
  'relate.kronTooLarge': ' (A⊗B est trop grand pour être dessiné ; les indices sont vérifiés quand même.)',
  'relate.floatNote': ' Les égalités sont vérifiées à l’erreur d’arrondi près (8·m·n·ε de la somme des tailles).',
  'relate.undecidedNote':
    ' Indéterminé : {names} (les deux membres concordent sur 1000 chiffres, ce que les encadrements ne peuvent pas transformer en preuve).',
  'relate.nameTrace': 'l’identité de la trace',
  'relate.nameEquality': 'une égalité',
  'relate.latexBothDiagonal': '(toutes deux diagonales)',
  'relate.latexKron': '(lignes, colonnes du produit de Kronecker)',
  'relateFig.title': 'Le produit de Hadamard et ses proches',
  'relateFig.subtitle': 'matrices {shape} {a}, {b} ; {arithmetic}',
  'relateFig.pick1': 'prenez les coefficients',
  'relateFig.pick2': 'colorés',
  'relateFig.pickStacked': '↓ prenez les coefficients colorés',
  'relateFig.captionShaded':
    'Le bloc (i, j) de {kron} est {la}ᵢⱼ·{b}, et son propre coefficient (i, j) est {la}ᵢⱼ{lb}ᵢⱼ : les carrés, aux couleurs de {ab}. En gris : le reste de {kron}, ombré selon la taille.',
  'relateFig.captionNotDrawn':
    'Le bloc (i, j) de {kron} est {la}ᵢⱼ·{b}, et son propre coefficient (i, j) est {la}ᵢⱼ{lb}ᵢⱼ : les carrés, aux couleurs de {ab}. En gris : le reste de {kron}, non dessiné à cette taille.',
  'relateFig.corner': 'le motif, dessiné pour le coin supérieur gauche de {k}×{l}',
  'relateFig.gather': '↓ rassemblez les carrés : {ab}',
  'relateFig.trace': 'Identité de la trace : tr({a}ᵀ{b}) = 1ᵀ({ab})1 = Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ :',
  'relateFig.where': 'où Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ =',
  'relateFig.undecided': 'indéterminé',
  'relateFig.inside': '{ab} se trouve dans {kron} : lignes {rows} et colonnes {cols}{check}',
  'relateFig.vectors': 'Vecteurs : {la}∘{lb} = diag({la})·{lb}{check}',
  'relateFig.diagonal': '{a} et {b} sont diagonales : {ab} = {ord}{check}',
  'relateFig.notDiagonal': '{a}, {b} pas toutes deux diagonales : {ab} et {ord} diffèrent en général.',
  'relateFig.alt1': 'Liens du produit de Hadamard pour les matrices {shape} {a} et {b}.',
  'relateFig.alt2':
    'Le produit de Kronecker {kron}, de taille {kr}×{kc}, est dessiné avec les coefficients des lignes {rows} et des colonnes {cols} mis en évidence ; ensemble, ils forment {ab}.',
  'relateFig.alt2Checked':
    'Le produit de Kronecker {kron}, de taille {kr}×{kc}, est dessiné avec les coefficients des lignes {rows} et des colonnes {cols} mis en évidence ; ensemble, ils forment {ab}, comme vérifié.',
  'relateFig.alt3':
    'Identité de la trace : tr({a}ᵀ{b}) = {tr} et la somme des coefficients de {ab} = {sum} : {verdict}.',
  'relateFig.altEqual': 'égales',
  'relateFig.altNotEqual': 'différentes',
  'relateFig.altUndecided': 'égales sur 1000 chiffres (indéterminé)',
  'relateFig.alt4': 'Les deux sont diagonales, donc {ab} = {ord}.',

  // ── apply ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'apply.why': 'Pourquoi le produit de Hadamard',
  'apply.needsApp': 'apply a besoin d’une application : {apps}',
  'apply.needsAppHint': 'Exemple : /hadamard apply window, /hadamard {example}',
  'apply.notApp': '{word} n’est pas une application que je sais montrer ; ce sont {apps}',
  'apply.notAppNear':
    '{word} n’est pas une application que je sais montrer — vouliez-vous dire « {near} » ? ; ce sont {apps}',
  'apply.example': 'Exemple : /hadamard {example}',
  'apply.exampleBare': 'Exemple : {example}',
  'apply.isNumber': '{word} est un nombre, pas une matrice : mettez les coefficients entre crochets',
  'apply.unknownWord': 'apply {app} ne connaît pas {word} : il accepte {list}',
  'apply.oneChoice': 'apply {app} accepte un seul choix ({list}) ; reçu : {got}',
  'apply.oneOf': 'apply {app} accepte {key} une seule fois ({list}) ; reçu : {got}',
  'apply.list.window': 'une fenêtre : hann, hamming, blackman ou tukey',
  'apply.list.mask': 'causal, padding:k (les k dernières clés sont du remplissage), ou les deux',
  'apply.list.gate': 'seed:N (N de 0 à 4294967295) pour d’autres vecteurs intégrés',
  'apply.list.taper': 'aucun mot, seulement les matrices A et B',
  'apply.list.image': 'un masque : vignette, checkerboard ou gradient (ou une matrice de masque)',
  'apply.atMost':
    'apply {app} accepte au plus {max, plural, one {# matrice} other {# matrices}} ; j’en ai trouvé {found}',
  'apply.atMostFiles':
    'apply {app} accepte au plus {max, plural, one {# matrice} other {# matrices}} ; j’en ai trouvé {found} (en comptant les fichiers joints)',
  'apply.imageNoRoom': 'avec deux matrices (une image et son masque), il n’y a pas de place pour le masque {word}',
  'apply.imageNoRoomHint':
    'Exemple : /hadamard apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]], ou /hadamard apply image [[1,0.5],[0.5,1]] vignette',
  'apply.maxOperands': 'au plus {max} matrices ; reçu : {got}',
  'apply.textTooLong': 'les matrices font {length} caractères ; la limite est {max}',
  'apply.notVector': '{what} doit être un vecteur (une ligne ou une colonne), mais c’est une matrice {shape}',
  'apply.notVectorHint': 'Donnez-le sous forme de ligne : {example}',
  'apply.numericalFloat': 'Numérique (virgule flottante)',
  'apply.window.title': 'Applications : une fenêtre {window}',
  'apply.window.summary': 'x∘w pour {label}, {exact, select, yes {exact} other {numérique}}. {drop}',
  'apply.window.theSignal': 'Le signal',
  'apply.window.tooShort': 'une fenêtre a besoin d’un signal d’au moins 2 échantillons',
  'apply.window.spectrumX': 'le spectre de x',
  'apply.window.spectrumXw': 'le spectre de x∘w',
  'apply.window.why':
    'Le fenêtrage, c’est x∘w : chaque échantillon est multiplié par la valeur de la fenêtre au même instant, un produit de Hadamard de deux vecteurs. La DFT traite les n échantillons comme une période d’un signal périodique : une sinusoïde qui ne tient pas un nombre entier de périodes saute au raccord, et ce saut fuit dans toutes les fréquences. La fenêtre {window} ramène les deux bords vers zéro, ce qui supprime le saut : la fuite spectrale baisse, au prix d’un pic principal plus large.',
  'apply.window.drop':
    'Loin du pic principal (à plus de {away} cases fréquentielles), le niveau typique (médian) du spectre est de {before} avant et de {after} après la fenêtre.',
  'apply.window.noDrop':
    'Le signal est trop court pour avoir des fréquences loin de son pic principal ; les spectres en montrent tout de même la forme.',
  'apply.window.builtIn':
    'le signal intégré ({n} échantillons : une sinusoïde à 8.5 cycles, à mi-chemin entre deux cases de la DFT, et une autre 40 dB plus faible à 20.25 cycles)',
  'apply.window.yours': 'votre signal ({n} échantillons)',
  'apply.window.leakage': 'Fuite spectrale',
  'apply.window.noteExact': 'x∘w est exact (arithmétique rationnelle).',
  'apply.window.noteFloat': 'Numérique (virgule flottante) : le signal ou la fenêtre a des valeurs irrationnelles.',
  'apply.window.note':
    '{exactness} Les spectres sont en virgule flottante : |DFT| par fft.js, complétée par des zéros jusqu’à {size} points, en dB sous le pic de chaque spectre (tracés jusqu’à {floor} dB).',
  'apply.mask.title': 'Applications : un masque d’attention',
  'apply.mask.summary':
    '{mask}. softmax(S)∘M a pour sommes de lignes {sums} ; renormalisée, elle est égale au softmax avec −∞ sur les scores masqués (numérique).',
  'apply.mask.sentence': 'Le chat dort sur le tapis',
  'apply.mask.notSquare':
    'un masque causal exige autant de requêtes que de clés (une matrice de scores carrée), mais les scores sont de taille {m}×{n}',
  'apply.mask.notSquareHint': 'Exemple : {example}, ou padding:1 pour n’importe quelle forme',
  'apply.mask.allPadding':
    'padding:{k} masque chacune des {n} clés : aucune requête ne pourrait porter son attention sur rien',
  'apply.mask.allPaddingHint':
    'Le remplissage doit laisser au moins une clé : padding:{k}. Exemple : apply mask padding:2',
  'apply.mask.underflow':
    'la probabilité softmax de {where} vaut environ 10^{exponent} : trop petite pour la virgule flottante (tailles non nulles d’environ 4.9×10⁻³²⁴ à 1.8×10³⁰⁸), et l’afficher comme 0 perdrait une valeur non nulle',
  'apply.mask.underflowHint':
    'Des scores à moins de quelques centaines les uns des autres sur une ligne gardent toutes les probabilités dans les limites. Exemple : {example}',
  'apply.mask.whereToken': 'la requête « {query} » → la clé « {key} » (coefficient ({i},{j}))',
  'apply.mask.whereEntry': 'le coefficient ({i},{j})',
  'apply.mask.causal': 'causal : chaque requête voit sa propre position et les clés qui la précèdent',
  'apply.mask.padding':
    'remplissage : {k, plural, one {la dernière clé est du remplissage, vue par aucune requête} other {les # dernières clés sont du remplissage, vues par aucune requête}}',
  'apply.mask.both':
    'causal ∘ remplissage (les masques se combinent eux aussi par le produit de Hadamard) : aucune clé future, ni les {k} dernières',
  'apply.mask.why':
    'Un masque est une matrice de 0 et de 1 posée sur l’attention terme à terme : P∘M garde les probabilités qu’une requête peut utiliser et annule les autres, un produit de Hadamard. Les probabilités annulées faisaient partie du dénominateur du softmax de chaque ligne : une ligne de P∘M a donc une somme inférieure à 1 et doit être divisée à nouveau par sa somme (renormalisée) pour redevenir une distribution. Ajouter −∞ aux scores masqués avant le softmax fait les deux d’un coup, puisque e^−∞ = 0 retire ces termes du dénominateur : les deux conventions donnent la même attention.',
  'apply.mask.scores': 'scores S',
  'apply.mask.mask': 'masque M',
  'apply.mask.convention1': 'Convention 1 : multiplier les probabilités par M, puis renormaliser',
  'apply.mask.convention2': 'Convention 2 : ajouter −∞ aux scores masqués, puis appliquer le softmax',
  'apply.mask.rowSums': 'Sommes des lignes de softmax(S)∘M : {sums} (la masse donnée aux clés masquées a disparu).',
  'apply.mask.eachRow': 'softmax(S)∘M, chaque ligne divisée par sa somme :',
  'apply.mask.same':
    'softmax(S + (−∞)·(J − M)) donne la même matrice : le plus grand écart entre les deux est {difference} (arrondi en virgule flottante).',
  'apply.mask.note':
    'Numérique (virgule flottante) : le softmax utilise exp. Les coefficients masqués valent exactement 0 dans les deux conventions ; {builtIn, select, yes {les scores sont ceux de la phrase intégrée} other {les scores sont les vôtres}}{exact, select, yes {, exacts} other {}}.',
  'apply.gate.title': 'Applications : une porte de LSTM',
  'apply.gate.summary':
    'cₜ = f∘cₜ₋₁ + i∘g = ({c}) ({d, plural, one {# cellule} other {# cellules}}, {exact, select, yes {exact} other {numérique}}).',
  'apply.gate.needsFour':
    'gate a besoin de quatre vecteurs, cₜ₋₁ f i g, ou d’aucun pour un exemple intégré ; reçu : {n}',
  'apply.gate.needsFourHint': 'Exemple : /hadamard {example}, ou /hadamard apply gate seed:7',
  'apply.gate.seedWithVectors':
    'seed:N construit les vecteurs ; avec vos quatre propres vecteurs, il n’y a rien à initialiser',
  'apply.gate.vector': '{name} (le {k, select, 1 {premier} 2 {deuxième} 3 {troisième} other {quatrième}} vecteur)',
  'apply.gate.lengths':
    'cₜ₋₁ a {d} coefficients mais {name} en a {length} : le pas de la cellule les multiplie terme à terme',
  'apply.gate.forget': 'f (la porte d’oubli)',
  'apply.gate.input': 'i (la porte d’entrée)',
  'apply.gate.notSigmoid': '{name} est une sortie de sigmoïde, entre 0 et 1, mais son coefficient {k} vaut {value}',
  'apply.gate.notSigmoidHint':
    'Les coefficients d’une porte disent combien passe : de 0 (rien) à 1 (tout). Exemple : /hadamard {example}',
  'apply.gate.why':
    'Chaque porte est un vecteur de nombres entre 0 et 1, un par cellule mémoire, et elle agit par le produit de Hadamard : f∘cₜ₋₁ garde une fraction de l’ancienne valeur de chaque cellule, i∘g écrit une fraction de chaque valeur candidate. Chaque cellule est contrôlée séparément : le réseau peut garder un nombre pendant de nombreux pas (f proche de 1, i proche de 0) tout en en écrasant un autre (f proche de 0, i proche de 1). Un produit matriciel ordinaire mélangerait les cellules ; c’est le produit terme à terme qui permet à chacune de se souvenir ou d’oublier séparément.',
  'apply.gate.most':
    'La cellule {keeps} garde le plus de sa mémoire (f = {f}) ; la cellule {writes} écrit le plus de sa valeur candidate (i = {i}).',
  'apply.gate.exact': 'Arithmétique rationnelle exacte',
  'apply.gate.note': '{exactness}. Le LSTM complet calcule aussi hₜ = o∘tanh(cₜ), un produit de Hadamard de plus.',
  'apply.gate.noteSeed':
    '{exactness} ; vecteurs intégrés issus de la graine {seed} (`apply gate seed:N` pour d’autres). Le LSTM complet calcule aussi hₜ = o∘tanh(cₜ), un produit de Hadamard de plus.',
  'apply.taper.title': 'Applications : tapering de covariance',
  'apply.taper.summary':
    '{ab} est {verdict}{hypothesis, select, yes {, comme Schur le garantit} other {}} ; {zeros} coefficients sur {total} valent exactement 0 ({exact, select, yes {exact} other {numérique}}).',
  'apply.taper.tooMany': 'taper accepte au plus deux matrices, A et B ; reçu : {n}',
  'apply.taper.notSquare': '{name} est de taille {shape} : une covariance est carrée',
  'apply.taper.shapes':
    '{a} est de taille {shapeA} mais {b} est de taille {shapeB} ; le produit terme à terme exige des tailles égales',
  'apply.taper.describeA': 'corrélation exponentielle (AR(1)) ρ^|i−j|, kms({n}, 9/10)',
  'apply.taper.describeB': 'taper de Wendland (1 − r)⁴(4r + 1), r = |i − j|/{w}, nul à partir du décalage {w}',
  'apply.taper.givenMatrix': 'la matrice donnée',
  'apply.taper.notComputed': 'non calculée',
  'apply.taper.holds':
    '{a} et {b} sont semi-définies positives, donc le théorème du produit de Schur garantit {ab} ⪰ 0, et la vérification le confirme : {verdict}.',
  'apply.taper.fails':
    'Le théorème exige que les deux facteurs soient semi-définis positifs, et {failing} : il ne promet rien, et {ab} est {verdict}.',
  'apply.taper.zeros': '{zeros} des {total} coefficients de {ab} valent exactement 0.',
  'apply.taper.why':
    'Le tapering multiplie une covariance terme à terme par un taper qui vaut exactement 0 au-delà d’une certaine distance : le produit de Hadamard garde les covariances proches (un peu réduites) et annule les lointaines, si bien que la matrice devient creuse et rapide à factoriser. Annuler à la main des coefficients d’une covariance peut détruire la semi-définie positivité ; multiplier par un taper semi-défini positif ne le peut pas, car le produit de Hadamard de matrices semi-définies positives est semi-défini positif (Schur). C’est pourquoi on choisit les tapers parmi les fonctions définies positives, comme celle de Wendland.',
  'apply.taper.lambdaNote': 'Les λmin sont les milieux d’encadrements certifiés (des indices, pas ce qui tranche).',
  'apply.image.title': 'Applications : filtrer une image pixel par pixel',
  'apply.image.summary':
    '{what} ∘ {mask} : le pixel ({row},{col}) devient {product}{exact, select, yes { (exact)} other {}}.',
  'apply.image.theImage': 'L’image',
  'apply.image.theMask': 'Le masque',
  'apply.image.notBrightness':
    '{what} contient des luminosités, de 0 (noir) à 1 (blanc) ou de 0 à 255, mais le coefficient ({i},{j}) vaut {value}',
  'apply.image.notBrightnessHint':
    'Exemple : /hadamard {example} (un masque : la part de chaque pixel qui passe, de 0 à 1)',
  'apply.image.vignette': 'un vignettage (1 au centre, 1/4 dans les coins)',
  'apply.image.checkerboard': 'un damier (1 garde une case, 0 la noircit)',
  'apply.image.gradient': 'un dégradé (de 0 au bord gauche à 1 au bord droit)',
  'apply.image.yourMask': 'votre masque {rows}×{cols}',
  'apply.image.yourMaskBlocks': 'votre masque {rows}×{cols}, chaque coefficient couvrant un bloc de {h}×{w} pixels',
  'apply.image.yourImage': 'votre image {h}×{w}',
  'apply.image.givenImage': 'l’image {h}×{w}',
  'apply.image.builtIn': 'l’image couleur intégrée {h}×{w}',
  'apply.image.why':
    'Une image en niveaux de gris est une matrice de luminosités (une image couleur en compte trois, une par canal), et un masque de même taille dit quelle part de chaque pixel passe. Filtrer par un masque, c’est image ∘ masque : chaque pixel de sortie est le pixel d’entrée multiplié par la valeur du masque au même endroit, rien d’autre, exactement le produit de Hadamard (en couleur, le masque est répété sur les trois canaux). Contrairement à un flou ou à toute convolution, aucun pixel ne regarde ses voisins.',
  'apply.image.image': 'image',
  'apply.image.mask': 'masque',
  'apply.image.pixel':
    'Pixel ({row},{col}){rgb, select, yes {, canal rouge} other {}} : {product} (luminosité de 0 à 1).\nLuminosité moyenne : {before} avant, {after} après.',
  'apply.image.exact': 'Le pixel ci-dessus est exact (arithmétique rationnelle)',
  'apply.image.note':
    '{exactness}{scaled, select, yes { ; les valeurs sur 8 bits ont été divisées par 255} other {}}. La figure dessine les images arrondies à 8 bits par canal.',
  'applyFig.window.heading': 'Fenêtrage : x ∘ w, fenêtre {window}',
  'applyFig.window.sub': '{n} échantillons · x∘w {exact, select, yes {exact} other {numérique}}',
  'applyFig.window.subBuiltIn':
    '{n} échantillons (intégré : une sinusoïde et une autre 40 dB plus faible) · x∘w {exact, select, yes {exact} other {numérique}}',
  'applyFig.window.signal': 'signal x',
  'applyFig.window.window': '∘ fenêtre w ({window})',
  'applyFig.window.product': '= x ∘ w : chaque échantillon fois la valeur de la fenêtre',
  'applyFig.window.spectrum': 'Spectre d’amplitude (dB sous le pic)',
  'applyFig.window.weakTone': 'sinusoïde faible',
  'applyFig.window.frequency': 'fréquence, cycles par échantillon',
  'applyFig.window.before': 'avant : x seul',
  'applyFig.window.beforeFar': 'avant : x seul, loin du pic {level}',
  'applyFig.window.after': 'après : x∘w ({window})',
  'applyFig.window.afterFar': 'après : x∘w ({window}), loin du pic {level}',
  'applyFig.window.alt':
    'Fenêtre {window} appliquée à un signal de {n} échantillons : trois bandes montrent le signal x, la fenêtre w (0 aux deux bords, 1 au milieu) et leur produit terme à terme x∘w, qui s’éteint jusqu’à 0 aux deux bords.',
  'applyFig.window.altSpectra':
    'En dessous, les spectres d’amplitude en dB : le signal seul (en tirets) et x∘w (en trait plein).',
  'applyFig.window.altLeak':
    'Loin du pic principal, le niveau typique du spectre passe de {before} avant à {after} après la fenêtre : moins de fuite spectrale.',
  'applyFig.window.altWeak': 'Avec la fenêtre, la seconde sinusoïde, plus faible, ressort de la fuite.',
  'applyFig.mask.heading': 'Masque d’attention : softmax, puis ∘ M',
  'applyFig.mask.subBuiltIn': 'phrase intégrée · virgule flottante (le softmax utilise exp)',
  'applyFig.mask.sub': 'vos scores {m}×{n} · virgule flottante (le softmax utilise exp)',
  'applyFig.mask.scores': 'scores S',
  'applyFig.mask.rowsCols': 'lignes : requêtes, colonnes : clés',
  'applyFig.mask.mask': 'masque M',
  'applyFig.mask.lessThan1': 'lignes de somme inférieure à 1',
  'applyFig.mask.divide': '÷ sommes des lignes',
  'applyFig.mask.minusInfinity': '= softmax(S − ∞ là où M vaut 0)',
  'applyFig.mask.probability': 'probabilité',
  'applyFig.mask.masked': 'masqué : exactement 0',
  'applyFig.mask.paragraph':
    'Chaque ligne de softmax(S)∘M a une somme inférieure à 1 : la part des clés masquées a disparu. Diviser par la somme de la ligne, ou ajouter −∞ aux scores masqués avant le softmax, donne la même attention (plus grand écart {difference}).',
  'applyFig.mask.alt':
    'Attention avec un masque {mask} sur une matrice de scores {m}×{n}. Quatre cartes de chaleur : les scores ; le masque de 0 et de 1 (cases masquées hachurées) ; le softmax des scores multiplié par le masque, dont les lignes ont pour sommes {sums} ; et l’attention renormalisée, égale au softmax avec moins l’infini sur les scores masqués. Lignes renormalisées : {rows}.',
  'applyFig.gate.keep': 'garder : f ∘ cₜ₋₁',
  'applyFig.gate.write': 'écrire : i ∘ g',
  'applyFig.gate.sum': 'somme',
  'applyFig.gate.heading': 'Pas d’une cellule LSTM : cₜ = f∘cₜ₋₁ + i∘g',
  'applyFig.gate.sub':
    '{n, plural, one {# cellule mémoire} other {# cellules mémoire}} · vos vecteurs · {exact, select, yes {exact} other {numérique}}',
  'applyFig.gate.subBuiltIn':
    '{n, plural, one {# cellule mémoire} other {# cellules mémoire}} · intégrés, graine {seed} · {exact, select, yes {exact} other {numérique}}',
  'applyFig.gate.paragraph':
    'Jauges vertes : la part de chaque cellule qui passe (de 0 à 1). Barres : les valeurs, positives à droite de la ligne, négatives à gauche. Chaque cellule est contrôlée séparément : c’est le produit terme à terme.',
  'applyFig.gate.cell': 'cellule {k} : {f} × {c0} = {kept} gardé, {i} × {g} = {written} écrit, nouvel état {c}',
  'applyFig.gate.alt':
    'Un pas d’une cellule LSTM sur {n} cellules, c_t = f∘c_(t−1) + i∘g, sous forme de tableau de jauges et de barres. {rows}{more}.',
  'applyFig.taper.heading': 'Tapering de covariance : A ∘ B',
  'applyFig.taper.subExact': '{n}×{n} · verdicts exacts · λmin : indice en virgule flottante',
  'applyFig.taper.subFloat': '{n}×{n} · virgule flottante · λmin : indice en virgule flottante',
  'applyFig.taper.psdRank': 'semi-définie positive, rang {rank}',
  'applyFig.taper.notPsd': 'non semi-définie positive',
  'applyFig.taper.zero': 'exactement 0',
  'applyFig.taper.paragraph':
    '{describeA} ; {describeB}. {zeros} coefficients sur {total} de {ab} valent exactement 0. {schur}',
  'applyFig.taper.schur': '{a} et {b} sont semi-définies positives, donc {ab} l’est aussi (Schur).',
  'applyFig.taper.noSchur': 'L’hypothèse de Schur n’est pas satisfaite ici : aucune garantie.',
  'applyFig.taper.alt':
    'Tapering de covariance sur des matrices {n}×{n}, trois cartes de chaleur sur une même échelle de couleurs : {a} ({describeA}), {verdictA}, plus petite valeur propre {lambdaA} ; {b} ({describeB}), {verdictB}, plus petite valeur propre {lambdaB} ; et {ab}, {verdictAB}, plus petite valeur propre {lambdaAB}, avec {zeros} coefficients sur {total} exactement nuls (hachurés), une bande le long de la diagonale.',
  'applyFig.taper.altSchur':
    'Par le théorème du produit de Schur, le produit de deux matrices semi-définies positives est semi-défini positif.',
  'applyFig.image.heading': 'Filtrage pixel par pixel : image ∘ masque',
  'applyFig.image.subBuiltIn': 'image de test intégrée · luminosité moyenne {before} → {after}',
  'applyFig.image.sub': 'votre image · luminosité moyenne {before} → {after}',
  'applyFig.image.image': 'image',
  'applyFig.image.mask': 'masque',
  'applyFig.image.product': 'image ∘ masque',
  'applyFig.image.rgb': '{h}×{w}, RVB',
  'applyFig.image.grey': '{h}×{w}, gris',
  'applyFig.image.maskNote': '{mask}, de 0 à 1',
  'applyFig.image.yourMask': 'votre masque',
  'applyFig.image.vignette': 'vignettage',
  'applyFig.image.checkerboard': 'damier',
  'applyFig.image.gradient': 'dégradé',
  'applyFig.image.pixelByPixel': 'pixel par pixel',
  'applyFig.image.workedOutlined': 'Pixel ({row},{col}){rgb, select, yes {, rouge} other {}}, encadré : {product}',
  'applyFig.image.worked': 'Pixel ({row},{col}){rgb, select, yes {, rouge} other {}} : {product}',
  'applyFig.image.paragraph':
    'Chaque pixel de sortie est le pixel d’entrée multiplié par la valeur du masque au même endroit (en couleur, dans chaque canal) : les voisins n’interviennent pas.',
  'applyFig.image.altVignette': 'un vignettage, clair au centre et plus sombre vers les coins',
  'applyFig.image.altCheckerboard': 'un damier de cases blanches (1, gardées) et noires (0, supprimées)',
  'applyFig.image.altGradient': 'un dégradé du noir au bord gauche au blanc au bord droit',
  'applyFig.image.altMatrix': 'le masque donné',
  'applyFig.image.altBuiltIn': 'une image de test intégrée (ciel, soleil, collines, un arbre et un champ rayé)',
  'applyFig.image.altSized': 'une image {h}×{w}',
  'applyFig.image.alt':
    'Filtrage pixel par pixel : {what} ; {mask} ; et leur produit terme à terme, l’image filtrée, côte à côte. {worked}. Luminosité moyenne {before} avant et {after} après.',

  // ── groups ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'groups.example': 'Exemple : {command}',
  'groups.permission': 'la permission de gérer ce salon',
  'groups.permission.discord': 'la permission Gérer les salons',
  'groups.permission.slack': 'être admin ou propriétaire de l’espace de travail Slack',
  'groups.notQuizId':
    '{word} n’est pas un id de quiz : les ids sont la lettre q suivie de quelques lettres ou chiffres, comme q7k2m9, et chaque message de quiz affiche le sien',
  'scores.notPeriod':
    '{word} n’est pas une période : le classement est celui de cette semaine (week) ou de toujours (all)',
  'scores.you': 'vous',
  'scores.when.week': 'cette semaine',
  'scores.when.all': 'depuis toujours',
  'scores.when.weekOf': 'la semaine du {date} (finale)',
  'scores.title': 'Classement, {when}',
  'scores.leaderboard': 'Classement',
  'scores.nothingCounted': 'rien de compté pour l’instant',
  'scores.counted': '{correct} sur {answered} justes',
  'scores.countedStreak':
    '{correct} sur {answered} justes, série de {streak} {streak, plural, one {jour} other {jours}}',
  'scores.pendingPoints': ' (+{pending} en attente)',
  'scores.pendingAnswers': ' ({answers} {answers, plural, one {réponse en attente} other {réponses en attente}})',
  'scores.line': '{rank}. {name} : **{points}** {points, plural, one {point} other {points}}{pending}, {counted}',
  'scores.lead.you': 'vous menez avec {points} {points, plural, one {point} other {points}}.',
  'scores.lead.one': '{leader} mène avec {points} {points, plural, one {point} other {points}}.',
  'scores.lead.shared': '{names} partagent la tête avec {points} {points, plural, one {point} other {points}}.',
  'scores.lead.nonePending':
    'aucun point compté pour l’instant : {pending} sont en attente jusqu’à la fin de leurs manches.',
  'scores.lead.none': 'pas encore de points : une bonne réponse vous met au classement.',
  'scores.list.two': '{first} et {second}',
  'scores.list.many': '{rest} et {last}',
  'scores.summary': '{players} {players, plural, one {joueur} other {joueurs}} ({when}) ; {lead}',
  'scores.minePending':
    ' Vos {pending} {pending, plural, one {point en attente compte} other {points en attente comptent}} quand {answers, plural, one {la manche se ferme} other {leurs manches se ferment}}.',
  'scores.empty': 'Pas encore de réponses ({when}) : lancez une manche avec /hadamard quiz.',
  'scores.rules':
    'Points : 10 par bonne réponse (plus un bonus de rapidité si le salon l’active), comptés à la fermeture de la manche (en attente jusque-là) ; à points égaux, même rang ; la série compte les jours d’affilée avec une bonne réponse.',
  'scores.pin.notAllowed': 'épingler le classement demande {permission} ; /hadamard scores vous le montre maintenant',
  'scores.pin.notAllowedHint': 'Demandez à quelqu’un qui gère le salon, ou voyez le classement : /hadamard scores',
  'scores.pin.noPoster':
    'un classement épinglé est un message que le bot modifie dans un salon de discussion, et il ne peut pas publier ici',
  'scores.pin.noPosterHint':
    'Épinglez-le dans un salon Slack ou Discord (ou sur la page locale) : /hadamard scores pin',
  'scores.pin.refused': 'le classement n’a pas pu être publié dans ce salon (le bot en est-il membre ?)',
  'scores.pin.refusedHint': 'Invitez le bot dans le salon, puis : /hadamard scores pin',
  'scores.pin.replaced': 'Ce classement n’est plus mis à jour : le salon en a épinglé un nouveau plus bas.',
  'scores.pin.title': 'Classement épinglé',
  'scores.pin.summaryWeek':
    'Le classement de la semaine est publié dans ce salon et se mettra à jour sur place à la fermeture des manches (au plus toutes les {seconds} s).',
  'scores.pin.summaryAll':
    'Le classement de toujours est publié dans ce salon et se mettra à jour sur place à la fermeture des manches (au plus toutes les {seconds} s).',
  'scores.pin.previous': ' L’épinglé précédent n’est plus mis à jour.',
  'scores.pin.footer':
    '_Épinglé : ce classement se met à jour tout seul à la fermeture des manches. Mis à jour : {time}._',
  'scores.fig.noAnswers': 'aucune réponse',
  'scores.fig.accuracy': '{correct} sur {answered} justes ({pct} %)',
  'scores.fig.streak': 'série de {n} {n, plural, one {jour} other {jours}}',
  'scores.fig.noStreak': 'pas de série',
  'scores.fig.pendingPoints': '+{points} en attente',
  'scores.fig.pendingAnswers': '{n} {n, plural, one {réponse en attente} other {réponses en attente}}',
  'scores.fig.you': '(vous)',
  'scores.fig.subtitle': '{n} {n, plural, one {joueur} other {joueurs}} · longueur de barre = points',
  'scores.fig.subtitleEmpty': 'points, précision et séries apparaissent ici',
  'scores.fig.emptyWeek': 'Pas encore de réponses cette semaine.',
  'scores.fig.emptyAll': 'Pas encore de réponses dans ce salon.',
  'scores.fig.emptyBody':
    'Lancez une manche avec /hadamard quiz : chaque bonne réponse vous met au classement, et une bonne réponse par jour fait une série.',
  'scores.fig.altEmpty': 'Classement, {when} : pas encore de réponses. Lancez une manche avec /hadamard quiz.',
  'scores.fig.more': 'et {n} {n, plural, one {autre joueur} other {autres joueurs}}',
  'scores.fig.legend':
    'Précision : bonnes réponses sur toutes les réponses. Série : jours d’affilée avec une bonne réponse.',
  'scores.fig.legendPending': ' Hachuré : points en attente jusqu’à la fermeture de la manche.',
  'scores.fig.alt': 'Classement, {when}, {n} {n, plural, one {joueur} other {joueurs}}, longueur de barre = points : ',
  'scores.fig.altRow':
    '{rank}. {name} : {points} {points, plural, one {point} other {points}}{pending}, {accuracy}, {streak}',
  'settings.desc.private': 'les réponses sont privées (éphémères) sauf demande contraire',
  'settings.desc.figures': 'les réponses viennent avec leurs figures',
  'settings.desc.numbers': 'valeurs exactes affichées en fractions ou en décimales',
  'settings.desc.quiz_seconds': 'combien de temps un quiz reste ouvert avant que la réponse soit révélée',
  'settings.desc.theme': 'la couleur de la carte des figures',
  'settings.desc.speed_bonus': 'un petit bonus pour répondre tôt (la justesse compte toujours d’abord)',
  'settings.desc.timezone':
    'l’heure locale du salon : quand les programmations s’exécutent et quand sa semaine commence (lundi 00:00)',
  'settings.desc.language': 'la langue des messages du salon (les réponses privées suivent la langue de chacun)',
  'settings.values.onOff': 'on ou off',
  'settings.values.numbers': 'fractions ou decimals',
  'settings.values.quiz_seconds': 'de {min} à {max} secondes',
  'settings.values.theme': 'light ou dark',
  'settings.values.timezone': 'un fuseau horaire IANA comme Europe/Paris ou America/Montreal',
  'settings.values.language': 'en, es, pt-BR, fr ou de',
  'settings.source.channel': 'salon',
  'settings.source.workspace': 'espace de travail',
  'settings.source.default': 'par défaut',
  'settings.unknownKey': '{word} n’est pas un réglage ; les réglages sont {keys}',
  'settings.unknownKeyHint': 'Réglages : {keys}. Exemple : /hadamard settings quiz_seconds 90',
  'settings.badSeconds': 'quiz_seconds doit aller de {min} à {max} secondes ; {word} fait {seconds} s',
  'settings.badZone':
    '{word} n’est pas un fuseau horaire que je connais : donnez un nom IANA (Région/Ville), qui suit l’heure d’été',
  'settings.badZoneHint': 'Exemple : {command} (ou America/New_York, Asia/Tokyo, UTC)',
  'settings.badValue': '{word} n’est pas une valeur de {key} : il prend {values} (ou default)',
  'settings.oneValue': 'settings prend un réglage et une valeur ; j’ai trouvé {words}',
  'settings.notAllowed':
    'modifier les réglages du salon demande {permission} ; vous pouvez toujours les voir avec /hadamard settings',
  'settings.notAllowedHint': 'Demandez à quelqu’un qui gère le salon, ou affichez les réglages : /hadamard settings',
  'settings.line': '- `{key}` : **{value}** ({source}) — {description} ; {values}',
  'settings.changed': '{key} vaut maintenant {value} dans ce salon (avant : {previous}).',
  'settings.shown': '{key} vaut {value} ici ({source}).',
  'settings.all': 'Les réglages de ce salon, et d’où vient chaque valeur.',
  'settings.title': 'Réglages',
  'settings.howToChange':
    'Pour en changer un : `/hadamard settings <key> <value>` (ou `default`). Demande la permission de gérer le salon.',
  'schedule.forms':
    'schedule daily HH:MM <commande>, schedule weekdays HH:MM <commande>, schedule weekly <mon…sun> HH:MM <commande>, schedule remove <id>, ou schedule (la liste)',
  'schedule.notId':
    '{word} n’est pas un id de programmation : les ids sont la lettre s suivie de quelques lettres ou chiffres, comme s4k9x2 ; /hadamard schedule les liste',
  'schedule.listNoWords': 'schedule list ne prend pas d’autres mots',
  'schedule.removeNeedsId': 'schedule remove demande l’id de la programmation à supprimer',
  'schedule.removeOneId': 'schedule remove prend un seul id ; j’ai trouvé {words}',
  'schedule.removeHint': 'Exemple : /hadamard schedule remove s4k9x2 (/hadamard schedule liste les ids)',
  'schedule.notEvery':
    '{word} ne dit pas à quelle fréquence une programmation s’exécute : chaque jour (daily), en semaine (weekdays, du lundi au vendredi) ou chaque semaine (weekly)',
  'schedule.formsHint': 'Les formes : {forms}. Exemple : {command}',
  'schedule.needsDay': 'une programmation hebdomadaire demande son jour : {days}',
  'schedule.notDay': '{word} n’est pas un jour : une programmation hebdomadaire demande son jour : {days}',
  'schedule.dailyNoDay':
    'une programmation daily s’exécute tous les jours, elle ne prend donc pas de jour ; pour un jour par semaine, dites weekly {day}',
  'schedule.weekdaysNoDay':
    'une programmation weekdays s’exécute du lundi au vendredi, elle ne prend donc pas de jour ; pour un jour par semaine, dites weekly {day}',
  'schedule.needsTime': 'une programmation demande son heure locale en HH:MM (sur 24 heures), p. ex. 09:00 ou 17:30',
  'schedule.notTime':
    '{word} n’est pas une heure : une programmation demande son heure locale en HH:MM (sur 24 heures), p. ex. 09:00 ou 17:30',
  'schedule.needsCommand':
    'une programmation demande, après son heure, la commande qu’elle exécute, p. ex. quiz schur medium ou scores week',
  'schedule.tooLong': 'la commande programmée fait {length} caractères ; une programmation en exécute au plus {max}',
  'schedule.noSchedule':
    'une programmation ne peut pas exécuter schedule : elle exécute une commande du salon, comme quiz, scores ou apply',
  'schedule.notAllowed':
    'modifier les programmations du salon demande {permission} ; vous pouvez toujours les voir avec /hadamard schedule',
  'schedule.notAllowedHint':
    'Demandez à quelqu’un qui gère le salon, ou listez les programmations : /hadamard schedule',
  'schedule.title': 'Programmations',
  'schedule.count': '{n} {n, plural, one {programmation} other {programmations}} dans ce salon (sur {max} au plus).',
  'schedule.none': 'Ce salon n’a pas encore de programmation.',
  'schedule.howTo':
    'En ajouter une : `/hadamard schedule daily 09:00 quiz schur medium`, `/hadamard schedule weekly fri 17:00 scores week` ; en supprimer une : `/hadamard schedule remove <id>`. Les heures sont dans le fuseau du salon (`/hadamard settings timezone Europe/Paris`). Demande la permission de gérer le salon.',
  'schedule.badCommand': 'la commande programmée ne fonctionne pas : {message}',
  'schedule.badCommandHint':
    '{hint} — Une programmation exécute une commande telle que vous la taperiez, p. ex. /hadamard schedule daily 09:00 quiz schur medium',
  'schedule.notSchedulable':
    'une programmation ne peut pas exécuter {verb} : une exécution programmée publie dans le salon pour tous, au nom de personne',
  'schedule.notSchedulablePin':
    'une programmation ne peut pas exécuter scores pin (un classement épinglé se met à jour tout seul) : une exécution programmée publie dans le salon pour tous, au nom de personne',
  'schedule.notSchedulableHint':
    'Programmez ce que le salon doit voir : /hadamard schedule daily 09:00 quiz, ou /hadamard schedule weekly mon 09:00 scores week',
  'schedule.full': 'ce salon a {max} programmations, le maximum ; supprimez-en une d’abord',
  'schedule.fullHint': 'Voyez-les avec /hadamard schedule, puis supprimez-en une : /hadamard schedule remove <id>',
  'schedule.addedTitle': 'Programmation {id}',
  'schedule.added': 'Programmé : `{command}` {when}. Première exécution : {time}.',
  'schedule.addedBody':
    'Elle publie dans ce salon pour tous. Supprimez-la avec `/hadamard schedule remove {id}` ; listez-les avec `/hadamard schedule`.',
  'schedule.noSuch': 'ce salon n’a pas de programmation {id}',
  'schedule.noSuchHint': 'Listez les programmations avec leurs ids : /hadamard schedule',
  'schedule.removedTitle': 'Programmation {id} supprimée',
  'schedule.removed': 'La programmation {id} est supprimée : elle ne s’exécutera plus.',
  'schedule.when.daily': 'chaque jour à {at} ({zone})',
  'schedule.when.weekdays': 'en semaine à {at} ({zone})',
  'schedule.when.weekly': 'chaque {day} à {at} ({zone})',
  'schedule.line': '`{id}` {when} : `{command}` — prochaine : {time}',
  'schedule.footer': '_Programmé {when} (`{id}`) : `/hadamard {command}`._',
  'me.noWords': 'me ne prend pas de mots ; j’ai trouvé {words}',
  'me.noWordsHint': 'Exemple : /hadamard me (et /hadamard practice pour une question sur votre thème le plus faible)',
  'me.accuracy': '{correct} sur {answered} justes ({pct} %)',
  'me.notTried': 'pas essayé',
  'me.none': 'Pas encore de réponses de votre part ici. Essayez {practice} : une question privée, rien que pour vous.',
  'me.summary':
    '{points} {points, plural, one {point} other {points}} dans ce salon{pending} ; {accuracy}{practiced}{streak}.',
  'me.summaryPending': ' (+{pending} en attente jusqu’à la fermeture de leurs manches)',
  'me.summaryPracticed': ', dont {n} en entraînement',
  'me.summaryStreak': ' ; série de {n} {n, plural, one {jour} other {jours}}',
  'me.byTopic': 'Précision par thème',
  'me.topic': '- {topic} : {accuracy}',
  'me.topicWeakest': '- {topic} : {accuracy} ← à travailler',
  'me.mistakes': 'Les erreurs choisies par vos mauvaises réponses',
  'me.next': 'Ensuite',
  'me.nextBody':
    '{practice} : {why}. Les questions d’entraînement sont à vous seul : elles comptent ici, jamais au classement du salon.',
  'me.whyUntried': 'un thème que vous n’avez pas encore essayé',
  'me.whyLowest': 'votre plus faible précision : {correct} sur {answered} justes en {topic}',
  'me.title': 'Vos progrès',
  'me.fig.tally': '{correct} sur {answered} ({pct} %)',
  'me.fig.noAnswers': 'pas encore de réponses',
  'me.fig.overall': '{correct} sur {answered} justes ({pct} %)',
  'me.fig.overallPracticed': '{correct} sur {answered} justes ({pct} %), {practiced} en entraînement',
  'me.fig.streak': 'série de {n} {n, plural, one {jour} other {jours}}',
  'me.fig.noStreak': 'pas de série',
  'me.fig.points': '{n} {n, plural, one {point} other {points}}',
  'me.fig.pointsPending': '{n} {n, plural, one {point} other {points}} (+{pending} en attente)',
  'me.fig.title': 'Vos progrès : précision par thème',
  'me.fig.legend':
    'Longueur de barre = part de bonnes réponses ; pointillés : pas essayé. {topic} (orange) est le thème à travailler.',
  'me.fig.mistakes': 'Vos erreurs les plus choisies',
  'me.fig.next': 'Ensuite : {command}',
  'me.fig.alt': 'Vos progrès : {points}{pending}, {overall}, {streak}. ',
  'me.fig.altPending': ', {pending} en attente',
  'me.fig.altTopics': 'Précision par thème : {topics}. ',
  'me.fig.altMistakes': 'Erreurs les plus choisies : {list}. ',
  'me.fig.altSuggested': 'Suggestion : practice {topic} {level}.',
  'class.notView':
    '{word} n’est pas une vue de class : class montre cette semaine, class export envoie les réponses en CSV',
  'class.notAllowedView': 'la vue de classe est réservée à ceux qui gèrent ce salon ({permission})',
  'class.notAllowedExport': 'l’export de classe est réservé à ceux qui gèrent ce salon ({permission})',
  'class.notAllowedHint': 'Vos propres progrès, vous pouvez les voir : /hadamard me',
  'class.summary':
    'Cette semaine : {players} {players, plural, one {joueur} other {joueurs}}, {rounds} {rounds, plural, one {manche} other {manches}} ({closed} fermées), {answered} {answered, plural, one {réponse} other {réponses}}, {pct} justes.',
  'class.none':
    'Pas encore de réponses aux manches fermées cette semaine ({rounds} {rounds, plural, one {manche lancée} other {manches lancées}}).',
  'class.byTopic': 'Précision par thème',
  'class.topic':
    '- {topic} : {correct} sur {answered} justes ({pct}), {players} {players, plural, one {joueur} other {joueurs}}',
  'class.topicNotAsked': '- {topic} : pas posé',
  'class.misconceptions': 'Idées fausses les plus choisies',
  'class.counted':
    'Comptées : les réponses aux manches fermées de cette semaine (les semaines commencent le lundi, UTC) ; les questions d’entraînement sont privées et ne comptent pas. Les réponses en fichier : `{command}`.',
  'class.title': 'Vue de classe, cette semaine',
  'class.exportTitle': 'Export de classe',
  'class.exportSummary':
    '{file} : {n} {n, plural, one {réponse} other {réponses}} aux manches fermées de ce salon, des plus anciennes aux plus récentes{truncated}.',
  'class.exportTruncated': ' (les {max} plus récentes : il y en a d’autres)',
  'class.exportEmpty':
    '{file} : pas encore de réponses aux manches fermées de ce salon (le fichier n’a que son en-tête).',
  'class.exportColumns':
    'Colonnes : {columns}. Une ligne par réponse ; heures en UTC (ISO 8601). Ids d’utilisateur seulement (pas de noms) ; les questions d’entraînement et les manches encore ouvertes sont exclues.',
  'class.exportFile': 'Les réponses aux manches de quiz de ce salon ({n})',
  'forget.noWords': 'forget-me ne prend pas de mots ; j’ai trouvé {words}',
  'forget.title': 'Oublié',
  'forget.summary':
    'Supprimé : {answers} {answers, plural, one {réponse} other {réponses}} (avec leurs points, idées fausses et entraînement), {practice} {practice, plural, one {question d’entraînement} other {questions d’entraînement}} et {replies} {replies, plural, one {lien de modification} other {liens de modification}} ; {rounds, plural, one {le quiz que vous avez lancé reste} other {les {rounds} quiz que vous avez lancés restent}} pour ceux qui ont répondu, sans votre nom.',
  'forget.body':
    'Cela couvre tous les salons sur {platform} : vos scores, /hadamard me et les vues de classe ne vous comptent plus. Le bot n’a jamais gardé le texte de vos messages, seulement des ids, des choix et des heures.',

  // ── errors ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'err.hint.empty_command': 'Essayez : {example} — ou `/hadamard help` pour tout ce que sait faire le bot.',
  'err.hint.text_too_long':
    'Envoyez des matrices plus petites (jusqu’à 12×12) ou découpez la question en plusieurs commandes.',
  'err.hint.unknown_verb':
    'Commandes : product, schur, psd, oppenheim, props, relate, apply, explain, help ; dans un canal aussi quiz, answer, reveal, scores, settings, forget-me, schedule. Exemple : /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'Les matrices s’écrivent [[2,3],[4,1]] ou [2 3; 4 1] ; constructeurs : eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Exemple : {example}',
  'err.hint.unknown_topic':
    'Thèmes : definition, properties, schur, oppenheim, relations, applications. Exemple : /hadamard explain schur',
  'err.hint.missing_operand': 'Donnez les matrices l’une après l’autre. Exemple : {example}',
  'err.hint.too_many_operands': 'Le produit prend de 2 à 6 matrices. Exemple : /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Chaque [ a besoin de son ]. Exemple : [[2,3],[4,1]] (style JSON) ou [2 3; 4 1] (style MATLAB).',
  'err.hint.ragged_rows':
    'Chaque ligne doit avoir le même nombre de coefficients. Exemple : [[1,2,3],[4,5,6]] est 2×3.',
  'err.hint.empty_matrix': 'Une matrice a besoin d’au moins un coefficient. Exemple : [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'Les coefficients sont des nombres comme 2, -1.5, 1/3, 2.5e-3, ou des expressions comme 2*sqrt(3)/5, pi/4, cos(pi/3) et log(2).',
  'err.hint.division_by_zero':
    'La division par zéro n’est pas définie. Exemple de coefficients fractionnaires : [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'Les coefficients peuvent utiliser des nombres, + - * / ^ ( ), pi, e et sqrt sin cos tan exp log abs. Exemple : [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep':
    'Simplifiez le coefficient : au plus 32 parenthèses, signes ou puissances imbriqués. Exemple : (1+2)*(3-4)/5',
  'err.hint.too_large':
    'Utilisez des matrices plus petites (jusqu’à 12×12) ou des nombres plus petits. Exemple : hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Joignez un fichier CSV ou TSV (une ligne de matrice par ligne, des nombres seulement, sans en-tête), un tableau JSON de lignes comme [[2,3],[4,1]], ou une image PNG ou JPEG. Exemple : a.csv contenant les deux lignes 2,3 et 4,1.',
  'err.hint.missing_attachment':
    '@1 désigne le premier fichier joint, @2 le deuxième. Exemple : hadamard --attach a.csv --attach b.csv "schur @1 @2" (dans la CLI).',
  'err.hint.unavailable': 'Réessayez dans une minute. Les calculs fonctionnent en attendant, par exemple {example}',
  'err.hint.not_allowed':
    'Demandez à une personne qui gère ce canal. Vous pouvez toujours voir les réglages : /hadamard settings',
  'err.hint.needs_channel':
    'Les commandes de groupe d’étude (quiz, answer, reveal, scores, settings, forget-me) fonctionnent dans un canal de discussion, la page locale ou la CLI. Exemple : /hadamard quiz',
  'err.hint.missing_argument':
    'Donnez les mots dont la commande a besoin. Exemples : /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Exemples : /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Réglages : private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Exemple : /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Les nombres de toute taille sont acceptés (1e400, exp(-1000)), mais pas les tailles dont l’exposant lui-même a plus de 14 chiffres, comme exp(1e20). Remettez les coefficients à l’échelle (les verdicts de psd et schur ne changent pas quand une matrice est multipliée par un nombre strictement positif). Exemple : /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'Le produit coefficient par coefficient demande des matrices de même taille (pas de broadcasting). Exemple : [[1,2]] [[3,4]] (toutes deux 1×2).',
  'err.hint.not_square': 'Il faut ici des matrices carrées (n×n). Exemple : /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Donnez des vecteurs comme [1 2 3].',
  'err.hint.timeout':
    'Utilisez des nombres plus courts ou des matrices plus petites ; les décimaux à peu de chiffres et les petites fractions restent rapides. Exemple : /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Erreur ({code}) : {message}\nIndice : {hint}',
  'err.example': 'Exemple : {example}',
  'err.where.matrix':
    '{n, plural, =1 {la première matrice} =2 {la deuxième matrice} =3 {la troisième matrice} =4 {la quatrième matrice} =5 {la cinquième matrice} =6 {la sixième matrice} other {la matrice nº #}}',
  'err.where.command': 'la commande',
  'err.where.aMatrix': 'une matrice',
  'err.command.tooLong': 'la commande fait {length} caractères ; la limite est {max}',
  'err.command.empty': 'la commande est vide',
  'err.command.unknownVerb': '{word} (au caractère {at}) n’est pas une commande que je connais',
  'err.command.unknownVerbClose':
    '{word} (au caractère {at}) n’est pas une commande que je connais — vouliez-vous dire "{close}" ?',
  'err.command.tooManyFilesExact':
    '{verb} prend exactement {max} {max, plural, one {matrice} other {matrices}}, et {files} fichiers sont joints : dites lesquels, par exemple {example}',
  'err.command.tooManyFilesRange':
    '{verb} prend de {min} à {max} matrices, et {files} fichiers sont joints : dites lesquels, par exemple {example}',
  'err.command.missingFile':
    '@{n} désigne le {n, plural, =1 {premier} =2 {deuxième} =3 {troisième} =4 {quatrième} =5 {cinquième} =6 {sixième} other {nº #}} fichier joint, mais {files, plural, =0 {aucun fichier n’est joint} one {un seul fichier est joint} other {seuls # fichiers sont joints}}',
  'err.command.tooFewOne':
    '{verb} a besoin d’une matrice ; j’en ai trouvé {got, plural, =0 {aucune} one {une seule} other {#}}',
  'err.command.tooFewExact':
    '{verb} a besoin d’exactement {min} matrices ; j’en ai trouvé {got, plural, =0 {aucune} one {une seule} other {#}}',
  'err.command.tooFewAtLeast':
    '{verb} a besoin d’au moins {min} matrices ; j’en ai trouvé {got, plural, =0 {aucune} one {une seule} other {#}}',
  'err.command.tooManyExact':
    '{verb} prend exactement {max} {max, plural, one {matrice} other {matrices}} ; j’en ai trouvé {got}',
  'err.command.tooManyRange': '{verb} prend de {min} à {max} matrices ; j’en ai trouvé {got}',
  'err.command.emptyLabel': 'l’étiquette {label} (au caractère {at}) n’a pas de matrice après son "="',
  'err.command.notAMatrix': '{word} (au caractère {at}) se trouve là où devrait être une matrice',
  'err.command.notFinite':
    '{word} (au caractère {at}) n’est pas un nombre : les coefficients doivent être des nombres réels finis',
  'err.command.bareNumber':
    '{word} (au caractère {at}) est un nombre, pas une matrice : mettez les coefficients entre crochets',
  'err.command.unknownWord': 'je ne connais pas {word} (au caractère {at})',
  'err.brackets.stray': 'le "{ch}" au caractère {at} n’a pas de "{want}" correspondant',
  'err.brackets.neverClosed': 'le "{open}" au caractère {at} n’est jamais fermé',
  'err.brackets.unmatched': '{where} : le "{ch}" au caractère {at} n’a pas de "{want}" correspondant',
  'err.brackets.mismatched': '{where} : le "{open}" au caractère {at} est fermé par un "{ch}" au caractère {closeAt}',
  'err.brackets.unclosed': '{where} : le "{open}" au caractère {at} n’est jamais fermé',
  'err.matrix.empty': '{where} est vide',
  'err.matrix.emptyBrackets': '{where} est vide ([])',
  'err.matrix.emptyRow': 'la ligne {row} de {where} est vide',
  'err.matrix.entry': 'coefficient ({row},{col}) de {where} : {reason}',
  'err.matrix.tooLarge': '{where} est {rows}×{cols} ; la limite est {max}×{max}',
  'err.matrix.notAMatrix': '{where} : {word} n’est pas une matrice',
  'err.matrix.missingParen': '{where} : il manque la ")" de {text}',
  'err.matrix.afterBuilder': '{where} : {word} inattendu après {name}(…)',
  'err.matrix.afterMatrix': '{where} : {word} inattendu après la matrice',
  'err.matrix.diagEmpty': '{where} : diag() a besoin d’au moins un coefficient',
  'err.matrix.diagEntry': 'coefficient {k} de diag(…) dans {where} : {reason}',
  'err.matrix.zeros': '{where} : zeros(…) n’est pas pris en charge (une matrice nulle annule tous les produits)',
  'err.matrix.builderSizes':
    '{where} : {call} a besoin {ones, select, true {d’un ou deux entiers strictement positifs} other {d’un entier strictement positif}}',
  'err.matrix.oneSize': '{where} : {name}(…) prend une seule taille, par exemple {name}(3)',
  'err.matrix.builderArgument': '{what} de {call} dans {where} : {reason}',
  'err.matrix.argument': 'coefficient {k}',
  'err.matrix.builderSize': '{where} : {call} a besoin d’une taille n, un entier strictement positif',
  'err.matrix.arity': '{where} : {name}(…) prend {k, plural, one {un argument} other {# arguments}} ; reçu {call}',
  'err.matrix.toeplitzEmpty': '{where} : toeplitz() a besoin de sa première colonne',
  'err.matrix.gaussZero': '{where} : {call} demande s ≠ 0 (on divise par s²)',
  'err.matrix.threeLevels': '{where} : les matrices ont deux niveaux de crochets, pas trois',
  'err.matrix.betweenRows': '{where} : {word} inattendu entre les lignes (écrivez chaque ligne entre crochets)',
  'err.matrix.mixedRows': '{where} : mélange des lignes entre crochets et des coefficients isolés',
  'err.matrix.ragged':
    'la ligne {row} de {where} a {n} {n, plural, one {coefficient} other {coefficients}}, mais la ligne 1 en a {cols}',
  'err.entry.character': 'le caractère "{ch}" ne peut pas apparaître dans un nombre',
  'err.entry.empty': 'un coefficient est vide',
  'err.entry.shouldEnd': '{text} contient "{token}" là où il devrait se terminer',
  'err.entry.beyondAnySize':
    '{text} vaut environ {size} : au-delà de toute taille que ce moteur peut représenter (une puissance de dix dont l’exposant a plus de 10¹⁴ chiffres)',
  'err.entry.tooDeep': '{text} a plus de {max} parenthèses, signes ou puissances imbriqués',
  'err.entry.divByZero': '{text} divise par zéro',
  'err.entry.divUndecided':
    '{text} divise par une valeur égale à 0 à 1000 chiffres près : elle peut valoir exactement 0, donc le quotient ne peut pas être décidé',
  'err.entry.powUndecided':
    '{text} élève une valeur égale à 0 à 1000 chiffres près à une puissance non entière : on ne peut pas décider si c’est défini',
  'err.entry.notReal': '{text} n’est pas un nombre réel',
  'err.entry.endsEarly': '{text} se termine trop tôt',
  'err.entry.needsParentheses': '{name} demande des parenthèses dans {text}, par exemple {example}',
  'err.notFinite': '{word} n’est pas un nombre : les coefficients doivent être des nombres réels finis',
  'err.entry.unknownWord': '{word} n’est pas un nombre (autorisés : nombres, + - * / ^ ( ), pi, e et {functions})',
  'err.entry.numberExpected': '{text} contient "{token}" là où devrait se trouver un nombre',
  'err.entry.missing': 'il manque un "{op}" dans {text}',
  'err.function.undecided':
    '{call} demande {what, select, cosNonzero {que le cosinus de son argument soit non nul} positive {un argument strictement positif} other {un argument ≥ 0}}, et son argument est égal à 0 à {digits, number} chiffres près : il peut valoir exactement 0, donc on ne peut pas décider si {call} est défini',
  'err.function.logZero': '{call} vaut −∞, ce n’est pas un nombre : log(x) → −∞ quand x → 0',
  'err.function.logNegative':
    '{call} n’est pas un nombre réel : log n’est défini que pour les nombres strictement positifs',
  'err.function.tanPole': '{call} n’est pas défini : tan a un pôle en π/2 + kπ (cos y vaut 0)',
  'err.function.sqrtNegative': '{call} prend la racine carrée d’un nombre négatif',
  'err.magnitude.huge': 'plus de 10^(10^15)',
  'err.magnitude.unknown': 'un nombre de taille inconnue',
  'err.operands.noFile':
    '{n, plural, =1 {la première matrice} =2 {la deuxième matrice} =3 {la troisième matrice} =4 {la quatrième matrice} =5 {la cinquième matrice} =6 {la sixième matrice} other {la matrice nº #}} est {ref}, un fichier joint, mais aucun fichier n’est joint à cette commande',
  'err.operands.shapes':
    '{first} (la première matrice) est {firstShape} mais {other} (la {n, plural, =2 {deuxième} =3 {troisième} =4 {quatrième} =5 {cinquième} =6 {sixième} other {nº #}}) est {otherShape} ; le produit coefficient par coefficient demande des tailles égales',
  'err.operands.notSquare':
    '{verb} demande des matrices carrées, mais {label} (la {n, plural, =1 {première} =2 {deuxième} =3 {troisième} =4 {quatrième} =5 {cinquième} =6 {sixième} other {nº #}} matrice) est {shape}',
  'err.deadline':
    'il faut plus de {seconds} s de travail (des fractions exactes très longues ralentissent l’élimination exacte)',
  'err.engine.unknownVerb': '{verb} n’est pas une commande que je connais',
  'err.engine.needsChannel':
    '{verb} est une commande de groupe d’étude : elle garde un état par canal, donc elle fonctionne dans Slack, Discord, la page locale ou la CLI, pas dans le moteur seul',
  'err.engine.timeout': 'le calcul a pris plus de {seconds} s',
  'err.engine.beyondAnySize':
    'un nombre de cette réponse vaut environ 10^({log}) : au-delà de toute taille que ce moteur peut représenter',
  'err.engine.grewTooLarge': 'les nombres sont devenus trop grands pour calculer avec',
  'err.outOfRange.aNumber': 'un nombre de cette réponse',
  'err.outOfRange.entryOf': 'le coefficient ({row},{col}) de {quantity}',
  'err.outOfRange.about':
    '{what} vaudrait environ {size}, trop {direction, select, over {grand} other {petit}} pour la virgule flottante ({range})',
  'err.outOfRange.leaves': '{what} sortirait du domaine de la virgule flottante ({range})',
  'err.floatRange': 'tailles non nulles d’environ 4.9×10⁻³²⁴ à 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} n’a pas pu être décodé comme image ({why})',
  'err.image.notImage': '{file} n’est pas une image PNG ou JPEG',
  'err.hint.image':
    'Joignez l’image elle-même, exportée en PNG ou JPEG (une capture d’écran convient), de 1024×1024 pixels au plus.',
  'err.hint.bareNumber': 'Exemple : [[2,3],[4,1]] (une matrice 1×1 s’écrit [5])',
  'err.hint.builders': 'Constructeurs : {builders}.',
  'err.hint.builder':
    'Exemple : {name, select, kms {kms(4, 1/2) (ρ^|i−j| : 1, 1/2, 1/4, 1/8 le long d’une ligne)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), puissances exactes de e)} hann {hann(5) (la ligne 0, 1/2, 1, 1/2, 0)} causal {causal(4) (des uns sur et sous la diagonale)} other {toeplitz(1, 1/2, 1/4) (symétrique, première colonne 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Exemple : [[1,2],[3,4]] ou [1 2; 3 4]',
  'err.hint.entryWords':
    'Les coefficients peuvent utiliser des nombres, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (népérien ; ln aussi) et abs. Exemple : [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log':
    'log (logarithme népérien, aussi ln) demande un nombre strictement positif. Exemple : [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan est définie hors de π/2 + kπ. Exemple : [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt demande un nombre ≥ 0. Exemple : [[sqrt(2), sqrt(1/4)]]',

  // ── quiz ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'quiz.example': 'Exemple : {example}',
  'quiz.wordsHint': 'Thèmes : {topics} ; niveaux : {levels} ; rejouer une question avec seed:N. Exemple : {example}',
  'quiz.badSeed': 'la graine {seed} n’est pas un entier de 0 à {max}',
  'quiz.badSeedHint': 'Exemple : /hadamard quiz seed:42 (la graine est affichée sous chaque question)',
  'quiz.twoSeeds': 'deux graines : donnez-en une',
  'quiz.twoTopics': 'deux thèmes ({a} et {b}) : donnez-en un',
  'quiz.twoLevels': 'deux niveaux ({a} et {b}) : donnez-en un',
  'quiz.unknownWord': '{word} n’est ni un thème ni un niveau de quiz ; les thèmes sont {topics}',
  'quiz.answerHint':
    'Exemple : {example} (l’identifiant est sur le message du quiz ; les choix vont de a à e, ou appuyez sur un bouton)',
  'quiz.answerMissing': 'answer attend l’identifiant du quiz et votre choix',
  'quiz.answerTooMany': 'answer prend deux mots, l’identifiant du quiz et un choix ; j’en trouve {n}',
  'quiz.answerNoChoice': 'answer attend votre choix après l’identifiant du quiz {id}',
  'quiz.answerNotChoice': '{word} n’est pas un choix : les choix sont les lettres de a à e',
  'quiz.revealMissing': 'reveal attend l’identifiant du quiz à clore',
  'quiz.revealMissingHint': 'Exemple : {example} (l’identifiant est sur le message du quiz)',
  'quiz.revealTooMany': 'reveal prend un seul identifiant de quiz ; j’en trouve {n} mots',
  'quiz.topic.entry': 'un coefficient de A∘B',
  'quiz.topic.property': 'vrai ou faux : une propriété sur des matrices données',
  'quiz.topic.psd': 'M est-elle semi-définie positive ?',
  'quiz.topic.schur': 'A∘B sera-t-elle semi-définie positive, vu A et B ? (Schur)',
  'quiz.topic.oppenheim': 'bornes d’Oppenheim : laquelle est la plus grande, y a-t-il égalité ?',
  'quiz.topic.trace': 'tr(AᵀB) comme somme',
  'quiz.topic.kronecker': 'où se trouve A∘B dans A⊗B',
  'quiz.level.easy': 'facile',
  'quiz.level.medium': 'moyenne',
  'quiz.level.hard': 'difficile',
  'quiz.headline': 'Question {level} — {topic} — {n} choix, une réponse par personne.',
  'quiz.headlinePractice': 'Question d’entraînement {level}, rien que pour vous — {topic} — {n} choix.',
  'quiz.howButtons': 'Appuyez sur un bouton pour répondre (ou tapez {command}).',
  'quiz.howCommand': 'Répondez avec {command}, la lettre de votre choix.',
  'quiz.replay': 'Rejouer : {command}.',
  'quiz.rulesPractice':
    'Vous seul voyez cette question ; votre réponse montre aussitôt la bonne et pourquoi, et compte pour {me}, pas au classement.',
  'quiz.rules':
    'Une réponse par personne, visible de vous seul ; la réponse et la solution détaillée paraissent à la clôture de la manche.',
  'quiz.choices': 'Choix',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Personne n’a encore répondu.} one {1 personne a répondu jusqu’ici.} other {{count} personnes ont répondu jusqu’ici.}}',
  'quiz.closesIn': 'Clôture dans {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Entraînement {id} · {topic} · {level}',
  'quiz.noQuiz': 'il n’y a pas de quiz {id}',
  'quiz.startOne': 'Lancez-en un : /hadamard quiz',
  'quiz.notAChoice': 'le quiz {id} a les choix {choices} ; « {choice} » n’en fait pas partie',
  'quiz.closed': 'le quiz {id} est clos : la réponse a été révélée',
  'quiz.practiseAgain': 'Entraînez-vous encore : /hadamard practice',
  'quiz.startNext': 'Lancez le suivant : /hadamard quiz',
  'quiz.already': 'Vous avez déjà répondu {choice}) : une réponse par manche, ce clic ne change donc rien.',
  'quiz.practiceRight':
    '✓ Exact : {choice}) est la réponse. (Entraînement : pas de points, mais cela compte pour /hadamard me.)',
  'quiz.practiceWrong': '✗ Pas celle-ci : {choice}) n’est pas la réponse. La bonne est ci-dessous.',
  'quiz.right':
    '✓ Exact : {choice}) est la réponse. +{points, plural, one {{count} point} other {{count} points}} à la clôture de la manche, dans {seconds} s.',
  'quiz.rightBonus':
    '✓ Exact : {choice}) est la réponse. +{points, plural, one {{count} point} other {{count} points}} ({bonus} pour la rapidité) à la clôture de la manche, dans {seconds} s.',
  'quiz.wrong':
    '✗ Pas celle-ci : {choice}) n’est pas la réponse. La bonne sera révélée à la clôture de la manche, dans {seconds} s.',
  'quiz.countsOnce': 'Elle comptera à la clôture de la manche, dans {seconds} s.',
  'quiz.yourPracticeAnswer': 'Votre réponse d’entraînement ({id})',
  'quiz.yourAnswer': 'Votre réponse à {id}',
  'quiz.notYours': 'le quiz {id} se clôt dans {seconds} s ; seule la personne qui l’a lancé peut le révéler plus tôt',
  'quiz.notYoursPermission':
    'le quiz {id} se clôt dans {seconds} s ; seule la personne qui l’a lancé ou quelqu’un avec {permission} peut le révéler plus tôt',
  'quiz.waitOrAnswer': 'Attendez la clôture de la manche, ou répondez : /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Trouvé par : {names}.',
  'quiz.nobodyGotIt': 'Personne n’a trouvé cette fois.',
  'quiz.answers': 'Réponses : {tally}.',
  'quiz.revealTitle': 'Quiz {id} : la réponse',
  'quiz.theAnswer': 'La réponse est {choice}) {label}.',
  'quiz.tally': '{right} sur {answered} ont trouvé.',
  'quiz.why': 'Pourquoi',
  'quiz.worked': 'Solution détaillée : {command}',
  'quiz.entry.right':
    'Exact : (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, les deux coefficients à la même place multipliés.',
  'quiz.entry.ordinary':
    'C’est le coefficient du produit usuel (AB){idx} = {sum} = {value} : la ligne {i} de A par la colonne {j} de B ; le produit de Hadamard ne multiplie que {aij} et {bij}.',
  'quiz.entry.transposed':
    'C’est {aij}·{bji} = {fa}·{fb} = {value} : une transposée s’est glissée ; (A∘B){idx} associe {aij} à {bij}, même ligne, même colonne.',
  'quiz.entry.added':
    'C’est {aij} + {bij} = {fa} + {fb} = {value} : le produit de Hadamard multiplie les deux coefficients, il ne les additionne pas.',
  'quiz.entry.mirrored':
    'C’est (A∘B){jdx} = {fa}·{fb} = {value} : ligne et colonne échangées ; (A∘B){idx} est en ligne {i}, colonne {j}.',
  'quiz.entry.reversed':
    'C’est (BA){idx} = {sum} = {value}, un produit usuel (et dans l’autre ordre) ; le produit de Hadamard est {aij}·{bij}.',
  'quiz.entry.signPositive': 'Le signe a glissé : {fa}·{fb} = {value}, positif.',
  'quiz.entry.signNegative': 'Le signe a glissé : {fa}·{fb} = {value}, négatif.',
  'quiz.entry.divided':
    'C’est {aij} ÷ {bij} = {quotient} : on multiplie des fractions numérateur par numérateur et dénominateur par dénominateur, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'Cela multiplie une fois de trop par {f} : (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Coefficient d’un produit de Hadamard.**',
  'quiz.entry.ask': 'Que vaut **(A∘B){idx}**, le coefficient en ligne {i}, colonne {j} de A∘B ?',
  'quiz.entry.why':
    'Le produit de Hadamard multiplie les deux coefficients à la même place et rien d’autre : aucune ligne ne rencontre de colonne, rien n’est sommé.',
  'quiz.entry.whySquare': 'Le produit usuel combinerait plutôt la ligne {i} de A avec la colonne {j} de B.',
  'quiz.entry.whyNotSquare': '(Le produit usuel AB n’est même pas défini pour deux matrices {shape}.)',
  'quiz.entry.whyAll': 'En entier : A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'chaque coefficient vaut aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, et les nombres commutent',
  'quiz.prop.identityJ': '**A∘J = A**, où J est la matrice remplie de uns',
  'quiz.prop.whyIdentityJ': 'J a un 1 à chaque place et aᵢⱼ·1 = aᵢⱼ : J est l’élément neutre de ∘',
  'quiz.prop.whyTranspose':
    'le coefficient (i,j) des deux côtés vaut aⱼᵢ·bⱼᵢ : transposer déplace les deux facteurs à la même place',
  'quiz.prop.whyDistributive':
    'chaque coefficient vaut aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, la distributivité des nombres à chaque place',
  'quiz.prop.whyAssociative':
    'chaque coefficient vaut (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), l’associativité des nombres à chaque place',
  'quiz.prop.identityI': '**A∘I = A**, où I est la matrice identité',
  'quiz.prop.whyIdentityI': 'A est diagonale, et A∘I garde exactement la diagonale de A',
  'quiz.prop.failIdentityI': '{aij} = {a} mais (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I ne garde que la diagonale de A (I a des zéros hors de sa diagonale) ; l’élément neutre de ∘ est J, remplie de uns',
  'quiz.prop.square': '**A∘A = AA** (le carré terme à terme égale le carré usuel A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (le produit de Hadamard égale le produit usuel)',
  'quiz.prop.whyDiagonalSquare': 'A est diagonale, et alors les deux produits sont la matrice diagonale des aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary':
    'A et B sont diagonales, et alors les deux produits sont la matrice diagonale des aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'ces nombres-là font coïncider tous les coefficients',
  'quiz.prop.failProduct': '({had}){idx} = {x} mais ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ est un seul produit {one}, tandis que ({name})ᵢⱼ somme toute une ligne contre toute une colonne',
  'quiz.prop.choiceAlways': 'Vrai pour toutes les matrices de cette taille',
  'quiz.prop.choiceHere': 'Vrai ici, mais pas pour toutes les matrices',
  'quiz.prop.choiceFalse': 'Faux ici',
  'quiz.prop.choiceSquare': 'Vrai seulement pour les matrices carrées',
  'quiz.prop.fbAlwaysRight':
    'Exact : {why}, donc c’est vrai pour toutes les matrices {shape}, {n, plural, one {celle-ci comprise} other {celles-ci comprises}}.',
  'quiz.prop.fbAlwaysHere':
    'C’est vrai pour {n, plural, one {cette matrice} other {ces matrices}}, mais pas en général : {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Pas même ici : {failure} ; en général {notGeneral}.',
  'quiz.prop.fbHereRight': 'Exact : {why} ; en général c’est faux, car {notGeneral}.',
  'quiz.prop.fbHereAlways': 'C’est vrai en général, pas par chance : {why}.',
  'quiz.prop.fbHereFails': 'Ce n’est pas vrai pour {n, plural, one {cette matrice} other {ces matrices}} : {failure}.',
  'quiz.prop.fbFalseRight': 'Exact : {failure} ; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'C’est vrai, pour {n, plural, one {cette matrice} other {ces matrices}} et toutes les autres : {why}.',
  'quiz.prop.fbFalseHolds': 'Vérifiez les coefficients : c’est bien vrai ici ({why}), mais pas en général.',
  'quiz.prop.fbSquareAlways': 'La forme ne joue aucun rôle : {why}, pour des matrices m×n de toute taille.',
  'quiz.prop.fbSquareHere':
    'Ce n’est pas d’être carrée qui le rend vrai : {why} ; bien des matrices carrées ne le vérifient pas, car {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {Cette matrice est carrée} other {Ces matrices sont carrées}} et pourtant c’est faux : {failure}.',
  'quiz.prop.heading': '**Vrai ou faux ?**',
  'quiz.prop.ask': 'Pour {n, plural, one {cette matrice} other {ces matrices}}, a-t-on {statement} ?',
  'quiz.prop.whyAlways': 'C’est vrai ici, et pour toutes les matrices : {why}.',
  'quiz.prop.whyHere': 'C’est vrai ici parce que {why}, mais pas en général : {notGeneral}.',
  'quiz.prop.whyFails': 'C’est faux ici : {failure}. En général {notGeneral}.',
  'quiz.prop.whyChecked': 'La solution détaillée le vérifie coefficient par coefficient, exactement.',
  'quiz.psd.kernel': 'x = {x} donne Mx = 0, donc xᵀMx = 0 pour ce x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a} mais {mji} = {b}, donc M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'un coefficient diagonal négatif suffit à échouer : {mii} = {value} vaut {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'tous les coefficients positifs ≠ semi-définie positive : {witness}',
  'quiz.psd.diagonalNotEnough': 'une diagonale positive ne suffit pas : {witness}',
  'quiz.psd.fbPdRight':
    'Exact : M = LDLᵀ (pivotage symétrique) avec les pivots D = {D}, tous strictement positifs, donc xᵀMx > 0 pour tout x ≠ 0.',
  'quiz.psd.fbPdSingular': 'Pas définie : M est singulière, {kernel} (pivots D = {D}, l’un d’eux nul).',
  'quiz.psd.fbPdNotPsd': 'Pas même semi-définie ; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'Être semi-définie positive exige la symétrie : {asym}.',
  'quiz.psd.fbPsdRight':
    'Exact : les pivots D = {D} sont tous ≥ 0 et l’un est nul : M est semi-définie positive mais singulière, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M n’est pas singulière : ses pivots D = {D} sont tous strictement positifs, elle est donc définie, pas seulement semi-définie.',
  'quiz.psd.fbPsdNotPsd': 'Pas semi-définie non plus ; {why}.',
  'quiz.psd.fbNotPsdRight': 'Exact : {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'La semi-définie positivité n’est définie que pour les matrices symétriques, et {asym} : la question ne s’applique pas.',
  'quiz.psd.fbNotPsdNegatives':
    'Des coefficients négatifs n’empêchent rien : les pivots D = {D} sont tous ≥ 0, donc xᵀMx ≥ 0 pour tout x.',
  'quiz.psd.fbNotPsdNoWitness': 'Aucun x ne donne xᵀMx < 0 : les pivots D = {D} sont tous ≥ 0.',
  'quiz.psd.fbNotSymmetricRight':
    'Exact : {asym}, et la semi-définie positivité n’est définie que pour les matrices symétriques.',
  'quiz.psd.fbSymmetric': 'M est symétrique (M = Mᵀ), donc la question s’applique.',
  'quiz.psd.choicePd': 'Définie positive',
  'quiz.psd.choicePsd': 'Semi-définie positive, mais singulière (non définie)',
  'quiz.psd.choiceNotPsd': 'Non semi-définie positive',
  'quiz.psd.choiceNotSymmetric': 'Non symétrique, la question ne s’applique donc pas',
  'quiz.psd.heading': '**Semi-définie positive ?**',
  'quiz.psd.ask': 'Qu’est-ce qui est vrai de M ?',
  'quiz.psd.whyPd':
    'M est symétrique, et l’élimination exacte M = LDLᵀ donne les pivots D = {D}, tous strictement positifs : M est définie positive (rang {rank}).',
  'quiz.psd.whyPdNegatives':
    'Ses coefficients négatifs n’y changent rien : seuls les pivots (ou les valeurs propres) décident.',
  'quiz.psd.whyPdPositives': 'Des coefficients positifs seuls ne l’auraient pas prouvé : les pivots, si.',
  'quiz.psd.whyPsd':
    'M est symétrique, et l’élimination exacte donne les pivots D = {D} : tous ≥ 0 mais pas tous strictement positifs, donc M est semi-définie positive de rang {rank} < {n}. Elle n’est pas définie : {kernel}.',
  'quiz.psd.whyNotPsd': 'M est symétrique mais non semi-définie positive : {why}.',
  'quiz.psd.whyAllPositive':
    'Tous ses coefficients sont positifs, ce qui n’est pas ce que signifie semi-définie positive.',
  'quiz.psd.whyDiagonalPositive': 'Sa diagonale est positive, ce qui est nécessaire mais pas suffisant.',
  'quiz.psd.whyDiagonalNeeded': 'Une matrice semi-définie positive a tous ses coefficients diagonaux ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym} : la semi-définie positivité est définie pour les matrices symétriques, donc la question ne s’applique pas. Pour xᵀMx seule compte la partie symétrique (M+Mᵀ)/2, et elle est {verdict}.',
  'quiz.psd.semidefinite': 'semi-définie positive',
  'quiz.witness': 'x = {x} donne xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'non semi-définie positive',
  'quiz.schur.notEvenSymmetric': 'même pas symétrique',
  'quiz.schur.both': 'A est {a} et B est {b}',
  'quiz.schur.product': 'A∘B = {matrix} est {verdict}',
  'quiz.schur.choiceGuaranteed': 'Oui, et le théorème du produit de Schur le garantit',
  'quiz.schur.choiceLucky': 'Oui, mais ici le théorème ne le garantit pas',
  'quiz.schur.choiceNo': 'Non, A∘B n’est pas semi-définie positive',
  'quiz.schur.choiceBackwards': 'Non : A ou B n’est pas SDP, donc A∘B ne peut pas l’être',
  'quiz.schur.fbGuaranteedRight': 'Exact : {both}, donc le théorème promet A∘B ⪰ 0, et en effet {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'A∘B est semi-définie positive ici, mais le théorème ne le promettait pas : {n, plural, one {{who} n’est pas semi-définie positive} other {{who} ne sont pas semi-définies positives}} ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'Le théorème exige deux facteurs semi-définis positifs, et {n, plural, one {{who} ne l’est pas} other {{who} ne le sont pas}} ({why}) ; ici A∘B n’est pas du tout semi-définie positive.',
  'quiz.schur.fbLuckyHyp': 'Il le garantit bien : {both}, c’est exactement l’hypothèse du théorème.',
  'quiz.schur.fbLuckyRight':
    'Exact : {product}, mais {n, plural, one {{who} n’est pas semi-définie positive} other {{who} ne sont pas semi-définies positives}} ({why}), donc aucun théorème ne le promettait.',
  'quiz.schur.fbLuckyFails': 'A∘B n’est pas semi-définie positive ici : {witness}.',
  'quiz.schur.fbNoHyp':
    'Elle doit être semi-définie positive : {both}, donc le théorème de Schur s’applique, et {product}.',
  'quiz.schur.fbNoLucky': 'Elle est semi-définie positive ici, même si rien ne le promettait : {product}.',
  'quiz.schur.fbNoRight':
    'Exact : {witness} ; le théorème ne promettait rien, puisque {n, plural, one {{who} n’est pas semi-définie positive} other {{who} ne sont pas semi-définies positives}}.',
  'quiz.schur.fbBackwardsHyp':
    'Ici les deux sont semi-définies positives ({both}), et alors A∘B l’est aussi par le théorème de Schur : {product}.',
  'quiz.schur.fbBackwardsLucky':
    'Le théorème ne fonctionne pas à l’envers : un facteur non semi-défini positif laisse A∘B libre de l’être, et ici {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B n’est en effet pas semi-définie positive, mais pas à cause du théorème, qui ne dit rien quand un facteur ne l’est pas : {witness}.',
  'quiz.schur.heading': '**Théorème du produit de Schur.**',
  'quiz.schur.ask': '**A∘B** est-elle semi-définie positive, et le théorème du produit de Schur le promet-il ?',
  'quiz.schur.why':
    '{both}, donc le théorème du produit de Schur s’applique : A∘B est semi-définie positive. Le moteur le confirme exactement : {product}. Le produit usuel AB est {ordinary} : seul le produit terme à terme préserve la semi-définie positivité.',
  'quiz.schur.whyStrong':
    '{both}, donc le théorème du produit de Schur s’applique : A∘B est semi-définie positive, et même définie, puisque les deux le sont. Le moteur le confirme exactement : {product}. Le produit usuel AB est {ordinary} : seul le produit terme à terme préserve la semi-définie positivité.',
  'quiz.schur.whyFails':
    '{n, plural, one {{who} n’est pas semi-définie positive} other {{who} ne sont pas semi-définies positives}} ({why}), donc l’hypothèse du théorème échoue et il ne promet rien. A∘B peut alors être semi-définie positive ou non ; ici {here}.',
  'quiz.schur.itIsNot': 'elle ne l’est pas : {witness}',
  'quiz.opp.both': '{a} et {b}',
  'quiz.opp.choiceLarger': '{bound} est la plus grande',
  'quiz.opp.choiceEqual': 'Les deux bornes sont égales',
  'quiz.opp.choiceNeither': 'Aucune : det(A∘B) est plus petit que les deux',
  'quiz.opp.fbLargerRight': 'Exact : {written} > {other}, l’autre borne.',
  'quiz.opp.fbBoundsEqual': 'Les deux bornes sont égales : {both}.',
  'quiz.opp.fbPairingA': 'Vérifiez l’appariement : det(A) va avec la diagonale de B ; {both}.',
  'quiz.opp.fbPairingB': 'Vérifiez l’appariement : det(B) va avec la diagonale de A ; {both}.',
  'quiz.opp.fbEqualRight': 'Exact : {both}.',
  'quiz.opp.fbDiffer': 'Elles diffèrent : {both}.',
  'quiz.opp.fbNeither':
    'A et B sont semi-définies positives, donc l’inégalité d’Oppenheim s’applique dans les deux sens : det(A∘B) vaut au moins chaque borne ; ici {detAB}.',
  'quiz.opp.heading': '**Inégalité d’Oppenheim.**',
  'quiz.opp.askLarger':
    'A et B sont semi-définies positives, donc det(A∘B) ≥ {bA} et det(A∘B) ≥ {bB}. Quelle borne inférieure est la plus grande ?',
  'quiz.opp.whyBounds': '{a}, et {b}.',
  'quiz.opp.whyEqualBounds': 'Les deux bornes sont égales.',
  'quiz.opp.whySharper': '{bound} est donc la borne la plus fine.',
  'quiz.opp.whyBelow':
    'Les deux sont inférieures à {detAB}, comme Oppenheim le promet pour A et B semi-définies positives.',
  'quiz.opp.eqDiagonal':
    'A est diagonale, donc A∘B est diagonale de coefficients aᵢᵢbᵢᵢ et det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, donc A∘B = {c}·A et det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'les deux côtés valent 0 : A∘B et A sont singulières',
  'quiz.opp.eqCoincidence': 'les nombres se rejoignent par hasard',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound} : stricte',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound} : égalité',
  'quiz.opp.choiceNotApply': 'Oppenheim ne s’applique pas : A∘B peut ne pas être SDP',
  'quiz.opp.fbStrictRight': 'Exact : {detAB} > {written}.',
  'quiz.opp.fbReached': 'Ici la borne est atteinte : {detAB} = {written} ; {why}.',
  'quiz.opp.fbNoEquality': 'Pas d’égalité ici : {detAB} mais {written}.',
  'quiz.opp.fbEqualityRight': 'Exact : {detAB} = {written} ; {why}.',
  'quiz.opp.fbBelow':
    'A et B sont semi-définies positives, donc l’inégalité d’Oppenheim s’applique dans les deux sens, et det(A∘B) ne peut pas être sous la borne : {detAB} et {written}.',
  'quiz.opp.fbNotApply':
    'A et B sont semi-définies positives, donc A∘B l’est aussi (Schur) et Oppenheim s’applique : {detAB} ≥ {bound}.',
  'quiz.opp.askEquality':
    'A et B sont semi-définies positives. Comment **det(A∘B)** se compare-t-il à la borne **{bound}** ?',
  'quiz.opp.whyStrict': 'L’inégalité est stricte ici, de {by}.',
  'quiz.opp.whyEquality': 'Il y a égalité : {why}.',
  'quiz.opp.whyCases':
    'Cas d’égalité à retenir : un facteur diagonal, un multiple de la matrice J remplie de uns, et un A∘B singulier avec une borne nulle.',
  'quiz.trace.right': 'Exact : tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, la somme de tous les coefficients de A∘B.',
  'quiz.trace.droppedTranspose':
    'C’est tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value} : la transposée a été oubliée, donc la ligne i de A a rencontré la colonne i de B au lieu de la colonne i de A.',
  'quiz.trace.diagonalOnly':
    'C’est seulement la diagonale de A∘B, Σᵢ aᵢᵢbᵢᵢ = {value} ; tr(AᵀB) additionne tous les coefficients de A∘B, hors diagonale aussi.',
  'quiz.trace.productOfTraces':
    'C’est tr(A)·tr(B) = {a}·{b} = {value} : la trace d’un produit n’est pas le produit des traces.',
  'quiz.trace.sumOfAB':
    'C’est la somme de tous les coefficients du produit usuel AB (= {value}) ; tr(AᵀB) est la somme de tous les coefficients de A∘B.',
  'quiz.trace.productOfSums':
    'C’est (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value} : cela associe chaque coefficient de A à chaque coefficient de B, pas seulement ceux à la même place.',
  'quiz.trace.added':
    'C’est Σ(aᵢⱼ + bᵢⱼ) = {value} : les coefficients à la même place sont multipliés, puis additionnés.',
  'quiz.trace.sign': 'Un signe a glissé : Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Identité de la trace.**',
  'quiz.trace.ask': 'Que vaut **tr(AᵀB)** ?',
  'quiz.trace.askShaped': 'Que vaut **tr(AᵀB)** (A et B sont {shape}, donc AᵀB est {square}) ?',
  'quiz.trace.why':
    'Le coefficient diagonal j de AᵀB est le produit scalaire de la colonne j de A et de la colonne j de B, donc la trace passe une fois par chaque place : c’est 1ᵀ(A∘B)1, la somme de tous les coefficients du produit de Hadamard (le produit scalaire de Frobenius de A et B). Aucun produit matriciel n’est nécessaire.',
  'quiz.kron.place': 'ligne {r}, colonne {c}',
  'quiz.kron.right':
    'Exact : ligne (i−1)·m+i = {rowSum} = {row} et colonne (j−1)·n+j = {colSum} = {col} : le bloc {block} est a{idx}·B, et en son sein la position {block} contient {holds}.',
  'quiz.kron.wrong': 'En {place} se trouve {holds}, pas {target} : {why}.',
  'quiz.kron.zeroBased':
    'c’est i·m+i et j·n+j, la formule indexée à partir de 0 utilisée avec i et j indexés à partir de 1 (un bloc trop loin)',
  'quiz.kron.transposedInBlock':
    'une transposée s’est glissée : dans le bloc la position est à nouveau (i, j), pas (j, i)',
  'quiz.kron.blockStart': 'c’est i·m+j : le bloc i commence après la ligne (i−1)·m, et la ligne dans le bloc est i',
  'quiz.kron.topLeft': 'c’est le bloc en haut à gauche a₁₁·B ; (A∘B)ᵢⱼ est dans le bloc (i, j)',
  'quiz.kron.mnMixed': 'm et n sont confondus : les lignes avancent de m (les lignes de B), les colonnes de n',
  'quiz.kron.swapped': 'ligne et colonne sont échangées',
  'quiz.kron.tooEarly': 'une place trop tôt dans le bloc : la ligne est (i−1)·m + i, pas (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'une place trop loin dans le bloc : la ligne est (i−1)·m + i',
  'quiz.kron.rowOnly': 'seule la ligne a bougé vers le bloc {i} ; la colonne va aussi au bloc {j} : (j−1)·n+j = {col}',
  'quiz.kron.columnOnly':
    'seule la colonne a bougé vers le bloc {j} ; la ligne va aussi au bloc {i} : (i−1)·m+i = {row}',
  'quiz.kron.blockFirst':
    'c’est le premier coefficient du bloc {block} ; dans le bloc, (A∘B)ᵢⱼ est à la position (i, j)',
  'quiz.kron.blockLast':
    'c’est le dernier coefficient du bloc {block} ; dans le bloc, (A∘B)ᵢⱼ est à la position (i, j)',
  'quiz.kron.heading': '**Dans le produit de Kronecker.**',
  'quiz.kron.ask':
    'A et B sont {shape}, donc A⊗B est {big}, faite de blocs aᵢⱼ·B. En quelle ligne et colonne de A⊗B se trouve **(A∘B){idx} = a{idx}b{idx}** ?',
  'quiz.kron.whySubmatrix':
    'A∘B est la sous-matrice de A⊗B aux lignes (i−1)·m+i et aux colonnes (j−1)·n+j : ici les lignes {rows} et les colonnes {cols}.',
  'quiz.kron.whyHere':
    '(A∘B){idx} est donc en {place} : le bloc {block} de A⊗B est a{idx}·B, et en son sein la position {block} vaut a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'Du bloc (i, j) la sous-matrice garde la position (i, j) : la même place dans le bloc que celle du bloc dans A⊗B.',
  'misc.entry.ordinary-product': 'A pris le produit usuel AB (ligne par colonne)',
  'misc.entry.transposed-pairing': 'A associé aᵢⱼ à bⱼᵢ : une transposée s’est glissée',
  'misc.entry.added': 'A additionné les coefficients au lieu de les multiplier',
  'misc.entry.mirrored-position': 'A lu la position symétrique (ligne et colonne échangées)',
  'misc.entry.reversed-product': 'A pris le produit usuel BA',
  'misc.entry.sign': 'A perdu un signe dans le produit',
  'misc.entry.divided': 'A divisé les fractions au lieu de les multiplier',
  'misc.entry.extra-factor': 'A multiplié une fois de trop par un facteur',
  'misc.property.theorem-as-coincidence': 'A pris une règle toujours vraie pour une coïncidence',
  'misc.property.theorem-doubted': 'A cru qu’une règle toujours vraie échoue ici',
  'misc.property.square-only': 'A lié une règle terme à terme aux matrices carrées',
  'misc.property.misread-entries': 'A mal lu les coefficients : l’énoncé est vrai ici',
  'misc.property.identity-is-i': 'A pris I pour le neutre de ∘ (c’est J, remplie de 1)',
  'misc.property.hadamard-is-ordinary': 'A pris A∘B pour le produit usuel AB',
  'misc.property.square-is-a2': 'A pris A∘A pour le carré matriciel A²',
  'misc.psd.positive-entries': 'A cru que des coefficients positifs suffisent',
  'misc.psd.positive-diagonal': 'A cru qu’une diagonale positive suffit',
  'misc.psd.witness-missed': 'N’a pas vu un vecteur x avec xᵀMx < 0',
  'misc.psd.negative-entries': 'A cru que des coefficients négatifs l’excluent',
  'misc.psd.pivots-misread': 'A mal lu les pivots : aucun n’est négatif',
  'misc.psd.singular-as-definite': 'A pris une matrice semi-définie singulière pour définie',
  'misc.psd.definite-as-singular': 'A pris une matrice définie pour singulière',
  'misc.psd.symmetry-missed': 'N’a pas vu que M est symétrique',
  'misc.psd.symmetry-ignored': 'A jugé sans vérifier la symétrie',
  'misc.schur.hypothesis-missed': 'N’a pas vu que les deux facteurs sont SDP (Schur s’applique)',
  'misc.schur.theorem-doubted': 'N’a pas fait confiance au théorème du produit de Schur',
  'misc.schur.factor-misjudged': 'A jugé non SDP un facteur qui l’est',
  'misc.schur.promise-without-hypothesis': 'A invoqué la promesse de Schur sans son hypothèse',
  'misc.schur.product-misjudged': 'S’est trompé sur le caractère SDP de A∘B',
  'misc.schur.theorem-backwards': 'A lu le théorème du produit de Schur à l’envers',
  'misc.oppenheim.bounds-misjudged': 'S’est trompé de bornes : det(A) va avec ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': 'A inversé l’inégalité d’Oppenheim',
  'misc.oppenheim.equality-missed': 'A manqué un cas d’égalité (diagonale, c·J, singulière)',
  'misc.oppenheim.equality-assumed': 'A supposé l’égalité là où la borne est stricte',
  'misc.oppenheim.schur-forgotten': 'A oublié que A∘B est SDP quand A et B le sont',
  'misc.trace.dropped-transpose': 'A calculé tr(AB) : la transposée a été oubliée',
  'misc.trace.diagonal-only': 'N’a sommé que la diagonale de A∘B',
  'misc.trace.product-of-traces': 'A pris tr(A)·tr(B)',
  'misc.trace.sum-of-ab': 'A sommé les coefficients de AB au lieu de A∘B',
  'misc.trace.product-of-sums': 'A multiplié les sommes de A et de B',
  'misc.trace.added': 'A additionné les coefficients au lieu de les multiplier',
  'misc.trace.sign': 'A perdu un signe dans la somme',
  'misc.kronecker.zero-based': 'A utilisé la formule indexée de 0 avec i, j indexés de 1',
  'misc.kronecker.transposed-in-block': 'A transposé la position dans le bloc',
  'misc.kronecker.block-start': 'A fait commencer le bloc i à la ligne i·m au lieu de (i−1)·m',
  'misc.kronecker.top-left-block': 'A cherché dans le bloc en haut à gauche a₁₁·B',
  'misc.kronecker.m-n-mixed': 'A confondu m et n',
  'misc.kronecker.row-column-swapped': 'A échangé ligne et colonne',
  'misc.kronecker.off-by-one': 'S’est décalé d’une place dans le bloc',
  'misc.kronecker.half-moved': 'N’a déplacé que la ligne ou que la colonne',
  'misc.kronecker.block-corner': 'A pris un coin du bloc, pas la position (i, j)',
  'quiz.closedNote': 'Le quiz {id} est clos : son message affiche maintenant la réponse.',
  'quiz.revealedNote': 'Révélé : le message du quiz affiche maintenant la réponse.',
  'quiz.yourAnswerMark': '{choice} ← votre réponse',
  'quiz.closedByTime': 'Clos à la fin du temps : {choice} {label} · {right} sur {answered} ont trouvé',
  'quiz.closedByTimeFigure':
    'Clos à la fin du temps : {choice} {label} · {right} sur {answered} ont trouvé · la figure de la solution est dans le fil',
  'quiz.revealedEarly': 'Révélé en avance : {choice} {label} · {right} sur {answered} ont trouvé',
  'quiz.revealedEarlyFigure':
    'Révélé en avance : {choice} {label} · {right} sur {answered} ont trouvé · la figure de la solution est dans le fil',

  // ── errors (continued) ────────────────────────────────────────────────────────────────────────────────────────────────
  // Files and images attached to a command (parse/attachments.ts, file-format.ts, file-table.ts, file-matrix.ts): the
  // file's name, the row, column, line and byte numbers, the bytes shown and the examples stay as they are.
  'err.file.unnamed': 'le fichier',
  'err.file.tooLarge': '{file} fait {size} ; les fichiers joints peuvent faire au plus {limit}',
  'err.file.tooLargeHint':
    'Envoyez un fichier plus petit : matrices jusqu’à {side}×{side}, images jusqu’à {image}×{image} pixels.',
  'err.file.missing':
    '{n, plural, =1 {la première matrice} =2 {la deuxième matrice} =3 {la troisième matrice} =4 {la quatrième matrice} =5 {la cinquième matrice} =6 {la sixième matrice} other {la matrice nº #}} est @{k}, le {k, plural, =1 {premier} =2 {deuxième} =3 {troisième} =4 {quatrième} =5 {cinquième} =6 {sixième} other {nº #}} fichier joint, mais {files, plural, =0 {aucun fichier n’est joint} =1 {un seul fichier est joint} other {seulement # fichiers sont joints}}',
  'err.file.otherFormat':
    '{file} est {format, select, gif {une image GIF} webp {une image WebP} bmp {une image BMP} tiff {une image TIFF} heic {une image HEIC/AVIF} pdf {un document PDF} zip {une archive zip (un classeur .xlsx ou .ods en est une)} gzip {une archive gzip} other {un fichier NumPy .npy}}, que je ne sais pas lire{format, select, zip { : enregistrez d’abord la feuille en CSV} npy { : np.savetxt(…, delimiter=",") écrit un CSV} other {}}',
  'err.file.namedImage':
    '{file} porte un nom ou un type d’image, mais ce n’est ni un PNG ni un JPEG : ses premiers octets sont {bytes}',
  'err.file.noBytes': 'aucun (il est vide)',
  'err.file.empty': '{file} est vide',
  'err.file.binary':
    '{file} n’est pas un fichier texte (il contient des octets NUL ; ses premiers octets sont {bytes})',
  'err.file.jsonObject': '{file} contient un objet JSON ; une matrice est un tableau JSON de lignes',
  'err.file.jsonObjectHint': 'Exemple : [[2,3],[4,1]] (en Python : json.dump(a.tolist(), f)).',
  'err.file.notUtf8':
    '{file} n’est pas du texte UTF-8 (l’octet {byte} vaut 0x{hex}) : je lis le CSV, le TSV et le JSON en UTF-8, et les images PNG ou JPEG',
  'err.file.noNumbers': '{file} ne contient aucun nombre',
  'err.file.noNumbersHint':
    'Un fichier de matrice a besoin d’au moins une ligne de nombres. Exemple : a.csv contenant 2,3 et 4,1 sur deux lignes.',
  'err.file.longLine':
    '{file} a une ligne de {length} caractères (ligne {line}) ; les matrices lues dans un fichier font au plus {max}×{max}',
  'err.file.tooManyEntries':
    '{file} a plus de {max} coefficients dans la ligne {row} ; les matrices lues dans un fichier font au plus {max}×{max}',
  'err.file.tooManyInRow':
    '{file} a plus de {max} coefficients dans son unique ligne ; les matrices lues dans un fichier font au plus {max}×{max}',
  'err.file.tooManyRows': '{file} a plus de {max} lignes ; les matrices lues dans un fichier font au plus {max}×{max}',
  'err.file.tooLargeTableHint':
    'Envoyez une partie plus petite de la matrice (au plus {max} lignes et {max} colonnes).',
  'err.file.row': 'ligne {row}',
  'err.file.rowLine': 'ligne {row} (ligne {line} du fichier)',
  'err.file.cell': '{row}, colonne {col} de {file}',
  'err.file.cellTooLong': '{cell} dépasse {max} caractères',
  'err.file.cellTooLongHint':
    'Les nombres restent exacts jusqu’à 2 000 chiffres ; écrivez les plus longs arrondis (par exemple 3.14159265358979).',
  'err.file.quoteOpen': '{cell} : un guillemet ouvert à la ligne {line} n’est jamais fermé',
  'err.file.ragged':
    'la {row} de {file} a {n} {n, plural, one {coefficient} other {coefficients}}, mais la ligne 1 en a {cols}',
  'err.file.raggedHint':
    'Chaque ligne doit avoir le même nombre de coefficients ({kind, select, csv {séparés par des virgules} tsv {séparés par des tabulations} semicolon {séparés par des points-virgules} whitespace {séparés par des espaces} other {JSON}}) : cherchez un séparateur manquant ou en trop à la ligne {row}.',
  'err.file.header':
    'la ligne 1 de {file} ressemble à un en-tête ({words}) : le fichier ne doit contenir que des nombres',
  'err.file.headerHint':
    'Supprimez la ligne d’en-tête (pandas : df.to_csv(f, index=False, header=False) ; NumPy : np.savetxt(f, a, delimiter=",")).',
  'err.file.cellError': '{cell} : {reason}',
  'err.file.emptyCell': 'la cellule est vide',
  'err.file.numberHint':
    'Chaque cellule doit être un nombre : 2, -1.5, 1/3, 2.5e-3 (aussi sqrt(2), pi). Exemple : a.csv contenant les deux lignes 2,3 et 4,1.',
  'err.file.outOfRange':
    '{cell} vaut environ {size}, {direction, select, over {trop grand} other {trop petit}} pour la virgule flottante ({range}), et la matrice a trop de coefficients pour rester exacte',
  'err.file.emptyRow': 'la ligne {row} de {file} est vide ([])',
  'err.file.json': '{file} n’est pas une matrice JSON : {why} (ligne {line})',
  'err.file.jsonHint':
    'Une matrice JSON est un tableau de lignes, chacune un tableau de nombres. Exemple : [[2,3],[4,1]] (en Python : json.dump(a.tolist(), f)).',
  'err.file.json.stringOpen': 'une chaîne en {cell} n’est jamais fermée',
  'err.file.json.stringLine': 'une chaîne en {cell} dépasse la fin de sa ligne',
  'err.file.json.object': '{cell} est un objet JSON, pas un nombre',
  'err.file.json.missing': '{cell} manque (trouvé {end, select, yes {la fin du fichier} other {"{ch}"}})',
  'err.file.json.notNumber': '{cell} est "{token}", qui n’est pas un nombre JSON',
  'err.file.json.notNumberHint':
    'Écrivez les nombres comme le fait JSON (2, -1.5, 2.5e-3), et tout le reste entre guillemets : [["1/3", "sqrt(2)"], [1, 2]].',
  'err.file.json.endsEarly': 'le fichier se termine avant le "]" fermant',
  'err.file.json.expected': '"," ou "]" attendu, mais "{ch}" trouvé',
  'err.file.json.start': 'il ne commence pas par "["',
  'err.file.json.rowNotArray':
    'la ligne {row} n’est pas un tableau (écrivez chaque ligne entre crochets : [[1,2],[3,4]])',
  'err.file.json.after': 'il y a encore quelque chose après le "]" qui ferme la matrice : "{text}"',
  'err.file.json.nested': '{cell} est un autre tableau : une matrice a deux niveaux de crochets, pas trois',
  'err.file.json.nestedHint':
    'Une matrice JSON est un tableau de lignes, chacune un tableau de nombres. Exemple : [[2,3],[4,1]].',
  // Images: their headers (file-format.ts) and their size.
  'err.image.unreadable': '{file} n’est pas une image {format} lisible : {why}',
  'err.image.header.endsInHeader': 'le fichier se termine dans son en-tête',
  'err.image.header.firstChunk': 'son premier bloc n’est pas l’en-tête IHDR',
  'err.image.header.checksum': 'l’en-tête est endommagé (sa somme de contrôle ne correspond pas)',
  'err.image.header.size': 'l’en-tête indique {width}×{height} pixels',
  'err.image.header.segmentStart': 'l’octet {byte} devrait commencer un segment (0xFF) mais vaut 0x{hex}',
  'err.image.header.noFrame': 'aucun en-tête de trame (taille de l’image) avant les données de l’image',
  'err.image.header.segmentLength': 'un segment à l’octet {byte} a la longueur {length}',
  'err.image.header.endsInFrame': 'le fichier se termine dans son en-tête de trame',
  'err.image.header.frameSize':
    'l’en-tête de trame indique {width}×{height} pixels (une hauteur de 0 n’est pas prise en charge)',
  'err.image.header.endsBeforeFrame': 'le fichier se termine avant son en-tête de trame (taille de l’image)',
  'err.image.tooLarge':
    '{file} fait {width}×{height} pixels ; les images font au plus {max}×{max} (vérifié dans l’en-tête, rien n’a été décodé)',
  'err.image.tooLargeHint': 'Réduisez l’image à {max}×{max} pixels au plus et joignez-la à nouveau.',
  'err.image.tooLargeMatrix': '{file} fait {width}×{height} pixels ; comme matrice, une image fait au plus {max}×{max}',
  'err.image.tooLargeMatrixHint': 'Réduisez l’image à {max}×{max} pixels au plus pour l’utiliser comme matrice.',
  'err.png.hint':
    'Le fichier est endommagé ou tronqué (un envoi ou une copie interrompus) : exportez-le ou téléchargez-le à nouveau, en PNG ou en JPEG, jusqu’à 1024×1024 pixels.',
  'err.png.signature': '{file} ne commence pas par la signature PNG',
  'err.png.cut.chunkHeader': '{file} est tronqué : il se termine dans l’en-tête du bloc {index}',
  'err.png.chunkType':
    '{file} est endommagé : le bloc {index} (à l’octet {byte}) n’a pas de type valide (ses octets ne sont pas quatre lettres)',
  'err.png.chunkLength': '{file} est endommagé : le bloc {type} déclare une longueur de {length} octets',
  'err.png.cut.inChunk':
    '{file} est tronqué : il se termine dans le bloc {type} ({there} de ses {length} octets sont présents)',
  'err.png.crc':
    '{file} est endommagé : le bloc {type} a une somme de contrôle erronée (son CRC ne correspond pas à ses octets)',
  'err.png.firstChunk': '{file} est endommagé : son premier bloc est {type}, pas l’en-tête IHDR',
  'err.png.secondHeader': '{file} est endommagé : il a un second en-tête IHDR',
  'err.png.twoPalettes': '{file} est endommagé : il a deux palettes (blocs PLTE)',
  'err.png.paletteAfterData': '{file} est endommagé : sa palette (PLTE) vient après les données de l’image',
  'err.png.paletteLength':
    '{file} est endommagé : sa palette (PLTE) fait {length} octets, pas 3 par couleur pour 1 à 256 couleurs',
  'err.png.grayPalette': '{file} est endommagé : une image en niveaux de gris ne peut pas avoir de palette (PLTE)',
  'err.png.twoTransparencies': '{file} est endommagé : il a deux blocs de transparence (tRNS)',
  'err.png.transparencyAfterData': '{file} est endommagé : sa transparence (tRNS) vient après les données de l’image',
  'err.png.dataSplit': '{file} est endommagé : ses données d’image (blocs IDAT) sont coupées par un autre bloc',
  'err.png.noPalette': '{file} est endommagé : une image à palette sans sa palette (PLTE)',
  'err.png.endNotEmpty': '{file} est endommagé : son bloc IEND contient {length} octets (il devrait être vide)',
  'err.png.criticalChunk':
    '{file} utilise un bloc {type} que je ne connais pas et qui est nécessaire pour lire l’image',
  'err.png.cut.afterSignature': '{file} est tronqué : il se termine juste après la signature PNG',
  'err.png.noData': '{file} n’a pas de données d’image (aucun bloc IDAT)',
  'err.png.cut.beforeData': '{file} est tronqué : il se termine avant ses données d’image',
  'err.png.afterEnd':
    '{file} a {bytes} octets après sa fin (le bloc IEND) ; ce sont peut-être deux fichiers mis bout à bout',
  'err.png.afterStream':
    '{file} est endommagé : ses données d’image ont {bytes} octets après la fin de leur flux compressé',
  'err.png.tooLong': '{file} est endommagé : ses données d’image sont plus longues que ses {rows} lignes',
  'err.png.stopsEarly': '{file} est endommagé : ses données d’image s’arrêtent trop tôt : {rows} lignes sur {total}',
  'err.png.stopsEarlyInterlaced':
    '{file} est endommagé : ses données d’image s’arrêtent trop tôt : {rows} des {total} lignes de ses 7 passes entrelacées',
  'err.png.cut.rows': '{file} est tronqué : {rows} lignes sur {total}',
  'err.png.cut.rowsInterlaced': '{file} est tronqué : {rows} des {total} lignes de ses 7 passes entrelacées',
  'err.png.cut.stream': '{file} est tronqué : ses données d’image compressées s’arrêtent avant leur fin',
  'err.png.cut.data': '{file} est tronqué : ses données d’image s’arrêtent trop tôt',
  'err.png.adler': '{file} est endommagé : ses données d’image ont une somme de contrôle erronée (Adler-32)',
  'err.png.zlib': '{file} est endommagé : ses données d’image ne sont pas un flux compressé (zlib) valide',
  'err.png.cut.noEnd':
    '{file} est tronqué : il se termine après ses données d’image, sans le bloc IEND qui clôt un PNG',
  'err.png.headerLength': '{file} est endommagé : son en-tête IHDR fait {length} octets, pas 13',
  'err.png.headerSize': '{file} est endommagé : son en-tête indique {width}×{height} pixels',
  'err.png.colourType': '{file} est endommagé : son en-tête indique le type de couleur {type} (PNG a 0, 2, 3, 4 et 6)',
  'err.png.depth':
    '{file} est endommagé : {colour, select, gray {une image en niveaux de gris} rgb {une image RVB} palette {une image à palette} grayAlpha {une image en niveaux de gris avec alpha} other {une image RVBA}} ne peut pas avoir {depth} bits par échantillon ({depths} possibles)',
  'err.png.compression':
    '{file} est endommagé : son en-tête indique la méthode de compression {method} (PNG n’a que 0)',
  'err.png.filterMethod': '{file} est endommagé : son en-tête indique la méthode de filtrage {method} (PNG n’a que 0)',
  'err.png.interlaceMethod':
    '{file} est endommagé : son en-tête indique la méthode d’entrelacement {method} (PNG a 0 et 1)',
  'err.png.transparencyBeforePalette': '{file} est endommagé : sa transparence (tRNS) vient avant sa palette (PLTE)',
  'err.png.transparencySize':
    '{file} est endommagé : son bloc de transparence (tRNS) ne convient pas à {colour, select, gray {une image en niveaux de gris} rgb {une image RVB} palette {une image à palette} grayAlpha {une image en niveaux de gris avec alpha} other {une image RVBA}} ({length} octets)',
  'err.png.filterType': '{file} est endommagé : la ligne {row} a le type de filtre {filter} (PNG a 0 à 4)',
  'err.png.filterTypeInterlaced':
    '{file} est endommagé : la ligne {row} (en comptant les lignes de toutes les passes entrelacées) a le type de filtre {filter} (PNG a 0 à 4)',
  'err.png.paletteIndex':
    '{file} est endommagé : le pixel (ligne {row}, colonne {column}) utilise la couleur {colour} d’une palette de {colours} couleurs',
  'err.jpeg.hint':
    'Le fichier est endommagé ou tronqué (un envoi ou une copie interrompus) : exportez-le ou téléchargez-le à nouveau, en PNG ou en JPEG, jusqu’à 1024×1024 pixels.',
  'err.jpeg.soi': '{file} ne commence pas par le marqueur de début JPEG (SOI)',
  'err.jpeg.cut.beforeData': '{file} est tronqué : il se termine avant ses données d’image',
  'err.jpeg.cut.noEnd': '{file} est tronqué : il se termine après ses données d’image, sans le marqueur de fin (EOI)',
  'err.jpeg.markerByte': '{file} est endommagé : l’octet {byte} devrait commencer un marqueur (0xFF) mais vaut 0x{hex}',
  'err.jpeg.cut.marker': '{file} est tronqué : il se termine au milieu d’un marqueur',
  'err.jpeg.endBeforeFrame':
    '{file} est endommagé : il se termine (EOI) avant son en-tête de trame (taille de l’image)',
  'err.jpeg.endBeforeScan': '{file} est endommagé : il se termine (EOI) avant toute donnée d’image (SOS)',
  'err.jpeg.noScan': '{file} est endommagé : ses données d’image n’ont aucun balayage pour la composante {component}',
  'err.jpeg.secondStart': '{file} est endommagé : un second marqueur de début (SOI) à l’octet {byte}',
  'err.jpeg.restartOutside':
    '{file} est endommagé : un marqueur de redémarrage à l’octet {byte} est hors de toute donnée d’image',
  'err.jpeg.markerZero': '{file} est endommagé : l’octet {byte} devrait commencer un marqueur mais est suivi de 0x00',
  'err.jpeg.cut.segmentHeader': '{file} est tronqué : il se termine dans le segment {segment}',
  'err.jpeg.segmentLength': '{file} est endommagé : le segment {segment} à l’octet {byte} a la longueur {length}',
  'err.jpeg.cut.segment':
    '{file} est tronqué : il se termine dans le segment {segment} ({there} de ses {length} octets sont présents)',
  'err.jpeg.restartInterval':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (intervalle de redémarrage) fait {length} octets, pas 4',
  'err.jpeg.secondFrame': '{file} est endommagé : il a un second en-tête de trame ({marker})',
  'err.jpeg.coding':
    '{file} utilise le codage JPEG {kind, select, lossless {sans perte} arithmetic {arithmétique} other {hiérarchique}} ({marker}), que je ne lis pas ; les JPEG baseline et progressifs conviennent',
  'err.jpeg.dac': '{file} utilise le JPEG à codage arithmétique (un segment DAC), que je ne lis pas',
  'err.jpeg.dnl': '{file} déclare sa hauteur après les données d’image (un segment DNL), ce que je ne lis pas',
  'err.jpeg.scanBeforeFrame':
    '{file} est endommagé : ses données d’image (SOS) viennent avant son en-tête de trame (taille de l’image)',
  'err.jpeg.reserved':
    '{file} est endommagé : le segment {segment} à l’octet {byte} est un marqueur que JPEG réserve ({marker})',
  'err.jpeg.quantPrecision':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de quantification) indique la précision {precision}, table {table}',
  'err.jpeg.quantShort':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de quantification) est trop court',
  'err.jpeg.quantZero':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de quantification {table}) a une entrée 0',
  'err.jpeg.huffmanClass':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de Huffman) indique la classe {class}, table {table}',
  'err.jpeg.huffmanShort':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de Huffman) est trop court',
  'err.jpeg.huffmanCount':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de Huffman) déclare {count} codes',
  'err.jpeg.huffmanOverfull':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (table de Huffman) a plus de codes qu’il n’en tient',
  'err.jpeg.frameShort':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (en-tête de trame) est trop court',
  'err.jpeg.precision': '{file} a des échantillons de {bits} bits ; je ne lis que les JPEG 8 bits',
  'err.jpeg.frameSize': '{file} est endommagé : son en-tête de trame indique {width}×{height} pixels',
  'err.jpeg.components': '{file} est endommagé : son en-tête de trame déclare {count} composantes de couleur',
  'err.jpeg.frameLength':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (en-tête de trame) n’a pas la bonne longueur',
  'err.jpeg.sampling':
    '{file} est endommagé : la composante {component} de son en-tête de trame a l’échantillonnage {h}×{v}, table {table}',
  'err.jpeg.componentIds': '{file} est endommagé : deux composantes ont l’identifiant {id}',
  'err.jpeg.scanLength':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (en-tête de balayage) n’a pas la bonne longueur',
  'err.jpeg.scanProgressive':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (en-tête de balayage) a des paramètres progressifs dans un JPEG séquentiel',
  'err.jpeg.spectral':
    '{file} est endommagé : le segment {segment} à l’octet {byte} (en-tête de balayage) a la sélection spectrale {from}–{to}',
  'err.jpeg.scanComponent':
    '{file} est endommagé : le segment {segment} à l’octet {byte} nomme la composante {id}, que la trame n’a pas',
  'err.jpeg.scanComponentTwice':
    '{file} est endommagé : le segment {segment} à l’octet {byte} nomme deux fois la composante {id}',
  'err.jpeg.quantMissing': '{file} est endommagé : la table de quantification {table} est utilisée mais jamais définie',
  'err.jpeg.huffmanMissing':
    '{file} est endommagé : le segment {segment} à l’octet {byte} utilise une table de Huffman jamais définie',
  'err.jpeg.restartOrder':
    '{file} est endommagé : le marqueur de redémarrage {restart} à l’octet {byte} n’est pas dans l’ordre',
  'err.jpeg.cut.data': '{file} est tronqué : il se termine au milieu de ses données d’image',
  'err.jpeg.cut.rows': '{file} est tronqué : ses données d’image s’arrêtent à la ligne {row} sur {height}',
  'err.jpeg.interrupted':
    '{file} est endommagé : ses données d’image s’arrêtent à la ligne {row} sur {height} (un marqueur à l’octet {byte} les interrompt)',
  'err.jpeg.invalidCode':
    '{file} est endommagé : ses données d’image ont un code invalide près de l’octet {byte} (ligne {row} sur {height})',
  'err.jpeg.coefficient':
    '{file} est endommagé : ses données d’image contiennent un coefficient hors limites près de l’octet {byte} (ligne {row} sur {height})',
  'err.jpeg.restartMissing':
    '{file} est endommagé : le marqueur de redémarrage {restart} manque à l’octet {byte} (ligne {row} sur {height})',
  'err.jpeg.cut.afterData':
    '{file} est tronqué : il se termine juste après ses données d’image, sans le marqueur de fin (EOI)',
  'err.jpeg.afterLastBlock':
    '{file} est endommagé : ses données d’image continuent après leur dernier bloc (à l’octet {byte})',

  // ── notices ───────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The CLI's --attach errors (a path that is not a readable regular file) and its --run-due report.
  'notice.cli.cannotRead': 'impossible de lire {path} : {why}',
  'notice.cli.noSuchFile': 'fichier introuvable',
  'notice.cli.notRegular':
    'c’est {kind, select, changed {un fichier qui a changé pendant son ouverture} directory {un répertoire} fifo {un tube nommé (FIFO)} device {un périphérique} socket {une socket} other {autre chose qu’un fichier}}, pas un fichier ordinaire',
  'notice.cli.attachHint':
    'Donnez le chemin d’un fichier CSV, TSV, JSON, PNG ou JPEG : hadamard --attach a.csv "psd @1"',
  'notice.cli.ran':
    '{n, plural, one {{n} commande programmée exécutée} other {{n} commandes programmées exécutées}} pour {when} :',
  'notice.cli.nothingDue': 'Rien n’était prévu pour {when}.',
  'notice.cli.runLine': '- {id} ({platform} {channel}) : {command} — {ok, select, yes {publiée} other {échec}}',
  'notice.cli.runDueNoCommand': '--run-due ne prend aucune commande ; reçu "{text}"',
  'notice.restarting': 'Le bot redémarre ; réessayez dans une minute.',
  'notice.rateLimited':
    'Vous envoyez des commandes trop vite : la limite est de {count} toutes les {window} s. Réessayez dans {seconds} s.',
  'notice.busy': 'Le bot est très occupé en ce moment. Réessayez dans {seconds} s.',
  'notice.fault':
    'Désolé, un problème est survenu de notre côté (identifiant d’erreur {id}). L’équipe peut le retrouver dans les journaux.',
  'notice.needsChannel':
    '{verb} est une commande de groupe d’étude : elle a besoin d’un salon (Slack, Discord, la page locale ou la CLI)',
  'notice.needsChannelHint':
    'Les commandes de groupe d’étude (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) s’utilisent dans un salon de discussion, la page locale ou la CLI. Exemple : /hadamard quiz',
  'notice.timeout':
    'le calcul a dépassé {seconds} s, il a donc été arrêté (de très longues fractions exactes ou de grandes matrices le ralentissent)',
  'notice.timeoutHint':
    'Utilisez des nombres plus courts ou des matrices plus petites ; les décimaux à peu de chiffres et les petites fractions restent rapides. Exemple : /hadamard schur hilbert(6) pascal(6)',
  'notice.outOfMemory': 'le calcul a demandé plus de mémoire qu’une commande ne peut en utiliser, il a donc été arrêté',
  'notice.outOfMemoryHint':
    'Utilisez des matrices plus petites (jusqu’à 12×12) ou des nombres plus petits. Exemple : hilbert(12) .* pascal(12)',
  'notice.lost':
    'Désolé : l’instance du bot qui traitait votre commande s’est arrêtée avant de confirmer une réponse. Si vous ne voyez pas la réponse ici, renvoyez la commande.',
  'notice.try': 'Essayez : {hint}',
  'notice.fileTooLarge': '{name} fait {size} ; les fichiers joints ne peuvent pas dépasser {limit}',
  'notice.fileTooLargeOver': '{name} fait plus de {limit} ; les fichiers joints ne peuvent pas dépasser {limit}',
  'notice.fileTooLargeHint':
    'Envoyez un fichier plus petit : matrices jusqu’à 256×256 (CSV, TSV ou JSON), images jusqu’à 1024×1024 pixels.',
  'notice.fileHint':
    'Partagez un fichier CSV, TSV, JSON, PNG ou JPEG avec le bot en message privé, ou avec une mention : @hadamard-bot psd @1',
  'notice.fileTooMany': '{count} fichiers accompagnaient le message ; {max} au plus peuvent servir à la fois',
  'notice.fileGone': '{name} ne peut pas être téléchargé depuis Slack (il a été supprimé, ou c’est un lien externe)',
  'notice.fileNotSlack': '{name} n’est pas sur le serveur de fichiers de Slack, il n’est donc pas récupéré',
  'notice.fileRetry': '{name} n’a pas pu être téléchargé depuis Slack ; réessayez',
  'notice.fileHttp': '{name} n’a pas pu être téléchargé depuis Slack (HTTP {status})',
  'notice.fileUnnamed': 'un fichier',
  'notice.noToken':
    'les fichiers partagés ne peuvent pas être lus pour l’instant (cet espace de travail n’a pas de jeton)',
  'notice.noTokenHint': 'Réinstallez l’application dans cet espace de travail, ou tapez plutôt les matrices.',
  'notice.slack.tooLong':
    '_(trop long pour un message Slack : la matrice complète est dans le fichier joint `{file}`)_',
  'notice.slack.continued': '_(suite dans le fichier joint `{file}`)_',
  'notice.fullText': '{title} (texte complet)',
  'notice.slack.toDm':
    '_{what, select, both {La figure et le fichier sont partis} file {Le fichier est parti} other {La figure est partie}} dans vos messages privés avec moi : Slack ne peut pas joindre de fichiers à un message que vous seul voyez._',
  'notice.slack.privateNoFiles':
    '_Les réponses privées arrivent sans leurs figures ni leurs fichiers : Slack ne peut pas les joindre à un message que vous seul voyez. Avec le réglage `private` du salon sur off, les réponses sont publiées avec eux._',
  'notice.slack.updated': ':pencil2: Mis à jour après la modification de la question.',
  'notice.slack.notMember':
    ':information_source: Je ne suis pas membre de ce salon, je ne peux donc pas y publier {what, select, files {les figures et les fichiers} other {de réponses}}. Invitez-moi avec `/invite @hadamard-bot` (ou mentionnez-moi et Slack vous le proposera).',
  'notice.slack.sendFailed': 'Désolé, je n’ai pas pu envoyer la réponse (identifiant d’erreur {id}).',
  'notice.slack.asked': '{user} a demandé {command}',
  'notice.slack.shortcut':
    '{user} a utilisé _Hadamard this_ sur {author, select, none {un message} other {un message de {author}}}',
  'notice.slack.edited': ':pencil2: {user} a modifié la question ; la nouvelle réponse lui a été envoyée en privé.',
  'notice.slack.noCommand': 'Cette réponse ne porte plus sa commande : relancez-la.',
  'notice.noLatex': 'Cette réponse n’a pas de LaTeX.',
  'notice.slack.latexTooLong':
    ':warning: Le LaTeX de cette réponse est trop long pour un message Slack ; la CLI l’affiche : `npx hadamard --latex …`.',
  'notice.discord.sendFailed': 'Désolé, la réponse n’a pas pu être envoyée (identifiant d’erreur {id}).',
  'notice.discord.sentByDm': '{title} : envoyé en message privé, car c’est privé.',
  'notice.discord.noDm':
    '{title} : cette réponse est privée et je n’ai pas pu vous l’envoyer en message privé (les MP de ce serveur sont-ils désactivés ?). Utilisez `/hadamard {verb}` et je répondrai là où vous seul pouvez le voir.',
  'notice.discord.unknownSubcommand': 'cette version du bot ne connaît pas cette sous-commande',
  'notice.discord.unknownSubcommandHint': 'Essayez /hadamard help.',
  'notice.discord.unknown': 'Cette version du bot ne connaît pas cela. Essayez `/hadamard help`.',
  'notice.discord.latexGone':
    'La question de cette réponse a disparu (supprimée, ou hors de ma portée), son LaTeX aussi. Reposez-la.',
  'notice.discord.latexFile': 'Le LaTeX est plus long qu’un message : le voici dans answer.tex.',
  'notice.discord.overflow': '*La suite de la réponse est dans {file}.*',
  'notice.discord.fullText': 'Le texte complet de la réponse : {title}',
  'notice.discord.exact': 'Arithmétique exacte (nombres rationnels)',
  'notice.discord.float': 'Virgule flottante (tolérance numérique)',
  'notice.discord.delete': 'Supprimer',
  'notice.cli.figure': 'Figure : {path}',
  'notice.cli.file': 'Fichier : {path}',
  'notice.cli.noLatex': '(cette réponse ne montre pas de matrices, elle n’a donc pas de LaTeX ; son texte suit)',

  // ── page ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The playground server's API errors and hints (src/bot/local/server.ts), in the request's language (its `locale`,
  // else Accept-Language): examples in {example} and the JSON, curl and form syntax stay as they are.
  'page.api.eg': 'par exemple {example}',
  'page.api.send': 'Envoyez {example}.',
  'page.api.retryHint': 'Attendez {seconds} s, puis appuyez sur ↑ et Entrée pour la renvoyer.',
  'page.api.closingHint': 'Rechargez la page dans une minute.',
  'page.api.faultHint': 'Essayez une autre commande ; si celle-ci échoue encore, signalez l’id d’erreur {id}.',
  'page.api.badLocale': '"locale" doit être l’une des valeurs {locales}, pas {value}.',
  'page.api.badTheme': '"theme" doit être "light" ou "dark", pas {value}.',
  'page.api.badWidth': '"width" doit être un nombre entier de pixels CSS de 1 à {max}, pas {value}.',
  'page.api.badWidthHint': 'par exemple {example} pour des figures affichées dans une colonne de 376 px',
  'page.api.formTooLarge': 'Le formulaire dépasse {size}.',
  'page.api.formTooLargeHint': 'Joignez au plus {max} fichiers de {size} au plus chacun.',
  'page.api.bodyTooLarge': 'Le corps de la requête dépasse {limit} octets.',
  'page.api.bodyTooLargeHint':
    'Envoyez une seule commande de 4 000 caractères au plus sous la forme {shape}, par exemple {example}.',
  'page.api.badJson': 'Le corps n’est pas du JSON valide.',
  'page.api.notObject': 'Le corps doit être un objet avec une chaîne "text".',
  'page.api.badForm': 'Le corps n’est pas un formulaire multipart valide.',
  'page.api.incomplete': 'Le formulaire s’est arrêté avant sa fin.',
  'page.api.incompleteHint': 'Renvoyez le formulaire en entier.',
  'page.api.fieldTooLarge': 'Le champ "{name}" du formulaire dépasse 64 KB.',
  'page.api.fileField': 'Chaque partie "file" doit être un fichier.',
  'page.api.textFile': 'Le "text" du formulaire doit être un champ, pas un fichier.',
  'page.api.fileTooLarge': '{name} dépasse {size} ; les fichiers joints font au plus {size}.',
  'page.api.tooManyFiles':
    'Plus de {max} fichiers sont arrivés avec la commande ; {max} au plus sont acceptés (@1 et @2).',
  'page.api.tooManyFilesHint': 'Joignez un ou deux fichiers.',
  'page.api.noText': 'Le formulaire n’a ni "text" ni fichier.',
  'page.api.method': '{method} n’est pas autorisé ici.',
  'page.api.methodHint': 'Utilisez {method}.',
  'page.api.methodsHint': 'Utilisez {first} ou {second}.',
  'page.api.stale': 'Cette page a été servie par une exécution précédente du playground.',
  'page.api.staleHint': 'Rechargez la page, puis renvoyez la commande.',
  'page.api.noToken':
    'Les commandes sont acceptées depuis la page du playground, ou depuis un script qui se nomme dans un en-tête X-Hadamard-Client.',
  'page.api.mediaType':
    'Le corps doit être du JSON (Content-Type: application/json), ou un formulaire avec des fichiers (multipart/form-data).',
  'page.api.uploadsBusy': 'Le playground lit déjà {n} fichiers ; réessayez dans {seconds} s.',
  'page.api.wrongHost': 'Ce playground ne répond que sur 127.0.0.1 ou localhost.',
  'page.api.wrongHostHint': 'Ouvrez http://127.0.0.1 avec le port qu’il a affiché.',
  'page.api.figureGone': 'Cette figure n’est plus conservée (le serveur ne garde en mémoire que les figures récentes).',
  'page.api.figureGoneHint': 'Renvoyez la commande pour la redessiner.',
  'page.api.notFound': 'Rien à l’adresse {path}.',
  'page.api.notFoundHint': 'Le playground est à /.',
  'page.api.internal': 'Désolé, quelque chose s’est mal passé de notre côté (id d’erreur {id}).',
  'page.api.crossSite': 'Les commandes ne sont acceptées que depuis cette page.',
  'page.api.crossSiteHint': 'Ouvrez la page elle-même.',
  'page.title': 'hadamard-bot · bac à sable local',
  'page.skip': 'Aller à la zone de message',
  'page.topic':
    'Un salon local avec {bot} : le produit matriciel terme à terme (de Hadamard), exact. Rien ne quitte cette machine.',
  'page.language': 'Langue des réponses',
  'page.languageTitle': 'Langue de la page et des réponses',
  'page.auto': 'Auto',
  'page.autoTitle': 'La langue du navigateur',
  'page.clear': 'Effacer',
  'page.clearDesc': 'Oublier cette conversation dans ce navigateur',
  'page.conversation': 'Conversation',
  'page.emptyTitle': 'Essayez le bot',
  'page.emptyLead': 'Tapez deux matrices de même taille et appuyez sur {enter}. Le bot les multiplie terme à terme :',
  'page.emptyMore':
    'Le `/hadamard` initial est facultatif ; le style MATLAB `[2 3; 4 1]` et les fractions comme `1/3` marchent aussi. D’autres verbes vérifient des théorèmes (`schur`, `psd`, `oppenheim`) ou expliquent la théorie (`explain`, `help`). Choisissez un exemple ci-dessous pour commencer.',
  'page.examples': 'Exemples, un par verbe',
  'page.examplesLabel': 'Exemples :',
  'page.attachedFiles': 'Fichiers joints',
  'page.attach': 'Joindre un fichier',
  'page.attachDesc':
    'Joignez jusqu’à deux fichiers CSV, TSV, JSON, PNG ou JPEG, ou déposez-les sur la page ; @1 et @2 les désignent',
  'page.message': 'Message à hadamard-bot',
  'page.placeholder': 'Votre message',
  'page.send': 'Envoyer',
  'page.keys':
    '{enter} envoie · {shift}+{enter} nouvelle ligne · {up} dans une zone vide rappelle la commande précédente · déposez un fichier pour le joindre',
  'page.drop': 'Déposez un fichier CSV, TSV, JSON, PNG ou JPEG pour le joindre',
  'page.you': 'Vous',
  'page.said': '{who} a écrit',
  'page.figure': 'figure',
  'page.figureGone': 'Figure plus disponible',
  'page.figureGoneWhy':
    '(le serveur ne garde en mémoire que les figures récentes ; renvoyez la commande). Elle montrait :',
  'page.openFull': 'ouvrir en taille réelle',
  'page.private': 'Visible par vous seul',
  'page.answerQuiz': 'Répondre au quiz {id}',
  'page.download': 'Télécharger {name}',
  'page.copyLatex': 'Copier le LaTeX',
  'page.copyLatexTitle': 'Copier cette réponse en LaTeX (bmatrix, \\frac, le verdict) pour les devoirs et les notes',
  'page.copied': 'Copié',
  'page.copyBlocked': 'La copie est bloquée ici : sélectionnez le LaTeX ci-dessous.',
  'page.wrong': 'Un problème est survenu.',
  'page.hint': 'Indice :',
  'page.dismiss': 'Fermer',
  'page.working': '{bot} travaille…',
  'page.unreachable': 'Le serveur du bac à sable n’a pas répondu.',
  'page.unreachableHint': '`npm start` tourne-t-il encore ? Relancez-le, puis appuyez sur ↑ et Entrée.',
  'page.remove': 'Retirer {name}',
  'page.removed': '{name} retiré.',
  'page.notAFile': '{name} n’est pas un fichier CSV, TSV, JSON, PNG ou JPEG.',
  'page.fileTooLarge': '{name} fait {size} ; les fichiers ne peuvent pas dépasser {max}.',
  'page.fileLeftOut': '{max} fichiers au plus (@1, @2) : {name} a été laissé de côté.',
  'page.attached': 'Joints : {files}.',
  'page.dark': 'Sombre',
  'page.light': 'Clair',
  'page.toDark': 'Passer la page et ses figures en apparence sombre',
  'page.toLight': 'Passer la page et ses figures en apparence claire',
  'page.toDarkTitle': 'Passer en apparence sombre (les nouvelles figures sont dessinées pour elle)',
  'page.toLightTitle': 'Passer en apparence claire (les nouvelles figures sont dessinées pour elle)',
  'page.chip': '{verb} : {description}. Remplit la zone avec {example}',
};
