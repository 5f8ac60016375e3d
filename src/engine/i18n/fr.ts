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


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
