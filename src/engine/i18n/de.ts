/** German catalogue: the same keys and placeholders as en.ts (ICU MessageFormat). */
import type { Catalogue } from './index.js';

export const de: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'Hilfe zu hadamard-bot',
  'help.summary':
    'Das Hadamard-Produkt (elementweises Produkt) berechnen und verstehen: /hadamard A B, oder zuerst ein Verb.',
  'help.verbs': 'Verben',
  'help.try': 'Ausprobieren',
  'help.examples': 'Beispiele',
  'help.how': 'So funktioniert es',
  'help.verbTitle': 'help {verb}',
  'help.noHelp': 'zu {word} gibt es keine Hilfe',
  'help.noHelpVerbs': 'zu {word} gibt es keine Hilfe; die Verben sind {verbs}',
  'help.matrixSyntax':
    'Matrizen: `[[2,3],[4,1]]` oder `[2 3; 4 1]`; ein flaches `[1,2,3]` ist eine Zeile. Einträge: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4` und die Funktionen `sin cos tan exp log abs` (`cos(pi/3)` ist exakt 1/2, `log` ist der natürliche Logarithmus). Konstruktoren: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (ein Fenster, als Zeile), `causal(4)` (Einsen auf und unter der Diagonale), `toeplitz(1, 1/2, 1/4)` (symmetrisch). Optionale Bezeichner `A=…` und Operatoren `∘ .* * o` zwischen den Matrizen. Bis zu 6 Matrizen, jeweils höchstens 12×12. Ganze Zahlen, Dezimalzahlen und Brüche sind exakt.',
  'verb.product.description': 'Elementweises (Hadamard-)Produkt von 2 bis 6 Matrizen gleicher Größe',
  'verb.schur.description': 'Schur-Produktsatz: Semidefinitheits-Befunde für A, B und A∘B, im Vergleich zu AB',
  'verb.psd.description': 'Ist diese Matrix positiv semidefinit? Exakter Befund mit Zertifikat',
  'verb.oppenheim.description':
    'Oppenheim-Ungleichung det(A∘B) ≥ det(A)·∏bᵢᵢ in beiden Reihenfolgen, und die Hadamard-Ungleichung',
  'verb.props.description':
    'Kommutativität, Assoziativität, Distributivität, neutrales Element J und Transponierte prüfen',
  'verb.relate.description': 'Bezüge zum gewöhnlichen Produkt: Diagonalfall, diag(a)b, Spur-Identität, A⊗B',
  'verb.apply.description':
    'Die Anwendungen live: window, mask, gate, taper, image (eingebautes Beispiel oder eigene Daten)',
  'verb.explain.description':
    'Die Theorie für Studierende im zweiten Studienjahr: definition, schur, oppenheim, applications…',
  'verb.help.description': 'Wie der Bot benutzt wird, mit Beispielen, die nach dem Einfügen funktionieren',
  'verb.quiz.description':
    'Eine Multiple-Choice-Frage für den Kanal: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description':
    'Ein Quiz über seine ID und die eigene Wahl beantworten (die Buttons unter dem Quiz tun dasselbe)',
  'verb.reveal.description': 'Ein Quiz jetzt schließen: die richtige Antwort, wer sie hatte, und der Lösungsweg',
  'verb.scores.description':
    'Bestenliste des Kanals, diese Woche oder insgesamt: Punkte, Trefferquote, Serien; pin hält sie sichtbar',
  'verb.settings.description':
    'Einstellungen des Kanals anzeigen oder ändern: private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Die eigenen Quiz-Antworten und Punkte überall löschen, wo der Bot sie speichert',
  'verb.schedule.description':
    'Einen Befehl hier automatisch ausführen: täglich, werktags oder wöchentlich zu einer lokalen Uhrzeit',
  'verb.me.description':
    'Der eigene Fortschritt, privat: Punkte, Trefferquote pro Thema, Fehlvorstellungen, was zu üben ist',
  'verb.practice.description':
    'Eine private Frage nur für sich, aus dem schwächsten Thema, falls keins genannt wird; außer Wertung',
  'verb.class.description':
    'Für Kanalverwaltende: Beteiligung, Trefferquote und Fehlvorstellungen dieser Woche; Export als CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'Das Hadamard-Produkt in sechs Ideen',
  'explain.overview.summary':
    'Eine Zeile pro Idee: was das Produkt ist, seine Algebra, zwei Sätze, seine Bezüge und seine Anwendungen.',
  'explain.overview.more': 'Jedes Thema ausführlich: `/hadamard explain <topic>` mit {topics}.',
  'explain.more': 'Mehr dazu: `/hadamard explain <topic>` mit {topics}.',
  'explain.unknown': '{word} ist kein Thema; die Themen sind {topics}',
  'explain.definition.title': 'Das Hadamard-Produkt',
  'explain.definition.summary':
    'Das Hadamard-Produkt multipliziert zwei Matrizen gleicher Größe Eintrag für Eintrag: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Gegeben seien zwei Matrizen A und B derselben Größe m×n. Ihr Hadamard-Produkt (auch Schur-Produkt oder elementweises Produkt) A∘B ist die m×n-Matrix, deren Eintrag in Zeile i, Spalte j gleich aᵢⱼ·bᵢⱼ ist. Es wird nichts summiert, und keine Zeile trifft auf eine Spalte: Jede Position steht für sich.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nIm Gegensatz dazu ist beim gewöhnlichen Produkt AB der Eintrag (i,j) eine Summe über eine ganze Zeile von A und eine ganze Spalte von B. Das Hadamard-Produkt verlangt gleiche Größen (es gibt kein Broadcasting: Eine 1×2- und eine 2×1-Matrix lassen sich nicht elementweise multiplizieren). Ausprobieren: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Algebraische Eigenschaften',
  'explain.properties.summary':
    'Die elementweise Multiplikation erbt die Rechenregeln für Zahlen, Position für Position.',
  'explain.properties.body':
    '- Kommutativität: A∘B = B∘A\n- Assoziativität: (A∘B)∘C = A∘(B∘C)\n- Distributivität: A∘(B+C) = A∘B + A∘C\n- Neutrales Element: die Matrix J aus lauter Einsen, nicht die Einheitsmatrix I: A∘J = A (während A∘I nur die Diagonale von A behält)\n- Transponierte: (A∘B)ᵀ = Aᵀ∘Bᵀ\nJede Regel gilt, weil sie für reelle Zahlen an jeder einzelnen Position gilt. An eigenen Matrizen prüfen: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'Der Schur-Produktsatz',
  'explain.schur.summary': 'Sind A und B positiv semidefinit, so auch A∘B; sind beide positiv definit, so auch A∘B.',
  'explain.schur.body':
    'Eine symmetrische Matrix M heißt positiv semidefinit (M ⪰ 0), wenn xᵀMx ≥ 0 für jeden Vektor x gilt, und positiv definit, wenn xᵀMx > 0 für jedes x ≠ 0 gilt. Kovarianzmatrizen sind das alltägliche Beispiel.\n**Satz (Schur).** Für positiv semidefinite n×n-Matrizen A und B ist A∘B positiv semidefinit; sind A und B positiv definit, so ist A∘B positiv definit.\n**Warum (Skizze).** Man schreibe B mithilfe seiner Eigenvektoren: B = Σₖ λₖ vₖvₖᵀ mit allen λₖ ≥ 0. Dann ist bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ, und für jedes x gilt\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\nda jedes λₖ ≥ 0 ist und jedes (x∘vₖ)ᵀA(x∘vₖ) ≥ 0, weil A ⪰ 0.\nDas gewöhnliche Produkt verhält sich **nicht** so: Für positiv semidefinite A und B muss AB nicht symmetrisch sein, geschweige denn positiv semidefinit. Und wenn die Voraussetzung verletzt ist (A oder B nicht positiv semidefinit), sagt der Satz nichts aus: A∘B kann positiv semidefinit sein oder auch nicht. Beides zeigt `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'Die Oppenheim-Ungleichung',
  'explain.oppenheim.summary': 'Für positiv semidefinite A und B: det(A∘B) ≥ det(A)·∏bᵢᵢ, und ebenso ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Oppenheim-Ungleichung.** Für positiv semidefinite n×n-Matrizen A und B gilt det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Vertauscht man die Rollen von A und B, erhält man ebenso det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Korrelationsmatrizen.** Hat B lauter Einsen auf der Diagonale (eine Korrelationsmatrix), so ist das Produkt der Diagonaleinträge 1, und die Schranke lautet det(A∘B) ≥ det(A): Elementweises Dämpfen mit einer Korrelationsmatrix verkleinert die Determinante nie.\n**Die Hadamard-Ungleichung** det(A) ≤ a₁₁a₂₂⋯aₙₙ für positiv semidefinites A ist der Spezialfall A∘I: Die Einheitsmatrix I ist positiv semidefinit mit det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), und Oppenheim liefert ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Gleichheit.** Ist A diagonal, so ist A∘B diagonal mit den Einträgen aᵢᵢbᵢᵢ, also gilt det(A∘B) = det(A)·∏bᵢᵢ exakt. Ist B = J (lauter Einsen, eine singuläre Korrelationsmatrix), so ist A∘J = A und wieder det(A∘B) = det(A)·1. Der Bot entscheidet Gleichheit exakt für Eingaben aus ganzen Zahlen, Dezimalzahlen und Brüchen.\nAusprobieren: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` und `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Bezüge zum gewöhnlichen Produkt',
  'explain.relations.summary':
    'Diagonalmatrizen, diag(a)·b, die Spur-Identität und das Kronecker-Produkt verbinden ∘ mit gewöhnlichen Produkten.',
  'explain.relations.body':
    '- **Diagonalmatrizen:** Sind A und B beide diagonal, so ist A∘B = AB. Einer der seltenen Fälle, in denen beide Produkte übereinstimmen.\n- **Vektoren:** a∘b = diag(a)·b: Elementweise mit a zu multiplizieren ist dasselbe, wie mit der Diagonalmatrix zu multiplizieren, die a auf der Diagonale hat.\n- **Spur-Identität:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, das Frobenius-Skalarprodukt: die Summe aller Einträge von A∘B.\n- **Kronecker-Produkt:** A∘B ist eine Untermatrix von A⊗B: Für m×n-Matrizen nimmt man die Zeilen 1, m+2, 2m+3, … und die Spalten 1, n+2, 2n+3, … (die Positionen (i−1)·m+i und (j−1)·n+j).\nAlle vier an den eigenen Zahlen ansehen: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Wo das Hadamard-Produkt verwendet wird',
  'explain.applications.summary':
    'Überall dort, wo jede Position für sich behandelt werden soll: Statistik, maschinelles Lernen, Signale und Bilder.',
  'explain.applications.body':
    '- **Kovarianz-Tapering (Statistik):** Eine Kovarianzmatrix wird elementweise mit einer Korrelationsmatrix mit kompaktem Träger multipliziert, um weit auseinanderliegende Paare auf null zu setzen. Nach dem Schur-Produktsatz bleibt die so gedämpfte Matrix positiv semidefinit, ist also weiterhin eine gültige Kovarianz; räumliche ∘ zeitliche Korrelation erzeugt auf dieselbe Weise Raum-Zeit-Kovarianzen.\n- **Gates und Attention-Masken (maschinelles Lernen):** Ein LSTM- oder GRU-Gate g ∈ [0,1]ⁿ skaliert einen Zustand elementweise, g∘c; eine Attention-Maske multipliziert die Scores elementweise (oder addiert −∞ zu ihnen), um Positionen auszublenden.\n- **Fensterfunktionen (Signalverarbeitung):** Vor einer Fourier-Transformation wird ein Signal Abtastwert für Abtastwert mit einem Fenster (Hann, Hamming) multipliziert, um den Leck-Effekt zu verringern; spektrales Maskieren multipliziert ein Spektrogramm elementweise.\n- **Pixelweises Filtern (Bilder):** Eine Maske oder ein Bild mit Verstärkung pro Pixel multipliziert ein Bild elementweise: Vignettierungskorrektur, Alpha-Masken, selektive Bearbeitung.\nEine kleine Maske ausprobieren: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, oder jede Anwendung live mit Abbildung ansehen: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Hadamard-Produkt',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exakt',
  'product.kindCertified': 'zertifiziert',
  'product.kindNumerical': 'numerisch',
  'product.entryByEntry':
    'Eintrag für Eintrag: {worked}.\nJeder Eintrag wird mit dem Eintrag an derselben Stelle multipliziert, mit nichts anderem.',
  'product.asDecimals': 'Als Dezimalzahlen (jede angezeigte Stelle ist bewiesen): {matrix}',
  'product.noteRational': 'Exakte rationale Arithmetik.',
  'product.noteExact':
    'Exakte Arithmetik: Quadratwurzeln und Potenzen von π oder e bleiben exakt erhalten, so wie geschrieben.',
  'product.noteCertified':
    'Zertifizierte Arithmetik: Werte, die nur durch Einschließungen bekannt sind (exp, log, trigonometrische Funktionen anderer Argumente, π zusammen mit e), werden mit den Stellen angezeigt, die ihre Einschließungen beweisen.',
  'product.noteCertifiedSwitched':
    'Zertifizierte Arithmetik: Zahlen, die zu lang sind, um exakt zu bleiben, werden mit den Stellen angezeigt, die ihre Einschließungen beweisen.',
  'product.noteFloat':
    'Numerische Antwort (Gleitkomma): Die Zahlen sind aus einer Datei gelesene Gleitkommazahlen doppelter Genauigkeit, jenseits des Budgets für exaktes Rechnen.',
  'product.noteFloatSwitched':
    'Numerische Antwort (Gleitkomma): Die Zahlen waren zu lang, um exakt zu bleiben (über 2000 Stellen in einem Eintrag oder 4000 in einer Matrix), daher wurde auf Gleitkomma umgeschaltet.',
  'productFig.title': 'Hadamard-Produkt {name}',
  'productFig.subtitle': '{count} Matrizen der Größe {shape}',
  'productFig.worked': 'Eintrag ({i}, {j}) ausgerechnet',
  'productFig.rule': 'Einträge an derselben Position multiplizieren: {rule}',
  'productFig.heatNote': 'Zu viele Stellen für eine Abbildung: Einige Matrizen werden als Farbkarten dargestellt. ',
  'productFig.exactShortened':
    'Exakte Arithmetik. Lange Zahlen sind hier gekürzt (≈); die Textantwort enthält sie vollständig.',
  'productFig.exact': 'Exakte Arithmetik.',
  'productFig.certified': 'Zertifizierte Einschließungen: Jede angezeigte Stelle ist bewiesen.',
  'productFig.float': 'Gleitkomma-Eingabe: Zahlen für die Anzeige gerundet.',
  'productFig.altShapeHeat':
    'Hadamard-Produkt von {count} {shape}-Matrizen, {name}, als Farbkarten dargestellt (violett negativ, orange positiv).',
  'productFig.altShapeGrid': 'Hadamard-Produkt von {count} {shape}-Matrizen, {name}, als Zahlenraster dargestellt.',
  'productFig.altWorked': 'Eintrag ({i}, {j}) ausgerechnet: {factors} = {value}.',
  'productFig.altRule': 'Jeder Eintrag des Produkts ist das Produkt der Einträge an derselben Position.',
  'productFig.altColours':
    'Jeder Eintrag des Produkts ist das Produkt der Einträge an derselben Position; einander entsprechende Positionen haben dieselbe Farbe, und der ausgerechnete Eintrag ist umrandet.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'positiv definit',
  'verdict.psd': 'positiv semidefinit (singulär, Rang {rank})',
  'verdict.psdRank': 'positiv semidefinit, Rang {rank}',
  'verdict.psdSingular': 'positiv semidefinit (singulär)',
  'verdict.not_psd': 'nicht positiv semidefinit',
  'verdict.not_symmetric': 'nicht symmetrisch',
  'verdict.not_square': 'nicht quadratisch',
  'verdict.undecided': 'unentschieden',
  'verdict.undecidedLong': 'unentschieden: eine Größe ist bis zur Genauigkeitsgrenze gleich 0',
  'verdict.none': 'nicht berechnet',
  'verdict.notDecided': 'nicht entschieden',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Unentschieden: {words}',
  'cert.witness': 'Zeuge: x = {x} ergibt xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Zertifikat: Der 2×2-Hauptminor zu den Zeilen {i} und {j} ist negativ: {product} < {square} (ein Zeugenvektor würde nicht ins Gleitkommaformat passen).',
  'cert.diagonalPd': 'Zertifikat: {label} ist diagonal, also sind die Eigenwerte die Diagonaleinträge: alle positiv.',
  'cert.diagonalPsd':
    'Zertifikat: {label} ist diagonal, also sind die Eigenwerte die Diagonaleinträge: alle ≥ 0, davon {rank} positiv.',
  'cert.ldlt':
    'Zertifikat: {label} = PᵀLDLᵀP (LDLᵀ mit symmetrischer Pivotisierung) mit D = diag({pivots}), jedes Pivotelement ≥ 0.',
  'cert.ldltPsd':
    'Zertifikat: {label} = PᵀLDLᵀP (LDLᵀ mit symmetrischer Pivotisierung) mit D = diag({pivots}), jedes Pivotelement ≥ 0, davon {rank} positiv.',
  'cert.cholesky':
    'Zertifikat: Mit Zweierpotenzen skaliert, besitzt B = S{label}S (derselbe Befund wie {label}) minus {tolerance}·I eine Cholesky-Zerlegung in doppelter Genauigkeit, und die Rundungsschranken dieser Zerlegung liegen unter {tolerance}: Jeder Eigenwert von B ist positiv{shown}.',
  'cert.choleskyLowest': ' (der kleinste Eigenwert ist etwa {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'in [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Exakte rationale Arithmetik: Jeder Befund oben ist exakt entschieden.',
  'note.exact':
    'Exakte Arithmetik: Die Einträge sind rationale Zahlen, Quadratwurzeln und Polynome in π oder in e; 0 wird dabei exakt entschieden und jedes Vorzeichen durch Einschließungen, die verfeinert werden, bis es sicher ist.',
  'note.certified':
    'Zertifizierte Arithmetik: {why}, daher ist jedes Vorzeichen oben mit Einschließungen bewiesen, die bis auf 1000 Stellen verfeinert werden; nichts wird weggerundet, und was innerhalb von 10⁻¹⁰⁰⁰ um 0 bleibt, gilt als unentschieden.',
  'note.certifiedSwitched':
    'einige Zahlen sind zu lang, um exakt zu bleiben (über 2000 Stellen in einem Eintrag oder 4000 in einer Matrix)',
  'note.certifiedWhy':
    'einige Einträge sind nur durch Einschließungen bekannt (exp, log oder trigonometrische Funktionen anderer Argumente, π zusammen mit e)',
  'note.float':
    'Gleitkomma mit Beweisen: {why}, daher werden die Befunde in doppelter Genauigkeit mit strengen Schranken für jede Rundung entschieden (eine verschobene Cholesky-Zerlegung beweist die Definitheit, das xᵀMx eines Zeugen wird durch einen Wert unter 0 nach oben beschränkt); was diese Schranken nicht von 0 trennen können, gilt als unentschieden.',
  'note.floatSwitched':
    'die Zahlen waren zu lang, um exakt zu bleiben (über 2000 Stellen in einem Eintrag oder 4000 in einer Matrix)',
  'note.floatWhy':
    'die Matrizen sind aus einer Datei gelesene Gleitkommazahlen doppelter Genauigkeit, jenseits des Budgets für exaktes Rechnen',
  'note.decimalPoint':
    'Matrizen werden in jeder Sprache gleich geschrieben: Der Punkt `.` trennt die Dezimalstellen, auch im Deutschen, und das Komma `,` trennt die Einträge (`[[1.5, 2]]`).',
  'words.exact': 'exakte Arithmetik',
  'words.certified': 'zertifizierte Einschließungen',
  'words.float': 'Gleitkomma',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Schur-Produktsatz',
  'schur.verdicts': 'Befunde',
  'schur.theorem': 'Der Satz',
  'schur.proof': 'Beweisskizze, nachgeprüft',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (kann also nicht positiv semidefinit sein: Das gewöhnliche Produkt symmetrischer Matrizen muss nicht symmetrisch sein)',
  'schur.lineSymmetricPart':
    ' (positive Semidefinitheit ist für symmetrische Matrizen definiert; der symmetrische Anteil ist {verdict})',
  'schur.lineNotComputed': '- {name}: nicht berechnet: {where} wäre etwa {size}, jenseits des Gleitkommabereichs',
  'schur.anEntry': 'ein Eintrag',
  'schur.smallest': ', kleinster Eigenwert {value}',
  'schur.summaryStrong': '{a} und {b} sind positiv definit, also ist {ab} positiv definit (Schur) — und so ist es.',
  'schur.summaryPsd':
    '{a} und {b} sind positiv semidefinit, also ist {ab} positiv semidefinit (Schur) — und so ist es: {verdict}.',
  'schur.theoremOk':
    'Die Voraussetzung ist erfüllt, also garantiert der Schur-Produktsatz {ab} {rel} 0, und die Prüfung bestätigt es.',
  'schur.theoremUndecided':
    'Die Voraussetzung ist erfüllt, also garantiert der Schur-Produktsatz {ab} {rel} 0; die direkte Prüfung ist unentschieden (eine Größe ist auf {digits} Stellen gleich 0), was der Satz entscheidet.',
  'schur.theoremBug': 'Die Voraussetzung ist erfüllt, aber die Prüfung widerspricht: Bitte als Fehler melden.',
  'schur.summaryOpen':
    'Ob {a} und {b} beide positiv semidefinit sind, ist unentschieden (eine Größe ist bis zur Genauigkeitsgrenze gleich 0), daher wird der Schur-Produktsatz weder angewandt noch ausgeschlossen; {ab} ist {verdict}.',
  'schur.theoremOpen': 'Die Voraussetzung ({a} ⪰ 0 und {b} ⪰ 0) ist hier unentschieden: siehe die Befunde oben.',
  'schur.failing': '{name} ist {verdict}',
  'schur.summaryFails': 'Der Schur-Produktsatz ist nicht anwendbar ({failing}); {ab} ist trotzdem {verdict}.',
  'schur.whyNotSymmetric':
    ' Positive Semidefinitheit ist für symmetrische Matrizen definiert, daher kann eine nichtsymmetrische Eingabe sie nicht erfüllen.',
  'schur.theoremFails':
    'Die Voraussetzung ({a} ⪰ 0 und {b} ⪰ 0) ist verletzt, also verspricht der Satz hier nichts.{why} Ohne die Voraussetzung kann {ab} positiv semidefinit sein oder nicht; hier ist es {verdict}.',
  'schur.contrastRange':
    'Das gewöhnliche Produkt {ord} liegt hier jenseits des Gleitkommabereichs und wird daher nicht verglichen; das Hadamard-Produkt behält die Größenordnung jedes Eintrags, das gewöhnliche addiert n davon.',
  'schur.contrastLuck':
    'Das gewöhnliche Produkt {ord} ist hier zufällig {verdict}, aber das ist Glück: Für positiv semidefinite A und B muss AB nicht einmal symmetrisch sein.',
  'schur.contrastNot':
    'Das gewöhnliche Produkt {ord} ist {verdict}: Das gewöhnliche Produkt erhält die positive Semidefinitheit nicht, das Hadamard-Produkt schon.',
  'schur.proofBody':
    'Mit {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Für x = ({x}): links {lhs}, rechts {rhs} — {agree} (Gleitkomma). Wenn alle λₖ ≥ 0 und {a} ⪰ 0, ist jeder Term ≥ 0.',
  'schur.agree': 'sie stimmen überein',
  'schur.disagree': 'sie stimmen NICHT überein',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 und {b} ≻ 0 ⇒ {ab} ≻ 0 (starke Form: positiv definit)',
  'schurFig.statement': '{a} ⪰ 0 und {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'Gilt {m} {rel} 0?',
  'schurFig.then': 'Gilt dann {m} {rel} 0?',
  'schurFig.and': 'und',
  'schurFig.applies': 'der Satz ist anwendbar',
  'schurFig.notApplies': 'der Satz ist nicht anwendbar',
  'schurFig.claimStrong': '{a} und {b} sind positiv definit, also ist {ab} positiv definit',
  'schurFig.claim': '{a} und {b} sind positiv semidefinit, also ist {ab} positiv semidefinit',
  'schurFig.indeed': '; in der Tat: {fact}',
  'schurFig.isVerdict': '{name} ist {verdict}',
  'schurFig.both': '{first} und {second}',
  'schurFig.fails': '✗ Die Voraussetzung ist verletzt: {who}.',
  'schurFig.saysNothing': 'Der Satz sagt hier nichts über {ab} aus; das Ergebnis ist zufällig {verdict}.',
  'schurFig.luck': 'Hier ist {ord} zufällig ebenfalls positiv semidefinit.',
  'schurFig.needNot':
    'Produkte positiv semidefiniter Matrizen müssen nicht positiv semidefinit sein, nicht einmal symmetrisch.',
  'schurFig.contrast': 'Zum Vergleich: das gewöhnliche Produkt {ord}',
  'schurFig.about': 'Der Satz von Schur handelt vom elementweisen Produkt {ab}, nicht von {ord}.',
  'schurFig.identity': 'Beweisidentität xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), für ein x geprüft: {check}',
  'schurFig.exact': 'Exakte Arithmetik; die Eigenwerte sind zertifizierte Einschließungen, als Beleg.',
  'schurFig.provedBy': 'Bewiesene Befunde: {list}.',
  'schurFig.withEnclosures': '{m} mit zertifizierten Einschließungen',
  'schurFig.exactly': '{m} exakt',
  'schurFig.float': 'Gleitkomma mit Rundungsschranken.',
  'schurFig.floatTolerance': 'Gleitkomma mit Rundungsschranken, Toleranz {tolerance}.',
  'schurFig.smallest': ' (kleinster Eigenwert {value})',
  'schurFig.alt1': 'Abbildung zum Schur-Produktsatz, {shape}-Matrizen: {statement}.',
  'schurFig.altHolds': 'Die Voraussetzung ist erfüllt, also ist der Satz anwendbar.',
  'schurFig.altFails': 'Die Voraussetzung ist verletzt, also ist der Satz nicht anwendbar.',
  'schurFig.altContrast': 'Zum Vergleich: Das gewöhnliche Produkt {ord} ist {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'err.hint.empty_command': 'Probier: {example} — oder `/hadamard help` für alles, was der Bot kann.',
  'err.hint.text_too_long': 'Schick kleinere Matrizen (bis 12×12) oder teile die Frage auf mehrere Befehle auf.',
  'err.hint.unknown_verb':
    'Verben: product, schur, psd, oppenheim, props, relate, apply, explain, help; in einem Kanal auch quiz, answer, reveal, scores, settings, forget-me, schedule. Beispiel: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'Matrizen sehen so aus: [[2,3],[4,1]] oder [2 3; 4 1]; Konstruktoren: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Beispiel: {example}',
  'err.hint.unknown_topic':
    'Themen: definition, properties, schur, oppenheim, relations, applications. Beispiel: /hadamard explain schur',
  'err.hint.missing_operand': 'Gib die Matrizen nacheinander an. Beispiel: {example}',
  'err.hint.too_many_operands': 'Das Produkt nimmt 2 bis 6 Matrizen. Beispiel: /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Jede [ braucht ihre ]. Beispiel: [[2,3],[4,1]] (JSON-Stil) oder [2 3; 4 1] (MATLAB-Stil).',
  'err.hint.ragged_rows': 'Jede Zeile braucht gleich viele Einträge. Beispiel: [[1,2,3],[4,5,6]] ist 2×3.',
  'err.hint.empty_matrix': 'Eine Matrix braucht mindestens einen Eintrag. Beispiel: [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'Einträge sind Zahlen wie 2, -1.5, 1/3, 2.5e-3 oder Ausdrücke wie 2*sqrt(3)/5, pi/4, cos(pi/3) und log(2).',
  'err.hint.division_by_zero':
    'Division durch null ist nicht definiert. Beispiel für Brüche als Einträge: [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'Einträge dürfen Zahlen, + - * / ^ ( ), pi, e und sqrt sin cos tan exp log abs enthalten. Beispiel: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep':
    'Vereinfache den Eintrag: höchstens 32 verschachtelte Klammern, Vorzeichen oder Potenzen. Beispiel: (1+2)*(3-4)/5',
  'err.hint.too_large': 'Nimm kleinere Matrizen (bis 12×12) oder kleinere Zahlen. Beispiel: hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Häng eine CSV- oder TSV-Datei an (eine Matrixzeile pro Zeile, nur Zahlen, ohne Kopfzeile), ein JSON-Array von Zeilen wie [[2,3],[4,1]] oder ein PNG- oder JPEG-Bild. Beispiel: a.csv mit den zwei Zeilen 2,3 und 4,1.',
  'err.hint.missing_attachment':
    '@1 ist die erste angehängte Datei, @2 die zweite. Beispiel: hadamard --attach a.csv --attach b.csv "schur @1 @2" (in der CLI).',
  'err.hint.unavailable': 'Versuch es in einer Minute noch einmal. Rechnungen funktionieren solange, z. B. {example}',
  'err.hint.not_allowed':
    'Frag jemanden, der diesen Kanal verwaltet. Die Einstellungen kannst du immer ansehen: /hadamard settings',
  'err.hint.needs_channel':
    'Lerngruppen-Befehle (quiz, answer, reveal, scores, settings, forget-me) laufen in einem Chat-Kanal, auf der lokalen Seite oder in der CLI. Beispiel: /hadamard quiz',
  'err.hint.missing_argument':
    'Gib die Wörter an, die der Befehl braucht. Beispiele: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Beispiele: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Einstellungen: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Beispiel: /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Zahlen jeder Größe sind möglich (1e400, exp(-1000)), aber keine Größen, deren Exponent selbst mehr als 14 Stellen hat, wie exp(1e20). Skaliere die Einträge um (die Befunde von psd und schur ändern sich nicht, wenn eine Matrix mit einer positiven Zahl multipliziert wird). Beispiel: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'Das elementweise Produkt braucht Matrizen gleicher Größe (kein Broadcasting). Beispiel: [[1,2]] [[3,4]] (beide 1×2).',
  'err.hint.not_square': 'Das braucht quadratische Matrizen (n×n). Beispiel: /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Gib Vektoren wie [1 2 3] an.',
  'err.hint.timeout':
    'Nimm kürzere Zahlen oder kleinere Matrizen; Dezimalzahlen mit wenigen Stellen und kleine Brüche bleiben schnell. Beispiel: /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Fehler ({code}): {message}\nTipp: {hint}',
  'err.example': 'Beispiel: {example}',
  'err.where.matrix':
    '{n, plural, =1 {die erste Matrix} =2 {die zweite Matrix} =3 {die dritte Matrix} =4 {die vierte Matrix} =5 {die fünfte Matrix} =6 {die sechste Matrix} other {Matrix Nr. #}}',
  'err.where.command': 'der Befehl',
  'err.where.aMatrix': 'eine Matrix',
  'err.command.tooLong': 'der Befehl ist {length} Zeichen lang; die Grenze ist {max}',
  'err.command.empty': 'der Befehl ist leer',
  'err.command.unknownVerb': '{word} (bei Zeichen {at}) ist kein Verb, das ich kenne',
  'err.command.unknownVerbClose': '{word} (bei Zeichen {at}) ist kein Verb, das ich kenne — meintest du "{close}"?',
  'err.command.tooManyFilesExact':
    '{verb} nimmt genau {max} {max, plural, one {Matrix} other {Matrizen}}, und {files} Dateien sind angehängt: sag, welche, z. B. {example}',
  'err.command.tooManyFilesRange':
    '{verb} nimmt {min} bis {max} Matrizen, und {files} Dateien sind angehängt: sag, welche, z. B. {example}',
  'err.command.missingFile':
    '@{n} bezeichnet die {n, plural, =1 {erste} =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}} angehängte Datei, aber {files, plural, =0 {es ist keine Datei angehängt} one {es ist nur eine Datei angehängt} other {es sind nur # Dateien angehängt}}',
  'err.command.tooFewOne':
    '{verb} braucht eine Matrix; ich habe {got, plural, =0 {keine} one {nur eine} other {#}} gefunden',
  'err.command.tooFewExact':
    '{verb} braucht genau {min} Matrizen; ich habe {got, plural, =0 {keine} one {nur eine} other {#}} gefunden',
  'err.command.tooFewAtLeast':
    '{verb} braucht mindestens {min} Matrizen; ich habe {got, plural, =0 {keine} one {nur eine} other {#}} gefunden',
  'err.command.tooManyExact':
    '{verb} nimmt genau {max} {max, plural, one {Matrix} other {Matrizen}}; ich habe {got} gefunden',
  'err.command.tooManyRange': '{verb} nimmt {min} bis {max} Matrizen; ich habe {got} gefunden',
  'err.command.emptyLabel': 'nach dem "=" der Bezeichnung {label} (bei Zeichen {at}) steht keine Matrix',
  'err.command.notAMatrix': '{word} (bei Zeichen {at}) steht dort, wo eine Matrix stehen sollte',
  'err.command.notFinite': '{word} (bei Zeichen {at}) ist keine Zahl: Einträge müssen endliche reelle Zahlen sein',
  'err.command.bareNumber': '{word} (bei Zeichen {at}) ist eine Zahl, keine Matrix: setz die Einträge in Klammern',
  'err.command.unknownWord': '{word} (bei Zeichen {at}) kenne ich nicht',
  'err.brackets.stray': 'zum "{ch}" bei Zeichen {at} gibt es kein passendes "{want}"',
  'err.brackets.neverClosed': 'das "{open}" bei Zeichen {at} wird nie geschlossen',
  'err.brackets.unmatched': '{where}: zum "{ch}" bei Zeichen {at} gibt es kein passendes "{want}"',
  'err.brackets.mismatched':
    '{where}: das "{open}" bei Zeichen {at} wird von einem "{ch}" bei Zeichen {closeAt} geschlossen',
  'err.brackets.unclosed': '{where}: das "{open}" bei Zeichen {at} wird nie geschlossen',
  'err.matrix.empty': '{where} ist leer',
  'err.matrix.emptyBrackets': '{where} ist leer ([])',
  'err.matrix.emptyRow': '{where}: Zeile {row} ist leer',
  'err.matrix.entry': '{where}, Eintrag ({row},{col}): {reason}',
  'err.matrix.tooLarge': '{where} ist {rows}×{cols}; die Grenze ist {max}×{max}',
  'err.matrix.notAMatrix': '{where}: {word} ist keine Matrix',
  'err.matrix.missingParen': '{where}: bei {text} fehlt die ")"',
  'err.matrix.afterBuilder': '{where}: unerwartetes {word} nach {name}(…)',
  'err.matrix.afterMatrix': '{where}: unerwartetes {word} nach der Matrix',
  'err.matrix.diagEmpty': '{where}: diag() braucht mindestens einen Eintrag',
  'err.matrix.diagEntry': '{where}, Eintrag {k} von diag(…): {reason}',
  'err.matrix.zeros': '{where}: zeros(…) gibt es nicht (eine Nullmatrix macht jedes Produkt zu null)',
  'err.matrix.builderSizes':
    '{where}: {call} braucht {ones, select, true {eine oder zwei positive ganze Zahlen} other {eine positive ganze Zahl}}',
  'err.matrix.oneSize': '{where}: {name}(…) nimmt nur eine Größe, z. B. {name}(3)',
  'err.matrix.builderArgument': '{where}, {what} von {call}: {reason}',
  'err.matrix.argument': 'Eintrag {k}',
  'err.matrix.builderSize': '{where}: {call} braucht eine Größe n, eine positive ganze Zahl',
  'err.matrix.arity': '{where}: {name}(…) nimmt {k, plural, one {ein Argument} other {# Argumente}}; erhalten: {call}',
  'err.matrix.toeplitzEmpty': '{where}: toeplitz() braucht seine erste Spalte',
  'err.matrix.gaussZero': '{where}: {call} braucht s ≠ 0 (es wird durch s² geteilt)',
  'err.matrix.threeLevels': '{where}: Matrizen haben zwei Klammerebenen, nicht drei',
  'err.matrix.betweenRows': '{where}: unerwartetes {word} zwischen den Zeilen (schreib jede Zeile in Klammern)',
  'err.matrix.mixedRows': '{where}: mischt Zeilen in Klammern mit einzelnen Einträgen',
  'err.matrix.ragged':
    '{where}: Zeile {row} hat {n} {n, plural, one {Eintrag} other {Einträge}}, aber Zeile 1 hat {cols}',
  'err.entry.character': 'das Zeichen "{ch}" darf in keiner Zahl vorkommen',
  'err.entry.empty': 'ein Eintrag ist leer',
  'err.entry.shouldEnd': '{text} hat "{token}", wo es enden sollte',
  'err.entry.beyondAnySize':
    '{text} ist etwa {size}: jenseits jeder Größe, die diese Engine darstellen kann (eine Zehnerpotenz mit mehr als 10¹⁴ Stellen im Exponenten)',
  'err.entry.tooDeep': '{text} hat mehr als {max} verschachtelte Klammern, Vorzeichen oder Potenzen',
  'err.entry.divByZero': '{text} teilt durch null',
  'err.entry.divUndecided':
    '{text} teilt durch einen Wert, der auf 1000 Stellen gleich 0 ist: er kann genau 0 sein, also lässt sich der Quotient nicht entscheiden',
  'err.entry.powUndecided':
    '{text} erhebt einen Wert, der auf 1000 Stellen gleich 0 ist, in eine nicht ganzzahlige Potenz: ob das definiert ist, lässt sich nicht entscheiden',
  'err.entry.notReal': '{text} ist keine reelle Zahl',
  'err.entry.endsEarly': '{text} endet zu früh',
  'err.entry.needsParentheses': '{name} braucht in {text} Klammern, z. B. {example}',
  'err.notFinite': '{word} ist keine Zahl: Einträge müssen endliche reelle Zahlen sein',
  'err.entry.unknownWord': '{word} ist keine Zahl (erlaubt: Zahlen, + - * / ^ ( ), pi, e und {functions})',
  'err.entry.numberExpected': '{text} hat "{token}", wo eine Zahl stehen sollte',
  'err.entry.missing': 'in {text} fehlt ein "{op}"',
  'err.function.undecided':
    '{call} braucht {what, select, cosNonzero {ein Argument, dessen Kosinus nicht null ist} positive {ein positives Argument} other {ein Argument ≥ 0}}, und sein Argument ist auf {digits, number} Stellen gleich 0: es kann genau 0 sein, also lässt sich nicht entscheiden, ob {call} definiert ist',
  'err.function.logZero': '{call} ist −∞, keine Zahl: log(x) → −∞ für x → 0',
  'err.function.logNegative': '{call} ist keine reelle Zahl: log ist nur für positive Zahlen definiert',
  'err.function.tanPole': '{call} ist nicht definiert: tan hat eine Polstelle bei π/2 + kπ (dort ist cos gleich 0)',
  'err.function.sqrtNegative': '{call} zieht die Quadratwurzel aus einer negativen Zahl',
  'err.magnitude.huge': 'mehr als 10^(10^15)',
  'err.magnitude.unknown': 'eine Zahl unbekannter Größe',
  'err.operands.noFile':
    '{n, plural, =1 {die erste Matrix} =2 {die zweite Matrix} =3 {die dritte Matrix} =4 {die vierte Matrix} =5 {die fünfte Matrix} =6 {die sechste Matrix} other {Matrix Nr. #}} ist {ref}, eine angehängte Datei, aber an diesen Befehl ist keine Datei angehängt',
  'err.operands.shapes':
    '{first} (die erste Matrix) ist {firstShape}, aber {other} (die {n, plural, =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}}) ist {otherShape}; das elementweise Produkt braucht gleiche Größen',
  'err.operands.notSquare':
    '{verb} braucht quadratische Matrizen, aber {label} (die {n, plural, =1 {erste} =2 {zweite} =3 {dritte} =4 {vierte} =5 {fünfte} =6 {sechste} other {#.}} Matrix) ist {shape}',
  'err.deadline':
    'das braucht mehr als {seconds} s Arbeit (sehr lange exakte Brüche machen die exakte Elimination langsam)',
  'err.engine.unknownVerb': '{verb} ist kein Verb, das ich kenne',
  'err.engine.needsChannel':
    '{verb} ist ein Lerngruppen-Befehl: Er speichert einen Zustand pro Kanal und läuft daher in Slack, Discord, auf der lokalen Seite oder in der CLI, nicht in der bloßen Engine',
  'err.engine.timeout': 'die Rechnung hat länger als {seconds} s gedauert',
  'err.engine.beyondAnySize':
    'eine Zahl in dieser Antwort ist etwa 10^({log}): jenseits jeder Größe, die diese Engine darstellen kann',
  'err.engine.grewTooLarge': 'die Zahlen wurden zu groß, um damit zu rechnen',
  'err.outOfRange.aNumber': 'eine Zahl in dieser Antwort',
  'err.outOfRange.entryOf': 'Eintrag ({row},{col}) von {quantity}',
  'err.outOfRange.about':
    '{what} wäre etwa {size}, zu {direction, select, over {groß} other {klein}} für Gleitkommazahlen ({range})',
  'err.outOfRange.leaves': '{what} würde den Bereich der Gleitkommazahlen verlassen ({range})',
  'err.floatRange': 'Beträge ungleich null von etwa 4.9×10⁻³²⁴ bis 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} ließ sich nicht als Bild decodieren ({why})',
  'err.image.notImage': '{file} ist kein PNG- oder JPEG-Bild',
  'err.hint.image':
    'Häng das Bild selbst an, als PNG oder JPEG exportiert (ein Screenshot geht), höchstens 1024×1024 Pixel.',
  'err.hint.bareNumber': 'Beispiel: [[2,3],[4,1]] (eine 1×1-Matrix ist [5])',
  'err.hint.builders': 'Konstruktoren: {builders}.',
  'err.hint.builder':
    'Beispiel: {name, select, kms {kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 entlang einer Zeile)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), exakte Potenzen von e)} hann {hann(5) (die Zeile 0, 1/2, 1, 1/2, 0)} causal {causal(4) (Einsen auf und unter der Diagonale)} other {toeplitz(1, 1/2, 1/4) (symmetrisch, erste Spalte 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Beispiel: [[1,2],[3,4]] oder [1 2; 3 4]',
  'err.hint.entryWords':
    'Einträge dürfen Zahlen, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natürlich; auch ln) und abs enthalten. Beispiel: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log':
    'log (natürlicher Logarithmus, auch ln) braucht eine positive Zahl. Beispiel: [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan ist außerhalb von π/2 + kπ definiert. Beispiel: [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt braucht eine Zahl ≥ 0. Beispiel: [[sqrt(2), sqrt(1/4)]]',


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
