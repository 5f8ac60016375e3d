/** Spanish (neutral academic Spanish): the catalogue of en.ts, key for key, placeholder for placeholder. */
import type { Catalogue } from './index.js';

export const es: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'ayuda de hadamard-bot',
  'help.summary':
    'Calcula y aprende el producto de Hadamard (elemento a elemento): /hadamard A B, o primero un comando.',
  'help.verbs': 'Comandos',
  'help.try': 'Pruébalo',
  'help.examples': 'Ejemplos',
  'help.how': 'Cómo funciona',
  'help.verbTitle': 'ayuda de {verb}',
  'help.noHelp': 'no hay ayuda para {word}',
  'help.noHelpVerbs': 'no hay ayuda para {word}; los comandos son {verbs}',
  'help.matrixSyntax':
    'Matrices: `[[2,3],[4,1]]` o `[2 3; 4 1]`; una lista plana `[1,2,3]` es una fila. Entradas: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, y las funciones `sin cos tan exp log abs` (`cos(pi/3)` es exactamente 1/2, `log` es el logaritmo natural). Constructores: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (una ventana, como fila), `causal(4)` (unos en la diagonal y debajo de ella), `toeplitz(1, 1/2, 1/4)` (simétrica). Etiquetas opcionales `A=…` y operadores `∘ .* * o` entre matrices. Hasta 6 matrices, de 12×12 como máximo cada una. Los enteros, los decimales y las fracciones son exactos.',
  'verb.product.description': 'Producto elemento a elemento (de Hadamard) de 2 a 6 matrices del mismo tamaño',
  'verb.schur.description': 'Teorema del producto de Schur: ¿son A, B y A∘B semidefinidas positivas? Contraste con AB',
  'verb.psd.description': '¿Es esta matriz semidefinida positiva? Veredicto exacto con certificado',
  'verb.oppenheim.description': 'Desigualdad de Oppenheim det(A∘B) ≥ det(A)·∏bᵢᵢ en ambos sentidos, y la de Hadamard',
  'verb.props.description': 'Comprueba conmutatividad, asociatividad, distributividad, neutro J y transpuesta',
  'verb.relate.description': 'Relaciones con el producto usual: caso diagonal, diag(a)b, identidad de la traza, A⊗B',
  'verb.apply.description':
    'Las aplicaciones, en vivo: window, mask, gate, taper, image (ejemplo incluido o tus datos)',
  'verb.explain.description': 'La teoría, para estudiantes de segundo año: definition, schur, oppenheim, applications…',
  'verb.help.description': 'Cómo usar el bot, con ejemplos que funcionan al pegarlos',
  'verb.quiz.description':
    'Pregunta de opción múltiple para el canal: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description': 'Responde un quiz con su id y tu opción (los botones bajo el quiz hacen lo mismo)',
  'verb.reveal.description': 'Cierra un quiz ya: la respuesta correcta, quién acertó y la solución detallada',
  'verb.scores.description':
    'Clasificación del canal, esta semana o histórica: puntos, aciertos y rachas; pin la deja publicada',
  'verb.settings.description':
    'Ver o cambiar ajustes del canal: private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Borra tus respuestas y puntos de los quizzes dondequiera que el bot los guarde',
  'verb.schedule.description':
    'Ejecuta un comando en este canal automáticamente: daily, weekdays o weekly, a una hora local',
  'verb.me.description': 'Tu progreso, en privado: puntos, aciertos por tema, tus errores conceptuales, qué practicar',
  'verb.practice.description':
    'Pregunta privada solo para ti, de tu tema más débil salvo que elijas uno; fuera de la clasificación',
  'verb.class.description':
    'Para gestores del canal: participación, aciertos y errores conceptuales de la semana; exportar a CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'El producto de Hadamard en seis ideas',
  'explain.overview.summary':
    'Una línea por idea: qué es el producto, su álgebra, dos teoremas, sus relaciones y sus usos.',
  'explain.overview.more': "Cada tema en profundidad: `/hadamard explain '<'topic'>'` con {topics}.",
  'explain.more': "Más: `/hadamard explain '<'topic'>'` con {topics}.",
  'explain.unknown': '{word} no es un tema; los temas son {topics}',
  'explain.definition.title': 'El producto de Hadamard',
  'explain.definition.summary':
    'El producto de Hadamard multiplica dos matrices del mismo tamaño entrada por entrada: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Toma dos matrices A y B del mismo tamaño m×n. Su producto de Hadamard (o de Schur, o elemento a elemento) A∘B es la matriz m×n cuya entrada en la fila i, columna j es aᵢⱼ·bᵢⱼ. No se suma nada y ninguna fila se cruza con una columna: cada posición va por su cuenta.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nCompáralo con el producto usual AB, donde la entrada (i,j) es una suma a lo largo de toda una fila de A y toda una columna de B. El producto de Hadamard requiere tamaños iguales (no hay broadcasting: una matriz 1×2 y una 2×1 no se pueden multiplicar elemento a elemento). Pruébalo: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Propiedades algebraicas',
  'explain.properties.summary':
    'La multiplicación elemento a elemento hereda las reglas de la multiplicación de números, posición por posición.',
  'explain.properties.body':
    '- Conmutatividad: A∘B = B∘A\n- Asociatividad: (A∘B)∘C = A∘(B∘C)\n- Distributividad: A∘(B+C) = A∘B + A∘C\n- Elemento neutro: la matriz de unos J, no la matriz identidad I: A∘J = A (mientras que A∘I conserva solo la diagonal de A)\n- Transpuesta: (A∘B)ᵀ = Aᵀ∘Bᵀ\nCada una se cumple porque se cumple para los números reales en cada posición. Compruébalas con tus propias matrices: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'El teorema del producto de Schur',
  'explain.schur.summary':
    'Si A y B son semidefinidas positivas, también lo es A∘B; si ambas son definidas positivas, también lo es A∘B.',
  'explain.schur.body':
    'Una matriz simétrica M es semidefinida positiva (M ⪰ 0) cuando xᵀMx ≥ 0 para todo vector x, y definida positiva cuando xᵀMx > 0 para todo x ≠ 0. Las matrices de covarianza son el ejemplo cotidiano.\n**Teorema (Schur).** Si A y B son matrices n×n semidefinidas positivas, A∘B es semidefinida positiva; si A y B son definidas positivas, A∘B es definida positiva.\n**Por qué (esbozo).** Escribe B mediante sus vectores propios: B = Σₖ λₖ vₖvₖᵀ con todo λₖ ≥ 0. Entonces bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ y, para todo x,\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\nporque cada λₖ ≥ 0 y cada (x∘vₖ)ᵀA(x∘vₖ) ≥ 0, ya que A ⪰ 0.\nEl producto usual **no** se comporta así: para A y B semidefinidas positivas, AB ni siquiera tiene por qué ser simétrica, y mucho menos semidefinida positiva. Y si la hipótesis falla (A o B no es semidefinida positiva), el teorema no dice nada: A∘B puede ser semidefinida positiva o no serlo. Mira ambos casos con `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'La desigualdad de Oppenheim',
  'explain.oppenheim.summary': 'Para A y B semidefinidas positivas: det(A∘B) ≥ det(A)·∏bᵢᵢ, y también ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Desigualdad de Oppenheim.** Para A y B matrices n×n semidefinidas positivas, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Intercambiando los papeles de A y B se obtiene también det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Matrices de correlación.** Si B tiene diagonal unitaria (una matriz de correlación), el producto de su diagonal es 1 y la cota queda det(A∘B) ≥ det(A): atenuar elemento a elemento con una matriz de correlación nunca reduce el determinante.\n**La desigualdad de Hadamard** det(A) ≤ a₁₁a₂₂⋯aₙₙ para A semidefinida positiva es el caso particular A∘I: la identidad I es semidefinida positiva con det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), y Oppenheim da ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Igualdad.** Si A es diagonal, A∘B es diagonal con entradas aᵢᵢbᵢᵢ, así que det(A∘B) = det(A)·∏bᵢᵢ exactamente. Si B = J (todo unos, una matriz de correlación singular), A∘J = A y de nuevo det(A∘B) = det(A)·1. El bot decide la igualdad de forma exacta cuando los datos son enteros, decimales o fracciones.\nPruébalo: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` y `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Relaciones con el producto usual',
  'explain.relations.summary':
    'Las matrices diagonales, diag(a)·b, la identidad de la traza y el producto de Kronecker conectan ∘ con los productos usuales.',
  'explain.relations.body':
    '- **Matrices diagonales:** si A y B son ambas diagonales, A∘B = AB. Es uno de los pocos casos en que los dos productos coinciden.\n- **Vectores:** a∘b = diag(a)·b: multiplicar elemento a elemento por a es lo mismo que multiplicar por la matriz diagonal que tiene a en su diagonal.\n- **Identidad de la traza:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, el producto interno de Frobenius: suma todas las entradas de A∘B.\n- **Producto de Kronecker:** A∘B es una submatriz de A⊗B: para matrices m×n, toma las filas 1, m+2, 2m+3, … y las columnas 1, n+2, 2n+3, … (las posiciones (i−1)·m+i y (j−1)·n+j).\nMira las cuatro con tus números: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Dónde se usa el producto de Hadamard',
  'explain.applications.summary':
    'Siempre que cada posición deba tratarse por separado: estadística, aprendizaje automático, señales e imágenes.',
  'explain.applications.body':
    '- **Atenuación de covarianzas o tapering (estadística):** se multiplica una matriz de covarianza elemento a elemento por una matriz de correlación de soporte compacto para anular los pares muy alejados. Por el teorema del producto de Schur, la matriz atenuada sigue siendo semidefinida positiva, así que sigue siendo una covarianza válida; del mismo modo, la correlación espacial ∘ temporal construye covarianzas espacio-temporales.\n- **Compuertas y máscaras de atención (aprendizaje automático):** una compuerta g ∈ [0,1]ⁿ de una LSTM o GRU escala un estado elemento a elemento, g∘c; una máscara de atención multiplica (o suma −∞ a) las puntuaciones elemento a elemento para ocultar posiciones.\n- **Funciones ventana (procesamiento de señales):** antes de una transformada de Fourier, la señal se multiplica muestra a muestra por una ventana (Hann, Hamming) para reducir la fuga espectral; el enmascaramiento espectral multiplica un espectrograma elemento a elemento.\n- **Filtrado píxel a píxel (imágenes):** una máscara o una imagen de ganancia por píxel multiplica una imagen elemento a elemento: corrección de viñeteo, máscaras alfa, ediciones selectivas.\nPrueba una máscara pequeña: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, o mira cada una en vivo con una figura: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Producto de Hadamard',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exacto',
  'product.kindCertified': 'certificado',
  'product.kindNumerical': 'numérico',
  'product.entryByEntry':
    'Entrada por entrada: {worked}.\nCada entrada se multiplica por la entrada de la misma posición, y nada más.',
  'product.asDecimals': 'En decimales (cada dígito mostrado está demostrado): {matrix}',
  'product.noteRational': 'Aritmética racional exacta.',
  'product.noteExact':
    'Aritmética exacta: las raíces cuadradas y las potencias de π o de e se mantienen exactas, tal como se escriben.',
  'product.noteCertified':
    'Aritmética certificada: los valores que solo se conocen mediante intervalos (exp, log, funciones trigonométricas de otros argumentos, π junto con e) se muestran con los dígitos que sus intervalos demuestran.',
  'product.noteCertifiedSwitched':
    'Aritmética certificada: los números demasiado largos para mantenerlos exactos se muestran con los dígitos que sus intervalos demuestran.',
  'product.noteFloat':
    'Respuesta numérica (punto flotante): los números son valores en doble precisión leídos de un archivo, por encima del límite para la aritmética exacta.',
  'product.noteFloatSwitched':
    'Respuesta numérica (punto flotante): los números eran demasiado largos para mantenerlos exactos (más de 2000 dígitos en una entrada o 4000 en una matriz), así que el motor pasó a punto flotante.',
  'productFig.title': 'Producto de Hadamard {name}',
  'productFig.subtitle': '{count} matrices de tamaño {shape}',
  'productFig.worked': 'Entrada ({i}, {j}) calculada paso a paso',
  'productFig.rule': 'Multiplica las entradas de la misma posición: {rule}',
  'productFig.heatNote': 'Demasiados dígitos para una sola figura: algunas matrices se muestran como mapas de color. ',
  'productFig.exactShortened':
    'Aritmética exacta. Aquí los números largos se abrevian (≈); la respuesta en texto los muestra completos.',
  'productFig.exact': 'Aritmética exacta.',
  'productFig.certified': 'Intervalos certificados: cada dígito mostrado está demostrado.',
  'productFig.float': 'Datos en punto flotante: números redondeados para mostrarlos.',
  'productFig.altShapeHeat':
    'Producto de Hadamard de {count} matrices {shape}, {name}, dibujadas como mapas de color (morado negativo, naranja positivo).',
  'productFig.altShapeGrid':
    'Producto de Hadamard de {count} matrices {shape}, {name}, dibujadas como cuadrículas de números.',
  'productFig.altWorked': 'Entrada ({i}, {j}) calculada paso a paso: {factors} = {value}.',
  'productFig.altRule': 'Cada entrada del producto es el producto de las entradas de la misma posición.',
  'productFig.altColours':
    'Cada entrada del producto es el producto de las entradas de la misma posición; las posiciones correspondientes comparten color y la entrada calculada aparece recuadrada.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'definida positiva',
  'verdict.psd': 'semidefinida positiva (singular, rango {rank})',
  'verdict.psdRank': 'semidefinida positiva, rango {rank}',
  'verdict.psdSingular': 'semidefinida positiva (singular)',
  'verdict.not_psd': 'no semidefinida positiva',
  'verdict.not_symmetric': 'no simétrica',
  'verdict.not_square': 'no cuadrada',
  'verdict.undecided': 'indeterminada',
  'verdict.undecidedLong': 'indeterminada: una cantidad es igual a 0 hasta el límite de precisión',
  'verdict.none': 'no calculada',
  'verdict.notDecided': 'no decidida',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Indeterminado: {words}',
  'cert.witness': 'Testigo: x = {x} da xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificado: el menor principal 2×2 en las filas {i} y {j} es negativo: {product} < {square} (un vector testigo no cabría en punto flotante).',
  'cert.diagonalPd':
    'Certificado: {label} es diagonal, así que sus valores propios son sus entradas diagonales: todos positivos.',
  'cert.diagonalPsd':
    'Certificado: {label} es diagonal, así que sus valores propios son sus entradas diagonales: todos ≥ 0, {rank} de ellos positivos.',
  'cert.ldlt':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ con pivoteo simétrico) con D = diag({pivots}), todos los pivotes ≥ 0.',
  'cert.ldltPsd':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ con pivoteo simétrico) con D = diag({pivots}), todos los pivotes ≥ 0, {rank} de ellos positivos.',
  'cert.cholesky':
    'Certificado: tras equilibrar con potencias de dos, B = S{label}S (con el mismo veredicto que {label}) menos {tolerance}·I tiene una factorización de Cholesky en doble precisión, y las cotas de redondeo de esa factorización son menores que {tolerance}: todos los valores propios de B son positivos{shown}.',
  'cert.choleskyLowest': ' (su valor propio más pequeño es aproximadamente {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'en [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Aritmética racional exacta: cada veredicto de arriba se decide de forma exacta.',
  'note.exact':
    'Aritmética exacta: las entradas son racionales, raíces cuadradas y polinomios en π o en e, donde el 0 se decide de forma exacta y cada signo mediante intervalos que se refinan hasta tener certeza.',
  'note.certified':
    'Aritmética certificada: {why}, así que cada signo de arriba se demuestra con intervalos refinados hasta 1000 dígitos; nada se pierde por redondeo, y lo que queda a menos de 10⁻¹⁰⁰⁰ de 0 se declara indeterminado.',
  'note.certifiedSwitched':
    'algunos números son demasiado largos para mantenerlos exactos (más de 2000 dígitos en una entrada o 4000 en una matriz)',
  'note.certifiedWhy':
    'algunas entradas solo se conocen mediante intervalos (exp, log o funciones trigonométricas de otros argumentos, π junto con e)',
  'note.float':
    'Punto flotante con demostraciones: {why}, así que los veredictos se deciden en doble precisión con cotas rigurosas para cada redondeo (una factorización de Cholesky desplazada demuestra que la matriz es definida positiva, y se garantiza que el xᵀMx de un testigo es negativo); lo que esas cotas no pueden separar de 0 se declara indeterminado.',
  'note.floatSwitched':
    'los números eran demasiado largos para mantenerlos exactos (más de 2000 dígitos en una entrada o 4000 en una matriz)',
  'note.floatWhy':
    'las matrices son números en doble precisión leídos de un archivo, por encima del límite para la aritmética exacta',
  'note.decimalPoint':
    'Las matrices se escriben igual en todos los idiomas, también en español: el punto `.` es el separador decimal y la coma `,` separa las entradas (`[[1.5, 2]]`).',
  'words.exact': 'aritmética exacta',
  'words.certified': 'intervalos certificados',
  'words.float': 'punto flotante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Teorema del producto de Schur',
  'schur.verdicts': 'Veredictos',
  'schur.theorem': 'El teorema',
  'schur.proof': 'Esbozo de la demostración, comprobado',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (así que no puede ser semidefinida positiva: el producto usual de matrices simétricas no tiene por qué ser simétrico)',
  'schur.lineSymmetricPart':
    ' (ser semidefinida positiva es una propiedad de las matrices simétricas; su parte simétrica es {verdict})',
  'schur.lineNotComputed':
    '- {name}: no calculada: {where} sería del orden de {size}, fuera del rango del punto flotante',
  'schur.anEntry': 'una entrada',
  'schur.smallest': ', valor propio más pequeño {value}',
  'schur.summaryStrong':
    '{a} y {b} son definidas positivas, así que {ab} es definida positiva (Schur) — y en efecto lo es.',
  'schur.summaryPsd':
    '{a} y {b} son semidefinidas positivas, así que {ab} es semidefinida positiva (Schur) — y en efecto lo es: {verdict}.',
  'schur.theoremOk':
    'La hipótesis se cumple, así que el teorema del producto de Schur garantiza {ab} {rel} 0, y la comprobación lo confirma.',
  'schur.theoremUndecided':
    'La hipótesis se cumple, así que el teorema del producto de Schur garantiza {ab} {rel} 0; la comprobación directa queda indeterminada (una cantidad igual a 0 hasta {digits} dígitos), cosa que el teorema resuelve.',
  'schur.theoremBug':
    'La hipótesis se cumple, pero la comprobación no coincide: por favor, informa de esto como un error.',
  'schur.summaryOpen':
    'No está decidido si {a} y {b} son ambas semidefinidas positivas (una cantidad es igual a 0 hasta el límite de precisión), así que el teorema del producto de Schur ni se aplica ni se descarta; {ab} es {verdict}.',
  'schur.theoremOpen': 'La hipótesis ({a} ⪰ 0 y {b} ⪰ 0) queda indeterminada aquí: consulta los veredictos de arriba.',
  'schur.failing': '{name} es {verdict}',
  'schur.summaryFails': 'El teorema del producto de Schur no se aplica ({failing}); de todos modos, {ab} es {verdict}.',
  'schur.whyNotSymmetric':
    ' Ser semidefinida positiva es una propiedad de las matrices simétricas, así que una matriz de entrada no simétrica no puede cumplirla.',
  'schur.theoremFails':
    'La hipótesis ({a} ⪰ 0 y {b} ⪰ 0) no se cumple, así que aquí el teorema no promete nada.{why} Sin la hipótesis, {ab} puede ser semidefinida positiva o no serlo; aquí es {verdict}.',
  'schur.contrastRange':
    'El producto usual {ord} queda aquí fuera del rango del punto flotante, así que no se compara; el producto de Hadamard conserva la magnitud de cada entrada, mientras que el usual suma n de ellas.',
  'schur.contrastLuck':
    'El producto usual {ord} resulta ser {verdict} aquí, pero es casualidad: para A y B semidefinidas positivas, AB ni siquiera tiene por qué ser simétrica.',
  'schur.contrastNot':
    'El producto usual {ord} es {verdict}: el producto usual no conserva la propiedad de ser semidefinida positiva; el de Hadamard sí.',
  'schur.proofBody':
    'Con {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Para x = ({x}): lado izquierdo {lhs}, lado derecho {rhs} — {agree} (punto flotante). Cuando todo λₖ ≥ 0 y {a} ⪰ 0, cada término es ≥ 0.',
  'schur.agree': 'coinciden',
  'schur.disagree': 'NO coinciden',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 y {b} ≻ 0 ⇒ {ab} ≻ 0 (forma fuerte: definida positiva)',
  'schurFig.statement': '{a} ⪰ 0 y {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': '¿Es {m} {rel} 0?',
  'schurFig.then': '¿Entonces {m} {rel} 0?',
  'schurFig.and': 'y',
  'schurFig.applies': 'el teorema se aplica',
  'schurFig.notApplies': 'el teorema no se aplica',
  'schurFig.claimStrong': '{a} y {b} son definidas positivas, así que {ab} es definida positiva',
  'schurFig.claim': '{a} y {b} son semidefinidas positivas, así que {ab} es semidefinida positiva',
  'schurFig.indeed': '; en efecto, {fact}',
  'schurFig.isVerdict': '{name} es {verdict}',
  'schurFig.both': '{first} y {second}',
  'schurFig.fails': '✗ La hipótesis no se cumple: {who}.',
  'schurFig.saysNothing': 'El teorema no dice nada sobre {ab} aquí; resulta ser {verdict}.',
  'schurFig.luck': 'Aquí {ord} resulta ser también semidefinida positiva.',
  'schurFig.needNot':
    'El producto de matrices semidefinidas positivas no tiene por qué ser semidefinido positivo, ni siquiera simétrico.',
  'schurFig.contrast': 'Contraste: el producto usual {ord}',
  'schurFig.about': 'El teorema de Schur trata del producto elemento a elemento {ab}, no de {ord}.',
  'schurFig.identity': 'Identidad de la demostración xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), comprobada para un x: {check}',
  'schurFig.exact': 'Aritmética exacta; los valores propios son intervalos certificados, a modo de evidencia.',
  'schurFig.provedBy': 'Veredictos demostrados: {list}.',
  'schurFig.withEnclosures': '{m} con intervalos certificados',
  'schurFig.exactly': '{m} de forma exacta',
  'schurFig.float': 'Punto flotante con cotas de redondeo.',
  'schurFig.floatTolerance': 'Punto flotante con cotas de redondeo, tolerancia {tolerance}.',
  'schurFig.smallest': ' (valor propio más pequeño {value})',
  'schurFig.alt1': 'Figura del teorema del producto de Schur, matrices {shape}: {statement}.',
  'schurFig.altHolds': 'La hipótesis se cumple, así que el teorema se aplica.',
  'schurFig.altFails': 'La hipótesis no se cumple, así que el teorema no se aplica.',
  'schurFig.altContrast': 'Como contraste, el producto usual {ord} es {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'apply.why': 'Por qué el producto de Hadamard',
  'apply.needsApp': 'apply necesita una aplicación: {apps}',
  'apply.needsAppHint': 'Ejemplo: /hadamard apply window, /hadamard {example}',
  'apply.notApp': '{word} no es una aplicación que pueda mostrar; son {apps}',
  'apply.notAppNear': '{word} no es una aplicación que pueda mostrar — ¿quisiste decir "{near}"?; son {apps}',
  'apply.example': 'Ejemplo: /hadamard {example}',
  'apply.exampleBare': 'Ejemplo: {example}',
  'apply.isNumber': '{word} es un número, no una matriz: pon las entradas entre corchetes',
  'apply.unknownWord': 'apply {app} no conoce {word}: admite {list}',
  'apply.oneChoice': 'apply {app} admite una sola opción ({list}); recibió {got}',
  'apply.oneOf': 'apply {app} admite {key} una sola vez ({list}); recibió {got}',
  'apply.list.window': 'una ventana: hann, hamming, blackman o tukey',
  'apply.list.mask': 'causal, padding:k (las últimas k claves son relleno), o ambas',
  'apply.list.gate': 'seed:N (N de 0 a 4294967295) para otros vectores incluidos',
  'apply.list.taper': 'ninguna palabra, solo las matrices A y B',
  'apply.list.image': 'una máscara: vignette, checkerboard o gradient (o una matriz de máscara)',
  'apply.atMost': 'apply {app} admite como máximo {max, plural, one {# matriz} other {# matrices}}; encontré {found}',
  'apply.atMostFiles':
    'apply {app} admite como máximo {max, plural, one {# matriz} other {# matrices}}; encontré {found} (contando los archivos adjuntos)',
  'apply.imageNoRoom': 'con dos matrices (una imagen y su máscara) no cabe además la máscara {word}',
  'apply.imageNoRoomHint':
    'Ejemplo: /hadamard apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]], o /hadamard apply image [[1,0.5],[0.5,1]] vignette',
  'apply.maxOperands': 'como máximo {max} matrices; se recibieron {got}',
  'apply.textTooLong': 'las matrices ocupan {length} caracteres; el límite es {max}',
  'apply.notVector': '{what} debe ser un vector (una fila o una columna), pero es de {shape}',
  'apply.notVectorHint': 'Dalo como fila: {example}',
  'apply.numericalFloat': 'Numérico (punto flotante)',
  'apply.window.title': 'Aplicaciones: una ventana {window}',
  'apply.window.summary': 'x∘w para {label}, {exact, select, yes {exacto} other {numérico}}. {drop}',
  'apply.window.theSignal': 'La señal',
  'apply.window.tooShort': 'una ventana necesita una señal de al menos 2 muestras',
  'apply.window.spectrumX': 'el espectro de x',
  'apply.window.spectrumXw': 'el espectro de x∘w',
  'apply.window.why':
    'Aplicar una ventana es x∘w: cada muestra se multiplica por el valor de la ventana en el mismo instante, un producto de Hadamard de dos vectores. La DFT trata las n muestras como un periodo de una señal periódica, así que un tono que no completa un número entero de periodos salta en la unión, y ese salto se fuga a todas las frecuencias. La ventana {window} atenúa ambos extremos hacia cero, lo que elimina el salto: la fuga espectral baja, a cambio de un pico principal más ancho.',
  'apply.window.drop':
    'Lejos del pico principal (a más de {away} bins), el nivel típico (mediana) del espectro es {before} antes y {after} después de la ventana.',
  'apply.window.noDrop':
    'La señal es demasiado corta para tener frecuencias lejos de su pico principal; los espectros muestran la forma de todos modos.',
  'apply.window.builtIn':
    'la señal incluida ({n} muestras: un tono de 8.5 ciclos, a medio camino entre dos bins de la DFT, y otro 40 dB más débil de 20.25 ciclos)',
  'apply.window.yours': 'tu señal ({n} muestras)',
  'apply.window.leakage': 'Fuga espectral',
  'apply.window.noteExact': 'x∘w es exacto (aritmética racional).',
  'apply.window.noteFloat': 'Numérico (punto flotante): la señal o la ventana tiene valores irracionales.',
  'apply.window.note':
    '{exactness} Los espectros son de punto flotante: |DFT| con fft.js, rellenada con ceros hasta {size} puntos, en dB por debajo del pico de cada espectro (dibujados hasta {floor} dB).',
  'apply.mask.title': 'Aplicaciones: una máscara de atención',
  'apply.mask.summary':
    '{mask}. softmax(S)∘M tiene sumas por fila {sums}; renormalizada, es igual al softmax con −∞ en las puntuaciones enmascaradas (numérico).',
  'apply.mask.sentence': 'El gato vio a la rata',
  'apply.mask.notSquare':
    'una máscara causal necesita tantas consultas como claves (una matriz de puntuaciones cuadrada), pero las puntuaciones son de {m}×{n}',
  'apply.mask.notSquareHint': 'Ejemplo: {example}, o padding:1 para cualquier forma',
  'apply.mask.allPadding': 'padding:{k} enmascara las {n} claves, así que ninguna consulta podría atender a nada',
  'apply.mask.allPaddingHint': 'El relleno debe dejar al menos una clave: padding:{k}. Ejemplo: apply mask padding:2',
  'apply.mask.underflow':
    'la probabilidad softmax de {where} es de unos 10^{exponent}: demasiado pequeña para el punto flotante (tamaños no nulos de aproximadamente 4.9×10⁻³²⁴ a 1.8×10³⁰⁸), y mostrarla como 0 perdería un valor no nulo',
  'apply.mask.underflowHint':
    'Con puntuaciones a menos de unos cientos entre sí a lo largo de una fila, todas las probabilidades quedan en rango. Ejemplo: {example}',
  'apply.mask.whereToken': 'la consulta "{query}" → la clave "{key}" (entrada ({i},{j}))',
  'apply.mask.whereEntry': 'la entrada ({i},{j})',
  'apply.mask.causal': 'causal: cada consulta ve su propia posición y las claves anteriores',
  'apply.mask.padding':
    'relleno: {k, plural, one {la última clave es relleno y ninguna consulta la ve} other {las últimas # claves son relleno y ninguna consulta las ve}}',
  'apply.mask.both':
    'causal ∘ relleno (las máscaras también se combinan con el producto de Hadamard): ninguna clave futura, ni las últimas {k}',
  'apply.mask.why':
    'Una máscara es una matriz de 0 y 1 colocada sobre la atención elemento a elemento: P∘M conserva las probabilidades que una consulta puede usar y anula el resto, un producto de Hadamard. Las probabilidades anuladas formaban parte del denominador del softmax de cada fila, así que una fila de P∘M suma menos de 1 y hay que dividirla otra vez por su suma (renormalizarla) para que sea una distribución. Sumar −∞ a las puntuaciones enmascaradas antes del softmax hace ambas cosas de una vez, pues e^−∞ = 0 quita esos términos del denominador: las dos convenciones dan la misma atención.',
  'apply.mask.scores': 'puntuaciones S',
  'apply.mask.mask': 'máscara M',
  'apply.mask.convention1': 'Convención 1: multiplicar las probabilidades por M y renormalizar',
  'apply.mask.convention2': 'Convención 2: sumar −∞ a las puntuaciones enmascaradas y aplicar softmax',
  'apply.mask.rowSums':
    'Sumas por fila de softmax(S)∘M: {sums} (la masa asignada a las claves enmascaradas desaparece).',
  'apply.mask.eachRow': 'softmax(S)∘M, cada fila dividida por su suma:',
  'apply.mask.same':
    'softmax(S + (−∞)·(J − M)) da la misma matriz: la mayor diferencia entre ambas es {difference} (redondeo de punto flotante).',
  'apply.mask.note':
    'Numérico (punto flotante): el softmax usa exp. Las entradas enmascaradas son exactamente 0 en ambas convenciones; {builtIn, select, yes {las puntuaciones son las de la frase incluida} other {las puntuaciones son tuyas}}{exact, select, yes { y exactas} other {}}.',
  'apply.gate.title': 'Aplicaciones: una compuerta de LSTM',
  'apply.gate.summary':
    'cₜ = f∘cₜ₋₁ + i∘g = ({c}) ({d, plural, one {# celda} other {# celdas}}, {exact, select, yes {exacto} other {numérico}}).',
  'apply.gate.needsFour': 'gate necesita cuatro vectores, cₜ₋₁ f i g, o ninguno para un ejemplo incluido; recibió {n}',
  'apply.gate.needsFourHint': 'Ejemplo: /hadamard {example}, o /hadamard apply gate seed:7',
  'apply.gate.seedWithVectors':
    'seed:N construye los vectores; con tus propios cuatro vectores no hay nada que sembrar',
  'apply.gate.vector': '{name} (el {k, select, 1 {primer} 2 {segundo} 3 {tercer} other {cuarto}} vector)',
  'apply.gate.lengths':
    'cₜ₋₁ tiene {d} entradas pero {name} tiene {length}: el paso de la celda las multiplica elemento a elemento',
  'apply.gate.forget': 'f (la compuerta de olvido)',
  'apply.gate.input': 'i (la compuerta de entrada)',
  'apply.gate.notSigmoid': '{name} es una salida sigmoide, entre 0 y 1, pero su entrada {k} es {value}',
  'apply.gate.notSigmoidHint':
    'Las entradas de una compuerta dicen cuánto pasa: de 0 (nada) a 1 (todo). Ejemplo: /hadamard {example}',
  'apply.gate.why':
    'Cada compuerta es un vector de números entre 0 y 1, uno por celda de memoria, y actúa mediante el producto de Hadamard: f∘cₜ₋₁ conserva una fracción del valor anterior de cada celda, i∘g escribe una fracción de cada valor candidato. Cada celda se regula por separado, así que la red puede conservar un número durante muchos pasos (f cerca de 1, i cerca de 0) mientras sobrescribe otro (f cerca de 0, i cerca de 1). Un producto de matrices ordinario mezclaría las celdas; el producto elemento a elemento es lo que permite que cada una recuerde u olvide por separado.',
  'apply.gate.most':
    'La celda {keeps} conserva la mayor parte de su memoria (f = {f}); la celda {writes} escribe la mayor parte de su candidato (i = {i}).',
  'apply.gate.exact': 'Aritmética racional exacta',
  'apply.gate.note': '{exactness}. La LSTM completa también calcula hₜ = o∘tanh(cₜ), otro producto de Hadamard.',
  'apply.gate.noteSeed':
    '{exactness}; vectores incluidos a partir de la semilla {seed} (`apply gate seed:N` para otros). La LSTM completa también calcula hₜ = o∘tanh(cₜ), otro producto de Hadamard.',
  'apply.taper.title': 'Aplicaciones: atenuación de covarianzas (tapering)',
  'apply.taper.summary':
    '{ab} es {verdict}{hypothesis, select, yes {, como garantiza Schur} other {}}; {zeros} de {total} entradas son exactamente 0 ({exact, select, yes {exacto} other {numérico}}).',
  'apply.taper.tooMany': 'taper admite como máximo dos matrices, A y B; recibió {n}',
  'apply.taper.notSquare': '{name} es de {shape}: una covarianza es cuadrada',
  'apply.taper.shapes':
    '{a} es de {shapeA} pero {b} es de {shapeB}; el producto elemento a elemento necesita formas iguales',
  'apply.taper.describeA': 'correlación exponencial (AR(1)) ρ^|i−j|, kms({n}, 9/10)',
  'apply.taper.describeB': 'taper de Wendland (1 − r)⁴(4r + 1), r = |i − j|/{w}, nulo a partir del desfase {w}',
  'apply.taper.givenMatrix': 'la matriz dada',
  'apply.taper.notComputed': 'no calculado',
  'apply.taper.holds':
    '{a} y {b} son semidefinidas positivas, así que el teorema del producto de Schur garantiza {ab} ⪰ 0, y la comprobación lo confirma: {verdict}.',
  'apply.taper.fails':
    'El teorema necesita que ambos factores sean semidefinidos positivos, y {failing}: no promete nada, y {ab} es {verdict}.',
  'apply.taper.zeros': '{zeros} de las {total} entradas de {ab} son exactamente 0.',
  'apply.taper.why':
    'La atenuación multiplica una covarianza elemento a elemento por un taper que vale exactamente 0 más allá de cierta distancia: el producto de Hadamard conserva las covarianzas cercanas (algo reducidas) y anula las lejanas, así que la matriz se vuelve dispersa y rápida de factorizar. Anular a mano entradas de una covarianza puede destruir la semidefinición positiva; multiplicar por un taper semidefinido positivo no puede, porque el producto de Hadamard de matrices semidefinidas positivas es semidefinido positivo (Schur). Por eso los tapers se eligen entre funciones definidas positivas, como la de Wendland.',
  'apply.taper.lambdaNote':
    'Los λmin son los puntos medios de intervalos certificados (evidencia, no el criterio de decisión).',
  'apply.image.title': 'Aplicaciones: filtrar una imagen píxel a píxel',
  'apply.image.summary':
    '{what} ∘ {mask}: el píxel ({row},{col}) pasa a ser {product}{exact, select, yes { (exacto)} other {}}.',
  'apply.image.theImage': 'La imagen',
  'apply.image.theMask': 'La máscara',
  'apply.image.notBrightness':
    '{what} contiene brillos, de 0 (negro) a 1 (blanco) o de 0 a 255, pero la entrada ({i},{j}) es {value}',
  'apply.image.notBrightnessHint': 'Ejemplo: /hadamard {example} (una máscara: cuánto pasa de cada píxel, de 0 a 1)',
  'apply.image.vignette': 'una viñeta (1 en el centro, 1/4 en las esquinas)',
  'apply.image.checkerboard': 'un tablero de ajedrez (1 conserva un cuadro, 0 lo pone en negro)',
  'apply.image.gradient': 'un degradado (de 0 en el borde izquierdo a 1 en el derecho)',
  'apply.image.yourMask': 'tu máscara de {rows}×{cols}',
  'apply.image.yourMaskBlocks': 'tu máscara de {rows}×{cols}, cada entrada cubre un bloque de {h}×{w} píxeles',
  'apply.image.yourImage': 'tu imagen de {h}×{w}',
  'apply.image.givenImage': 'la imagen de {h}×{w}',
  'apply.image.builtIn': 'la imagen en color incluida de {h}×{w}',
  'apply.image.why':
    'Una imagen en gris es una matriz de brillos (una imagen en color son tres, una por canal), y una máscara del mismo tamaño dice cuánto pasa de cada píxel. Filtrar con una máscara es imagen ∘ máscara: cada píxel de salida es el píxel de entrada por el valor de la máscara en el mismo lugar, nada más: exactamente el producto de Hadamard (en color, la máscara se repite en los tres canales). A diferencia de un desenfoque o de cualquier convolución, ningún píxel mira a sus vecinos.',
  'apply.image.image': 'imagen',
  'apply.image.mask': 'máscara',
  'apply.image.pixel':
    'Píxel ({row},{col}){rgb, select, yes {, canal rojo} other {}}: {product} (brillo de 0 a 1).\nBrillo medio: {before} antes, {after} después.',
  'apply.image.exact': 'El píxel de arriba es exacto (aritmética racional)',
  'apply.image.note':
    '{exactness}{scaled, select, yes {; los valores de 8 bits se dividieron entre 255} other {}}. La figura dibuja las imágenes redondeadas a 8 bits por canal.',
  'applyFig.window.heading': 'Ventana: x ∘ w, ventana {window}',
  'applyFig.window.sub': '{n} muestras · x∘w {exact, select, yes {exacto} other {numérico}}',
  'applyFig.window.subBuiltIn':
    '{n} muestras (incluida: un tono y otro 40 dB más débil) · x∘w {exact, select, yes {exacto} other {numérico}}',
  'applyFig.window.signal': 'señal x',
  'applyFig.window.window': '∘ ventana w ({window})',
  'applyFig.window.product': '= x ∘ w: cada muestra por el valor de la ventana en ese punto',
  'applyFig.window.spectrum': 'Espectro de magnitud (dB por debajo del pico)',
  'applyFig.window.weakTone': 'tono débil',
  'applyFig.window.frequency': 'frecuencia, ciclos por muestra',
  'applyFig.window.before': 'antes: x sola',
  'applyFig.window.beforeFar': 'antes: x sola, lejos del pico {level}',
  'applyFig.window.after': 'después: x∘w ({window})',
  'applyFig.window.afterFar': 'después: x∘w ({window}), lejos del pico {level}',
  'applyFig.window.alt':
    'Ventana {window} aplicada a una señal de {n} muestras: tres franjas muestran la señal x, la ventana w (0 en ambos extremos, 1 en el centro) y su producto elemento a elemento x∘w, que se desvanece hasta 0 en ambos extremos.',
  'applyFig.window.altSpectra':
    'Debajo, los espectros de magnitud en dB: la señal sola (discontinua) y x∘w (continua).',
  'applyFig.window.altLeak':
    'Lejos del pico principal, el nivel típico del espectro baja de {before} antes a {after} después de la ventana: menos fuga espectral.',
  'applyFig.window.altWeak': 'Con la ventana, el segundo tono, más débil, sobresale de la fuga.',
  'applyFig.mask.heading': 'Máscara de atención: softmax, luego ∘ M',
  'applyFig.mask.subBuiltIn': 'frase incluida · punto flotante (softmax usa exp)',
  'applyFig.mask.sub': 'tus puntuaciones de {m}×{n} · punto flotante (softmax usa exp)',
  'applyFig.mask.scores': 'puntuaciones S',
  'applyFig.mask.rowsCols': 'filas: consultas, columnas: claves',
  'applyFig.mask.mask': 'máscara M',
  'applyFig.mask.lessThan1': 'las filas suman menos de 1',
  'applyFig.mask.divide': '÷ sumas por fila',
  'applyFig.mask.minusInfinity': '= softmax(S − ∞ donde M es 0)',
  'applyFig.mask.probability': 'probabilidad',
  'applyFig.mask.masked': 'enmascarada: exactamente 0',
  'applyFig.mask.paragraph':
    'Cada fila de softmax(S)∘M suma menos de 1: la parte de las claves enmascaradas desaparece. Dividir por la suma de la fila, o sumar −∞ a las puntuaciones enmascaradas antes del softmax, da la misma atención (mayor diferencia {difference}).',
  'applyFig.mask.alt':
    'Atención con una máscara {mask} sobre una matriz de puntuaciones de {m}×{n}. Cuatro mapas de calor: las puntuaciones; la máscara de 0 y 1 (celdas enmascaradas rayadas); el softmax de las puntuaciones por la máscara, cuyas filas suman {sums}; y la atención renormalizada, igual al softmax con menos infinito en las puntuaciones enmascaradas. Filas renormalizadas: {rows}.',
  'applyFig.gate.keep': 'conservar: f ∘ cₜ₋₁',
  'applyFig.gate.write': 'escribir: i ∘ g',
  'applyFig.gate.sum': 'suma',
  'applyFig.gate.heading': 'Paso de una celda LSTM: cₜ = f∘cₜ₋₁ + i∘g',
  'applyFig.gate.sub':
    '{n, plural, one {# celda de memoria} other {# celdas de memoria}} · tus vectores · {exact, select, yes {exacto} other {numérico}}',
  'applyFig.gate.subBuiltIn':
    '{n, plural, one {# celda de memoria} other {# celdas de memoria}} · incluido, semilla {seed} · {exact, select, yes {exacto} other {numérico}}',
  'applyFig.gate.paragraph':
    'Indicadores verdes: cuánto pasa de cada celda (de 0 a 1). Barras: valores, a la derecha de la línea positivos, a la izquierda negativos. Cada celda se regula por separado: eso es el producto elemento a elemento.',
  'applyFig.gate.cell': 'celda {k}: {f} × {c0} = {kept} conservado, {i} × {g} = {written} escrito, nuevo estado {c}',
  'applyFig.gate.alt':
    'Un paso de una celda LSTM con {n} celdas, c_t = f∘c_(t−1) + i∘g, como una tabla de indicadores y barras. {rows}{more}.',
  'applyFig.taper.heading': 'Atenuación de covarianzas: A ∘ B',
  'applyFig.taper.subExact': '{n}×{n} · veredictos exactos · λmin: evidencia en punto flotante',
  'applyFig.taper.subFloat': '{n}×{n} · punto flotante · λmin: evidencia en punto flotante',
  'applyFig.taper.psdRank': 'semidefinida positiva, rango {rank}',
  'applyFig.taper.notPsd': 'no semidefinida positiva',
  'applyFig.taper.zero': 'exactamente 0',
  'applyFig.taper.paragraph':
    '{describeA}; {describeB}. {zeros} de {total} entradas de {ab} son exactamente 0. {schur}',
  'applyFig.taper.schur': '{a} y {b} son semidefinidas positivas, así que {ab} también lo es (Schur).',
  'applyFig.taper.noSchur': 'La hipótesis de Schur no se cumple aquí: no hay garantía.',
  'applyFig.taper.alt':
    'Atenuación de covarianzas con matrices de {n}×{n}, tres mapas de calor en una misma escala de color: {a} ({describeA}), {verdictA}, menor valor propio {lambdaA}; {b} ({describeB}), {verdictB}, menor valor propio {lambdaB}; y {ab}, {verdictAB}, menor valor propio {lambdaAB}, con {zeros} de {total} entradas exactamente cero (rayadas), una banda a lo largo de la diagonal.',
  'applyFig.taper.altSchur':
    'Por el teorema del producto de Schur, el producto de dos matrices semidefinidas positivas es semidefinido positivo.',
  'applyFig.image.heading': 'Filtrado píxel a píxel: imagen ∘ máscara',
  'applyFig.image.subBuiltIn': 'imagen de prueba incluida · brillo medio {before} → {after}',
  'applyFig.image.sub': 'tu imagen · brillo medio {before} → {after}',
  'applyFig.image.image': 'imagen',
  'applyFig.image.mask': 'máscara',
  'applyFig.image.product': 'imagen ∘\u00a0máscara',
  'applyFig.image.rgb': '{h}×{w}, RGB',
  'applyFig.image.grey': '{h}×{w}, gris',
  'applyFig.image.maskNote': '{mask}, de 0 a 1',
  'applyFig.image.yourMask': 'tu máscara',
  'applyFig.image.vignette': 'viñeta',
  'applyFig.image.checkerboard': 'tablero',
  'applyFig.image.gradient': 'degradado',
  'applyFig.image.pixelByPixel': 'píxel a píxel',
  'applyFig.image.workedOutlined': 'Píxel ({row},{col}){rgb, select, yes {, rojo} other {}}, recuadrado: {product}',
  'applyFig.image.worked': 'Píxel ({row},{col}){rgb, select, yes {, rojo} other {}}: {product}',
  'applyFig.image.paragraph':
    'Cada píxel de salida es el píxel de entrada por el valor de la máscara en el mismo lugar (en color, en cada canal): sin intervención de los vecinos.',
  'applyFig.image.altVignette': 'una viñeta, clara en el centro y más oscura hacia las esquinas',
  'applyFig.image.altCheckerboard': 'un tablero de cuadros blancos (1, conservados) y negros (0, eliminados)',
  'applyFig.image.altGradient': 'un degradado de negro en el borde izquierdo a blanco en el derecho',
  'applyFig.image.altMatrix': 'la máscara dada',
  'applyFig.image.altBuiltIn': 'una imagen de prueba incluida (cielo, sol, colinas, un árbol y un campo a rayas)',
  'applyFig.image.altSized': 'una imagen de {h}×{w}',
  'applyFig.image.alt':
    'Filtrado píxel a píxel: {what}; {mask}; y su producto elemento a elemento, la imagen filtrada, uno al lado del otro. {worked}. Brillo medio {before} antes y {after} después.',


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
