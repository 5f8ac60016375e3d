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

  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'quiz.example': 'Example: {example}',
  'quiz.notQuizId':
    '{word} is not a quiz id: ids are the letter q and a few letters or digits, like q7k2m9, and each quiz message shows its own',
  'quiz.wordsHint': 'Topics: {topics}; levels: {levels}; replay a question with seed:N. Example: {example}',
  'quiz.badSeed': 'the seed {seed} is not a whole number from 0 to {max}',
  'quiz.badSeedHint': 'Example: /hadamard quiz seed:42 (the seed is shown under every question)',
  'quiz.twoSeeds': 'two seeds: give one',
  'quiz.twoTopics': 'two topics ({a} and {b}): give one',
  'quiz.twoLevels': 'two levels ({a} and {b}): give one',
  'quiz.unknownWord': '{word} is not a quiz topic or level; topics are {topics}',
  'quiz.answerHint': 'Example: {example} (the quiz id is on the quiz message; choices are a to e, or press a button)',
  'quiz.answerMissing': 'answer needs the quiz id and your choice',
  'quiz.answerTooMany': 'answer takes two words, the quiz id and one choice; I found {n}',
  'quiz.answerNoChoice': 'answer needs your choice after the quiz id {id}',
  'quiz.answerNotChoice': '{word} is not a choice: choices are the letters a to e',
  'quiz.revealMissing': 'reveal needs the id of the quiz to close',
  'quiz.revealMissingHint': 'Example: {example} (the id is on the quiz message)',
  'quiz.revealTooMany': 'reveal takes one quiz id; I found {n} words',
  'quiz.topic.entry': 'an entry of A∘B',
  'quiz.topic.property': 'true or false: a property on given matrices',
  'quiz.topic.psd': 'is M positive semidefinite?',
  'quiz.topic.schur': 'will A∘B be PSD, given A and B? (Schur)',
  'quiz.topic.oppenheim': "Oppenheim's bounds: which is larger, does equality hold?",
  'quiz.topic.trace': 'tr(AᵀB) as a sum',
  'quiz.topic.kronecker': 'where A∘B sits inside A⊗B',
  'quiz.level.easy': 'Easy',
  'quiz.level.medium': 'Medium',
  'quiz.level.hard': 'Hard',
  'quiz.headline': '{level} question — {topic} — {n} choices, one answer each.',
  'quiz.headlinePractice': '{level} practice question, for you alone — {topic} — {n} choices.',
  'quiz.howButtons': 'Press a button to answer (or type {command}).',
  'quiz.howCommand': 'Answer with {command}, the letter of your choice.',
  'quiz.replay': 'Replay: {command}.',
  'quiz.rulesPractice':
    'Only you see this question; your answer shows the right one and why at once, and counts for {me}, not on the board.',
  'quiz.rules': 'One answer each, seen only by you; the answer and the worked solution appear when the round closes.',
  'quiz.choices': 'Choices',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Nobody has answered so far.} one {1 person has answered so far.} other {{count} people have answered so far.}}',
  'quiz.closesIn': 'Closes in {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Practice {id} · {topic} · {level}',
  'quiz.noQuiz': 'there is no quiz {id}',
  'quiz.startOne': 'Start one: /hadamard quiz',
  'quiz.notAChoice': 'quiz {id} has choices {choices}; "{choice}" is not one of them',
  'quiz.closed': 'quiz {id} is closed: the answer has been revealed',
  'quiz.practiseAgain': 'Practise again: /hadamard practice',
  'quiz.startNext': 'Start the next one: /hadamard quiz',
  'quiz.already': 'You already answered {choice}): one answer per round, so this click changes nothing.',
  'quiz.practiceRight': '✓ Right: {choice}) is the answer. (Practice: no points, but it counts for /hadamard me.)',
  'quiz.practiceWrong': '✗ Not this one: {choice}) is not the answer. The right one is below.',
  'quiz.right':
    '✓ Right: {choice}) is the answer. +{points, plural, one {{count} point} other {{count} points}} once the round closes in {seconds} s.',
  'quiz.rightBonus':
    '✓ Right: {choice}) is the answer. +{points, plural, one {{count} point} other {{count} points}} ({bonus} for speed) once the round closes in {seconds} s.',
  'quiz.wrong':
    '✗ Not this one: {choice}) is not the answer. The right one is revealed when the round closes in {seconds} s.',
  'quiz.countsOnce': 'It counts once the round closes in {seconds} s.',
  'quiz.yourPracticeAnswer': 'Your practice answer ({id})',
  'quiz.yourAnswer': 'Your answer to {id}',
  'quiz.notYours': 'quiz {id} closes in {seconds} s; only the person who started it can reveal it early',
  'quiz.notYoursPermission':
    'quiz {id} closes in {seconds} s; only the person who started it or someone with {permission} can reveal it early',
  'quiz.waitOrAnswer': 'Wait for the round to close, or answer it: /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Got it: {names}.',
  'quiz.nobodyGotIt': 'Nobody got it this time.',
  'quiz.answers': 'Answers: {tally}.',
  'quiz.revealTitle': 'Quiz {id}: the answer',
  'quiz.theAnswer': 'The answer is {choice}) {label}.',
  'quiz.tally': '{right} of {answered} got it.',
  'quiz.why': 'Why',
  'quiz.worked': 'Worked: {command}',
  'quiz.entry.right':
    'Right: (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, the two entries in the same place multiplied.',
  'quiz.entry.ordinary':
    "That is the ordinary product's entry (AB){idx} = {sum} = {value}: row {i} of A times column {j} of B; the Hadamard product multiplies only {aij} and {bij}.",
  'quiz.entry.transposed':
    'That is {aij}·{bji} = {fa}·{fb} = {value}: the transpose slipped in; (A∘B){idx} pairs {aij} with {bij}, same row, same column.',
  'quiz.entry.added':
    'That is {aij} + {bij} = {fa} + {fb} = {value}: the Hadamard product multiplies the two entries, it does not add them.',
  'quiz.entry.mirrored':
    'That is (A∘B){jdx} = {fa}·{fb} = {value}: row and column swapped; (A∘B){idx} is in row {i}, column {j}.',
  'quiz.entry.reversed':
    'That is (BA){idx} = {sum} = {value}, an ordinary product (and in the other order); the Hadamard product is {aij}·{bij}.',
  'quiz.entry.signPositive': 'The sign slipped: {fa}·{fb} = {value}, positive.',
  'quiz.entry.signNegative': 'The sign slipped: {fa}·{fb} = {value}, negative.',
  'quiz.entry.divided':
    'That is {aij} ÷ {bij} = {quotient}: fractions multiply numerator by numerator and denominator by denominator, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'That multiplies by {f} once too often: (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Entry of a Hadamard product.**',
  'quiz.entry.ask': 'What is **(A∘B){idx}**, the entry in row {i}, column {j} of A∘B?',
  'quiz.entry.why':
    'The Hadamard product multiplies the two entries in the same place and nothing else: no row meets a column, nothing is summed.',
  'quiz.entry.whySquare': 'The ordinary product would combine row {i} of A with column {j} of B instead.',
  'quiz.entry.whyNotSquare': '(The ordinary product AB is not even defined for two {shape} matrices.)',
  'quiz.entry.whyAll': 'All of it: A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'each entry is aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, and numbers commute',
  'quiz.prop.identityJ': '**A∘J = A**, where J is the all-ones matrix',
  'quiz.prop.whyIdentityJ': 'J has a 1 in every position and aᵢⱼ·1 = aᵢⱼ: J is the identity of ∘',
  'quiz.prop.whyTranspose': 'entry (i,j) of both sides is aⱼᵢ·bⱼᵢ: transposing moves both factors to the same place',
  'quiz.prop.whyDistributive':
    'each entry is aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, the distributive law of numbers in every position',
  'quiz.prop.whyAssociative':
    'each entry is (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), the associative law of numbers in every position',
  'quiz.prop.identityI': '**A∘I = A**, where I is the identity matrix',
  'quiz.prop.whyIdentityI': 'A is diagonal, and A∘I keeps exactly the diagonal of A',
  'quiz.prop.failIdentityI': '{aij} = {a} but (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I keeps only the diagonal of A (I has zeros off its diagonal); the identity of ∘ is the all-ones J',
  'quiz.prop.square': '**A∘A = AA** (the entrywise square equals the ordinary square A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (the Hadamard product equals the ordinary product)',
  'quiz.prop.whyDiagonalSquare': 'A is diagonal, and then both products are the diagonal matrix of the aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary': 'A and B are diagonal, and then both products are the diagonal matrix of the aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'these particular numbers make every entry agree',
  'quiz.prop.failProduct': '({had}){idx} = {x} but ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ is one product {one}, while ({name})ᵢⱼ sums a whole row against a whole column',
  'quiz.prop.choiceAlways': 'True for all matrices of this shape',
  'quiz.prop.choiceHere': 'True here, but not for all matrices',
  'quiz.prop.choiceFalse': 'False here',
  'quiz.prop.choiceSquare': 'True only for square matrices',
  'quiz.prop.fbAlwaysRight':
    'Right: {why}, so it holds for all {shape} matrices, {n, plural, one {this one} other {these}} included.',
  'quiz.prop.fbAlwaysHere':
    'It holds for {n, plural, one {this matrix} other {these matrices}}, but not in general: {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Not even here: {failure}; in general {notGeneral}.',
  'quiz.prop.fbHereRight': 'Right: {why}; in general it fails, since {notGeneral}.',
  'quiz.prop.fbHereAlways': 'It is true in general, not by luck: {why}.',
  'quiz.prop.fbHereFails': 'It is not true for {n, plural, one {this matrix} other {these matrices}}: {failure}.',
  'quiz.prop.fbFalseRight': 'Right: {failure}; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'It holds, for {n, plural, one {this matrix} other {these matrices}} and all others: {why}.',
  'quiz.prop.fbFalseHolds': 'Check the entries: it does hold here ({why}), though not in general.',
  'quiz.prop.fbSquareAlways': 'Shape plays no part: {why}, for m×n matrices of any shape.',
  'quiz.prop.fbSquareHere':
    'Being square is not what makes it hold: {why}; plenty of square matrices fail it, since {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {This matrix is} other {These matrices are}} square and it still fails: {failure}.',
  'quiz.prop.heading': '**True or false?**',
  'quiz.prop.ask': 'For {n, plural, one {this matrix} other {these matrices}}, is {statement}?',
  'quiz.prop.whyAlways': 'It holds here, and for all matrices: {why}.',
  'quiz.prop.whyHere': 'It holds here because {why}, but not in general: {notGeneral}.',
  'quiz.prop.whyFails': 'It fails here: {failure}. In general {notGeneral}.',
  'quiz.prop.whyChecked': 'The worked answer checks it entry by entry, exactly.',
  'quiz.psd.kernel': 'x = {x} gives Mx = 0, so xᵀMx = 0 for this x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a} but {mji} = {b}, so M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'a negative diagonal entry already fails: {mii} = {value} is {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'all entries positive ≠ PSD: {witness}',
  'quiz.psd.diagonalNotEnough': 'a positive diagonal is not enough: {witness}',
  'quiz.psd.fbPdRight':
    'Right: M = LDLᵀ (symmetric pivoting) with pivots D = {D}, all positive, so xᵀMx > 0 for every x ≠ 0.',
  'quiz.psd.fbPdSingular': 'Not definite: M is singular, {kernel} (pivots D = {D}, one of them 0).',
  'quiz.psd.fbPdNotPsd': 'Not even semidefinite; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'PSD needs symmetry: {asym}.',
  'quiz.psd.fbPsdRight': 'Right: the pivots D = {D} are all ≥ 0 and one is 0: M is PSD but singular, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M is not singular: its pivots D = {D} are all positive, so it is definite, not only semidefinite.',
  'quiz.psd.fbPsdNotPsd': 'Not semidefinite either; {why}.',
  'quiz.psd.fbNotPsdRight': 'Right: {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'PSD is defined for symmetric matrices only, and {asym}: the question does not apply.',
  'quiz.psd.fbNotPsdNegatives':
    'Negative entries do not spoil PSD: the pivots D = {D} are all ≥ 0, so xᵀMx ≥ 0 for every x.',
  'quiz.psd.fbNotPsdNoWitness': 'No x gives xᵀMx < 0: the pivots D = {D} are all ≥ 0.',
  'quiz.psd.fbNotSymmetricRight': 'Right: {asym}, and PSD is defined for symmetric matrices only.',
  'quiz.psd.fbSymmetric': 'M is symmetric (M = Mᵀ), so the question applies.',
  'quiz.psd.choicePd': 'Positive definite',
  'quiz.psd.choicePsd': 'Positive semidefinite, but singular (not definite)',
  'quiz.psd.choiceNotPsd': 'Not positive semidefinite',
  'quiz.psd.choiceNotSymmetric': 'Not symmetric, so PSD does not apply',
  'quiz.psd.heading': '**Positive semidefinite?**',
  'quiz.psd.ask': 'Which is true of M?',
  'quiz.psd.whyPd':
    'M is symmetric, and exact elimination M = LDLᵀ gives pivots D = {D}, all positive: M is positive definite (rank {rank}).',
  'quiz.psd.whyPdNegatives': 'Its negative entries do not matter: only the pivots (or the eigenvalues) decide.',
  'quiz.psd.whyPdPositives': 'Positive entries alone would not have proved it: the pivots do.',
  'quiz.psd.whyPsd':
    'M is symmetric, and exact elimination gives pivots D = {D}: all ≥ 0 but not all positive, so M is positive semidefinite with rank {rank} < {n}. It is not definite: {kernel}.',
  'quiz.psd.whyNotPsd': 'M is symmetric but not positive semidefinite: {why}.',
  'quiz.psd.whyAllPositive': 'All its entries are positive, which is not what PSD means.',
  'quiz.psd.whyDiagonalPositive': 'Its diagonal is positive, which is necessary but not sufficient.',
  'quiz.psd.whyDiagonalNeeded': 'A PSD matrix needs every diagonal entry ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym}: positive semidefiniteness is defined for symmetric matrices, so the question does not apply. For xᵀMx only the symmetric part (M+Mᵀ)/2 matters, and it is {verdict}.',
  'quiz.psd.semidefinite': 'positive semidefinite',
  'quiz.witness': 'x = {x} gives xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'not PSD',
  'quiz.schur.notEvenSymmetric': 'not even symmetric',
  'quiz.schur.both': 'A is {a} and B is {b}',
  'quiz.schur.product': 'A∘B = {matrix} is {verdict}',
  'quiz.schur.choiceGuaranteed': 'Yes, and the Schur product theorem guarantees it',
  'quiz.schur.choiceLucky': 'Yes, but the theorem does not guarantee it here',
  'quiz.schur.choiceNo': 'No, A∘B is not PSD',
  'quiz.schur.choiceBackwards': 'No: A or B is not PSD, so A∘B cannot be PSD',
  'quiz.schur.fbGuaranteedRight': 'Right: {both}, so the theorem promises A∘B ⪰ 0, and indeed {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'A∘B is PSD here, but the theorem did not promise it: {n, plural, one {{who} is} other {{who} are}} not PSD ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'The theorem needs both factors PSD, and {n, plural, one {{who} is} other {{who} are}} not ({why}); here A∘B is not PSD at all.',
  'quiz.schur.fbLuckyHyp': "It does guarantee it: {both}, which is exactly the theorem's hypothesis.",
  'quiz.schur.fbLuckyRight':
    'Right: {product}, but {n, plural, one {{who} is} other {{who} are}} not PSD ({why}), so no theorem promised it.',
  'quiz.schur.fbLuckyFails': 'A∘B is not PSD here: {witness}.',
  'quiz.schur.fbNoHyp': "It must be PSD: {both}, so Schur's theorem applies, and {product}.",
  'quiz.schur.fbNoLucky': 'It is PSD here, though nothing promised it: {product}.',
  'quiz.schur.fbNoRight':
    'Right: {witness}; the theorem promised nothing, since {n, plural, one {{who} is} other {{who} are}} not PSD.',
  'quiz.schur.fbBackwardsHyp': "Both are PSD here ({both}), and then A∘B is PSD by Schur's theorem: {product}.",
  'quiz.schur.fbBackwardsLucky':
    'The theorem does not work backwards: a factor that is not PSD leaves A∘B free to be PSD, and here {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B is indeed not PSD, but not because of the theorem, which says nothing when a factor is not PSD: {witness}.',
  'quiz.schur.heading': '**Schur product theorem.**',
  'quiz.schur.ask': 'Is **A∘B** positive semidefinite, and does the Schur product theorem promise it?',
  'quiz.schur.why':
    '{both}, so the Schur product theorem applies: A∘B is positive semidefinite. The engine confirms it exactly: {product}. The ordinary product AB is {ordinary}: only the entrywise product keeps PSD.',
  'quiz.schur.whyStrong':
    '{both}, so the Schur product theorem applies: A∘B is positive semidefinite, even definite, since both are definite. The engine confirms it exactly: {product}. The ordinary product AB is {ordinary}: only the entrywise product keeps PSD.',
  'quiz.schur.whyFails':
    "{n, plural, one {{who} is} other {{who} are}} not PSD ({why}), so the theorem's hypothesis fails and it promises nothing. Then A∘B may or may not be PSD; here {here}.",
  'quiz.schur.itIsNot': 'it is not: {witness}',
  'quiz.opp.both': '{a} and {b}',
  'quiz.opp.choiceLarger': '{bound} is larger',
  'quiz.opp.choiceEqual': 'The two bounds are equal',
  'quiz.opp.choiceNeither': 'Neither: det(A∘B) is smaller than both',
  'quiz.opp.fbLargerRight': 'Right: {written} > {other}, the other bound.',
  'quiz.opp.fbBoundsEqual': 'The two bounds are equal: {both}.',
  'quiz.opp.fbPairingA': "Check the pairing: det(A) goes with B's diagonal; {both}.",
  'quiz.opp.fbPairingB': "Check the pairing: det(B) goes with A's diagonal; {both}.",
  'quiz.opp.fbEqualRight': 'Right: {both}.',
  'quiz.opp.fbDiffer': 'They differ: {both}.',
  'quiz.opp.fbNeither':
    "A and B are positive semidefinite, so Oppenheim's inequality applies both ways round: det(A∘B) is at least each bound; here {detAB}.",
  'quiz.opp.heading': "**Oppenheim's inequality.**",
  'quiz.opp.askLarger':
    'A and B are positive semidefinite, so det(A∘B) ≥ {bA} and det(A∘B) ≥ {bB}. Which lower bound is larger?',
  'quiz.opp.whyBounds': '{a}, and {b}.',
  'quiz.opp.whyEqualBounds': 'The two bounds are equal.',
  'quiz.opp.whySharper': 'So {bound} is the sharper bound.',
  'quiz.opp.whyBelow': 'Both are below {detAB}, as Oppenheim promises for PSD A and B.',
  'quiz.opp.eqDiagonal': 'A is diagonal, so A∘B is diagonal with entries aᵢᵢbᵢᵢ and det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, so A∘B = {c}·A and det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'both sides are 0: A∘B and A are singular',
  'quiz.opp.eqCoincidence': 'the numbers happen to meet',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound}: strict',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound}: equality',
  'quiz.opp.choiceNotApply': 'Oppenheim does not apply: A∘B need not be PSD',
  'quiz.opp.fbStrictRight': 'Right: {detAB} > {written}.',
  'quiz.opp.fbReached': 'Here the bound is reached: {detAB} = {written}; {why}.',
  'quiz.opp.fbNoEquality': 'No equality here: {detAB} but {written}.',
  'quiz.opp.fbEqualityRight': 'Right: {detAB} = {written}; {why}.',
  'quiz.opp.fbBelow':
    "A and B are positive semidefinite, so Oppenheim's inequality applies both ways round, so det(A∘B) cannot be below the bound: {detAB} and {written}.",
  'quiz.opp.fbNotApply': 'A and B are PSD, so A∘B is PSD too (Schur) and Oppenheim applies: {detAB} ≥ {bound}.',
  'quiz.opp.askEquality':
    'A and B are positive semidefinite. How does **det(A∘B)** compare with the bound **{bound}**?',
  'quiz.opp.whyStrict': 'The inequality is strict here, by {by}.',
  'quiz.opp.whyEquality': 'Equality holds: {why}.',
  'quiz.opp.whyCases':
    'Equality cases to remember: a diagonal factor, a multiple of the all-ones J, and a singular A∘B with a zero bound.',
  'quiz.trace.right': 'Right: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, the sum of every entry of A∘B.',
  'quiz.trace.droppedTranspose':
    'That is tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value}: the transpose was dropped, so row i of A met column i of B instead of column i of A.',
  'quiz.trace.diagonalOnly':
    'That is only the diagonal of A∘B, Σᵢ aᵢᵢbᵢᵢ = {value}; tr(AᵀB) adds up every entry of A∘B, off the diagonal too.',
  'quiz.trace.productOfTraces':
    'That is tr(A)·tr(B) = {a}·{b} = {value}: the trace of a product is not the product of the traces.',
  'quiz.trace.sumOfAB':
    'That is the sum of every entry of the ordinary product AB (= {value}); tr(AᵀB) is the sum of every entry of A∘B.',
  'quiz.trace.productOfSums':
    'That is (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value}: it pairs every entry of A with every entry of B, not only the ones in the same place.',
  'quiz.trace.added': 'That is Σ(aᵢⱼ + bᵢⱼ) = {value}: the entries in the same place are multiplied, then summed.',
  'quiz.trace.sign': 'A sign slipped: Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Trace identity.**',
  'quiz.trace.ask': 'What is **tr(AᵀB)**?',
  'quiz.trace.askShaped': 'What is **tr(AᵀB)** (A and B are {shape}, so AᵀB is {square})?',
  'quiz.trace.why':
    'The diagonal entry j of AᵀB is column j of A dotted with column j of B, so the trace visits every position once: it is 1ᵀ(A∘B)1, the sum of all entries of the Hadamard product (the Frobenius inner product of A and B). No matrix product is needed.',
  'quiz.kron.place': 'row {r}, column {c}',
  'quiz.kron.right':
    'Right: row (i−1)·m+i = {rowSum} = {row} and column (j−1)·n+j = {colSum} = {col}: block {block} is a{idx}·B, and inside it position {block} holds {holds}.',
  'quiz.kron.wrong': '{place} holds {holds}, not {target}: {why}.',
  'quiz.kron.zeroBased': 'that is i·m+i and j·n+j, the 0-based formula used with 1-based i and j (one block too far)',
  'quiz.kron.transposedInBlock': 'the transpose slipped in: inside the block the position is (i, j) again, not (j, i)',
  'quiz.kron.blockStart': 'that is i·m+j: block i starts after row (i−1)·m, and the row within it is i',
  'quiz.kron.topLeft': 'that is the top-left block a₁₁·B; (A∘B)ᵢⱼ is in block (i, j)',
  'quiz.kron.mnMixed': 'm and n are mixed up: rows step by m (the rows of B), columns by n',
  'quiz.kron.swapped': 'row and column are swapped',
  'quiz.kron.tooEarly': 'one place too early inside the block: the row is (i−1)·m + i, not (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'one place too far inside the block: the row is (i−1)·m + i',
  'quiz.kron.rowOnly': 'only the row moved to block {i}; the column moves to block {j} too: (j−1)·n+j = {col}',
  'quiz.kron.columnOnly': 'only the column moved to block {j}; the row moves to block {i} too: (i−1)·m+i = {row}',
  'quiz.kron.blockFirst': 'that is the first entry of block {block}; inside the block, (A∘B)ᵢⱼ is at position (i, j)',
  'quiz.kron.blockLast': 'that is the last entry of block {block}; inside the block, (A∘B)ᵢⱼ is at position (i, j)',
  'quiz.kron.heading': '**Inside the Kronecker product.**',
  'quiz.kron.ask':
    'A and B are {shape}, so A⊗B is {big}, made of blocks aᵢⱼ·B. In which row and column of A⊗B is **(A∘B){idx} = a{idx}b{idx}**?',
  'quiz.kron.whySubmatrix':
    'A∘B is the submatrix of A⊗B at rows (i−1)·m+i and columns (j−1)·n+j: here rows {rows} and columns {cols}.',
  'quiz.kron.whyHere':
    'So (A∘B){idx} is at {place}: block {block} of A⊗B is a{idx}·B, and inside it position {block} is a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'From block (i, j) the submatrix keeps position (i, j): the same place inside the block as the block has in A⊗B.',
  'misc.entry.ordinary-product': 'Took the ordinary product AB (row times column)',
  'misc.entry.transposed-pairing': 'Paired aᵢⱼ with bⱼᵢ: a transpose slipped in',
  'misc.entry.added': 'Added the entries instead of multiplying them',
  'misc.entry.mirrored-position': 'Read the mirrored position (row and column swapped)',
  'misc.entry.reversed-product': 'Took the ordinary product BA',
  'misc.entry.sign': 'Lost a sign in the product',
  'misc.entry.divided': 'Divided the fractions instead of multiplying',
  'misc.entry.extra-factor': 'Multiplied by a factor once too often',
  'misc.property.theorem-as-coincidence': 'Took a rule that always holds for a coincidence',
  'misc.property.theorem-doubted': 'Thought a rule that always holds fails here',
  'misc.property.square-only': 'Tied an entrywise rule to square matrices',
  'misc.property.misread-entries': 'Misread the entries: the statement holds here',
  'misc.property.identity-is-i': 'Took I for the identity of ∘ (it is J, all ones)',
  'misc.property.hadamard-is-ordinary': 'Took A∘B for the ordinary product AB',
  'misc.property.square-is-a2': 'Took A∘A for the matrix square A²',
  'misc.psd.positive-entries': 'Took positive entries to mean PSD',
  'misc.psd.positive-diagonal': 'Took a positive diagonal as enough for PSD',
  'misc.psd.witness-missed': 'Missed a vector x with xᵀMx < 0',
  'misc.psd.negative-entries': 'Thought negative entries rule out PSD',
  'misc.psd.pivots-misread': 'Misread the pivots: none is negative',
  'misc.psd.singular-as-definite': 'Took a singular PSD matrix for a definite one',
  'misc.psd.definite-as-singular': 'Took a definite matrix for a singular one',
  'misc.psd.symmetry-missed': 'Missed that M is symmetric',
  'misc.psd.symmetry-ignored': 'Judged PSD without checking symmetry',
  'misc.schur.hypothesis-missed': 'Missed that both factors are PSD (Schur applies)',
  'misc.schur.theorem-doubted': 'Did not trust the Schur product theorem',
  'misc.schur.factor-misjudged': 'Judged a PSD factor not PSD',
  'misc.schur.promise-without-hypothesis': "Claimed Schur's promise without its hypothesis",
  'misc.schur.product-misjudged': 'Misjudged whether A∘B is PSD',
  'misc.schur.theorem-backwards': 'Read the Schur product theorem backwards',
  'misc.oppenheim.bounds-misjudged': 'Misjudged the bounds: det(A) goes with ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': "Reversed Oppenheim's inequality",
  'misc.oppenheim.equality-missed': 'Missed an equality case (diagonal, c·J, singular)',
  'misc.oppenheim.equality-assumed': 'Assumed equality where the bound is strict',
  'misc.oppenheim.schur-forgotten': 'Forgot that A∘B is PSD when A and B are',
  'misc.trace.dropped-transpose': 'Computed tr(AB): the transpose was dropped',
  'misc.trace.diagonal-only': 'Summed only the diagonal of A∘B',
  'misc.trace.product-of-traces': 'Took tr(A)·tr(B)',
  'misc.trace.sum-of-ab': 'Summed the entries of AB instead of A∘B',
  'misc.trace.product-of-sums': 'Multiplied the sums of A and B',
  'misc.trace.added': 'Added the entries instead of multiplying them',
  'misc.trace.sign': 'Lost a sign in the sum',
  'misc.kronecker.zero-based': 'Used the 0-based formula with 1-based i, j',
  'misc.kronecker.transposed-in-block': 'Transposed the position inside the block',
  'misc.kronecker.block-start': 'Started block i at row i·m instead of (i−1)·m',
  'misc.kronecker.top-left-block': 'Looked in the top-left block a₁₁·B',
  'misc.kronecker.m-n-mixed': 'Mixed up m and n',
  'misc.kronecker.row-column-swapped': 'Swapped row and column',
  'misc.kronecker.off-by-one': 'Off by one inside the block',
  'misc.kronecker.half-moved': 'Moved only the row or only the column',
  'misc.kronecker.block-corner': 'Took a corner of the block, not position (i, j)',
  'quiz.closedNote': 'Quiz {id} is closed: its question message now shows the answer.',
  'quiz.revealedNote': 'Revealed: the quiz message now shows the answer.',
  'quiz.yourAnswerMark': '{choice} ← your answer',
  'quiz.closedByTime': 'Closed when the time was up: {choice} {label} · {right} of {answered} right',
  'quiz.closedByTimeFigure':
    'Closed when the time was up: {choice} {label} · {right} of {answered} right · the worked figure is in the thread',
  'quiz.revealedEarly': 'Revealed early: {choice} {label} · {right} of {answered} right',
  'quiz.revealedEarlyFigure':
    'Revealed early: {choice} {label} · {right} of {answered} right · the worked figure is in the thread',

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
} as const;

export type MessageKey = keyof typeof en;
