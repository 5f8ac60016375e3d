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
  'psd.title': 'Positiv semidefinit?',
  'psd.summary': '{label} ist **{verdict}**.',
  'psd.summaryPd': '{label} ist **{verdict}** (Rang {rank}).',
  'psd.summaryNotPsd': '{label} ist **nicht positiv semidefinit**.',
  'psd.notSquare':
    '{label} ist {shape}, nicht quadratisch: Positive Semidefinitheit ist für quadratische symmetrische Matrizen definiert.',
  'psd.notSymmetric':
    '{label} ist nicht symmetrisch, daher ist „positiv semidefinit“ nicht anwendbar (der Begriff ist für symmetrische Matrizen definiert).',
  'psd.symmetricPart': 'Der symmetrische Anteil',
  'psd.symmetricPartWhy':
    'Für xᵀ{label}x zählt nur der symmetrische Anteil S = ({label}+{label}ᵀ)/2, denn xᵀ{label}x = xᵀSx für jedes x.',
  'psd.symmetricVerdict': 'S ist **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S ist **nicht positiv semidefinit**.',
  'psd.undecided':
    'Ob {label} positiv semidefinit ist, bleibt **unentschieden**: Eine Größe ist bis auf {digits} Stellen gleich 0 und ist vielleicht genau 0.',
  'psd.undecidedSymmetry':
    'Ob {label} positiv semidefinit ist, bleibt **unentschieden**: Zwei Einträge, die übereinstimmen sollten, stimmen auf {digits} Stellen überein und sind vielleicht genau gleich.',
  'psd.undecidedWords':
    '{what} ist bis auf {digits} Stellen gleich 0; der Wert ist vielleicht genau 0. Ist er positiv, geht die Zerlegung weiter; ist er 0, so ist {label} singulär (positiv semidefinit vom Rang {rank}, falls der Rest der Zerlegung ebenfalls 0 ist); ist er negativ, so ist {label} nicht positiv semidefinit.',
  'psd.undecidedWordsSymmetry':
    '{what} von {label} stimmen auf {digits} Stellen überein; vielleicht sind sie genau gleich. Wenn ja, ist {label} symmetrisch, und der Befund lässt sich erneut abfragen, wenn beide gleich geschrieben werden; wenn nicht, ist {label} nicht symmetrisch.',
  'psd.what.pivot': 'Pivotelement {k} der LDLᵀ-Zerlegung',
  'psd.what.schurComplement': 'ein Nebendiagonaleintrag des Schur-Komplements nach {k} Pivotschritten',
  'psd.what.detPivot': 'ein Pivotelement der Determinante',
  'psd.what.rank': 'der Rang',
  'psd.what.sign': 'ein Vorzeichen',
  'psd.what.entries': 'die Einträge ({i},{j}) und ({j},{i})',
  'psd.what.balanced': 'der kleinste Eigenwert der skalierten Matrix',
  'psd.what.quantity': 'eine Größe',
  'psd.eigenNotShown': 'nicht angezeigt (ein Eintrag oder ein Eigenwert liegt außerhalb des Gleitkommabereichs)',
  'psd.eigenDiagonal': 'Eigenwerte (die Diagonaleinträge von {label}): {list}.',
  'psd.eigenCertified':
    'Eigenwerte (zertifizierte Einschließungen, als Indiz; die angezeigten Stellen sind bewiesen): {list}.',
  'psd.eigenCertifiedZeros':
    'Eigenwerte (zertifizierte Einschließungen, als Indiz; die angezeigten Stellen sind bewiesen) ({zeros, plural, one {einer ist} other {# sind}} genau 0: Der Rang ist {rank}): {list}.',
  'psd.eigenFloat': 'Eigenwerte (Gleitkomma, als Indiz): {list}.',
  'psd.eigenBalanced': 'Eigenwerte der skalierten Matrix D⁻¹ᐟ²{label}D⁻¹ᐟ², die entscheiden: {list}.',
  'psd.noneNegative': 'Keiner ist negativ.',
  'psd.latexPsd': '(positiv semidefinit)',
  'psd.latexNotSymmetric': '(nicht symmetrisch: Semidefinitheit ist für symmetrische Matrizen definiert)',
  'psd.latexNotSquare': '{label} ist nicht quadratisch: Semidefinitheit ist für quadratische Matrizen definiert',
  'psd.latexNotDecided': '{label}: nicht entschieden',
  'psdFig.heading': 'Ist {label} positiv semidefinit?',
  'psdFig.eigenDiagonal': 'Eigenwerte (die Diagonaleinträge)',
  'psdFig.eigenEvidence': 'Eigenwerte (Indiz, nicht das Kriterium)',
  'psdFig.itsEigenvalues': 'seine Eigenwerte',
  'psdFig.band': 'schattiertes Band: zu nah an 0, um es in Gleitkomma zu unterscheiden',
  'psdFig.counts': '{n} Eigenwerte, aufsteigend: {negative} negativ, {zeros} null, {positive} positiv',
  'psdFig.countsAbout': '{n} Eigenwerte, aufsteigend: {negative} negativ, {zeros} etwa null, {positive} positiv',
  'psdFig.pd': 'Alle Eigenwerte sind positiv: xᵀMx > 0 für jedes x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Rang {rank} von {n}: {zeros, plural, one {# Eigenwert ist} other {# Eigenwerte sind}} null, keiner negativ.',
  'psdFig.notSquare':
    'Eine {shape}-Matrix ist nicht quadratisch: Semidefinitheit ist für quadratische Matrizen definiert.',
  'psdFig.notSymmetric':
    '{label} ≠ {label}ᵀ (umrandete Paare): Semidefinitheit ist für symmetrische Matrizen definiert.',
  'psdFig.witness': 'Zeuge: ein Vektor x mit xᵀMx < 0',
  'psdFig.minor': 'Zertifikat: ein negativer 2×2-Hauptminor',
  'psdFig.ldlt': 'Zertifikat: {lhs} = L·D·Lᵀ mit',
  'psdFig.entries': '{n, plural, one {# Eintrag} other {# Einträge}}',
  'psdFig.symmetricPart': 'Symmetrischer Anteil ({label}+{label}ᵀ)/2:',
  'psdFig.balancedTolerance': 'Toleranz nach Skalierung {tolerance}',
  'psdFig.bySigns': 'durch Vorzeichen entschieden',
  'psdFig.aMatrix': 'eine {shape}-Matrix',
  'psdFig.altHead': 'Ist {label} ({shape}) positiv semidefinit? Befund: {verdict}.',
  'psdFig.altEigen': 'Eigenwerte, aufsteigend: {list}.',
  'psdFig.altWitness': 'Der Zeuge x = ({x}) ergibt xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'einen negativen Wert',
  'psdFig.altMinor': 'Der 2×2-Hauptminor zu den Zeilen {i} und {j} ist negativ.',
  'psdFig.altSymmetric': 'Sein symmetrischer Anteil ist {verdict}.',
  'psdFig.altUndecided':
    'Unentschieden: {what} ist bis auf {digits} Stellen gleich 0; der Wert ist vielleicht genau 0.',
  'psdFig.altUndecidedSymmetry':
    'Unentschieden: {what} stimmen auf {digits} Stellen überein; vielleicht sind sie genau gleich.',
  'psd.filesNote': 'Aus Dateien: {list}.',
  'psd.fileIs': '{label} ist {file} ({shape})',


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'opp.title': 'Oppenheim-Ungleichung',
  'opp.bounds': 'Die Schranken',
  'opp.hadamard': 'Hadamard-Ungleichung',
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} Schranke: {verdict}',
  'opp.holds': 'gilt',
  'opp.holdsEquality': 'gilt mit Gleichheit',
  'opp.fails': 'verletzt',
  'opp.undecided': 'unentschieden: Die Differenz ist bis auf {digits} Stellen oder bis auf den Rundungsfehler 0',
  'opp.appliesHold':
    '{a} und {b} sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beide Richtungen, und beide Schranken sind erfüllt.',
  'opp.appliesUndecided':
    '{a} und {b} sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beide Richtungen; der Satz garantiert beide Schranken, und was die Einschließungen nicht von Gleichheit trennen konnten, steht oben.',
  'opp.appliesBug':
    '{a} und {b} sind positiv semidefinit, also gilt die Oppenheim-Ungleichung in beide Richtungen – und doch ist eine Schranke verletzt: Bitte als Fehler melden.',
  'opp.needsOne':
    'Die Oppenheim-Ungleichung setzt {a} ⪰ 0 und {b} ⪰ 0 voraus, aber {failing}: Die Schranken werden gezeigt, aber nichts ist garantiert.',
  'opp.needsBoth':
    'Die Oppenheim-Ungleichung setzt {a} ⪰ 0 und {b} ⪰ 0 voraus, aber {failingA} und {failingB}: Die Schranken werden gezeigt, aber nichts ist garantiert.',
  'opp.isVerdict': '{name} ist {verdict}',
  'opp.isNotPsd': '{name} ist nicht positiv semidefinit',
  'opp.equalityExact': 'Hier gilt Gleichheit, exakt entschieden.',
  'opp.equalityStructure': 'Hier gilt Gleichheit, entschieden aus der Struktur (ein diagonaler Faktor).',
  'opp.equalityCases':
    'Typische Gleichheitsfälle: ein diagonaler Faktor (dann ist {ab} diagonal mit den Einträgen aᵢᵢbᵢᵢ und det({ab}) = {bound}), die Einsmatrix J ({a}∘J = {a}) und ein singuläres Produkt, dessen Schranke ebenfalls 0 ist.',
  'opp.correlationB':
    '{b} hat lauter Einsen auf der Diagonale (eine Korrelationsmatrix), also lautet die Schranke det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} hat lauter Einsen auf der Diagonale (eine Korrelationsmatrix), also det({ab}) ≥ det({b}).',
  'opp.hadamardLine': 'Hadamard-Ungleichung für {label}: det({label}) = {det} {rel} {prod} = {diag} ({status}).',
  'opp.hadamardHolds': 'gilt',
  'opp.hadamardHoldsEquality': 'gilt, mit Gleichheit',
  'opp.hadamardFails': 'VERLETZT',
  'opp.hadamardUndecided':
    'Hadamard-Ungleichung für {label}: det({label}) = {det} und {prod} = {diag} (unentschieden: gleich bis auf {digits} Stellen oder bis auf den Rundungsfehler; der Satz sagt ≤).',
  'opp.floatNote':
    'Determinanten werden mit einer getrennten Zweierpotenz berechnet, sodass keine Größe überläuft, und ein Vergleich gilt erst jenseits ihres Rundungsfehlers als entschieden, des {factor}·n·ε-Fachen der Hadamard-Schranke ∏‖Zeileᵢ‖₂.',
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} und {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} und {relB} {boundB} = {valueB} (Gleichheit).',
  'opp.summaryNotApplicable':
    'Die Oppenheim-Ungleichung ist nicht anwendbar ({a} und {b} müssen beide positiv semidefinit sein); {det} = {value}, Schranken {valueA} und {valueB}.',
  'opp.latexNotApplicable':
    'Die Oppenheim-Ungleichung setzt voraus, dass {a} und {b} positiv semidefinit sind; hier ist sie nicht anwendbar.',
  'opp.notSquare':
    'oppenheim braucht quadratische Matrizen, aber {label} (die {which, select, first {erste} other {zweite}} Matrix) ist {shape}',
  'opp.notSquareHint': 'Hier werden quadratische Matrizen (n×n) gebraucht. Beispiel: /hadamard psd [[2,1],[1,2]]',
  'opp.shapeMismatch':
    '{a} (die erste Matrix) ist {shapeA}, aber {b} (die zweite) ist {shapeB}; das elementweise Produkt braucht gleiche Formate',
  'opp.shapeMismatchHint':
    'Das elementweise Produkt braucht Matrizen gleichen Formats (kein Broadcasting). Beispiel: [[1,2]] [[3,4]] (beide 1×2).',
  'oppFig.title': 'Oppenheim-Ungleichung',
  'oppFig.subtitle': '{shape}-Matrizen {a}, {b}; {arithmetic}',
  'oppFig.applies': '{a} und {b} sind positiv semidefinit: Der Satz ist anwendbar',
  'oppFig.notApplies': 'Der Satz ist nicht anwendbar: {list}',
  'oppFig.isVerdict': '{name} ist {verdict}',
  'oppFig.isNotPsd': '{name} ist nicht positiv semidefinit',
  'oppFig.holds': 'gilt',
  'oppFig.holdsEquality': 'gilt mit Gleichheit',
  'oppFig.holdsEqualityUndecided': 'gilt; Gleichheit unentschieden',
  'oppFig.undecided': 'unentschieden',
  'oppFig.fails': 'verletzt',
  'oppFig.correlation':
    '{unit} hat lauter Einsen auf der Diagonale (eine Korrelationsmatrix): det({ab}) ≥ det({other}).',
  'oppFig.hadamard': 'Hadamard-Ungleichung det({label}) ≤ {prod}:',
  'oppFig.equality': 'Gleichheit',
  'oppFig.equalityUndecided': '(Gleichheit unentschieden)',
  'oppFig.alt1': 'Oppenheim-Ungleichung für die {shape}-Matrizen {a} und {b}.',
  'oppFig.altApplies': 'Beide sind positiv semidefinit, also ist der Satz anwendbar.',
  'oppFig.altNotApplies': 'Der Satz ist nicht anwendbar: {failingA}, {failingB}.',
  'oppFig.altLine': 'Auf einem Zahlenstrahl: {labels}.',
  'oppFig.altInequalities': '{ineqA}: {wordA}; {ineqB}: {wordB}.',
  'oppFig.altHolds': 'gilt',
  'oppFig.altHoldsEquality': 'gilt mit Gleichheit',
  'oppFig.altHoldsEqualityUndecided': 'gilt, Gleichheit unentschieden',
  'oppFig.altUndecided': 'unentschieden',
  'oppFig.altFails': 'verletzt',


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
