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


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
