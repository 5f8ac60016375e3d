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
  'psd.title': 'Semidefinida positiva?',
  'psd.summary': '{label} é **{verdict}**.',
  'psd.summaryPd': '{label} é **{verdict}** (posto {rank}).',
  'psd.summaryNotPsd': '{label} não é **semidefinida positiva**.',
  'psd.notSquare':
    '{label} é {shape}, não quadrada: ser semidefinida positiva é uma propriedade de matrizes quadradas simétricas.',
  'psd.notSymmetric':
    '{label} não é simétrica, então "semidefinida positiva" não se aplica (é uma propriedade de matrizes simétricas).',
  'psd.symmetricPart': 'A parte simétrica',
  'psd.symmetricPartWhy':
    'Para xᵀ{label}x só importa a parte simétrica S = ({label}+{label}ᵀ)/2, pois xᵀ{label}x = xᵀSx para todo x.',
  'psd.symmetricVerdict': 'S é **{verdict}**.',
  'psd.symmetricVerdictNotPsd': 'S não é **semidefinida positiva**.',
  'psd.undecided':
    'Não está decidido se {label} é semidefinida positiva: uma quantidade é igual a 0 até {digits} dígitos e pode ser exatamente 0.',
  'psd.undecidedSymmetry':
    'Não está decidido se {label} é semidefinida positiva: duas entradas que deveriam coincidir coincidem até {digits} dígitos e podem ser exatamente iguais.',
  'psd.undecidedWords':
    '{what} é igual a 0 até {digits} dígitos; pode ser exatamente 0. Se esse valor for positivo, a fatoração continua; se for 0, {label} é singular (semidefinida positiva de posto {rank} se o resto da fatoração também for 0); se for negativo, {label} não é semidefinida positiva.',
  'psd.undecidedWordsSymmetry':
    '{what} de {label} coincidem até {digits} dígitos e podem ser exatamente iguais. Se forem, {label} é simétrica e você pode pedir o veredito de novo escrevendo as duas da mesma forma; se não, {label} não é simétrica.',
  'psd.what.pivot': 'o pivô {k} da fatoração LDLᵀ',
  'psd.what.schurComplement': 'uma entrada fora da diagonal do complemento de Schur após {k} pivôs',
  'psd.what.detPivot': 'um pivô do determinante',
  'psd.what.rank': 'o posto',
  'psd.what.sign': 'um sinal',
  'psd.what.entries': 'as entradas ({i},{j}) e ({j},{i})',
  'psd.what.balanced': 'o menor autovalor da matriz balanceada',
  'psd.what.quantity': 'uma quantidade',
  'psd.eigenNotShown': 'não mostrados (uma entrada ou um autovalor está fora do alcance do ponto flutuante)',
  'psd.eigenDiagonal': 'Autovalores (as entradas diagonais de {label}): {list}.',
  'psd.eigenCertified':
    'Autovalores (intervalos certificados, mostrados como evidência; os dígitos mostrados são demonstrados): {list}.',
  'psd.eigenCertifiedZeros':
    'Autovalores (intervalos certificados, mostrados como evidência; os dígitos mostrados são demonstrados) ({zeros, plural, one {um é} other {# são}} exatamente 0: o posto é {rank}): {list}.',
  'psd.eigenFloat': 'Autovalores (ponto flutuante, mostrados como evidência): {list}.',
  'psd.eigenBalanced': 'Autovalores da matriz balanceada D⁻¹ᐟ²{label}D⁻¹ᐟ², que decidem: {list}.',
  'psd.noneNegative': 'Nenhum é negativo.',
  'psd.latexPsd': '(semidefinida positiva)',
  'psd.latexNotSymmetric': '(não simétrica: ser semidefinida positiva é uma propriedade de matrizes simétricas)',
  'psd.latexNotSquare': '{label} não é quadrada: ser semidefinida positiva é uma propriedade de matrizes quadradas',
  'psd.latexNotDecided': '{label}: não decidida',
  'psdFig.heading': '{label} é semidefinida positiva?',
  'psdFig.eigenDiagonal': 'Autovalores (as entradas diagonais)',
  'psdFig.eigenEvidence': 'Autovalores (evidência, não o critério)',
  'psdFig.itsEigenvalues': 'seus autovalores',
  'psdFig.band': 'faixa sombreada: perto demais de 0 para distinguir em ponto flutuante',
  'psdFig.counts': '{n} autovalores, em ordem crescente: {negative} negativos, {zeros} zero, {positive} positivos',
  'psdFig.countsAbout':
    '{n} autovalores, em ordem crescente: {negative} negativos, {zeros} quase zero, {positive} positivos',
  'psdFig.pd': 'Todos os autovalores são positivos: xᵀMx > 0 para todo x\u00a0≠\u00a00.',
  'psdFig.psd':
    'Posto {rank} de {n}: {zeros, plural, one {# autovalor é} other {# autovalores são}} zero, nenhum negativo.',
  'psdFig.notSquare':
    'Uma matriz {shape} não é quadrada: ser semidefinida positiva é uma propriedade de matrizes quadradas.',
  'psdFig.notSymmetric':
    '{label} ≠ {label}ᵀ (pares destacados): ser semidefinida positiva é uma propriedade de matrizes simétricas.',
  'psdFig.witness': 'Testemunha: um vetor x com xᵀMx < 0',
  'psdFig.minor': 'Certificado: um menor principal 2×2 negativo',
  'psdFig.ldlt': 'Certificado: {lhs} = L·D·Lᵀ com',
  'psdFig.entries': '{n, plural, one {# entrada} other {# entradas}}',
  'psdFig.symmetricPart': 'Parte simétrica ({label}+{label}ᵀ)/2:',
  'psdFig.balancedTolerance': 'tolerância balanceada {tolerance}',
  'psdFig.bySigns': 'decidido por sinais',
  'psdFig.aMatrix': 'uma matriz {shape}',
  'psdFig.altHead': '{label} ({shape}) é semidefinida positiva? Veredito: {verdict}.',
  'psdFig.altEigen': 'Autovalores, em ordem crescente: {list}.',
  'psdFig.altWitness': 'A testemunha x = ({x}) dá xᵀMx = {value} < 0.',
  'psdFig.altNegativeValue': 'um valor negativo',
  'psdFig.altMinor': 'O menor principal 2×2 nas linhas {i} e {j} é negativo.',
  'psdFig.altSymmetric': 'Sua parte simétrica é {verdict}.',
  'psdFig.altUndecided': 'Indeterminado: {what} é igual a 0 até {digits} dígitos; pode ser exatamente 0.',
  'psdFig.altUndecidedSymmetry': 'Indeterminado: {what} coincidem até {digits} dígitos e podem ser exatamente iguais.',
  'psd.filesNote': 'De arquivos: {list}.',
  'psd.fileIs': '{label} é {file} ({shape})',


  // ── oppenheim (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'opp.title': 'Desigualdade de Oppenheim',
  'opp.bounds': 'As cotas',
  'opp.hadamard': 'Desigualdade de Hadamard',
  'opp.boundLine': '- {bound} = {factors} = {value}  →  {det} {rel} cota: {verdict}',
  'opp.holds': 'vale',
  'opp.holdsEquality': 'vale com igualdade',
  'opp.fails': 'falha',
  'opp.undecided': 'indeterminado: a diferença é 0 até {digits} dígitos ou até o erro de arredondamento',
  'opp.appliesHold':
    '{a} e {b} são semidefinidas positivas, então a desigualdade de Oppenheim se aplica nos dois sentidos, e as duas cotas valem.',
  'opp.appliesUndecided':
    '{a} e {b} são semidefinidas positivas, então a desigualdade de Oppenheim se aplica nos dois sentidos; o teorema garante as duas cotas, e o que os intervalos não conseguiram separar da igualdade está indicado acima.',
  'opp.appliesBug':
    '{a} e {b} são semidefinidas positivas, então a desigualdade de Oppenheim se aplica nos dois sentidos — mesmo assim uma cota falha: por favor, relate isto como um bug.',
  'opp.needsOne':
    'A desigualdade de Oppenheim exige {a} ⪰ 0 e {b} ⪰ 0, mas {failing}: as cotas são mostradas, mas nada é garantido.',
  'opp.needsBoth':
    'A desigualdade de Oppenheim exige {a} ⪰ 0 e {b} ⪰ 0, mas {failingA} e {failingB}: as cotas são mostradas, mas nada é garantido.',
  'opp.isVerdict': '{name} é {verdict}',
  'opp.isNotPsd': '{name} não é semidefinida positiva',
  'opp.equalityExact': 'Aqui vale a igualdade, decidida de forma exata.',
  'opp.equalityStructure': 'Aqui vale a igualdade, decidida pela estrutura (um fator diagonal).',
  'opp.equalityCases':
    'Casos típicos de igualdade: um fator diagonal (então {ab} é diagonal com entradas aᵢᵢbᵢᵢ e det({ab}) = {bound}), a matriz de uns J ({a}∘J = {a}) e um produto singular cuja cota também é 0.',
  'opp.correlationB': '{b} tem diagonal unitária (uma matriz de correlação), então a cota fica det({ab}) ≥ det({a}).',
  'opp.correlationA': '{a} tem diagonal unitária (uma matriz de correlação), então det({ab}) ≥ det({b}).',
  'opp.hadamardLine': 'Desigualdade de Hadamard para {label}: det({label}) = {det} {rel} {prod} = {diag} ({status}).',
  'opp.hadamardHolds': 'vale',
  'opp.hadamardHoldsEquality': 'vale, com igualdade',
  'opp.hadamardFails': 'FALHA',
  'opp.hadamardUndecided':
    'Desigualdade de Hadamard para {label}: det({label}) = {det} e {prod} = {diag} (indeterminado: iguais até {digits} dígitos ou até o erro de arredondamento; o teorema diz ≤).',
  'opp.floatNote':
    'Os determinantes são calculados com uma potência de dois à parte, então nenhum tamanho estoura, e uma comparação só é decidida além do seu erro de arredondamento, {factor}·n·ε vezes a cota de Hadamard ∏‖linhaᵢ‖₂.',
  'opp.summary': '{det} = {value} {relA} {boundA} = {valueA} e {relB} {boundB} = {valueB}.',
  'opp.summaryEquality': '{det} = {value} {relA} {boundA} = {valueA} e {relB} {boundB} = {valueB} (igualdade).',
  'opp.summaryNotApplicable':
    'A desigualdade de Oppenheim não se aplica ({a} e {b} precisam ser ambas semidefinidas positivas); {det} = {value}, cotas {valueA} e {valueB}.',
  'opp.latexNotApplicable':
    'A desigualdade de Oppenheim exige {a} e {b} semidefinidas positivas; aqui ela não se aplica.',
  'opp.notSquare':
    'oppenheim precisa de matrizes quadradas, mas {label} (a {which, select, first {primeira} other {segunda}} matriz) é {shape}',
  'opp.notSquareHint': 'São necessárias matrizes quadradas (n×n). Exemplo: /hadamard psd [[2,1],[1,2]]',
  'opp.shapeMismatch':
    '{a} (a primeira matriz) é {shapeA}, mas {b} (a segunda) é {shapeB}; o produto entrada a entrada precisa de formatos iguais',
  'opp.shapeMismatchHint':
    'O produto entrada a entrada precisa de matrizes do mesmo formato (sem broadcasting). Exemplo: [[1,2]] [[3,4]] (ambas 1×2).',
  'oppFig.title': 'Desigualdade de Oppenheim',
  'oppFig.subtitle': 'matrizes {shape} {a}, {b}; {arithmetic}',
  'oppFig.applies': '{a} e {b} são semidefinidas positivas: o teorema se aplica',
  'oppFig.notApplies': 'o teorema não se aplica: {list}',
  'oppFig.isVerdict': '{name} é {verdict}',
  'oppFig.isNotPsd': '{name} não é semidefinida positiva',
  'oppFig.holds': 'vale',
  'oppFig.holdsEquality': 'vale com igualdade',
  'oppFig.holdsEqualityUndecided': 'vale; igualdade indeterminada',
  'oppFig.undecided': 'indeterminado',
  'oppFig.fails': 'falha',
  'oppFig.correlation': '{unit} tem diagonal unitária (uma matriz de correlação): det({ab}) ≥ det({other}).',
  'oppFig.hadamard': 'Desigualdade de Hadamard det({label}) ≤ {prod}:',
  'oppFig.equality': 'igualdade',
  'oppFig.equalityUndecided': '(igualdade indeterminada)',
  'oppFig.alt1': 'Desigualdade de Oppenheim para as matrizes {shape} {a} e {b}.',
  'oppFig.altApplies': 'As duas são semidefinidas positivas, então o teorema se aplica.',
  'oppFig.altNotApplies': 'O teorema não se aplica: {failingA}, {failingB}.',
  'oppFig.altLine': 'Numa reta numérica: {labels}.',
  'oppFig.altInequalities': '{ineqA}: {wordA}; {ineqB}: {wordB}.',
  'oppFig.altHolds': 'vale',
  'oppFig.altHoldsEquality': 'vale com igualdade',
  'oppFig.altHoldsEqualityUndecided': 'vale, com a igualdade indeterminada',
  'oppFig.altUndecided': 'indeterminada',
  'oppFig.altFails': 'falha',


  // ── props (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── relate (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── apply (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────


  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────

};
