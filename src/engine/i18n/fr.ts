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
  'psd.filesNote': 'Depuis des fichiers : {list}.',
  'psd.fileIs': '{label} est {file} ({shape})',


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────
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
  'opp.notSquare':
    'oppenheim demande des matrices carrées, mais {label} (la {which, select, first {première} other {deuxième}} matrice) est {shape}',
  'opp.notSquareHint': 'Il faut des matrices carrées (n×n). Exemple : /hadamard psd [[2,1],[1,2]]',
  'opp.shapeMismatch':
    '{a} (la première matrice) est {shapeA} mais {b} (la deuxième) est {shapeB} ; le produit terme à terme demande des tailles égales',
  'opp.shapeMismatchHint':
    'Le produit terme à terme demande des matrices de même taille (pas de broadcasting). Exemple : [[1,2]] [[3,4]] (toutes deux 1×2).',
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


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
