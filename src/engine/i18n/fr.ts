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
  'quiz.example': 'Exemple : {example}',
  'quiz.notQuizId':
    '{word} n’est pas un identifiant de quiz : c’est la lettre q suivie de quelques lettres ou chiffres, comme q7k2m9, et chaque message de quiz affiche le sien',
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

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
};
