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
  'note.decimalPoint':
    'Les matrices s’écrivent de la même façon dans toutes les langues : le point `.` sert de séparateur décimal, même en français, et la virgule `,` sépare les coefficients (`[[1.5, 2]]`).',
  'words.exact': 'arithmétique exacte',
  'words.certified': 'encadrements certifiés',
  'words.float': 'virgule flottante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
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
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────
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
  'notice.slack.revealed': ':white_check_mark: Révélé : le message du quiz affiche maintenant la réponse.',
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
  'notice.discord.quizClosed': 'Le quiz {id} est clos : le message de la question affiche maintenant la réponse.',
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
  'notice.cli.error': 'Erreur ({code}) : {message}\nIndice : {hint}',
  'notice.cli.noLatex': '(cette réponse ne montre pas de matrices, elle n’a donc pas de LaTeX ; son texte suit)',


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
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
