/** Brazilian Portuguese: the catalogue of en.ts, key for key, placeholder for placeholder. */
import type { Catalogue } from './index.js';

export const ptBR: Catalogue = {
  // ── help ──────────────────────────────────────────────────────────────────────────────────────────────────────
  'help.title': 'ajuda do hadamard-bot',
  'help.summary': 'Calcule e aprenda o produto de Hadamard (entrada a entrada): /hadamard A B, ou primeiro um comando.',
  'help.verbs': 'Comandos',
  'help.try': 'Experimente',
  'help.examples': 'Exemplos',
  'help.how': 'Como funciona',
  'help.verbTitle': 'ajuda de {verb}',
  'help.noHelp': 'não há ajuda para {word}',
  'help.noHelpVerbs': 'não há ajuda para {word}; os comandos são {verbs}',
  'help.matrixSyntax':
    'Matrizes: `[[2,3],[4,1]]` ou `[2 3; 4 1]`; uma lista simples `[1,2,3]` é uma linha. Entradas: `2`, `-1.5`, `1/3`, `2.5e-3`, `2*sqrt(3)/5`, `pi/4`, e as funções `sin cos tan exp log abs` (`cos(pi/3)` é exatamente 1/2, `log` é o logaritmo natural). Construtores: `eye(3)` `I3`, `ones(2,3)` `J3`, `hilbert(4)`, `pascal(4)`, `diag(1,2,3)`, `kms(4, 1/2)` (ρ^|i−j|), `gauss(4, 2)` (exp(−(i−j)²/s²)), `hann(5)` (uma janela, como linha), `causal(4)` (uns na diagonal e abaixo dela), `toeplitz(1, 1/2, 1/4)` (simétrica). Rótulos opcionais `A=…` e operadores `∘ .* * o` entre as matrizes. Até 6 matrizes, de no máximo 12×12 cada. Inteiros, decimais e frações são exatos.',
  'verb.product.description': 'Produto entrada a entrada (de Hadamard) de 2 a 6 matrizes do mesmo tamanho',
  'verb.schur.description': 'Teorema do produto de Schur: A, B e A∘B são semidefinidas positivas? Contraste com AB',
  'verb.psd.description': 'Esta matriz é semidefinida positiva? Veredito exato com certificado',
  'verb.oppenheim.description': 'Desigualdade de Oppenheim det(A∘B) ≥ det(A)·∏bᵢᵢ nos dois sentidos, e a de Hadamard',
  'verb.props.description': 'Verifique comutatividade, associatividade, distributividade, neutro J e transposta',
  'verb.relate.description': 'Relações com o produto usual: caso diagonal, diag(a)b, identidade do traço, A⊗B',
  'verb.apply.description': 'As aplicações, ao vivo: window, mask, gate, taper, image (exemplo embutido ou seus dados)',
  'verb.explain.description': 'A teoria, para estudantes do segundo ano: definition, schur, oppenheim, applications…',
  'verb.help.description': 'Como usar o bot, com exemplos que funcionam ao colar',
  'verb.quiz.description':
    'Pergunta de múltipla escolha para o canal: entry, property, psd, schur, oppenheim, trace, kronecker',
  'verb.answer.description': 'Responda a um quiz pelo id e pela sua escolha (os botões sob o quiz fazem o mesmo)',
  'verb.reveal.description': 'Encerre um quiz agora: a resposta certa, quem acertou e a solução detalhada',
  'verb.scores.description':
    'Ranking do canal, desta semana ou de sempre: pontos, acertos e sequências; pin o mantém publicado',
  'verb.settings.description':
    'Ver ou alterar ajustes do canal: private, figures, numbers, quiz_seconds, theme, timezone, language…',
  'verb.forget-me.description': 'Apague suas respostas e pontuações de quiz onde quer que o bot as guarde',
  'verb.schedule.description':
    'Execute um comando neste canal automaticamente: daily, weekdays ou weekly, em um horário local',
  'verb.me.description': 'Seu progresso, em particular: pontos, acertos por tema, seus equívocos, o que praticar',
  'verb.practice.description':
    'Pergunta particular só para você, do seu tema mais fraco, a menos que escolha um; fora do ranking',
  'verb.class.description': 'Para gestores do canal: participação, acertos e equívocos da semana; exportar como CSV',

  // ── explain ───────────────────────────────────────────────────────────────────────────────────────────────────
  'explain.overview.title': 'O produto de Hadamard em seis ideias',
  'explain.overview.summary':
    'Uma linha por ideia: o que é o produto, sua álgebra, dois teoremas, suas relações e seus usos.',
  'explain.overview.more': "Cada tema em detalhe: `/hadamard explain '<'topic'>'` com {topics}.",
  'explain.more': "Mais: `/hadamard explain '<'topic'>'` com {topics}.",
  'explain.unknown': '{word} não é um tema; os temas são {topics}',
  'explain.definition.title': 'O produto de Hadamard',
  'explain.definition.summary':
    'O produto de Hadamard multiplica duas matrizes do mesmo tamanho entrada por entrada: (A∘B)ᵢⱼ = aᵢⱼ·bᵢⱼ.',
  'explain.definition.body':
    'Tome duas matrizes A e B do mesmo tamanho m×n. O produto de Hadamard (ou de Schur, ou entrada a entrada) A∘B é a matriz m×n cuja entrada na linha i, coluna j é aᵢⱼ·bᵢⱼ. Nada é somado e nenhuma linha encontra uma coluna: cada posição fica por conta própria.\n```\n⎡ 2  3 ⎤   ⎡ 5  6 ⎤   ⎡ 10  18 ⎤\n⎣ 4  1 ⎦ ∘ ⎣ 7  8 ⎦ = ⎣ 28   8 ⎦\n```\nCompare com o produto usual AB, em que a entrada (i,j) é uma soma ao longo de uma linha inteira de A e de uma coluna inteira de B. O produto de Hadamard exige tamanhos iguais (não há broadcasting: uma matriz 1×2 e uma 2×1 não podem ser multiplicadas entrada a entrada). Experimente: `/hadamard [[2,3],[4,1]] [[5,6],[7,8]]`.',
  'explain.properties.title': 'Propriedades algébricas',
  'explain.properties.summary':
    'A multiplicação entrada a entrada herda as regras da multiplicação de números, posição por posição.',
  'explain.properties.body':
    '- Comutatividade: A∘B = B∘A\n- Associatividade: (A∘B)∘C = A∘(B∘C)\n- Distributividade: A∘(B+C) = A∘B + A∘C\n- Elemento neutro: a matriz de uns J, não a matriz identidade I: A∘J = A (enquanto A∘I mantém só a diagonal de A)\n- Transposta: (A∘B)ᵀ = Aᵀ∘Bᵀ\nCada uma vale porque vale para os números reais em cada posição. Verifique-as com suas próprias matrizes: `/hadamard props [[1,2],[3,4]] [[5,6],[7,8]] [[1,0],[0,1]]`.',
  'explain.schur.title': 'O teorema do produto de Schur',
  'explain.schur.summary':
    'Se A e B são semidefinidas positivas, A∘B também é; se ambas são definidas positivas, A∘B também é.',
  'explain.schur.body':
    'Uma matriz simétrica M é semidefinida positiva (M ⪰ 0) quando xᵀMx ≥ 0 para todo vetor x, e definida positiva quando xᵀMx > 0 para todo x ≠ 0. As matrizes de covariância são o exemplo do dia a dia.\n**Teorema (Schur).** Se A e B são matrizes n×n semidefinidas positivas, A∘B é semidefinida positiva; se A e B são definidas positivas, A∘B é definida positiva.\n**Por quê (esboço).** Escreva B em termos de seus autovetores: B = Σₖ λₖ vₖvₖᵀ com todo λₖ ≥ 0. Então bᵢⱼ = Σₖ λₖ (vₖ)ᵢ(vₖ)ⱼ e, para todo x,\n```\nxᵀ(A∘B)x = Σᵢⱼ aᵢⱼ bᵢⱼ xᵢ xⱼ = Σₖ λₖ (x∘vₖ)ᵀ A (x∘vₖ) ≥ 0\n```\npois cada λₖ ≥ 0 e cada (x∘vₖ)ᵀA(x∘vₖ) ≥ 0, já que A ⪰ 0.\nO produto usual **não** se comporta assim: para A e B semidefinidas positivas, AB nem precisa ser simétrica, muito menos semidefinida positiva. E se a hipótese falha (A ou B não é semidefinida positiva), o teorema não diz nada: A∘B pode ou não ser semidefinida positiva. Veja os dois casos com `/hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]`.',
  'explain.oppenheim.title': 'A desigualdade de Oppenheim',
  'explain.oppenheim.summary': 'Para A e B semidefinidas positivas: det(A∘B) ≥ det(A)·∏bᵢᵢ, e também ≥ det(B)·∏aᵢᵢ.',
  'explain.oppenheim.body':
    '**Desigualdade de Oppenheim.** Para A e B matrizes n×n semidefinidas positivas, det(A∘B) ≥ det(A)·b₁₁b₂₂⋯bₙₙ. Trocando os papéis de A e B, obtém-se também det(A∘B) ≥ det(B)·∏aᵢᵢ.\n**Matrizes de correlação.** Se B tem diagonal unitária (uma matriz de correlação), o produto de sua diagonal é 1 e a cota fica det(A∘B) ≥ det(A): atenuar entrada a entrada por uma matriz de correlação nunca diminui o determinante.\n**A desigualdade de Hadamard** det(A) ≤ a₁₁a₂₂⋯aₙₙ para A semidefinida positiva é o caso particular A∘I: a identidade I é semidefinida positiva com det(I) = 1, A∘I = diag(a₁₁,…,aₙₙ), e Oppenheim dá ∏aᵢᵢ = det(A∘I) ≥ det(A)·1.\n**Igualdade.** Se A é diagonal, A∘B é diagonal com entradas aᵢᵢbᵢᵢ, então det(A∘B) = det(A)·∏bᵢᵢ exatamente. Se B = J (só uns, uma matriz de correlação singular), A∘J = A e, de novo, det(A∘B) = det(A)·1. O bot decide a igualdade de forma exata quando os dados são inteiros, decimais ou frações.\nExperimente: `/hadamard oppenheim [[2,1],[1,2]] [[3,1],[1,3]]` e `/hadamard oppenheim [[2,1],[1,2]] ones(2,2)`.',
  'explain.relations.title': 'Relações com o produto usual',
  'explain.relations.summary':
    'Matrizes diagonais, diag(a)·b, a identidade do traço e o produto de Kronecker ligam ∘ aos produtos usuais.',
  'explain.relations.body':
    '- **Matrizes diagonais:** se A e B são ambas diagonais, A∘B = AB. É um dos raros casos em que os dois produtos coincidem.\n- **Vetores:** a∘b = diag(a)·b: multiplicar entrada a entrada por a é o mesmo que multiplicar pela matriz diagonal que tem a na diagonal.\n- **Identidade do traço:** tr(AᵀB) = 1ᵀ(A∘B)1 = Σᵢⱼ aᵢⱼbᵢⱼ, o produto interno de Frobenius: some todas as entradas de A∘B.\n- **Produto de Kronecker:** A∘B é uma submatriz de A⊗B: para matrizes m×n, tome as linhas 1, m+2, 2m+3, … e as colunas 1, n+2, 2n+3, … (as posições (i−1)·m+i e (j−1)·n+j).\nVeja as quatro com seus números: `/hadamard relate [[1,2],[3,4]] [[5,6],[7,8]]`.',
  'explain.applications.title': 'Onde o produto de Hadamard é usado',
  'explain.applications.summary':
    'Sempre que cada posição deve ser tratada isoladamente: estatística, aprendizado de máquina, sinais e imagens.',
  'explain.applications.body':
    '- **Atenuação de covariâncias ou tapering (estatística):** multiplica-se uma matriz de covariância entrada a entrada por uma matriz de correlação de suporte compacto para zerar os pares distantes. Pelo teorema do produto de Schur, a matriz atenuada continua semidefinida positiva, portanto ainda é uma covariância válida; da mesma forma, a correlação espacial ∘ temporal constrói covariâncias espaço-temporais.\n- **Portas e máscaras de atenção (aprendizado de máquina):** uma porta g ∈ [0,1]ⁿ de uma LSTM ou GRU escala um estado entrada a entrada, g∘c; uma máscara de atenção multiplica (ou soma −∞ a) as pontuações entrada a entrada para ocultar posições.\n- **Funções janela (processamento de sinais):** antes de uma transformada de Fourier, o sinal é multiplicado amostra a amostra por uma janela (Hann, Hamming) para reduzir o vazamento espectral; o mascaramento espectral multiplica um espectrograma entrada a entrada.\n- **Filtragem pixel a pixel (imagens):** uma máscara ou uma imagem de ganho por pixel multiplica uma imagem entrada a entrada: correção de vinheta, máscaras alfa, edições seletivas.\nExperimente uma máscara pequena: `/hadamard [[0.9,0.5],[0.5,0.9]] [[1,1],[0,1]]`, ou veja cada uma ao vivo com uma figura: `/hadamard apply window`, `apply mask`, `apply gate`, `apply taper`, `apply image`.',

  // ── product ───────────────────────────────────────────────────────────────────────────────────────────────────
  'product.title': 'Produto de Hadamard',
  'product.summary': '{name} = {matrix} ({shape}, {kind})',
  'product.kindExact': 'exato',
  'product.kindCertified': 'certificado',
  'product.kindNumerical': 'numérico',
  'product.entryByEntry':
    'Entrada a entrada: {worked}.\nCada entrada é multiplicada pela entrada na mesma posição, e nada mais.',
  'product.asDecimals': 'Em decimais (cada dígito mostrado é provado): {matrix}',
  'product.noteRational': 'Aritmética racional exata.',
  'product.noteExact':
    'Aritmética exata: raízes quadradas e potências de π ou de e são mantidas exatas, como escritas.',
  'product.noteCertified':
    'Aritmética certificada: valores conhecidos só por meio de intervalos (exp, log, funções trigonométricas de outros argumentos, π junto com e) são mostrados com os dígitos que seus intervalos provam.',
  'product.noteCertifiedSwitched':
    'Aritmética certificada: números longos demais para serem mantidos exatos são mostrados com os dígitos que seus intervalos provam.',
  'product.noteFloat':
    'Resposta numérica (ponto flutuante): os números são valores em precisão dupla lidos de um arquivo, acima do limite para a aritmética exata.',
  'product.noteFloatSwitched':
    'Resposta numérica (ponto flutuante): os números eram longos demais para serem mantidos exatos (mais de 2000 dígitos em uma entrada ou 4000 em uma matriz), então o motor passou para ponto flutuante.',
  'productFig.title': 'Produto de Hadamard {name}',
  'productFig.subtitle': '{count} matrizes de tamanho {shape}',
  'productFig.worked': 'Entrada ({i}, {j}) calculada passo a passo',
  'productFig.rule': 'Multiplique as entradas na mesma posição: {rule}',
  'productFig.heatNote': 'Dígitos demais para uma só figura: algumas matrizes são mostradas como mapas de cores. ',
  'productFig.exactShortened':
    'Aritmética exata. Números longos são abreviados aqui (≈); a resposta em texto os traz completos.',
  'productFig.exact': 'Aritmética exata.',
  'productFig.certified': 'Intervalos certificados: cada dígito mostrado é provado.',
  'productFig.float': 'Dados em ponto flutuante: números arredondados para exibição.',
  'productFig.altShapeHeat':
    'Produto de Hadamard de {count} matrizes {shape}, {name}, desenhadas como mapas de cores (roxo negativo, laranja positivo).',
  'productFig.altShapeGrid':
    'Produto de Hadamard de {count} matrizes {shape}, {name}, desenhadas como grades de números.',
  'productFig.altWorked': 'Entrada ({i}, {j}) calculada passo a passo: {factors} = {value}.',
  'productFig.altRule': 'Cada entrada do produto é o produto das entradas na mesma posição.',
  'productFig.altColours':
    'Cada entrada do produto é o produto das entradas na mesma posição; posições correspondentes compartilham uma cor e a entrada calculada aparece contornada.',

  // ── verdicts ──────────────────────────────────────────────────────────────────────────────────────────────────
  'verdict.pd': 'definida positiva',
  'verdict.psd': 'semidefinida positiva (singular, posto {rank})',
  'verdict.psdRank': 'semidefinida positiva, posto {rank}',
  'verdict.psdSingular': 'semidefinida positiva (singular)',
  'verdict.not_psd': 'não semidefinida positiva',
  'verdict.not_symmetric': 'não simétrica',
  'verdict.not_square': 'não quadrada',
  'verdict.undecided': 'indeterminada',
  'verdict.undecidedLong': 'indeterminada: uma quantidade é igual a 0 até o limite de precisão',
  'verdict.none': 'não calculada',
  'verdict.notDecided': 'não decidida',

  // ── certificates and eigenvalues ──────────────────────────────────────────────────────────────────────────────
  'cert.undecided': 'Indeterminado: {words}',
  'cert.witness': 'Testemunha: x = {x} dá xᵀ{label}x = {value} < 0.',
  'cert.minor':
    'Certificado: o menor principal 2×2 nas linhas {i} e {j} é negativo: {product} < {square} (um vetor testemunha não caberia em ponto flutuante).',
  'cert.diagonalPd':
    'Certificado: {label} é diagonal, então seus autovalores são suas entradas diagonais: todos positivos.',
  'cert.diagonalPsd':
    'Certificado: {label} é diagonal, então seus autovalores são suas entradas diagonais: todos ≥ 0, {rank} deles positivos.',
  'cert.ldlt':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ com pivoteamento simétrico) com D = diag({pivots}), todos os pivôs ≥ 0.',
  'cert.ldltPsd':
    'Certificado: {label} = PᵀLDLᵀP (LDLᵀ com pivoteamento simétrico) com D = diag({pivots}), todos os pivôs ≥ 0, {rank} deles positivos.',
  'cert.cholesky':
    'Certificado: após balancear com potências de dois, B = S{label}S (com o mesmo veredito que {label}) menos {tolerance}·I tem uma fatoração de Cholesky em precisão dupla, e as cotas de arredondamento dessa fatoração são menores que {tolerance}: todos os autovalores de B são positivos{shown}.',
  'cert.choleskyLowest': ' (seu menor autovalor é aproximadamente {value})',
  'eigen.approxZero': '≈0 (|λ| < {bound})',
  'eigen.positiveBelow': '0 < λ < {bound}',
  'eigen.between': 'em [{lo}, {hi}]',

  // ── arithmetic notes ──────────────────────────────────────────────────────────────────────────────────────────
  'note.rational': 'Aritmética racional exata: cada veredito acima é decidido de forma exata.',
  'note.exact':
    'Aritmética exata: as entradas são racionais, raízes quadradas e polinômios em π ou em e, em que o 0 é decidido de forma exata e cada sinal por intervalos refinados até haver certeza.',
  'note.certified':
    'Aritmética certificada: {why}, então cada sinal acima é provado com intervalos refinados até 1000 dígitos; nada se perde por arredondamento, e o que fica a menos de 10⁻¹⁰⁰⁰ de 0 é declarado indeterminado.',
  'note.certifiedSwitched':
    'alguns números são longos demais para serem mantidos exatos (mais de 2000 dígitos em uma entrada ou 4000 em uma matriz)',
  'note.certifiedWhy':
    'algumas entradas só são conhecidas por meio de intervalos (exp, log ou funções trigonométricas de outros argumentos, π junto com e)',
  'note.float':
    'Ponto flutuante com provas: {why}, então os vereditos são decididos em precisão dupla com cotas rigorosas para cada arredondamento (uma fatoração de Cholesky deslocada prova que a matriz é definida positiva, e garante-se que o xᵀMx de uma testemunha é negativo); o que essas cotas não conseguem separar de 0 é declarado indeterminado.',
  'note.floatSwitched':
    'os números eram longos demais para serem mantidos exatos (mais de 2000 dígitos em uma entrada ou 4000 em uma matriz)',
  'note.floatWhy':
    'as matrizes são números em precisão dupla lidos de um arquivo, acima do limite para a aritmética exata',
  'note.decimalPoint':
    'As matrizes são escritas da mesma forma em todos os idiomas, inclusive em português: o ponto `.` é o separador decimal e a vírgula `,` separa as entradas (`[[1.5, 2]]`).',
  'words.exact': 'aritmética exata',
  'words.certified': 'intervalos certificados',
  'words.float': 'ponto flutuante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.title': 'Teorema do produto de Schur',
  'schur.verdicts': 'Vereditos',
  'schur.theorem': 'O teorema',
  'schur.proof': 'Esboço da demonstração, verificado',
  'schur.line': '- {name}: **{verdict}**',
  'schur.lineNotSymmetricAB':
    ' (então não pode ser semidefinida positiva: o produto usual de matrizes simétricas não precisa ser simétrico)',
  'schur.lineSymmetricPart':
    ' (ser semidefinida positiva é uma propriedade das matrizes simétricas; sua parte simétrica é {verdict})',
  'schur.lineNotComputed':
    '- {name}: não calculada: {where} seria da ordem de {size}, além do alcance do ponto flutuante',
  'schur.anEntry': 'uma entrada',
  'schur.smallest': ', menor autovalor {value}',
  'schur.summaryStrong': '{a} e {b} são definidas positivas, então {ab} é definida positiva (Schur) — e de fato é.',
  'schur.summaryPsd':
    '{a} e {b} são semidefinidas positivas, então {ab} é semidefinida positiva (Schur) — e de fato é: {verdict}.',
  'schur.theoremOk':
    'A hipótese é satisfeita, então o teorema do produto de Schur garante {ab} {rel} 0, e a verificação confirma.',
  'schur.theoremUndecided':
    'A hipótese é satisfeita, então o teorema do produto de Schur garante {ab} {rel} 0; a verificação direta fica indeterminada (uma quantidade igual a 0 até {digits} dígitos), o que o teorema resolve.',
  'schur.theoremBug': 'A hipótese é satisfeita, mas a verificação discorda: por favor, relate isto como um bug.',
  'schur.summaryOpen':
    'Não está decidido se {a} e {b} são ambas semidefinidas positivas (uma quantidade é igual a 0 até o limite de precisão), então o teorema do produto de Schur não é aplicado nem descartado; {ab} é {verdict}.',
  'schur.theoremOpen': 'A hipótese ({a} ⪰ 0 e {b} ⪰ 0) fica indeterminada aqui: veja os vereditos acima.',
  'schur.failing': '{name} é {verdict}',
  'schur.summaryFails': 'O teorema do produto de Schur não se aplica ({failing}); mesmo assim, {ab} é {verdict}.',
  'schur.whyNotSymmetric':
    ' Ser semidefinida positiva é uma propriedade das matrizes simétricas, então uma matriz de entrada não simétrica não pode satisfazê-la.',
  'schur.theoremFails':
    'A hipótese ({a} ⪰ 0 e {b} ⪰ 0) não é satisfeita, então o teorema não promete nada aqui.{why} Sem a hipótese, {ab} pode ou não ser semidefinida positiva; aqui ela é {verdict}.',
  'schur.contrastRange':
    'O produto usual {ord} fica aqui além do alcance do ponto flutuante, então não é comparado; o produto de Hadamard preserva a magnitude de cada entrada, enquanto o usual soma n delas.',
  'schur.contrastLuck':
    'O produto usual {ord} acaba sendo {verdict} aqui, mas é sorte: para A e B semidefinidas positivas, AB nem precisa ser simétrica.',
  'schur.contrastNot':
    'O produto usual {ord} é {verdict}: o produto usual não preserva a propriedade de ser semidefinida positiva; o de Hadamard preserva.',
  'schur.proofBody':
    'Com {b} = Σₖ λₖ vₖvₖᵀ: xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ). Para x = ({x}): lado esquerdo {lhs}, lado direito {rhs} — {agree} (ponto flutuante). Quando todo λₖ ≥ 0 e {a} ⪰ 0, cada termo é ≥ 0.',
  'schur.agree': 'coincidem',
  'schur.disagree': 'NÃO coincidem',

  // ── schur: the figure ─────────────────────────────────────────────────────────────────────────────────────────
  'schurFig.statementStrong': '{a} ≻ 0 e {b} ≻ 0 ⇒ {ab} ≻ 0 (forma forte: definida positiva)',
  'schurFig.statement': '{a} ⪰ 0 e {b} ⪰ 0 ⇒ {ab} ⪰ 0',
  'schurFig.is': 'Vale {m} {rel} 0?',
  'schurFig.then': 'Então vale {m} {rel} 0?',
  'schurFig.and': 'e',
  'schurFig.applies': 'o teorema se aplica',
  'schurFig.notApplies': 'o teorema não se aplica',
  'schurFig.claimStrong': '{a} e {b} são definidas positivas, então {ab} é definida positiva',
  'schurFig.claim': '{a} e {b} são semidefinidas positivas, então {ab} é semidefinida positiva',
  'schurFig.indeed': '; de fato, {fact}',
  'schurFig.isVerdict': '{name} é {verdict}',
  'schurFig.both': '{first} e {second}',
  'schurFig.fails': '✗ A hipótese não é satisfeita: {who}.',
  'schurFig.saysNothing': 'O teorema não diz nada sobre {ab} aqui; ela acaba sendo {verdict}.',
  'schurFig.luck': 'Aqui {ord} também acaba sendo semidefinida positiva.',
  'schurFig.needNot':
    'O produto de matrizes semidefinidas positivas não precisa ser semidefinido positivo, nem mesmo simétrico.',
  'schurFig.contrast': 'Contraste: o produto usual {ord}',
  'schurFig.about': 'O teorema de Schur trata do produto entrada a entrada {ab}, não de {ord}.',
  'schurFig.identity': 'Identidade da demonstração xᵀ({ab})x = Σₖ λₖ (x∘vₖ)ᵀ{a}(x∘vₖ), verificada para um x: {check}',
  'schurFig.exact': 'Aritmética exata; os autovalores são intervalos certificados, como evidência.',
  'schurFig.provedBy': 'Vereditos provados: {list}.',
  'schurFig.withEnclosures': '{m} com intervalos certificados',
  'schurFig.exactly': '{m} de forma exata',
  'schurFig.float': 'Ponto flutuante com cotas de arredondamento.',
  'schurFig.floatTolerance': 'Ponto flutuante com cotas de arredondamento, tolerância {tolerance}.',
  'schurFig.smallest': ' (menor autovalor {value})',
  'schurFig.alt1': 'Figura do teorema do produto de Schur, matrizes {shape}: {statement}.',
  'schurFig.altHolds': 'A hipótese é satisfeita, então o teorema se aplica.',
  'schurFig.altFails': 'A hipótese não é satisfeita, então o teorema não se aplica.',
  'schurFig.altContrast': 'Para contraste, o produto usual {ord} é {verdict}.',
  // ── psd (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'apply.why': 'Por que o produto de Hadamard',
  'apply.needsApp': 'apply precisa de uma aplicação: {apps}',
  'apply.needsAppHint': 'Exemplo: /hadamard apply window, /hadamard {example}',
  'apply.notApp': '{word} não é uma aplicação que eu possa mostrar; elas são {apps}',
  'apply.notAppNear': '{word} não é uma aplicação que eu possa mostrar — você quis dizer "{near}"?; elas são {apps}',
  'apply.example': 'Exemplo: /hadamard {example}',
  'apply.exampleBare': 'Exemplo: {example}',
  'apply.isNumber': '{word} é um número, não uma matriz: coloque as entradas entre colchetes',
  'apply.unknownWord': 'apply {app} não conhece {word}: aceita {list}',
  'apply.oneChoice': 'apply {app} aceita uma só opção ({list}); recebeu {got}',
  'apply.oneOf': 'apply {app} aceita {key} uma só vez ({list}); recebeu {got}',
  'apply.list.window': 'uma janela: hann, hamming, blackman ou tukey',
  'apply.list.mask': 'causal, padding:k (as últimas k chaves são preenchimento), ou ambas',
  'apply.list.gate': 'seed:N (N de 0 a 4294967295) para outros vetores embutidos',
  'apply.list.taper': 'nenhuma palavra, só as matrizes A e B',
  'apply.list.image': 'uma máscara: vignette, checkerboard ou gradient (ou uma matriz de máscara)',
  'apply.atMost': 'apply {app} aceita no máximo {max, plural, one {# matriz} other {# matrizes}}; encontrei {found}',
  'apply.atMostFiles':
    'apply {app} aceita no máximo {max, plural, one {# matriz} other {# matrizes}}; encontrei {found} (contando os arquivos anexados)',
  'apply.imageNoRoom': 'com duas matrizes (uma imagem e sua máscara) não cabe também a máscara {word}',
  'apply.imageNoRoomHint':
    'Exemplo: /hadamard apply image [[1,0.5],[0.5,1]] [[0,1],[1,0]], ou /hadamard apply image [[1,0.5],[0.5,1]] vignette',
  'apply.maxOperands': 'no máximo {max} matrizes; foram recebidas {got}',
  'apply.textTooLong': 'as matrizes têm {length} caracteres; o limite é {max}',
  'apply.notVector': '{what} deve ser um vetor (uma linha ou uma coluna), mas é {shape}',
  'apply.notVectorHint': 'Informe-o como linha: {example}',
  'apply.numericalFloat': 'Numérico (ponto flutuante)',
  'apply.window.title': 'Aplicações: uma janela {window}',
  'apply.window.summary': 'x∘w para {label}, {exact, select, yes {exato} other {numérico}}. {drop}',
  'apply.window.theSignal': 'O sinal',
  'apply.window.tooShort': 'uma janela precisa de um sinal de pelo menos 2 amostras',
  'apply.window.spectrumX': 'o espectro de x',
  'apply.window.spectrumXw': 'o espectro de x∘w',
  'apply.window.why':
    'Janelar é x∘w: cada amostra é multiplicada pelo valor da janela no mesmo instante, um produto de Hadamard de dois vetores. A DFT trata as n amostras como um período de um sinal periódico, então um tom que não cabe num número inteiro de períodos salta na emenda, e esse salto vaza para todas as frequências. A janela {window} atenua as duas pontas em direção a zero, o que remove o salto: o vazamento cai, ao preço de um pico principal mais largo.',
  'apply.window.drop':
    'Longe do pico principal (a mais de {away} bins), o nível típico (mediana) do espectro é {before} antes e {after} depois da janela.',
  'apply.window.noDrop':
    'O sinal é curto demais para ter frequências longe do seu pico principal; os espectros mostram a forma mesmo assim.',
  'apply.window.builtIn':
    'o sinal embutido ({n} amostras: um tom de 8.5 ciclos, a meio caminho entre dois bins da DFT, e outro 40 dB mais fraco de 20.25 ciclos)',
  'apply.window.yours': 'o seu sinal ({n} amostras)',
  'apply.window.leakage': 'Vazamento espectral',
  'apply.window.noteExact': 'x∘w é exato (aritmética racional).',
  'apply.window.noteFloat': 'Numérico (ponto flutuante): o sinal ou a janela tem valores irracionais.',
  'apply.window.note':
    '{exactness} Os espectros são em ponto flutuante: |DFT| pelo fft.js, completada com zeros até {size} pontos, em dB abaixo do pico de cada espectro (desenhados até {floor} dB).',
  'apply.mask.title': 'Aplicações: uma máscara de atenção',
  'apply.mask.summary':
    '{mask}. softmax(S)∘M tem somas por linha {sums}; renormalizada, é igual ao softmax com −∞ nas pontuações mascaradas (numérico).',
  'apply.mask.sentence': 'O gato dorme lá no sofá',
  'apply.mask.notSquare':
    'uma máscara causal precisa de tantas consultas quanto chaves (uma matriz de pontuações quadrada), mas as pontuações são {m}×{n}',
  'apply.mask.notSquareHint': 'Exemplo: {example}, ou padding:1 para qualquer formato',
  'apply.mask.allPadding': 'padding:{k} mascara todas as {n} chaves, então nenhuma consulta poderia atender a nada',
  'apply.mask.allPaddingHint':
    'O preenchimento deve deixar ao menos uma chave: padding:{k}. Exemplo: apply mask padding:2',
  'apply.mask.underflow':
    'a probabilidade softmax de {where} é de cerca de 10^{exponent}: pequena demais para ponto flutuante (tamanhos não nulos de cerca de 4.9×10⁻³²⁴ a 1.8×10³⁰⁸), e mostrá-la como 0 perderia um valor não nulo',
  'apply.mask.underflowHint':
    'Pontuações a menos de algumas centenas umas das outras ao longo de uma linha mantêm todas as probabilidades no intervalo. Exemplo: {example}',
  'apply.mask.whereToken': 'a consulta "{query}" → a chave "{key}" (entrada ({i},{j}))',
  'apply.mask.whereEntry': 'a entrada ({i},{j})',
  'apply.mask.causal': 'causal: cada consulta vê a si mesma e as chaves anteriores',
  'apply.mask.padding':
    'preenchimento: {k, plural, one {a última chave é preenchimento e nenhuma consulta a vê} other {as últimas # chaves são preenchimento e nenhuma consulta as vê}}',
  'apply.mask.both':
    'causal ∘ preenchimento (máscaras também se combinam pelo produto de Hadamard): nenhuma chave futura, nem as últimas {k}',
  'apply.mask.why':
    'Uma máscara é uma matriz de 0 e 1 sobreposta à atenção entrada a entrada: P∘M mantém as probabilidades que uma consulta pode usar e zera o resto, um produto de Hadamard. As probabilidades zeradas faziam parte do denominador do softmax de cada linha, então uma linha de P∘M soma menos de 1 e precisa ser dividida de novo pela sua soma (renormalizada) para ser uma distribuição. Somar −∞ às pontuações mascaradas antes do softmax faz as duas coisas de uma vez, pois e^−∞ = 0 tira esses termos do denominador: as duas convenções dão a mesma atenção.',
  'apply.mask.scores': 'pontuações S',
  'apply.mask.mask': 'máscara M',
  'apply.mask.convention1': 'Convenção 1: multiplicar as probabilidades por M e renormalizar',
  'apply.mask.convention2': 'Convenção 2: somar −∞ às pontuações mascaradas e aplicar o softmax',
  'apply.mask.rowSums': 'Somas por linha de softmax(S)∘M: {sums} (a massa dada às chaves mascaradas sumiu).',
  'apply.mask.eachRow': 'softmax(S)∘M, cada linha dividida pela sua soma:',
  'apply.mask.same':
    'softmax(S + (−∞)·(J − M)) dá a mesma matriz: a maior diferença entre as duas é {difference} (arredondamento de ponto flutuante).',
  'apply.mask.note':
    'Numérico (ponto flutuante): o softmax usa exp. As entradas mascaradas são exatamente 0 nas duas convenções; {builtIn, select, yes {as pontuações são as da frase embutida} other {as pontuações são suas}}{exact, select, yes { e exatas} other {}}.',
  'apply.gate.title': 'Aplicações: uma porta de LSTM',
  'apply.gate.summary':
    'cₜ = f∘cₜ₋₁ + i∘g = ({c}) ({d, plural, one {# célula} other {# células}}, {exact, select, yes {exato} other {numérico}}).',
  'apply.gate.needsFour': 'gate precisa de quatro vetores, cₜ₋₁ f i g, ou nenhum para um exemplo embutido; recebeu {n}',
  'apply.gate.needsFourHint': 'Exemplo: /hadamard {example}, ou /hadamard apply gate seed:7',
  'apply.gate.seedWithVectors': 'seed:N constrói os vetores; com os seus próprios quatro vetores não há o que semear',
  'apply.gate.vector': '{name} (o {k, select, 1 {primeiro} 2 {segundo} 3 {terceiro} other {quarto}} vetor)',
  'apply.gate.lengths':
    'cₜ₋₁ tem {d} entradas mas {name} tem {length}: o passo da célula as multiplica entrada a entrada',
  'apply.gate.forget': 'f (a porta de esquecimento)',
  'apply.gate.input': 'i (a porta de entrada)',
  'apply.gate.notSigmoid': '{name} é uma saída sigmoide, entre 0 e 1, mas sua entrada {k} é {value}',
  'apply.gate.notSigmoidHint':
    'As entradas de uma porta dizem quanto passa: de 0 (nada) a 1 (tudo). Exemplo: /hadamard {example}',
  'apply.gate.why':
    'Cada porta é um vetor de números entre 0 e 1, um por célula de memória, e age pelo produto de Hadamard: f∘cₜ₋₁ mantém uma fração do valor antigo de cada célula, i∘g escreve uma fração de cada valor candidato. Cada célula é controlada separadamente, então a rede pode guardar um número por muitos passos (f perto de 1, i perto de 0) enquanto sobrescreve outro (f perto de 0, i perto de 1). Um produto de matrizes comum misturaria as células; o produto entrada a entrada é o que permite que cada uma lembre ou esqueça separadamente.',
  'apply.gate.most':
    'A célula {keeps} mantém a maior parte da sua memória (f = {f}); a célula {writes} escreve a maior parte do seu candidato (i = {i}).',
  'apply.gate.exact': 'Aritmética racional exata',
  'apply.gate.note': '{exactness}. A LSTM completa também calcula hₜ = o∘tanh(cₜ), mais um produto de Hadamard.',
  'apply.gate.noteSeed':
    '{exactness}; vetores embutidos a partir da semente {seed} (`apply gate seed:N` para outros). A LSTM completa também calcula hₜ = o∘tanh(cₜ), mais um produto de Hadamard.',
  'apply.taper.title': 'Aplicações: atenuação de covariâncias (tapering)',
  'apply.taper.summary':
    '{ab} é {verdict}{hypothesis, select, yes {, como Schur garante} other {}}; {zeros} de {total} entradas são exatamente 0 ({exact, select, yes {exato} other {numérico}}).',
  'apply.taper.tooMany': 'taper aceita no máximo duas matrizes, A e B; recebeu {n}',
  'apply.taper.notSquare': '{name} é {shape}: uma covariância é quadrada',
  'apply.taper.shapes': '{a} é {shapeA} mas {b} é {shapeB}; o produto entrada a entrada precisa de formatos iguais',
  'apply.taper.describeA': 'correlação exponencial (AR(1)) ρ^|i−j|, kms({n}, 9/10)',
  'apply.taper.describeB': 'taper de Wendland (1 − r)⁴(4r + 1), r = |i − j|/{w}, nulo a partir da defasagem {w}',
  'apply.taper.givenMatrix': 'a matriz dada',
  'apply.taper.notComputed': 'não calculado',
  'apply.taper.holds':
    '{a} e {b} são semidefinidas positivas, então o teorema do produto de Schur garante {ab} ⪰ 0, e a verificação confirma: {verdict}.',
  'apply.taper.fails':
    'O teorema precisa que os dois fatores sejam semidefinidos positivos, e {failing}: ele não promete nada, e {ab} é {verdict}.',
  'apply.taper.zeros': '{zeros} das {total} entradas de {ab} são exatamente 0.',
  'apply.taper.why':
    'A atenuação multiplica uma covariância entrada a entrada por um taper que vale exatamente 0 além de certa distância: o produto de Hadamard mantém as covariâncias próximas (um pouco reduzidas) e zera as distantes, então a matriz fica esparsa e rápida de fatorar. Zerar à mão entradas de uma covariância pode destruir a semidefinição positiva; multiplicar por um taper semidefinido positivo não pode, porque o produto de Hadamard de matrizes semidefinidas positivas é semidefinido positivo (Schur). É por isso que os tapers são escolhidos entre funções definidas positivas, como a de Wendland.',
  'apply.taper.lambdaNote': 'Os λmin são os pontos médios de intervalos certificados (evidência, não o critério).',
  'apply.image.title': 'Aplicações: filtrar uma imagem pixel a pixel',
  'apply.image.summary':
    '{what} ∘ {mask}: o pixel ({row},{col}) passa a ser {product}{exact, select, yes { (exato)} other {}}.',
  'apply.image.theImage': 'A imagem',
  'apply.image.theMask': 'A máscara',
  'apply.image.notBrightness':
    '{what} contém brilhos, de 0 (preto) a 1 (branco) ou de 0 a 255, mas a entrada ({i},{j}) é {value}',
  'apply.image.notBrightnessHint': 'Exemplo: /hadamard {example} (uma máscara: quanto passa de cada pixel, de 0 a 1)',
  'apply.image.vignette': 'uma vinheta (1 no centro, 1/4 nos cantos)',
  'apply.image.checkerboard': 'um tabuleiro de xadrez (1 mantém uma casa, 0 a deixa preta)',
  'apply.image.gradient': 'um gradiente (de 0 na borda esquerda a 1 na direita)',
  'apply.image.yourMask': 'a sua máscara {rows}×{cols}',
  'apply.image.yourMaskBlocks': 'a sua máscara {rows}×{cols}, cada entrada cobrindo um bloco de {h}×{w} pixels',
  'apply.image.yourImage': 'a sua imagem {h}×{w}',
  'apply.image.givenImage': 'a imagem {h}×{w}',
  'apply.image.builtIn': 'a imagem colorida embutida {h}×{w}',
  'apply.image.why':
    'Uma imagem em cinza é uma matriz de brilhos (uma imagem colorida são três, uma por canal), e uma máscara do mesmo tamanho diz quanto passa de cada pixel. Filtrar por uma máscara é imagem ∘ máscara: cada pixel de saída é o pixel de entrada vezes o valor da máscara no mesmo lugar, nada mais: exatamente o produto de Hadamard (em cores, a máscara se repete nos três canais). Ao contrário de um desfoque ou de qualquer convolução, nenhum pixel olha para os vizinhos.',
  'apply.image.image': 'imagem',
  'apply.image.mask': 'máscara',
  'apply.image.pixel':
    'Pixel ({row},{col}){rgb, select, yes {, canal vermelho} other {}}: {product} (brilho de 0 a 1).\nBrilho médio: {before} antes, {after} depois.',
  'apply.image.exact': 'O pixel acima é exato (aritmética racional)',
  'apply.image.note':
    '{exactness}{scaled, select, yes {; os valores de 8 bits foram divididos por 255} other {}}. A figura desenha as imagens arredondadas a 8 bits por canal.',
  'applyFig.window.heading': 'Janelamento: x ∘ w, janela {window}',
  'applyFig.window.sub': '{n} amostras · x∘w {exact, select, yes {exato} other {numérico}}',
  'applyFig.window.subBuiltIn':
    '{n} amostras (embutido: um tom e outro 40 dB mais fraco) · x∘w {exact, select, yes {exato} other {numérico}}',
  'applyFig.window.signal': 'sinal x',
  'applyFig.window.window': '∘ janela w ({window})',
  'applyFig.window.product': '= x ∘ w: cada amostra vezes o valor da janela ali',
  'applyFig.window.spectrum': 'Espectro de magnitude (dB abaixo do pico)',
  'applyFig.window.weakTone': 'tom fraco',
  'applyFig.window.frequency': 'frequência, ciclos por amostra',
  'applyFig.window.before': 'antes: só x',
  'applyFig.window.beforeFar': 'antes: só x, longe do pico {level}',
  'applyFig.window.after': 'depois: x∘w ({window})',
  'applyFig.window.afterFar': 'depois: x∘w ({window}), longe do pico {level}',
  'applyFig.window.alt':
    'Janela {window} aplicada a um sinal de {n} amostras: três faixas mostram o sinal x, a janela w (0 nas duas pontas, 1 no meio) e o produto entrada a entrada x∘w, que se desvanece até 0 nas duas pontas.',
  'applyFig.window.altSpectra': 'Abaixo, os espectros de magnitude em dB: só o sinal (tracejado) e x∘w (contínuo).',
  'applyFig.window.altLeak':
    'Longe do pico principal, o nível típico do espectro cai de {before} antes para {after} depois da janela: menos vazamento espectral.',
  'applyFig.window.altWeak': 'Com a janela, o segundo tom, mais fraco, se destaca do vazamento.',
  'applyFig.mask.heading': 'Máscara de atenção: softmax, depois ∘ M',
  'applyFig.mask.subBuiltIn': 'frase embutida · ponto flutuante (softmax usa exp)',
  'applyFig.mask.sub': 'as suas pontuações {m}×{n} · ponto flutuante (softmax usa exp)',
  'applyFig.mask.scores': 'pontuações S',
  'applyFig.mask.rowsCols': 'linhas: consultas, colunas: chaves',
  'applyFig.mask.mask': 'máscara M',
  'applyFig.mask.lessThan1': 'as linhas somam menos de 1',
  'applyFig.mask.divide': '÷ somas das linhas',
  'applyFig.mask.minusInfinity': '= softmax(S − ∞ onde M é 0)',
  'applyFig.mask.probability': 'probabilidade',
  'applyFig.mask.masked': 'mascarada: exatamente 0',
  'applyFig.mask.paragraph':
    'Cada linha de softmax(S)∘M soma menos de 1: a parte das chaves mascaradas sumiu. Dividir pela soma da linha, ou somar −∞ às pontuações mascaradas antes do softmax, dá a mesma atenção (maior diferença {difference}).',
  'applyFig.mask.alt':
    'Atenção com uma máscara {mask} sobre uma matriz de pontuações {m}×{n}. Quatro mapas de calor: as pontuações; a máscara de 0 e 1 (células mascaradas hachuradas); o softmax das pontuações vezes a máscara, cujas linhas somam {sums}; e a atenção renormalizada, igual ao softmax com menos infinito nas pontuações mascaradas. Linhas renormalizadas: {rows}.',
  'applyFig.gate.keep': 'manter: f ∘ cₜ₋₁',
  'applyFig.gate.write': 'escrever: i ∘ g',
  'applyFig.gate.sum': 'soma',
  'applyFig.gate.heading': 'Passo de uma célula LSTM: cₜ = f∘cₜ₋₁ + i∘g',
  'applyFig.gate.sub':
    '{n, plural, one {# célula de memória} other {# células de memória}} · os seus vetores · {exact, select, yes {exato} other {numérico}}',
  'applyFig.gate.subBuiltIn':
    '{n, plural, one {# célula de memória} other {# células de memória}} · embutido, semente {seed} · {exact, select, yes {exato} other {numérico}}',
  'applyFig.gate.paragraph':
    'Medidores verdes: quanto passa de cada célula (de 0 a 1). Barras: valores, à direita da linha positivos, à esquerda negativos. Cada célula é controlada separadamente: isso é o produto entrada a entrada.',
  'applyFig.gate.cell': 'célula {k}: {f} × {c0} = {kept} mantido, {i} × {g} = {written} escrito, novo estado {c}',
  'applyFig.gate.alt':
    'Um passo de uma célula LSTM com {n} células, c_t = f∘c_(t−1) + i∘g, como uma tabela de medidores e barras. {rows}{more}.',
  'applyFig.taper.heading': 'Atenuação de covariâncias: A ∘ B',
  'applyFig.taper.subExact': '{n}×{n} · veredictos exatos · λmin: evidência em ponto flutuante',
  'applyFig.taper.subFloat': '{n}×{n} · ponto flutuante · λmin: evidência em ponto flutuante',
  'applyFig.taper.psdRank': 'semidefinida positiva, posto {rank}',
  'applyFig.taper.notPsd': 'não semidefinida positiva',
  'applyFig.taper.zero': 'exatamente 0',
  'applyFig.taper.paragraph': '{describeA}; {describeB}. {zeros} de {total} entradas de {ab} são exatamente 0. {schur}',
  'applyFig.taper.schur': '{a} e {b} são semidefinidas positivas, então {ab} também é (Schur).',
  'applyFig.taper.noSchur': 'A hipótese de Schur falha aqui: nenhuma garantia.',
  'applyFig.taper.alt':
    'Atenuação de covariâncias em matrizes {n}×{n}, três mapas de calor numa mesma escala de cores: {a} ({describeA}), {verdictA}, menor autovalor {lambdaA}; {b} ({describeB}), {verdictB}, menor autovalor {lambdaB}; e {ab}, {verdictAB}, menor autovalor {lambdaAB}, com {zeros} de {total} entradas exatamente zero (hachuradas), uma faixa ao longo da diagonal.',
  'applyFig.taper.altSchur':
    'Pelo teorema do produto de Schur, o produto de duas matrizes semidefinidas positivas é semidefinido positivo.',
  'applyFig.image.heading': 'Filtragem pixel a pixel: imagem ∘ máscara',
  'applyFig.image.subBuiltIn': 'imagem de teste embutida · brilho médio {before} → {after}',
  'applyFig.image.sub': 'a sua imagem · brilho médio {before} → {after}',
  'applyFig.image.image': 'imagem',
  'applyFig.image.mask': 'máscara',
  'applyFig.image.product': 'imagem ∘\u00a0máscara',
  'applyFig.image.rgb': '{h}×{w}, RGB',
  'applyFig.image.grey': '{h}×{w}, cinza',
  'applyFig.image.maskNote': '{mask}, de 0 a 1',
  'applyFig.image.yourMask': 'a sua máscara',
  'applyFig.image.vignette': 'vinheta',
  'applyFig.image.checkerboard': 'tabuleiro',
  'applyFig.image.gradient': 'gradiente',
  'applyFig.image.pixelByPixel': 'pixel a pixel',
  'applyFig.image.workedOutlined': 'Pixel ({row},{col}){rgb, select, yes {, vermelho} other {}}, contornado: {product}',
  'applyFig.image.worked': 'Pixel ({row},{col}){rgb, select, yes {, vermelho} other {}}: {product}',
  'applyFig.image.paragraph':
    'Cada pixel de saída é o pixel de entrada vezes o valor da máscara no mesmo lugar (em cores, em cada canal): nenhum vizinho participa.',
  'applyFig.image.altVignette': 'uma vinheta, clara no centro e mais escura em direção aos cantos',
  'applyFig.image.altCheckerboard': 'um tabuleiro de casas brancas (1, mantidas) e pretas (0, removidas)',
  'applyFig.image.altGradient': 'um gradiente do preto na borda esquerda ao branco na direita',
  'applyFig.image.altMatrix': 'a máscara dada',
  'applyFig.image.altBuiltIn': 'uma imagem de teste embutida (céu, sol, colinas, uma árvore e um campo listrado)',
  'applyFig.image.altSized': 'uma imagem {h}×{w}',
  'applyFig.image.alt':
    'Filtragem pixel a pixel: {what}; {mask}; e o produto entrada a entrada delas, a imagem filtrada, lado a lado. {worked}. Brilho médio {before} antes e {after} depois.',


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
