/**
 * English, the source catalogue: every key the bot's translated surfaces use (help, explain, the schur answer and
 * figure, the verdict words, the arithmetic notes, the language setting). ICU MessageFormat: `{name}` placeholders,
 * `{n, plural, one {…} other {…}}`. Every other language has exactly these keys and placeholders (a test checks).
 * Mathematics keeps its own notation in every language: `.` as the decimal point, `,` between entries.
 */
export const en = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'hadamard-bot help',
  'help.summary': 'Compute and learn the Hadamard (entrywise) product: /hadamard A B, or a verb first.',
  'help.verbs': 'Verbs',
  'help.try': 'Try',
  'help.examples': 'Examples',
  'help.how': 'How it works',
  'help.verbTitle': 'help {verb}',
  'help.noHelp': 'there is no help for {word}',
  'help.noHelpVerbs': 'there is no help for {word}; verbs are {verbs}',
  'help.matrixSyntax':
    'Matrices: `[[2,3],[4,1]]` or `[2 3; 4 1]`; a flat `[1,2,3]` is a row. Entries: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, and the functions `sin cos tan exp log abs` (`cos(pi/3)` is exactly 1/2, `log` is natural). Builders: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (a window, as a row), `causal(4)` (ones on and below the diagonal), `toeplitz(1, 1/2, 1/4)` (symmetric). Optional labels `A=…` and operators `∘ .* * o` between matrices. Up to 6 matrices, 12×12 each. Integers, decimals and fractions are exact.',
  'verb.product.description': 'Entrywise (Hadamard) product of 2 to 6 matrices of the same shape',
  'verb.schur.description': 'Schur product theorem: PSD verdicts for A, B and A∘B, contrasted with AB',
  'verb.psd.description': 'Is this matrix positive semidefinite? Exact verdict with a certificate',
  'verb.oppenheim.description': "Oppenheim's inequality det(A∘B) ≥ det(A)·∏bᵢᵢ both ways round, and Hadamard's",
  'verb.props.description': 'Check commutativity, associativity, distributivity, identity J and transpose',
  'verb.relate.description': 'Relations to the ordinary product: diagonal case, diag(a)b, trace identity, A⊗B',
  'verb.apply.description': 'The applications, live: window, mask, gate, taper, image (built-in example or your data)',
  'verb.explain.description': 'The theory, for a second-year student: definition, schur, oppenheim, applications…',
  'verb.help.description': 'How to use the bot, with examples that work when pasted',
  'verb.quiz.description':
    'A multiple-choice question for the channel: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description': 'Answer a quiz by its id and your choice (the buttons under the quiz do the same)',
  'verb.reveal.description': 'Close a quiz now: the right answer, who got it, and the worked solution',
  'verb.scores.description':
    "The channel's leaderboard, this week or all time: points, accuracy and streaks; pin keeps it posted",
  'verb.settings.description':
    "Show or change the channel's settings: private, figures, numbers, quiz_seconds, theme, timezone, language…",
  'verb.forget-me.description': 'Delete your quiz answers and scores wherever the bot keeps them',
  'verb.schedule.description': 'Run a command in this channel by itself: daily, on weekdays or weekly at a local time',
  'verb.me.description': 'Your progress, privately: points, accuracy per topic, your misconceptions, what to practise',
  'verb.practice.description':
    'A private question for you alone, from your weakest topic unless you name one; off the board',
  'verb.class.description':
    "For channel managers: this week's participation, accuracy and misconceptions; export as CSV",

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'The Hadamard product in six ideas',
  'explain.overview.summary':
    'One line per idea: what the product is, its algebra, two theorems, its relations and its uses.',
  'explain.overview.more': 'Each topic in depth: `/hadamard explain <topic>` with {topics}.',
  'explain.more': 'More: `/hadamard explain <topic>` with {topics}.',
  'explain.unknown': '{word} is not a topic; topics are {topics}',
  'explain.definition.title': 'The Hadamard product',
  'explain.definition.summary':
    'The Hadamard product multiplies two same-shape matrices entry by entry: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Take two matrices A and B of the same size m×n. Their Hadamard (or Schur, or entrywise) product A∘B is the m×n matrix whose entry in row i, column j is aᵢⱼ·bᵢⱼ. Nothing is summed and no rows meet columns: each position is on its own.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nContrast this with the ordinary product AB, where entry (i,j) is a sum over a whole row of A and a whole column of B. The Hadamard product needs equal shapes (there is no broadcasting: a 1×2 and a 2×1 matrix cannot be multiplied entrywise). Try it: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Algebraic properties',
  'explain.properties.summary':
    'Entrywise multiplication inherits the rules of multiplying numbers, position by position.',
  'explain.properties.body':
    '- Commutativity: A∘B = B∘A\n- Associativity: (A∘B)∘C = A∘(B∘C)\n- Distributivity: A∘(B+C) = A∘B + A∘C\n- Identity: the all-ones matrix J, not the identity matrix I: A∘J = A (while A∘I keeps only the diagonal of A)\n- Transpose: (A∘B)ᵀ = Aᵀ∘Bᵀ\nEach holds because it holds for real numbers in every single position. Check them on your own matrices: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'The Schur product theorem',
  'explain.schur.summary': 'If A and B are positive semidefinite, so is A∘B; if both are positive definite, so is A∘B.',
  'explain.schur.body':
    'A symmetric matrix M is positive semidefinite (M ⪰ 0) when xᵀMx ≥ 0 for every vector x, and positive definite when xᵀMx > 0 for every x ≠ 0. Covariance matrices are the everyday example.\n**Theorem (Schur).** For n×n positive semidefinite A and B, A∘B is positive semidefinite; if A and B are positive definite, A∘B is positive definite.\n**Why (sketch).** Write B by its eigenvectors: B = Σₖ λₖ vₖvₖᵀ with every λₖ ≥ 0. Then bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ, and for any x\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\nbecause each λₖ ≥ 0 and each (x∘vₖ)ᵀA(x∘vₖ) ≥ 0 since A ⪰ 0.\nThe ordinary product does **not** behave like this: for PSD A and B, AB need not be symmetric, let alone PSD. And if the hypothesis fails (A or B not PSD), the theorem says nothing: A∘B may or may not be PSD. See both with `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': "Oppenheim's inequality",
  'explain.oppenheim.summary': 'For PSD A and B: det(A∘B) ≥ det(A)·∏bᵢᵢ, and also ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    "**Oppenheim's inequality.** For n×n positive semidefinite A and B, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Swapping the roles of A and B gives det(A∘B) ≥ det(B)·∏aᵢᵢ as well.\n**Correlation matrices.** If B has unit diagonal (a correlation matrix), the product of its diagonal is 1 and the bound reads det(A∘B) ≥ det(A): entrywise damping by a correlation matrix never shrinks the determinant.\n**Hadamard's inequality** det(A) ≤ a₁₁a₂₂⋯aₙₙ for PSD A is the special case A∘I: the identity I is PSD with det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), and Oppenheim gives ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Equality.** If A is diagonal, A∘B is diagonal with entries aᵢᵢbᵢᵢ, so det(A∘B) = det(A)·∏bᵢᵢ exactly. If B = J (all ones, a singular correlation matrix), A∘J = A and again det(A∘B) = det(A)·1. The bot decides equality exactly for integer, decimal and fraction input.\nTry: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` and `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.",
  'explain.relations.title': 'Relations to the ordinary product',
  'explain.relations.summary':
    'Diagonal matrices, diag(a)·b, the trace identity and the Kronecker product connect ∘ with ordinary products.',
  'explain.relations.body':
    '- **Diagonal matrices:** if A and B are both diagonal, A∘B = AB. One of the rare cases where the two products agree.\n- **Vectors:** a∘b = diag(a)·b: multiplying entrywise by a is the same as multiplying by the diagonal matrix with a on its diagonal.\n- **Trace identity:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, the Frobenius inner product: sum all entries of A∘B.\n- **Kronecker product:** A∘B is a submatrix of A⊗B: for m×n matrices, take rows 1, m+2, 2m+3, … and columns 1, n+2, 2n+3, … (the positions (i−1)·m+i and (j−1)·n+j).\nSee all four on your numbers: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Where the Hadamard product is used',
  'explain.applications.summary':
    'Whenever each position should be treated on its own: statistics, machine learning, signals and images.',
  'explain.applications.body':
    '- **Covariance tapering (statistics):** multiply a covariance matrix entrywise by a compactly supported correlation matrix to zero out far-apart pairs. By the Schur product theorem the tapered matrix stays PSD, so it is still a valid covariance; spatial ∘ temporal correlation builds space-time covariances the same way.\n- **Gates and attention masks (machine learning):** an LSTM or GRU gate g ∈ [0,1]ⁿ scales a state entrywise, g∘c; an attention mask multiplies (or adds −∞ to) the scores entrywise to hide positions.\n- **Window functions (signal processing):** before a Fourier transform a signal is multiplied sample by sample by a window (Hann, Hamming) to reduce leakage; spectral masking multiplies a spectrogram entrywise.\n- **Pixelwise filtering (images):** a mask or per-pixel gain image multiplies an image entrywise: vignetting correction, alpha masks, selective edits.\nTry a tiny mask: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, or see each one live with a figure: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Hadamard product',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exact',
  'product.kindCertified': 'certified',
  'product.kindNumerical': 'numerical',
  'product.entryByEntry':
    'Entry by entry: {worked}.\nEvery entry is multiplied with the entry in the same place, nothing else.',
  'product.asDecimals': 'As decimals (every digit shown is proved): {matrix}',
  'product.noteRational': 'Exact rational arithmetic.',
  'product.noteExact': 'Exact arithmetic: square roots and powers of π or e are kept exactly, as written.',
  'product.noteCertified':
    'Certified arithmetic: values known only through enclosures (exp, log, trigonometric functions of other arguments, π with e) are shown with the digits their enclosures prove.',
  'product.noteCertifiedSwitched':
    'Certified arithmetic: numbers too long to keep exact are shown with the digits their enclosures prove.',
  'product.noteFloat':
    'Numerical answer (floating point): the numbers are doubles read from a file, past the exact budget.',
  'product.noteFloatSwitched':
    'Numerical answer (floating point): the numbers were too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix), so the engine switched to floating point.',
  'productFig.title': 'Hadamard product {name}',
  'productFig.subtitle': '{count} matrices of shape {shape}',
  'productFig.worked': 'Entry ({i}, {j}) worked out',
  'productFig.rule': 'Multiply entries in the same position: {rule}',
  'productFig.heatNote': 'Too many digits for one figure: some matrices are shown as colour maps. ',
  'productFig.exactShortened':
    'Exact arithmetic. Long numbers are shortened here (≈); the text answer has them in full.',
  'productFig.exact': 'Exact arithmetic.',
  'productFig.certified': 'Certified enclosures: every digit shown is proved.',
  'productFig.float': 'Floating-point input: numbers rounded for display.',
  'productFig.altShapeHeat':
    'Hadamard product of {count} {shape} matrices, {name}, drawn as heatmaps (purple negative, orange positive).',
  'productFig.altShapeGrid': 'Hadamard product of {count} {shape} matrices, {name}, drawn as grids of numbers.',
  'productFig.altWorked': 'Entry ({i}, {j}) worked out: {factors} = {value}.',
  'productFig.altRule': 'Each entry of the product is the product of the entries in the same position.',
  'productFig.altColours':
    'Each entry of the product is the product of the entries in the same position; matching positions share a colour and the worked entry is outlined.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'positive definite',
  'verdict.psd': 'positive semidefinite (singular, rank {rank})',
  'verdict.psdRank': 'positive semidefinite, rank {rank}',
  'verdict.psdSingular': 'positive semidefinite (singular)',
  'verdict.not_psd': 'not positive semidefinite',
  'verdict.not_symmetric': 'not symmetric',
  'verdict.not_square': 'not square',
  'verdict.undecided': 'undecided',
  'verdict.undecidedLong': 'undecided: a quantity equals 0 to the precision cap',
  'verdict.none': 'not computed',
  'verdict.notDecided': 'not decided',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Undecided: {words}',
  'cert.witness': 'Witness: x = {x} gives xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificate: the 2×2 principal minor on rows {i} and {j} is negative: {product} < {square} (a witness vector would not fit in floating point).',
  'cert.diagonalPd': 'Certificate: {label} is diagonal, so its eigenvalues are its diagonal entries: all positive.',
  'cert.diagonalPsd':
    'Certificate: {label} is diagonal, so its eigenvalues are its diagonal entries: all ≥ 0, {rank} of them positive.',
  'cert.ldlt':
    'Certificate: {label} = PᵀLDLᵀP (LDLᵀ with symmetric pivoting) with D = diag({pivots}), every pivot ≥ 0.',
  'cert.ldltPsd':
    'Certificate: {label} = PᵀLDLᵀP (LDLᵀ with symmetric pivoting) with D = diag({pivots}), every pivot ≥ 0, {rank} of them positive.',
  'cert.cholesky':
    'Certificate: balanced by powers of two, B = S{label}S (the same verdict as {label}) minus {tolerance}·I has a Cholesky factorization in doubles, and the rounding bounds of that factorization are below {tolerance}: every eigenvalue of B is positive{shown}.',
  'cert.choleskyLowest': ' (its smallest eigenvalue is about {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'in [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Exact rational arithmetic: every verdict above is decided exactly.',
  'note.exact':
    'Exact arithmetic: the entries are rationals, square roots and polynomials in π or in e, where 0 is decided exactly and every sign by enclosures refined until it is sure.',
  'note.certified':
    'Certified arithmetic: {why}, so every sign above is proved with enclosures refined up to 1,000 digits; nothing is rounded away, and what stays within 10⁻¹⁰⁰⁰ of 0 is called undecided.',
  'note.certifiedSwitched':
    'some numbers are too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix)',
  'note.certifiedWhy':
    'some entries are known only through enclosures (exp, log or trigonometric functions of other arguments, π together with e)',
  'note.float':
    "Floating point with proofs: {why}, so the verdicts are decided in doubles with rigorous bounds on every rounding (a shifted Cholesky factorization proves definiteness, a witness's xᵀMx is bounded below 0); what those bounds cannot separate from 0 is called undecided.",
  'note.floatSwitched': 'the numbers were too long to keep exact (over 2,000 digits in an entry or 4,000 in a matrix)',
  'note.floatWhy': 'the matrices are doubles read from a file, past the exact budget',
  'note.decimalPoint':
    'Matrices are written the same in every language: `.` is the decimal point and `,` separates entries (`[[1.5, 2]]`).',
  'words.exact': 'exact arithmetic',
  'words.certified': 'certified enclosures',
  'words.float': 'floating point',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Schur product theorem',
  'schur.verdicts': 'Verdicts',
  'schur.theorem': 'The theorem',
  'schur.proof': 'Proof sketch, checked',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (so it cannot be PSD: the ordinary product of symmetric matrices need not be symmetric)',
  'schur.lineSymmetricPart': ' (PSD is defined for symmetric matrices; its symmetric part is {verdict})',
  'schur.lineNotComputed': '- {name}: not computed: {where} would be about {size}, beyond the range of floating point',
  'schur.anEntry': 'an entry',
  'schur.smallest': ', smallest eigenvalue {value}',
  'schur.summaryStrong': '{a} and {b} are positive definite, so {ab} is positive definite (Schur) — and it is.',
  'schur.summaryPsd':
    '{a} and {b} are positive semidefinite, so {ab} is positive semidefinite (Schur) — and it is: {verdict}.',
  'schur.theoremOk':
    'The hypothesis holds, so the Schur product theorem guarantees {ab} {rel} 0, and the check confirms it.',
  'schur.theoremUndecided':
    'The hypothesis holds, so the Schur product theorem guarantees {ab} {rel} 0; the direct check is undecided (a quantity equal to 0 to {digits} digits), which the theorem settles.',
  'schur.theoremBug': 'The hypothesis holds but the check disagrees: please report this as a bug.',
  'schur.summaryOpen':
    'Whether {a} and {b} are both positive semidefinite is undecided (a quantity equal to 0 to the precision cap), so the Schur product theorem is neither applied nor ruled out; {ab} is {verdict}.',
  'schur.theoremOpen': 'The hypothesis ({a} ⪰ 0 and {b} ⪰ 0) is undecided here: see the verdicts above.',
  'schur.failing': '{name} is {verdict}',
  'schur.summaryFails': 'The Schur product theorem does not apply ({failing}); {ab} is {verdict} anyway.',
  'schur.whyNotSymmetric':
    ' Positive semidefiniteness is defined for symmetric matrices, so a non-symmetric input cannot satisfy it.',
  'schur.theoremFails':
    'The hypothesis ({a} ⪰ 0 and {b} ⪰ 0) fails, so the theorem promises nothing here.{why} Without the hypothesis {ab} may or may not be PSD; here it is {verdict}.',
  'schur.contrastRange':
    "The ordinary product {ord} is beyond the range of floating point here, so it is not compared; the Hadamard product keeps each entry's size, the ordinary one adds n of them.",
  'schur.contrastLuck':
    'The ordinary product {ord} happens to be {verdict} here, but that is luck: for PSD A and B, AB need not even be symmetric.',
  'schur.contrastNot':
    'The ordinary product {ord} is {verdict}: the ordinary product does not preserve positive semidefiniteness, the Hadamard product does.',
  'schur.proofBody':
    'With {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). For x = ({x}): left {lhs}, right {rhs} — {agree} (floating point). When every λₖ ≥ 0 and {a} ⪰ 0, each term is ≥ 0.',
  'schur.agree': 'they agree',
  'schur.disagree': 'they DISAGREE',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 and {b} ≻ 0 ⇒ {ab} ≻ 0 (strong form: positive definite)',
  'schurFig.statement': '{a} ⪰ 0 and {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'Is {m} {rel} 0?',
  'schurFig.then': 'Then {m} {rel} 0?',
  'schurFig.and': 'and',
  'schurFig.applies': 'the theorem applies',
  'schurFig.notApplies': 'the theorem does not apply',
  'schurFig.claimStrong': '{a} and {b} are positive definite, so {ab} is positive definite',
  'schurFig.claim': '{a} and {b} are positive semidefinite, so {ab} is positive semidefinite',
  'schurFig.indeed': '; indeed {fact}',
  'schurFig.isVerdict': '{name} is {verdict}',
  'schurFig.both': '{first} and {second}',
  'schurFig.fails': '✗ The hypothesis fails: {who}.',
  'schurFig.saysNothing': 'The theorem says nothing about {ab} here; it happens to be {verdict}.',
  'schurFig.luck': 'Here {ord} happens to be positive semidefinite too.',
  'schurFig.needNot': 'Products of PSD matrices need not be PSD, nor even symmetric.',
  'schurFig.contrast': 'Contrast: the ordinary product {ord}',
  'schurFig.about': "Schur's theorem is about the entrywise product {ab}, not {ord}.",
  'schurFig.identity': 'Proof identity xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), checked for one x: {check}',
  'schurFig.exact': 'Exact arithmetic; eigenvalues are certified enclosures, as evidence.',
  'schurFig.provedBy': 'Verdicts proved: {list}.',
  'schurFig.withEnclosures': '{m} with certified enclosures',
  'schurFig.exactly': '{m} exactly',
  'schurFig.float': 'Floating point with rounding bounds.',
  'schurFig.floatTolerance': 'Floating point with rounding bounds, tolerance {tolerance}.',
  'schurFig.smallest': ' (smallest eigenvalue {value})',
  'schurFig.alt1': 'Schur product theorem figure, {shape} matrices: {statement}.',
  'schurFig.altHolds': 'The hypothesis holds, so the theorem applies.',
  'schurFig.altFails': 'The hypothesis fails, so the theorem does not apply.',
  'schurFig.altContrast': 'For contrast, the ordinary product {ord} is {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'psd.title': 'Positive semidefinite?',
  'psd.summary': '{label} is **{verdict}**.',
  'psd.summaryPd': '{label} is **{verdict}** (rank {rank}).',
  'psd.summaryNotPsd': '{label} is **not positive semidefinite**.',
  'psd.notSquare':
    '{label} is {shape}, not square: positive semidefiniteness is defined for square symmetric matrices.',
  'psd.notSymmetric':
    '{label} is not symmetric, so "positive semidefinite" does not apply (it is defined for symmetric matrices).',
  'psd.symmetricPart': 'The symmetric part',
  'psd.symmetricPartWhy':
    'For xᵀ{label}x only the symmetric part S = ({label}+{label}ᵀ)/2 matters, since xᵀ{label}x = xᵀSx for every x.',
  'psd.symmetricVerdict': 'S is **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S is **not positive semidefinite**.',
  'psd.undecided':
    'Whether {label} is positive semidefinite is **undecided**: one quantity is equal to 0 to {digits} digits, and may be exactly 0.',
  'psd.undecidedSymmetry':
    'Whether {label} is positive semidefinite is **undecided**: two entries that should match agree to {digits} digits, and may be exactly equal.',
  'psd.undecidedWords':
    '{what} is equal to 0 to {digits} digits; it may be exactly 0. If it is positive the factorization goes on; if it is 0, {label} is singular (positive semidefinite of rank {rank} if the rest of the factorization is 0 too); if it is negative, {label} is not positive semidefinite.',
  'psd.undecidedWordsSymmetry':
    '{what} of {label} are equal to {digits} digits; they may be exactly equal. If they are, {label} is symmetric and its verdict can be asked again with the two written the same way; if not, {label} is not symmetric.',
  'psd.what.pivot': 'pivot {k} of the LDLᵀ factorization',
  'psd.what.schurComplement': 'an off-diagonal entry of the Schur complement after {k} pivots',
  'psd.what.detPivot': 'a pivot of the determinant',
  'psd.what.rank': 'the rank',
  'psd.what.sign': 'a sign',
  'psd.what.entries': 'entries ({i},{j}) and ({j},{i})',
  'psd.what.balanced': 'the smallest eigenvalue of the balanced matrix',
  'psd.what.quantity': 'a quantity',
  'psd.eigenNotShown': 'not shown (an entry or an eigenvalue is beyond the range of floating point)',
  'psd.eigenDiagonal': 'Eigenvalues (the diagonal entries of {label}): {list}.',
  'psd.eigenCertified': 'Eigenvalues (certified enclosures, shown as evidence; the digits shown are proved): {list}.',
  'psd.eigenCertifiedZeros':
    'Eigenvalues (certified enclosures, shown as evidence; the digits shown are proved) ({zeros, plural, one {one is} other {# are}} exactly 0: the rank is {rank}): {list}.',
  'psd.eigenFloat': 'Eigenvalues (floating point, shown as evidence): {list}.',
  'psd.eigenBalanced': 'Eigenvalues of the balanced D⁻¹ᐟ²{label}D⁻¹ᐟ², which decide: {list}.',
  'psd.noneNegative': 'None is negative.',
  'psd.latexPsd': '(positive semidefinite)',
  'psd.latexNotSymmetric': '(not symmetric: PSD is defined for symmetric matrices)',
  'psd.latexNotSquare': '{label} is not square: PSD is defined for square matrices',
  'psd.latexNotDecided': '{label}: not decided',
  'psdFig.heading': 'Is {label} positive semidefinite?',
  'psdFig.eigenDiagonal': 'Eigenvalues (the diagonal entries)',
  'psdFig.eigenEvidence': 'Eigenvalues (evidence, not the judge)',
  'psdFig.itsEigenvalues': 'its eigenvalues',
  'psdFig.band': 'shaded band: too close to 0 to tell apart in floating point',
  'psdFig.counts': '{n} eigenvalues, ascending: {negative} negative, {zeros} zero, {positive} positive',
  'psdFig.countsAbout': '{n} eigenvalues, ascending: {negative} negative, {zeros} about zero, {positive} positive',
  'psdFig.pd': 'All eigenvalues are positive: xᵀMx > 0 for every x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Rank {rank} of {n}: {zeros, plural, one {# eigenvalue is} other {# eigenvalues are}} zero, none negative.',
  'psdFig.notSquare': 'A {shape} matrix is not square: PSD is defined for square matrices.',
  'psdFig.notSymmetric': '{label} ≠ {label}ᵀ (outlined pairs): PSD is defined for symmetric matrices.',
  'psdFig.witness': 'Witness: a vector x with xᵀMx < 0',
  'psdFig.minor': 'Certificate: a negative 2×2 principal minor',
  'psdFig.ldlt': 'Certificate: {lhs} = L·D·Lᵀ with',
  'psdFig.entries': '{n, plural, one {# entry} other {# entries}}',
  'psdFig.symmetricPart': 'Symmetric part ({label}+{label}ᵀ)/2:',
  'psdFig.balancedTolerance': 'balanced tolerance {tolerance}',
  'psdFig.bySigns': 'decided by signs',
  'psdFig.aMatrix': 'a {shape} matrix',
  'psdFig.altHead': 'Positive semidefiniteness of {label} ({shape}): {verdict}.',
  'psdFig.altEigen': 'Eigenvalues, ascending: {list}.',
  'psdFig.altWitness': 'Witness x = ({x}) gives xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'a negative value',
  'psdFig.altMinor': 'The 2×2 principal minor on rows {i} and {j} is negative.',
  'psdFig.altSymmetric': 'Its symmetric part is {verdict}.',
  'psdFig.altUndecided': 'Undecided: {what} is equal to 0 to {digits} digits; it may be exactly 0.',
  // English says it as for one quantity (as it always has); the other languages say that the two entries agree.
  'psdFig.altUndecidedSymmetry': 'Undecided: {what} is equal to 0 to {digits} digits; it may be exactly 0.',
  // Shared by every matrix verb (the note under an answer whose matrices came from files).
  'psd.filesNote': 'From files: {list}.',
  'psd.fileIs': '{label} is {file} ({shape})',


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'opp.title': "Oppenheim's inequality",
  'opp.bounds': 'The bounds',
  'opp.hadamard': "Hadamard's inequality",
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} bound: {verdict}',
  'opp.holds': 'holds',
  'opp.holdsEquality': 'holds with equality',
  'opp.fails': 'fails',
  'opp.undecided': 'undecided: the difference is 0 to {digits} digits or to the rounding error',
  'opp.appliesHold':
    "{a} and {b} are positive semidefinite, so Oppenheim's inequality applies both ways round, and both bounds hold.",
  'opp.appliesUndecided':
    "{a} and {b} are positive semidefinite, so Oppenheim's inequality applies both ways round; the theorem guarantees both bounds, and what the enclosures could not separate from equality is said above.",
  'opp.appliesBug':
    "{a} and {b} are positive semidefinite, so Oppenheim's inequality applies both ways round — yet a bound fails: please report this as a bug.",
  'opp.needsOne':
    "Oppenheim's inequality needs {a} ⪰ 0 and {b} ⪰ 0, but {failing}: the bounds are shown but nothing is promised.",
  'opp.needsBoth':
    "Oppenheim's inequality needs {a} ⪰ 0 and {b} ⪰ 0, but {failingA} and {failingB}: the bounds are shown but nothing is promised.",
  'opp.isVerdict': '{name} is {verdict}',
  'opp.isNotPsd': '{name} is not positive semidefinite',
  'opp.equalityExact': 'Equality holds here, decided exactly.',
  'opp.equalityStructure': 'Equality holds here, decided from the structure (a diagonal factor).',
  'opp.equalityCases':
    'Typical equality cases: a diagonal factor (then {ab} is diagonal with entries aᵢᵢbᵢᵢ and det({ab}) = {bound}), the all-ones J ({a}∘J = {a}), and a singular product whose bound is 0 as well.',
  'opp.correlationB': '{b} has unit diagonal (a correlation matrix), so the bound reads det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} has unit diagonal (a correlation matrix), so det({ab}) ≥ det({b}).',
  'opp.hadamardLine': "Hadamard's inequality for {label}: det({label}) = {det} {rel} {prod} = {diag} ({status}).",
  'opp.hadamardHolds': 'holds',
  'opp.hadamardHoldsEquality': 'holds, with equality',
  'opp.hadamardFails': 'FAILS',
  'opp.hadamardUndecided':
    "Hadamard's inequality for {label}: det({label}) = {det} and {prod} = {diag} (undecided: equal to {digits} digits or to the rounding error; the theorem says ≤).",
  'opp.floatNote':
    "Determinants are computed with a separate power of two, so no size overflows, and a comparison is decided only beyond their rounding error, {factor}·n·ε times Hadamard's bound ∏‖rowᵢ‖₂.",
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} and {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} and {relB} {boundB} = {valueB} (equality).',
  'opp.summaryNotApplicable':
    'Oppenheim does not apply ({a} and {b} must both be PSD); {det} = {value}, bounds {valueA} and {valueB}.',
  'opp.latexNotApplicable': "Oppenheim's inequality needs {a} and {b} positive semidefinite; here it does not apply.",
  'opp.notSquare':
    'oppenheim needs square matrices, but {label} (the {which, select, first {first} other {second}} matrix) is {shape}',
  'opp.notSquareHint': 'This needs square matrices (n×n). Example: /hadamard psd [[2,1],[1,2]]',
  'opp.shapeMismatch':
    '{a} (the first matrix) is {shapeA} but {b} (the second) is {shapeB}; the entrywise product needs equal shapes',
  'opp.shapeMismatchHint':
    'The entrywise product needs matrices of the same shape (no broadcasting). Example: [[1,2]] [[3,4]] (both 1×2).',
  'oppFig.title': "Oppenheim's inequality",
  'oppFig.subtitle': '{shape} matrices {a}, {b}; {arithmetic}',
  'oppFig.applies': '{a} and {b} are positive semidefinite: the theorem applies',
  'oppFig.notApplies': 'the theorem does not apply: {list}',
  'oppFig.isVerdict': '{name} is {verdict}',
  'oppFig.isNotPsd': '{name} is not positive semidefinite',
  'oppFig.holds': 'holds',
  'oppFig.holdsEquality': 'holds with equality',
  'oppFig.holdsEqualityUndecided': 'holds; equality undecided',
  'oppFig.undecided': 'undecided',
  'oppFig.fails': 'fails',
  'oppFig.correlation': '{unit} has unit diagonal (a correlation matrix): det({ab}) ≥ det({other}).',
  'oppFig.hadamard': "Hadamard's inequality det({label}) ≤ {prod}:",
  'oppFig.equality': 'equality',
  'oppFig.equalityUndecided': '(equality undecided)',
  'oppFig.alt1': "Oppenheim's inequality for {shape} matrices {a} and {b}.",
  'oppFig.altApplies': 'Both are positive semidefinite, so the theorem applies.',
  'oppFig.altNotApplies': 'The theorem does not apply: {failingA}, {failingB}.',
  'oppFig.altLine': 'On a number line: {labels}.',
  'oppFig.altInequalities': '{ineqA} {wordA}; {ineqB} {wordB}.',
  'oppFig.altHolds': 'holds',
  'oppFig.altHoldsEquality': 'holds with equality',
  'oppFig.altHoldsEqualityUndecided': 'holds, with equality undecided',
  'oppFig.altUndecided': 'is undecided',
  'oppFig.altFails': 'fails',


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

} as const;

export type MessageKey = keyof typeof en;
