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


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  // The bot's own notices (runtime, Slack, Discord, CLI): in the language of the reply they come with.
  'notice.restarting': 'The bot is restarting; please try again in a minute.',
  'notice.rateLimited':
    "You're sending commands quickly: the limit is {count} every {window} s. Please try again in {seconds} s.",
  'notice.busy': 'The bot is very busy right now. Please try again in {seconds} s.',
  'notice.fault': 'Sorry, something went wrong on our side (error id {id}). The team can find it in the logs.',
  'notice.needsChannel':
    '{verb} is a study-group command: it needs a channel (Slack, Discord, the local page or the CLI)',
  'notice.needsChannelHint':
    'Study-group commands (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) run in a chat channel, the local page or the CLI. Example: /hadamard quiz',
  'notice.timeout':
    'this took more than {seconds} s of work, so it was stopped (very long exact fractions or big matrices make it slow)',
  'notice.timeoutHint':
    'Use shorter numbers or smaller matrices; decimals with a few digits or small fractions stay fast. Example: /hadamard schur hilbert(6) pascal(6)',
  'notice.outOfMemory': 'this needed more memory than one command may use, so it was stopped',
  'notice.outOfMemoryHint': 'Use smaller matrices (up to 12×12) or smaller numbers. Example: hilbert(12) .* pascal(12)',
  'notice.lost':
    "Sorry: the bot instance working on your command stopped before it confirmed an answer. If you don't see the answer here, please send the command again.",
  'notice.try': 'Try: {hint}',
  'notice.fileTooLarge': '{name} is {size}; attached files may be at most {limit}',
  'notice.fileTooLargeOver': '{name} is more than {limit}; attached files may be at most {limit}',
  'notice.fileTooLargeHint':
    'Send a smaller file: matrices up to 256×256 (CSV, TSV or JSON), images up to 1024×1024 pixels.',
  'notice.fileHint':
    'Share a CSV, TSV, JSON, PNG or JPEG file with the bot in a DM, or with a mention: @hadamard-bot psd @1',
  'notice.fileTooMany': '{count} files came with the message; at most {max} can be used at once',
  'notice.fileGone': '{name} cannot be downloaded from Slack (it was deleted, or it is an external link)',
  'notice.fileNotSlack': "{name} is not on Slack's file host, so it is not fetched",
  'notice.fileRetry': '{name} could not be downloaded from Slack; try again',
  'notice.fileHttp': '{name} could not be downloaded from Slack (HTTP {status})',
  'notice.fileUnnamed': 'a file',
  'notice.noToken': 'the shared files cannot be read right now (this workspace has no token)',
  'notice.noTokenHint': 'Reinstall the app in this workspace, or type the matrices instead.',
  'notice.slack.tooLong': '_(too long for a Slack message: the full matrix is in the attached file `{file}`)_',
  'notice.slack.continued': '_(continued in the attached file `{file}`)_',
  'notice.fullText': '{title} (full text)',
  'notice.slack.toDm':
    '_{what, select, both {The figure and the file} file {The file} other {The figure}} went to your direct messages with me: Slack cannot attach files to a message only you see._',
  'notice.slack.privateNoFiles':
    '_Private answers come without their figures and files: Slack cannot attach them to a message only you see. With the channel setting `private` off, answers are posted with them._',
  'notice.slack.revealed': ':white_check_mark: Revealed: the quiz message now shows the answer.',
  'notice.slack.updated': ':pencil2: Updated after the question was edited.',
  'notice.slack.notMember':
    ":information_source: I'm not a member of this channel, so I can't post {what, select, files {the figures and files} other {answers}} here. Invite me with `/invite @hadamard-bot` (or mention me and Slack will offer to).",
  'notice.slack.sendFailed': "Sorry, I couldn't send the answer (error id {id}).",
  'notice.slack.asked': '{user} asked {command}',
  'notice.slack.shortcut':
    "{user} used _Hadamard this_ on {author, select, none {a message} other {{author}'s message}}",
  'notice.slack.edited': ':pencil2: {user} edited the question; the new answer went to them privately.',
  'notice.slack.noCommand': 'This answer does not carry its command any more: run it again.',
  'notice.noLatex': 'This answer has no LaTeX.',
  'notice.slack.latexTooLong':
    ":warning: This answer's LaTeX is too long for a Slack message; the CLI prints it: `npx hadamard --latex …`.",
  'notice.discord.sendFailed': 'Sorry, the answer could not be sent (error id {id}).',
  'notice.discord.quizClosed': 'Quiz {id} is closed: its question message now shows the answer.',
  'notice.discord.sentByDm': '{title}: sent to you by DM, because it is private.',
  'notice.discord.noDm':
    '{title}: this answer is private and I could not DM it to you (are DMs from this server off?). Use `/hadamard {verb}` and I will answer where only you can see it.',
  'notice.discord.unknownSubcommand': 'this subcommand is not known to this version of the bot',
  'notice.discord.unknownSubcommandHint': 'Try /hadamard help.',
  'notice.discord.unknown': 'This is not something this version of the bot knows. Try `/hadamard help`.',
  'notice.discord.latexGone':
    'The question this answer was for is gone (deleted, or out of my reach), so its LaTeX is too. Ask again.',
  'notice.discord.latexFile': 'The LaTeX is longer than a message: here it is as answer.tex.',
  'notice.discord.overflow': '*The rest of the answer is in {file}.*',
  'notice.discord.fullText': 'The full text of the answer: {title}',
  'notice.discord.exact': 'Exact arithmetic (rational numbers)',
  'notice.discord.float': 'Floating point (numerical tolerance)',
  'notice.discord.delete': 'Delete',
  'notice.cli.figure': 'Figure: {path}',
  'notice.cli.file': 'File: {path}',
  'notice.cli.error': 'Error ({code}): {message}\nHint: {hint}',
  'notice.cli.noLatex': '(this answer shows no matrices, so it has no LaTeX; its text follows)',


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  // The local playground page's own interface (src/bot/local/public): plain {name} placeholders only (the page fills
  // them itself); `code` in backticks and {enter}, {shift}, {up} (keys) and {bot} are drawn as markup by the page.
  'page.title': 'hadamard-bot · local playground',
  'page.skip': 'Skip to the message box',
  'page.topic':
    'A local channel with {bot} in it: the entrywise (Hadamard) matrix product, exactly. Nothing leaves this machine.',
  'page.language': 'Language of the answers',
  'page.languageTitle': 'Language of the page and of the answers',
  'page.auto': 'Auto',
  'page.autoTitle': "The browser's language",
  'page.clear': 'Clear',
  'page.clearDesc': 'Forget this conversation in this browser',
  'page.conversation': 'Conversation',
  'page.emptyTitle': 'Try the bot',
  'page.emptyLead': 'Type two matrices of the same shape and press {enter}. The bot multiplies them entry by entry:',
  'page.emptyMore':
    'The leading `/hadamard` is optional; MATLAB style `[2 3; 4 1]` and fractions like `1/3` work too. Other verbs check theorems (`schur`, `psd`, `oppenheim`) or explain the theory (`explain`, `help`). Pick an example below to start.',
  'page.examples': 'Examples, one per verb',
  'page.examplesLabel': 'Examples:',
  'page.attachedFiles': 'Attached files',
  'page.attach': 'Attach a file',
  'page.attachDesc':
    'Attach up to two CSV, TSV, JSON, PNG or JPEG files, or drop them on the page; @1 and @2 name them',
  'page.message': 'Message hadamard-bot',
  // The box's placeholder: short, on one line of a 360 px phone's box (its label says more).
  'page.placeholder': 'Message hadamard-bot',
  'page.send': 'Send',
  'page.keys':
    '{enter} sends · {shift}+{enter} new line · {up} in an empty box recalls the previous command · drop a file to attach it',
  'page.drop': 'Drop a CSV, TSV, JSON, PNG or JPEG file to attach it',
  'page.you': 'You',
  'page.said': '{who} said',
  'page.figure': 'figure',
  'page.figureGone': 'Figure no longer available',
  'page.figureGoneWhy': '(the server keeps recent figures in memory only; send the command again). It showed:',
  'page.openFull': 'open full size',
  'page.private': 'Only visible to you',
  'page.answerQuiz': 'Answer quiz {id}',
  'page.download': 'Download {name}',
  'page.copyLatex': 'Copy LaTeX',
  'page.copyLatexTitle': 'Copy this answer as LaTeX (bmatrix, \\frac, the verdict) for homework and notes',
  'page.copied': 'Copied',
  'page.copyBlocked': 'Copying is blocked here: select the LaTeX below.',
  'page.wrong': 'Something went wrong.',
  'page.hint': 'Hint:',
  'page.dismiss': 'Dismiss',
  'page.working': '{bot} is working…',
  'page.unreachable': 'The playground server did not answer.',
  'page.unreachableHint': 'Is `npm start` still running? Start it again, then press ↑ and Enter.',
  'page.remove': 'Remove {name}',
  'page.removed': '{name} removed.',
  'page.notAFile': '{name} is not a CSV, TSV, JSON, PNG or JPEG file.',
  'page.fileTooLarge': '{name} is {size}; files may be at most {max}.',
  'page.fileLeftOut': 'At most {max} files (@1, @2): {name} was left out.',
  'page.attached': 'Attached: {files}.',
  'page.dark': 'Dark',
  'page.light': 'Light',
  'page.toDark': 'Switch the page and its figures to the dark look',
  'page.toLight': 'Switch the page and its figures to the light look',
  'page.toDarkTitle': 'Switch to the dark look (new figures are drawn for it)',
  'page.toLightTitle': 'Switch to the light look (new figures are drawn for it)',
  'page.chip': '{verb}: {description}. Fills the box with {example}',

} as const;

export type MessageKey = keyof typeof en;
