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

  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'quiz.example': 'Ejemplo: {example}',
  'quiz.notQuizId':
    '{word} no es un id de quiz: los ids son la letra q y unas pocas letras o cifras, como q7k2m9, y cada mensaje de quiz muestra el suyo',
  'quiz.wordsHint': 'Temas: {topics}; niveles: {levels}; repite una pregunta con seed:N. Ejemplo: {example}',
  'quiz.badSeed': 'la semilla {seed} no es un número entero de 0 a {max}',
  'quiz.badSeedHint': 'Ejemplo: /hadamard quiz seed:42 (la semilla aparece bajo cada pregunta)',
  'quiz.twoSeeds': 'dos semillas: indica una',
  'quiz.twoTopics': 'dos temas ({a} y {b}): indica uno',
  'quiz.twoLevels': 'dos niveles ({a} y {b}): indica uno',
  'quiz.unknownWord': '{word} no es un tema ni un nivel de quiz; los temas son {topics}',
  'quiz.answerHint':
    'Ejemplo: {example} (el id del quiz está en su mensaje; las opciones van de la a a la e, o pulsa un botón)',
  'quiz.answerMissing': 'answer necesita el id del quiz y tu opción',
  'quiz.answerTooMany': 'answer lleva dos palabras, el id del quiz y una opción; he encontrado {n}',
  'quiz.answerNoChoice': 'answer necesita tu opción después del id del quiz {id}',
  'quiz.answerNotChoice': '{word} no es una opción: las opciones son las letras de la a a la e',
  'quiz.revealMissing': 'reveal necesita el id del quiz que quieres cerrar',
  'quiz.revealMissingHint': 'Ejemplo: {example} (el id está en el mensaje del quiz)',
  'quiz.revealTooMany': 'reveal lleva un solo id de quiz; he encontrado {n} palabras',
  'quiz.topic.entry': 'una entrada de A∘B',
  'quiz.topic.property': 'verdadero o falso: una propiedad sobre matrices dadas',
  'quiz.topic.psd': '¿es M semidefinida positiva?',
  'quiz.topic.schur': '¿será A∘B semidefinida positiva, dadas A y B? (Schur)',
  'quiz.topic.oppenheim': 'cotas de Oppenheim: ¿cuál es mayor?, ¿se da la igualdad?',
  'quiz.topic.trace': 'tr(AᵀB) como suma',
  'quiz.topic.kronecker': 'dónde está A∘B dentro de A⊗B',
  'quiz.level.easy': 'fácil',
  'quiz.level.medium': 'media',
  'quiz.level.hard': 'difícil',
  'quiz.headline': 'Pregunta {level} — {topic} — {n} opciones, una respuesta por persona.',
  'quiz.headlinePractice': 'Pregunta de práctica {level}, solo para ti — {topic} — {n} opciones.',
  'quiz.howButtons': 'Pulsa un botón para responder (o escribe {command}).',
  'quiz.howCommand': 'Responde con {command}, la letra de tu opción.',
  'quiz.replay': 'Repetir: {command}.',
  'quiz.rulesPractice':
    'Solo tú ves esta pregunta; tu respuesta muestra al instante la correcta y por qué, y cuenta para {me}, no en la clasificación.',
  'quiz.rules':
    'Una respuesta por persona, que solo ves tú; la respuesta y la solución detallada aparecen cuando se cierra la ronda.',
  'quiz.choices': 'Opciones',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Nadie ha respondido todavía.} one {1 persona ha respondido hasta ahora.} other {{count} personas han respondido hasta ahora.}}',
  'quiz.closesIn': 'Se cierra en {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Práctica {id} · {topic} · {level}',
  'quiz.noQuiz': 'no hay ningún quiz {id}',
  'quiz.startOne': 'Empieza uno: /hadamard quiz',
  'quiz.notAChoice': 'el quiz {id} tiene las opciones {choices}; "{choice}" no es una de ellas',
  'quiz.closed': 'el quiz {id} está cerrado: la respuesta ya se ha revelado',
  'quiz.practiseAgain': 'Practica otra vez: /hadamard practice',
  'quiz.startNext': 'Empieza el siguiente: /hadamard quiz',
  'quiz.already': 'Ya respondiste {choice}): una respuesta por ronda, así que este clic no cambia nada.',
  'quiz.practiceRight': '✓ Correcto: {choice}) es la respuesta. (Práctica: sin puntos, pero cuenta para /hadamard me.)',
  'quiz.practiceWrong': '✗ Esta no: {choice}) no es la respuesta. La correcta está abajo.',
  'quiz.right':
    '✓ Correcto: {choice}) es la respuesta. +{points, plural, one {{count} punto} other {{count} puntos}} cuando se cierre la ronda, en {seconds} s.',
  'quiz.rightBonus':
    '✓ Correcto: {choice}) es la respuesta. +{points, plural, one {{count} punto} other {{count} puntos}} ({bonus} por rapidez) cuando se cierre la ronda, en {seconds} s.',
  'quiz.wrong':
    '✗ Esta no: {choice}) no es la respuesta. La correcta se revela cuando se cierre la ronda, en {seconds} s.',
  'quiz.countsOnce': 'Cuenta cuando se cierre la ronda, en {seconds} s.',
  'quiz.yourPracticeAnswer': 'Tu respuesta de práctica ({id})',
  'quiz.yourAnswer': 'Tu respuesta a {id}',
  'quiz.notYours': 'el quiz {id} se cierra en {seconds} s; solo quien lo empezó puede revelarlo antes',
  'quiz.notYoursPermission':
    'el quiz {id} se cierra en {seconds} s; solo quien lo empezó o alguien con {permission} puede revelarlo antes',
  'quiz.waitOrAnswer': 'Espera a que se cierre la ronda, o respóndela: /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Acertaron: {names}.',
  'quiz.nobodyGotIt': 'Esta vez nadie acertó.',
  'quiz.answers': 'Respuestas: {tally}.',
  'quiz.revealTitle': 'Quiz {id}: la respuesta',
  'quiz.theAnswer': 'La respuesta es {choice}) {label}.',
  'quiz.tally': '{right} de {answered} acertaron.',
  'quiz.why': 'Por qué',
  'quiz.worked': 'Solución: {command}',
  'quiz.entry.right':
    'Correcto: (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, las dos entradas de la misma posición multiplicadas.',
  'quiz.entry.ordinary':
    'Esa es la entrada del producto usual (AB){idx} = {sum} = {value}: la fila {i} de A por la columna {j} de B; el producto de Hadamard solo multiplica {aij} y {bij}.',
  'quiz.entry.transposed':
    'Eso es {aij}·{bji} = {fa}·{fb} = {value}: se coló una transpuesta; (A∘B){idx} empareja {aij} con {bij}, misma fila, misma columna.',
  'quiz.entry.added':
    'Eso es {aij} + {bij} = {fa} + {fb} = {value}: el producto de Hadamard multiplica las dos entradas, no las suma.',
  'quiz.entry.mirrored':
    'Eso es (A∘B){jdx} = {fa}·{fb} = {value}: fila y columna intercambiadas; (A∘B){idx} está en la fila {i}, columna {j}.',
  'quiz.entry.reversed':
    'Eso es (BA){idx} = {sum} = {value}, un producto usual (y en el otro orden); el producto de Hadamard es {aij}·{bij}.',
  'quiz.entry.signPositive': 'Se perdió el signo: {fa}·{fb} = {value}, positivo.',
  'quiz.entry.signNegative': 'Se perdió el signo: {fa}·{fb} = {value}, negativo.',
  'quiz.entry.divided':
    'Eso es {aij} ÷ {bij} = {quotient}: las fracciones se multiplican numerador por numerador y denominador por denominador, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'Eso multiplica por {f} una vez de más: (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Entrada de un producto de Hadamard.**',
  'quiz.entry.ask': '¿Cuánto vale **(A∘B){idx}**, la entrada de la fila {i}, columna {j} de A∘B?',
  'quiz.entry.why':
    'El producto de Hadamard multiplica las dos entradas de la misma posición y nada más: ninguna fila se cruza con una columna, no se suma nada.',
  'quiz.entry.whySquare': 'El producto usual combinaría en cambio la fila {i} de A con la columna {j} de B.',
  'quiz.entry.whyNotSquare': '(El producto usual AB ni siquiera está definido para dos matrices {shape}.)',
  'quiz.entry.whyAll': 'Completo: A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'cada entrada es aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, y los números conmutan',
  'quiz.prop.identityJ': '**A∘J = A**, donde J es la matriz de unos',
  'quiz.prop.whyIdentityJ': 'J tiene un 1 en cada posición y aᵢⱼ·1 = aᵢⱼ: J es el neutro de ∘',
  'quiz.prop.whyTranspose':
    'la entrada (i,j) de ambos lados es aⱼᵢ·bⱼᵢ: transponer lleva los dos factores a la misma posición',
  'quiz.prop.whyDistributive':
    'cada entrada es aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, la ley distributiva de los números en cada posición',
  'quiz.prop.whyAssociative':
    'cada entrada es (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), la ley asociativa de los números en cada posición',
  'quiz.prop.identityI': '**A∘I = A**, donde I es la matriz identidad',
  'quiz.prop.whyIdentityI': 'A es diagonal, y A∘I conserva exactamente la diagonal de A',
  'quiz.prop.failIdentityI': '{aij} = {a} pero (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I conserva solo la diagonal de A (I tiene ceros fuera de la diagonal); el neutro de ∘ es J, la matriz de unos',
  'quiz.prop.square': '**A∘A = AA** (el cuadrado elemento a elemento es igual al cuadrado usual A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (el producto de Hadamard es igual al producto usual)',
  'quiz.prop.whyDiagonalSquare': 'A es diagonal, y entonces ambos productos son la matriz diagonal de los aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary':
    'A y B son diagonales, y entonces ambos productos son la matriz diagonal de los aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'estos números en concreto hacen que todas las entradas coincidan',
  'quiz.prop.failProduct': '({had}){idx} = {x} pero ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ es un solo producto {one}, mientras que ({name})ᵢⱼ suma toda una fila contra toda una columna',
  'quiz.prop.choiceAlways': 'Cierto para todas las matrices de este tamaño',
  'quiz.prop.choiceHere': 'Cierto aquí, pero no para todas las matrices',
  'quiz.prop.choiceFalse': 'Falso aquí',
  'quiz.prop.choiceSquare': 'Cierto solo para matrices cuadradas',
  'quiz.prop.fbAlwaysRight':
    'Correcto: {why}, así que se cumple para todas las matrices {shape}, {n, plural, one {esta incluida} other {estas incluidas}}.',
  'quiz.prop.fbAlwaysHere':
    'Se cumple para {n, plural, one {esta matriz} other {estas matrices}}, pero no en general: {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Ni siquiera aquí: {failure}; en general {notGeneral}.',
  'quiz.prop.fbHereRight': 'Correcto: {why}; en general falla, ya que {notGeneral}.',
  'quiz.prop.fbHereAlways': 'Es cierto en general, no por suerte: {why}.',
  'quiz.prop.fbHereFails': 'No es cierto para {n, plural, one {esta matriz} other {estas matrices}}: {failure}.',
  'quiz.prop.fbFalseRight': 'Correcto: {failure}; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'Se cumple, para {n, plural, one {esta matriz} other {estas matrices}} y para todas las demás: {why}.',
  'quiz.prop.fbFalseHolds': 'Revisa las entradas: aquí sí se cumple ({why}), aunque no en general.',
  'quiz.prop.fbSquareAlways': 'La forma no influye: {why}, para matrices m×n de cualquier tamaño.',
  'quiz.prop.fbSquareHere':
    'Ser cuadrada no es lo que hace que se cumpla: {why}; muchas matrices cuadradas no lo cumplen, ya que {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {Esta matriz es cuadrada} other {Estas matrices son cuadradas}} y aun así falla: {failure}.',
  'quiz.prop.heading': '**¿Verdadero o falso?**',
  'quiz.prop.ask': 'Para {n, plural, one {esta matriz} other {estas matrices}}, ¿se cumple {statement}?',
  'quiz.prop.whyAlways': 'Se cumple aquí, y para todas las matrices: {why}.',
  'quiz.prop.whyHere': 'Se cumple aquí porque {why}, pero no en general: {notGeneral}.',
  'quiz.prop.whyFails': 'Falla aquí: {failure}. En general {notGeneral}.',
  'quiz.prop.whyChecked': 'La solución detallada lo comprueba entrada por entrada, de forma exacta.',
  'quiz.psd.kernel': 'x = {x} da Mx = 0, así que xᵀMx = 0 para este x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a} pero {mji} = {b}, así que M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'ya falla una entrada diagonal negativa: {mii} = {value} es {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'todas las entradas positivas ≠ semidefinida positiva: {witness}',
  'quiz.psd.diagonalNotEnough': 'una diagonal positiva no basta: {witness}',
  'quiz.psd.fbPdRight':
    'Correcto: M = LDLᵀ (con pivoteo simétrico) con pivotes D = {D}, todos positivos, así que xᵀMx > 0 para todo x ≠ 0.',
  'quiz.psd.fbPdSingular': 'No es definida: M es singular, {kernel} (pivotes D = {D}, uno de ellos 0).',
  'quiz.psd.fbPdNotPsd': 'Ni siquiera es semidefinida; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'Ser semidefinida positiva exige simetría: {asym}.',
  'quiz.psd.fbPsdRight':
    'Correcto: los pivotes D = {D} son todos ≥ 0 y uno es 0: M es semidefinida positiva pero singular, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M no es singular: sus pivotes D = {D} son todos positivos, así que es definida, no solo semidefinida.',
  'quiz.psd.fbPsdNotPsd': 'Tampoco es semidefinida; {why}.',
  'quiz.psd.fbNotPsdRight': 'Correcto: {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'Ser semidefinida positiva solo se define para matrices simétricas, y {asym}: la pregunta no se aplica.',
  'quiz.psd.fbNotPsdNegatives':
    'Las entradas negativas no impiden ser semidefinida positiva: los pivotes D = {D} son todos ≥ 0, así que xᵀMx ≥ 0 para todo x.',
  'quiz.psd.fbNotPsdNoWitness': 'Ningún x da xᵀMx < 0: los pivotes D = {D} son todos ≥ 0.',
  'quiz.psd.fbNotSymmetricRight':
    'Correcto: {asym}, y ser semidefinida positiva solo se define para matrices simétricas.',
  'quiz.psd.fbSymmetric': 'M es simétrica (M = Mᵀ), así que la pregunta se aplica.',
  'quiz.psd.choicePd': 'Definida positiva',
  'quiz.psd.choicePsd': 'Semidefinida positiva, pero singular (no definida)',
  'quiz.psd.choiceNotPsd': 'No semidefinida positiva',
  'quiz.psd.choiceNotSymmetric': 'No simétrica, así que la pregunta no se aplica',
  'quiz.psd.heading': '**¿Semidefinida positiva?**',
  'quiz.psd.ask': '¿Qué es cierto de M?',
  'quiz.psd.whyPd':
    'M es simétrica, y la eliminación exacta M = LDLᵀ da pivotes D = {D}, todos positivos: M es definida positiva (rango {rank}).',
  'quiz.psd.whyPdNegatives': 'Sus entradas negativas no importan: solo deciden los pivotes (o los valores propios).',
  'quiz.psd.whyPdPositives': 'Que las entradas sean positivas no lo habría probado: los pivotes sí.',
  'quiz.psd.whyPsd':
    'M es simétrica, y la eliminación exacta da pivotes D = {D}: todos ≥ 0 pero no todos positivos, así que M es semidefinida positiva con rango {rank} < {n}. No es definida: {kernel}.',
  'quiz.psd.whyNotPsd': 'M es simétrica pero no semidefinida positiva: {why}.',
  'quiz.psd.whyAllPositive': 'Todas sus entradas son positivas, y eso no es lo que significa semidefinida positiva.',
  'quiz.psd.whyDiagonalPositive': 'Su diagonal es positiva, lo cual es necesario pero no suficiente.',
  'quiz.psd.whyDiagonalNeeded': 'Una matriz semidefinida positiva necesita todas las entradas diagonales ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym}: ser semidefinida positiva se define para matrices simétricas, así que la pregunta no se aplica. Para xᵀMx solo cuenta la parte simétrica (M+Mᵀ)/2, y es {verdict}.',
  'quiz.psd.semidefinite': 'semidefinida positiva',
  'quiz.witness': 'x = {x} da xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'no semidefinida positiva',
  'quiz.schur.notEvenSymmetric': 'ni siquiera simétrico',
  'quiz.schur.both': 'A es {a} y B es {b}',
  'quiz.schur.product': 'A∘B = {matrix} es {verdict}',
  'quiz.schur.choiceGuaranteed': 'Sí, y el teorema del producto de Schur lo garantiza',
  'quiz.schur.choiceLucky': 'Sí, pero aquí el teorema no lo garantiza',
  'quiz.schur.choiceNo': 'No, A∘B no es semidefinida positiva',
  'quiz.schur.choiceBackwards': 'No: A o B no es semidefinida positiva, así que A∘B no puede serlo',
  'quiz.schur.fbGuaranteedRight': 'Correcto: {both}, así que el teorema promete A∘B ⪰ 0, y en efecto {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'Aquí A∘B es semidefinida positiva, pero el teorema no lo prometía: {n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}} ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'El teorema necesita ambos factores semidefinidos positivos, y {n, plural, one {{who} no lo es} other {{who} no lo son}} ({why}); aquí A∘B no es semidefinida positiva en absoluto.',
  'quiz.schur.fbLuckyHyp': 'Sí lo garantiza: {both}, que es exactamente la hipótesis del teorema.',
  'quiz.schur.fbLuckyRight':
    'Correcto: {product}, pero {n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}} ({why}), así que ningún teorema lo prometía.',
  'quiz.schur.fbLuckyFails': 'Aquí A∘B no es semidefinida positiva: {witness}.',
  'quiz.schur.fbNoHyp':
    'Tiene que ser semidefinida positiva: {both}, así que el teorema de Schur se aplica, y {product}.',
  'quiz.schur.fbNoLucky': 'Aquí es semidefinida positiva, aunque nada lo prometía: {product}.',
  'quiz.schur.fbNoRight':
    'Correcto: {witness}; el teorema no prometía nada, ya que {n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}}.',
  'quiz.schur.fbBackwardsHyp':
    'Aquí ambas son semidefinidas positivas ({both}), y entonces A∘B lo es por el teorema de Schur: {product}.',
  'quiz.schur.fbBackwardsLucky':
    'El teorema no funciona al revés: un factor que no es semidefinido positivo deja a A∘B libre de serlo, y aquí {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B en efecto no es semidefinida positiva, pero no por el teorema, que no dice nada cuando un factor no lo es: {witness}.',
  'quiz.schur.heading': '**Teorema del producto de Schur.**',
  'quiz.schur.ask': '¿Es **A∘B** semidefinida positiva, y lo promete el teorema del producto de Schur?',
  'quiz.schur.why':
    '{both}, así que el teorema del producto de Schur se aplica: A∘B es semidefinida positiva. El motor lo confirma de forma exacta: {product}. El producto usual AB es {ordinary}: solo el producto elemento a elemento conserva la semidefinición positiva.',
  'quiz.schur.whyStrong':
    '{both}, así que el teorema del producto de Schur se aplica: A∘B es semidefinida positiva, incluso definida, ya que ambas son definidas. El motor lo confirma de forma exacta: {product}. El producto usual AB es {ordinary}: solo el producto elemento a elemento conserva la semidefinición positiva.',
  'quiz.schur.whyFails':
    '{n, plural, one {{who} no es semidefinida positiva} other {{who} no son semidefinidas positivas}} ({why}), así que la hipótesis del teorema falla y no promete nada. Entonces A∘B puede ser o no semidefinida positiva; aquí {here}.',
  'quiz.schur.itIsNot': 'no lo es: {witness}',
  'quiz.opp.both': '{a} y {b}',
  'quiz.opp.choiceLarger': '{bound} es mayor',
  'quiz.opp.choiceEqual': 'Las dos cotas son iguales',
  'quiz.opp.choiceNeither': 'Ninguna: det(A∘B) es menor que ambas',
  'quiz.opp.fbLargerRight': 'Correcto: {written} > {other}, la otra cota.',
  'quiz.opp.fbBoundsEqual': 'Las dos cotas son iguales: {both}.',
  'quiz.opp.fbPairingA': 'Revisa el emparejamiento: det(A) va con la diagonal de B; {both}.',
  'quiz.opp.fbPairingB': 'Revisa el emparejamiento: det(B) va con la diagonal de A; {both}.',
  'quiz.opp.fbEqualRight': 'Correcto: {both}.',
  'quiz.opp.fbDiffer': 'Son distintas: {both}.',
  'quiz.opp.fbNeither':
    'A y B son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en ambos sentidos: det(A∘B) es al menos cada cota; aquí {detAB}.',
  'quiz.opp.heading': '**Desigualdad de Oppenheim.**',
  'quiz.opp.askLarger':
    'A y B son semidefinidas positivas, así que det(A∘B) ≥ {bA} y det(A∘B) ≥ {bB}. ¿Qué cota inferior es mayor?',
  'quiz.opp.whyBounds': '{a}, y {b}.',
  'quiz.opp.whyEqualBounds': 'Las dos cotas son iguales.',
  'quiz.opp.whySharper': 'Así que {bound} es la cota más ajustada.',
  'quiz.opp.whyBelow': 'Ambas están por debajo de {detAB}, como promete Oppenheim para A y B semidefinidas positivas.',
  'quiz.opp.eqDiagonal':
    'A es diagonal, así que A∘B es diagonal con entradas aᵢᵢbᵢᵢ y det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, así que A∘B = {c}·A y det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'ambos lados valen 0: A∘B y A son singulares',
  'quiz.opp.eqCoincidence': 'los números coinciden por casualidad',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound}: estricta',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound}: igualdad',
  'quiz.opp.choiceNotApply': 'Oppenheim no se aplica: A∘B no tiene por qué ser semidefinida positiva',
  'quiz.opp.fbStrictRight': 'Correcto: {detAB} > {written}.',
  'quiz.opp.fbReached': 'Aquí se alcanza la cota: {detAB} = {written}; {why}.',
  'quiz.opp.fbNoEquality': 'Aquí no hay igualdad: {detAB} pero {written}.',
  'quiz.opp.fbEqualityRight': 'Correcto: {detAB} = {written}; {why}.',
  'quiz.opp.fbBelow':
    'A y B son semidefinidas positivas, así que la desigualdad de Oppenheim se aplica en ambos sentidos, y det(A∘B) no puede quedar por debajo de la cota: {detAB} y {written}.',
  'quiz.opp.fbNotApply':
    'A y B son semidefinidas positivas, así que A∘B también lo es (Schur) y Oppenheim se aplica: {detAB} ≥ {bound}.',
  'quiz.opp.askEquality': 'A y B son semidefinidas positivas. ¿Cómo se compara **det(A∘B)** con la cota **{bound}**?',
  'quiz.opp.whyStrict': 'Aquí la desigualdad es estricta, por {by}.',
  'quiz.opp.whyEquality': 'Se da la igualdad: {why}.',
  'quiz.opp.whyCases':
    'Casos de igualdad que conviene recordar: un factor diagonal, un múltiplo de la matriz de unos J, y un A∘B singular con cota cero.',
  'quiz.trace.right': 'Correcto: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, la suma de todas las entradas de A∘B.',
  'quiz.trace.droppedTranspose':
    'Eso es tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value}: se perdió la transpuesta, así que la fila i de A se cruzó con la columna i de B en vez de con la columna i de A.',
  'quiz.trace.diagonalOnly':
    'Eso es solo la diagonal de A∘B, Σᵢ aᵢᵢbᵢᵢ = {value}; tr(AᵀB) suma todas las entradas de A∘B, también las de fuera de la diagonal.',
  'quiz.trace.productOfTraces':
    'Eso es tr(A)·tr(B) = {a}·{b} = {value}: la traza de un producto no es el producto de las trazas.',
  'quiz.trace.sumOfAB':
    'Eso es la suma de todas las entradas del producto usual AB (= {value}); tr(AᵀB) es la suma de todas las entradas de A∘B.',
  'quiz.trace.productOfSums':
    'Eso es (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value}: empareja cada entrada de A con cada entrada de B, no solo las de la misma posición.',
  'quiz.trace.added':
    'Eso es Σ(aᵢⱼ + bᵢⱼ) = {value}: las entradas de la misma posición se multiplican y luego se suman.',
  'quiz.trace.sign': 'Se perdió un signo: Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Identidad de la traza.**',
  'quiz.trace.ask': '¿Cuánto vale **tr(AᵀB)**?',
  'quiz.trace.askShaped': '¿Cuánto vale **tr(AᵀB)** (A y B son {shape}, así que AᵀB es {square})?',
  'quiz.trace.why':
    'La entrada diagonal j de AᵀB es el producto escalar de la columna j de A con la columna j de B, así que la traza recorre cada posición una vez: es 1ᵀ(A∘B)1, la suma de todas las entradas del producto de Hadamard (el producto interno de Frobenius de A y B). No hace falta ningún producto de matrices.',
  'quiz.kron.place': 'fila {r}, columna {c}',
  'quiz.kron.right':
    'Correcto: fila (i−1)·m+i = {rowSum} = {row} y columna (j−1)·n+j = {colSum} = {col}: el bloque {block} es a{idx}·B, y dentro de él la posición {block} contiene {holds}.',
  'quiz.kron.wrong': 'En {place} está {holds}, no {target}: {why}.',
  'quiz.kron.zeroBased':
    'eso es i·m+i y j·n+j, la fórmula con índices desde 0 usada con i y j desde 1 (un bloque de más)',
  'quiz.kron.transposedInBlock':
    'se coló una transpuesta: dentro del bloque la posición vuelve a ser (i, j), no (j, i)',
  'quiz.kron.blockStart': 'eso es i·m+j: el bloque i empieza después de la fila (i−1)·m, y la fila dentro de él es i',
  'quiz.kron.topLeft': 'ese es el bloque superior izquierdo a₁₁·B; (A∘B)ᵢⱼ está en el bloque (i, j)',
  'quiz.kron.mnMixed': 'se confundieron m y n: las filas avanzan de m en m (las filas de B), las columnas de n en n',
  'quiz.kron.swapped': 'fila y columna están intercambiadas',
  'quiz.kron.tooEarly': 'una posición antes de tiempo dentro del bloque: la fila es (i−1)·m + i, no (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'una posición de más dentro del bloque: la fila es (i−1)·m + i',
  'quiz.kron.rowOnly':
    'solo la fila se movió al bloque {i}; la columna también se mueve al bloque {j}: (j−1)·n+j = {col}',
  'quiz.kron.columnOnly':
    'solo la columna se movió al bloque {j}; la fila también se mueve al bloque {i}: (i−1)·m+i = {row}',
  'quiz.kron.blockFirst':
    'esa es la primera entrada del bloque {block}; dentro del bloque, (A∘B)ᵢⱼ está en la posición (i, j)',
  'quiz.kron.blockLast':
    'esa es la última entrada del bloque {block}; dentro del bloque, (A∘B)ᵢⱼ está en la posición (i, j)',
  'quiz.kron.heading': '**Dentro del producto de Kronecker.**',
  'quiz.kron.ask':
    'A y B son {shape}, así que A⊗B es {big}, formada por bloques aᵢⱼ·B. ¿En qué fila y columna de A⊗B está **(A∘B){idx} = a{idx}b{idx}**?',
  'quiz.kron.whySubmatrix':
    'A∘B es la submatriz de A⊗B en las filas (i−1)·m+i y las columnas (j−1)·n+j: aquí las filas {rows} y las columnas {cols}.',
  'quiz.kron.whyHere':
    'Así que (A∘B){idx} está en {place}: el bloque {block} de A⊗B es a{idx}·B, y dentro de él la posición {block} es a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'Del bloque (i, j) la submatriz conserva la posición (i, j): el mismo lugar dentro del bloque que el bloque ocupa en A⊗B.',
  'misc.entry.ordinary-product': 'Tomó el producto usual AB (fila por columna)',
  'misc.entry.transposed-pairing': 'Emparejó aᵢⱼ con bⱼᵢ: se coló una transpuesta',
  'misc.entry.added': 'Sumó las entradas en vez de multiplicarlas',
  'misc.entry.mirrored-position': 'Leyó la posición simétrica (fila y columna cambiadas)',
  'misc.entry.reversed-product': 'Tomó el producto usual BA',
  'misc.entry.sign': 'Perdió un signo en el producto',
  'misc.entry.divided': 'Dividió las fracciones en vez de multiplicarlas',
  'misc.entry.extra-factor': 'Multiplicó por un factor de más',
  'misc.property.theorem-as-coincidence': 'Tomó una regla que siempre vale por una casualidad',
  'misc.property.theorem-doubted': 'Creyó que una regla que siempre vale falla aquí',
  'misc.property.square-only': 'Ató una regla elemento a elemento a matrices cuadradas',
  'misc.property.misread-entries': 'Leyó mal las entradas: aquí el enunciado se cumple',
  'misc.property.identity-is-i': 'Tomó I como neutro de ∘ (es J, la de unos)',
  'misc.property.hadamard-is-ordinary': 'Tomó A∘B por el producto usual AB',
  'misc.property.square-is-a2': 'Tomó A∘A por el cuadrado de matrices A²',
  'misc.psd.positive-entries': 'Creyó que entradas positivas implican semidefinida positiva',
  'misc.psd.positive-diagonal': 'Creyó que una diagonal positiva basta',
  'misc.psd.witness-missed': 'No vio un vector x con xᵀMx < 0',
  'misc.psd.negative-entries': 'Creyó que las entradas negativas lo impiden',
  'misc.psd.pivots-misread': 'Leyó mal los pivotes: ninguno es negativo',
  'misc.psd.singular-as-definite': 'Tomó una matriz semidefinida singular por definida',
  'misc.psd.definite-as-singular': 'Tomó una matriz definida por singular',
  'misc.psd.symmetry-missed': 'No vio que M es simétrica',
  'misc.psd.symmetry-ignored': 'Juzgó sin comprobar la simetría',
  'misc.schur.hypothesis-missed': 'No vio que ambos factores son semidefinidos (Schur se aplica)',
  'misc.schur.theorem-doubted': 'No confió en el teorema del producto de Schur',
  'misc.schur.factor-misjudged': 'Juzgó no semidefinido un factor que sí lo es',
  'misc.schur.promise-without-hypothesis': 'Invocó la promesa de Schur sin su hipótesis',
  'misc.schur.product-misjudged': 'Juzgó mal si A∘B es semidefinida positiva',
  'misc.schur.theorem-backwards': 'Leyó el teorema del producto de Schur al revés',
  'misc.oppenheim.bounds-misjudged': 'Juzgó mal las cotas: det(A) va con ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': 'Invirtió la desigualdad de Oppenheim',
  'misc.oppenheim.equality-missed': 'No vio un caso de igualdad (diagonal, c·J, singular)',
  'misc.oppenheim.equality-assumed': 'Supuso igualdad donde la cota es estricta',
  'misc.oppenheim.schur-forgotten': 'Olvidó que A∘B es semidefinida si A y B lo son',
  'misc.trace.dropped-transpose': 'Calculó tr(AB): se perdió la transpuesta',
  'misc.trace.diagonal-only': 'Sumó solo la diagonal de A∘B',
  'misc.trace.product-of-traces': 'Tomó tr(A)·tr(B)',
  'misc.trace.sum-of-ab': 'Sumó las entradas de AB en vez de las de A∘B',
  'misc.trace.product-of-sums': 'Multiplicó las sumas de A y de B',
  'misc.trace.added': 'Sumó las entradas en vez de multiplicarlas',
  'misc.trace.sign': 'Perdió un signo en la suma',
  'misc.kronecker.zero-based': 'Usó la fórmula desde 0 con i, j desde 1',
  'misc.kronecker.transposed-in-block': 'Transpuso la posición dentro del bloque',
  'misc.kronecker.block-start': 'Empezó el bloque i en la fila i·m en vez de (i−1)·m',
  'misc.kronecker.top-left-block': 'Buscó en el bloque superior izquierdo a₁₁·B',
  'misc.kronecker.m-n-mixed': 'Confundió m y n',
  'misc.kronecker.row-column-swapped': 'Intercambió fila y columna',
  'misc.kronecker.off-by-one': 'Se desvió en uno dentro del bloque',
  'misc.kronecker.half-moved': 'Movió solo la fila o solo la columna',
  'misc.kronecker.block-corner': 'Tomó una esquina del bloque, no la posición (i, j)',
  'quiz.closedNote': 'El quiz {id} está cerrado: su mensaje ya muestra la respuesta.',
  'quiz.revealedNote': 'Revelado: el mensaje del quiz ya muestra la respuesta.',
  'quiz.yourAnswerMark': '{choice} ← tu respuesta',
  'quiz.closedByTime': 'Cerrado al acabarse el tiempo: {choice} {label} · {right} de {answered} acertaron',
  'quiz.closedByTimeFigure':
    'Cerrado al acabarse el tiempo: {choice} {label} · {right} de {answered} acertaron · la figura de la solución está en el hilo',
  'quiz.revealedEarly': 'Revelado antes de tiempo: {choice} {label} · {right} de {answered} acertaron',
  'quiz.revealedEarlyFigure':
    'Revelado antes de tiempo: {choice} {label} · {right} de {answered} acertaron · la figura de la solución está en el hilo',

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
};
