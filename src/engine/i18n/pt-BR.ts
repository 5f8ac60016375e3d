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

  // ── quiz (area marker: keep this line; add the area's keys below it) ─────────────────────────────
  'quiz.example': 'Exemplo: {example}',
  'quiz.notQuizId':
    '{word} não é um id de quiz: os ids são a letra q e algumas letras ou algarismos, como q7k2m9, e cada mensagem de quiz mostra o seu',
  'quiz.wordsHint': 'Temas: {topics}; níveis: {levels}; repita uma pergunta com seed:N. Exemplo: {example}',
  'quiz.badSeed': 'a semente {seed} não é um número inteiro de 0 a {max}',
  'quiz.badSeedHint': 'Exemplo: /hadamard quiz seed:42 (a semente aparece abaixo de cada pergunta)',
  'quiz.twoSeeds': 'duas sementes: informe uma',
  'quiz.twoTopics': 'dois temas ({a} e {b}): informe um',
  'quiz.twoLevels': 'dois níveis ({a} e {b}): informe um',
  'quiz.unknownWord': '{word} não é um tema nem um nível de quiz; os temas são {topics}',
  'quiz.answerHint':
    'Exemplo: {example} (o id do quiz está na mensagem dele; as opções vão de a a e, ou aperte um botão)',
  'quiz.answerMissing': 'answer precisa do id do quiz e da sua opção',
  'quiz.answerTooMany': 'answer recebe duas palavras, o id do quiz e uma opção; encontrei {n}',
  'quiz.answerNoChoice': 'answer precisa da sua opção depois do id do quiz {id}',
  'quiz.answerNotChoice': '{word} não é uma opção: as opções são as letras de a a e',
  'quiz.revealMissing': 'reveal precisa do id do quiz a encerrar',
  'quiz.revealMissingHint': 'Exemplo: {example} (o id está na mensagem do quiz)',
  'quiz.revealTooMany': 'reveal recebe um único id de quiz; encontrei {n} palavras',
  'quiz.topic.entry': 'uma entrada de A∘B',
  'quiz.topic.property': 'verdadeiro ou falso: uma propriedade em matrizes dadas',
  'quiz.topic.psd': 'M é semidefinida positiva?',
  'quiz.topic.schur': 'A∘B será semidefinida positiva, dadas A e B? (Schur)',
  'quiz.topic.oppenheim': 'cotas de Oppenheim: qual é maior, vale a igualdade?',
  'quiz.topic.trace': 'tr(AᵀB) como soma',
  'quiz.topic.kronecker': 'onde A∘B fica dentro de A⊗B',
  'quiz.level.easy': 'fácil',
  'quiz.level.medium': 'média',
  'quiz.level.hard': 'difícil',
  'quiz.headline': 'Pergunta {level} — {topic} — {n} opções, uma resposta por pessoa.',
  'quiz.headlinePractice': 'Pergunta de prática {level}, só para você — {topic} — {n} opções.',
  'quiz.howButtons': 'Aperte um botão para responder (ou digite {command}).',
  'quiz.howCommand': 'Responda com {command}, a letra da sua opção.',
  'quiz.replay': 'Repetir: {command}.',
  'quiz.rulesPractice':
    'Só você vê esta pergunta; sua resposta mostra na hora a certa e o porquê, e conta para {me}, não no ranking.',
  'quiz.rules':
    'Uma resposta por pessoa, vista só por você; a resposta e a solução detalhada aparecem quando a rodada fecha.',
  'quiz.choices': 'Opções',
  'quiz.answeredSoFar':
    '{n, plural, =0 {Ninguém respondeu ainda.} one {1 pessoa respondeu até agora.} other {{count} pessoas responderam até agora.}}',
  'quiz.closesIn': 'Fecha em {seconds} s.',
  'quiz.title': 'Quiz {id} · {topic} · {level}',
  'quiz.titlePractice': 'Prática {id} · {topic} · {level}',
  'quiz.noQuiz': 'não existe o quiz {id}',
  'quiz.startOne': 'Comece um: /hadamard quiz',
  'quiz.notAChoice': 'o quiz {id} tem as opções {choices}; "{choice}" não é uma delas',
  'quiz.closed': 'o quiz {id} está fechado: a resposta já foi revelada',
  'quiz.practiseAgain': 'Pratique de novo: /hadamard practice',
  'quiz.startNext': 'Comece o próximo: /hadamard quiz',
  'quiz.already': 'Você já respondeu {choice}): uma resposta por rodada, então este clique não muda nada.',
  'quiz.practiceRight': '✓ Certo: {choice}) é a resposta. (Prática: sem pontos, mas conta para /hadamard me.)',
  'quiz.practiceWrong': '✗ Não é esta: {choice}) não é a resposta. A certa está abaixo.',
  'quiz.right':
    '✓ Certo: {choice}) é a resposta. +{points, plural, one {{count} ponto} other {{count} pontos}} quando a rodada fechar, em {seconds} s.',
  'quiz.rightBonus':
    '✓ Certo: {choice}) é a resposta. +{points, plural, one {{count} ponto} other {{count} pontos}} ({bonus} pela rapidez) quando a rodada fechar, em {seconds} s.',
  'quiz.wrong':
    '✗ Não é esta: {choice}) não é a resposta. A certa será revelada quando a rodada fechar, em {seconds} s.',
  'quiz.countsOnce': 'Conta quando a rodada fechar, em {seconds} s.',
  'quiz.yourPracticeAnswer': 'Sua resposta de prática ({id})',
  'quiz.yourAnswer': 'Sua resposta a {id}',
  'quiz.notYours': 'o quiz {id} fecha em {seconds} s; só quem o começou pode revelá-lo antes',
  'quiz.notYoursPermission':
    'o quiz {id} fecha em {seconds} s; só quem o começou ou alguém com {permission} pode revelá-lo antes',
  'quiz.waitOrAnswer': 'Espere a rodada fechar, ou responda: /hadamard answer {id} <letter>',
  'quiz.gotIt': 'Acertaram: {names}.',
  'quiz.nobodyGotIt': 'Ninguém acertou desta vez.',
  'quiz.answers': 'Respostas: {tally}.',
  'quiz.revealTitle': 'Quiz {id}: a resposta',
  'quiz.theAnswer': 'A resposta é {choice}) {label}.',
  'quiz.tally': '{right} de {answered} acertaram.',
  'quiz.why': 'Por quê',
  'quiz.worked': 'Solução: {command}',
  'quiz.entry.right':
    'Certo: (A∘B){idx} = {aij}·{bij} = {fa}·{fb} = {value}, as duas entradas da mesma posição multiplicadas.',
  'quiz.entry.ordinary':
    'Essa é a entrada do produto usual (AB){idx} = {sum} = {value}: a linha {i} de A vezes a coluna {j} de B; o produto de Hadamard multiplica só {aij} e {bij}.',
  'quiz.entry.transposed':
    'Isso é {aij}·{bji} = {fa}·{fb} = {value}: entrou uma transposta; (A∘B){idx} junta {aij} com {bij}, mesma linha, mesma coluna.',
  'quiz.entry.added':
    'Isso é {aij} + {bij} = {fa} + {fb} = {value}: o produto de Hadamard multiplica as duas entradas, não as soma.',
  'quiz.entry.mirrored':
    'Isso é (A∘B){jdx} = {fa}·{fb} = {value}: linha e coluna trocadas; (A∘B){idx} está na linha {i}, coluna {j}.',
  'quiz.entry.reversed':
    'Isso é (BA){idx} = {sum} = {value}, um produto usual (e na outra ordem); o produto de Hadamard é {aij}·{bij}.',
  'quiz.entry.signPositive': 'O sinal escapou: {fa}·{fb} = {value}, positivo.',
  'quiz.entry.signNegative': 'O sinal escapou: {fa}·{fb} = {value}, negativo.',
  'quiz.entry.divided':
    'Isso é {aij} ÷ {bij} = {quotient}: frações se multiplicam numerador por numerador e denominador por denominador, {fa}·{fb} = {value}.',
  'quiz.entry.extra': 'Isso multiplica por {f} uma vez a mais: (A∘B){idx} = {aij}·{bij} = {value}.',
  'quiz.entry.heading': '**Entrada de um produto de Hadamard.**',
  'quiz.entry.ask': 'Quanto vale **(A∘B){idx}**, a entrada na linha {i}, coluna {j} de A∘B?',
  'quiz.entry.why':
    'O produto de Hadamard multiplica as duas entradas da mesma posição e nada mais: nenhuma linha encontra uma coluna, nada é somado.',
  'quiz.entry.whySquare': 'O produto usual combinaria, em vez disso, a linha {i} de A com a coluna {j} de B.',
  'quiz.entry.whyNotSquare': '(O produto usual AB nem sequer está definido para duas matrizes {shape}.)',
  'quiz.entry.whyAll': 'Completo: A∘B = {matrix}.',
  'quiz.prop.whyCommute': 'cada entrada é aᵢⱼ·bᵢⱼ = bᵢⱼ·aᵢⱼ, e números comutam',
  'quiz.prop.identityJ': '**A∘J = A**, onde J é a matriz de uns',
  'quiz.prop.whyIdentityJ': 'J tem um 1 em cada posição e aᵢⱼ·1 = aᵢⱼ: J é o elemento neutro de ∘',
  'quiz.prop.whyTranspose':
    'a entrada (i,j) dos dois lados é aⱼᵢ·bⱼᵢ: transpor leva os dois fatores para a mesma posição',
  'quiz.prop.whyDistributive':
    'cada entrada é aᵢⱼ(bᵢⱼ+cᵢⱼ) = aᵢⱼbᵢⱼ + aᵢⱼcᵢⱼ, a lei distributiva dos números em cada posição',
  'quiz.prop.whyAssociative': 'cada entrada é (aᵢⱼbᵢⱼ)cᵢⱼ = aᵢⱼ(bᵢⱼcᵢⱼ), a lei associativa dos números em cada posição',
  'quiz.prop.identityI': '**A∘I = A**, onde I é a matriz identidade',
  'quiz.prop.whyIdentityI': 'A é diagonal, e A∘I mantém exatamente a diagonal de A',
  'quiz.prop.failIdentityI': '{aij} = {a} mas (A∘I){idx} = {a}·0 = 0',
  'quiz.prop.notGeneralIdentityI':
    'A∘I mantém só a diagonal de A (I tem zeros fora da diagonal); o elemento neutro de ∘ é J, a matriz de uns',
  'quiz.prop.square': '**A∘A = AA** (o quadrado entrada a entrada é igual ao quadrado usual A²)',
  'quiz.prop.ordinary': '**A∘B = AB** (o produto de Hadamard é igual ao produto usual)',
  'quiz.prop.whyDiagonalSquare': 'A é diagonal, e então os dois produtos são a matriz diagonal dos aᵢᵢ²',
  'quiz.prop.whyDiagonalOrdinary': 'A e B são diagonais, e então os dois produtos são a matriz diagonal dos aᵢᵢbᵢᵢ',
  'quiz.prop.whyCoincidence': 'estes números em particular fazem todas as entradas coincidirem',
  'quiz.prop.failProduct': '({had}){idx} = {x} mas ({name}){idx} = {y}',
  'quiz.prop.notGeneralProduct':
    '({had})ᵢⱼ é um único produto {one}, enquanto ({name})ᵢⱼ soma uma linha inteira contra uma coluna inteira',
  'quiz.prop.choiceAlways': 'Verdadeiro para todas as matrizes deste tamanho',
  'quiz.prop.choiceHere': 'Verdadeiro aqui, mas não para todas as matrizes',
  'quiz.prop.choiceFalse': 'Falso aqui',
  'quiz.prop.choiceSquare': 'Verdadeiro só para matrizes quadradas',
  'quiz.prop.fbAlwaysRight':
    'Certo: {why}, então vale para todas as matrizes {shape}, {n, plural, one {esta incluída} other {estas incluídas}}.',
  'quiz.prop.fbAlwaysHere':
    'Vale para {n, plural, one {esta matriz} other {estas matrizes}}, mas não em geral: {notGeneral}.',
  'quiz.prop.fbAlwaysFails': 'Nem mesmo aqui: {failure}; em geral {notGeneral}.',
  'quiz.prop.fbHereRight': 'Certo: {why}; em geral falha, já que {notGeneral}.',
  'quiz.prop.fbHereAlways': 'É verdade em geral, não por sorte: {why}.',
  'quiz.prop.fbHereFails': 'Não é verdade para {n, plural, one {esta matriz} other {estas matrizes}}: {failure}.',
  'quiz.prop.fbFalseRight': 'Certo: {failure}; {notGeneral}.',
  'quiz.prop.fbFalseAlways':
    'Vale, para {n, plural, one {esta matriz} other {estas matrizes}} e para todas as outras: {why}.',
  'quiz.prop.fbFalseHolds': 'Confira as entradas: aqui vale sim ({why}), embora não em geral.',
  'quiz.prop.fbSquareAlways': 'A forma não importa: {why}, para matrizes m×n de qualquer tamanho.',
  'quiz.prop.fbSquareHere':
    'Ser quadrada não é o que faz valer: {why}; muitas matrizes quadradas não satisfazem, já que {notGeneral}.',
  'quiz.prop.fbSquareFails':
    '{n, plural, one {Esta matriz é quadrada} other {Estas matrizes são quadradas}} e mesmo assim falha: {failure}.',
  'quiz.prop.heading': '**Verdadeiro ou falso?**',
  'quiz.prop.ask': 'Para {n, plural, one {esta matriz} other {estas matrizes}}, vale {statement}?',
  'quiz.prop.whyAlways': 'Vale aqui, e para todas as matrizes: {why}.',
  'quiz.prop.whyHere': 'Vale aqui porque {why}, mas não em geral: {notGeneral}.',
  'quiz.prop.whyFails': 'Falha aqui: {failure}. Em geral {notGeneral}.',
  'quiz.prop.whyChecked': 'A solução detalhada confere entrada por entrada, de forma exata.',
  'quiz.psd.kernel': 'x = {x} dá Mx = 0, então xᵀMx = 0 para este x ≠ 0',
  'quiz.psd.asymmetry': '{mij} = {a} mas {mji} = {b}, então M ≠ Mᵀ',
  'quiz.psd.negativeDiagonal': 'uma entrada diagonal negativa já falha: {mii} = {value} é {e}ᵀM{e} < 0',
  'quiz.psd.allPositive': 'todas as entradas positivas ≠ semidefinida positiva: {witness}',
  'quiz.psd.diagonalNotEnough': 'uma diagonal positiva não basta: {witness}',
  'quiz.psd.fbPdRight':
    'Certo: M = LDLᵀ (pivotamento simétrico) com pivôs D = {D}, todos positivos, então xᵀMx > 0 para todo x ≠ 0.',
  'quiz.psd.fbPdSingular': 'Não é definida: M é singular, {kernel} (pivôs D = {D}, um deles 0).',
  'quiz.psd.fbPdNotPsd': 'Nem sequer semidefinida; {why}.',
  'quiz.psd.fbNeedsSymmetry': 'Ser semidefinida positiva exige simetria: {asym}.',
  'quiz.psd.fbPsdRight':
    'Certo: os pivôs D = {D} são todos ≥ 0 e um é 0: M é semidefinida positiva mas singular, {kernel}.',
  'quiz.psd.fbPsdDefinite':
    'M não é singular: seus pivôs D = {D} são todos positivos, então é definida, não só semidefinida.',
  'quiz.psd.fbPsdNotPsd': 'Também não é semidefinida; {why}.',
  'quiz.psd.fbNotPsdRight': 'Certo: {why}.',
  'quiz.psd.fbNotPsdNotSymmetric':
    'Ser semidefinida positiva só é definido para matrizes simétricas, e {asym}: a pergunta não se aplica.',
  'quiz.psd.fbNotPsdNegatives':
    'Entradas negativas não impedem ser semidefinida positiva: os pivôs D = {D} são todos ≥ 0, então xᵀMx ≥ 0 para todo x.',
  'quiz.psd.fbNotPsdNoWitness': 'Nenhum x dá xᵀMx < 0: os pivôs D = {D} são todos ≥ 0.',
  'quiz.psd.fbNotSymmetricRight': 'Certo: {asym}, e ser semidefinida positiva só é definido para matrizes simétricas.',
  'quiz.psd.fbSymmetric': 'M é simétrica (M = Mᵀ), então a pergunta se aplica.',
  'quiz.psd.choicePd': 'Definida positiva',
  'quiz.psd.choicePsd': 'Semidefinida positiva, mas singular (não definida)',
  'quiz.psd.choiceNotPsd': 'Não semidefinida positiva',
  'quiz.psd.choiceNotSymmetric': 'Não simétrica, então a pergunta não se aplica',
  'quiz.psd.heading': '**Semidefinida positiva?**',
  'quiz.psd.ask': 'O que é verdade sobre M?',
  'quiz.psd.whyPd':
    'M é simétrica, e a eliminação exata M = LDLᵀ dá pivôs D = {D}, todos positivos: M é definida positiva (posto {rank}).',
  'quiz.psd.whyPdNegatives': 'Suas entradas negativas não importam: só os pivôs (ou os autovalores) decidem.',
  'quiz.psd.whyPdPositives': 'Entradas positivas sozinhas não teriam provado isso: os pivôs provam.',
  'quiz.psd.whyPsd':
    'M é simétrica, e a eliminação exata dá pivôs D = {D}: todos ≥ 0 mas nem todos positivos, então M é semidefinida positiva com posto {rank} < {n}. Não é definida: {kernel}.',
  'quiz.psd.whyNotPsd': 'M é simétrica mas não semidefinida positiva: {why}.',
  'quiz.psd.whyAllPositive': 'Todas as suas entradas são positivas, e não é isso que semidefinida positiva significa.',
  'quiz.psd.whyDiagonalPositive': 'Sua diagonal é positiva, o que é necessário mas não suficiente.',
  'quiz.psd.whyDiagonalNeeded': 'Uma matriz semidefinida positiva precisa de todas as entradas diagonais ≥ 0.',
  'quiz.psd.whyNotSymmetric':
    '{asym}: ser semidefinida positiva é definido para matrizes simétricas, então a pergunta não se aplica. Para xᵀMx só importa a parte simétrica (M+Mᵀ)/2, e ela é {verdict}.',
  'quiz.psd.semidefinite': 'semidefinida positiva',
  'quiz.witness': 'x = {x} dá xᵀ{name}x = {value} < 0',
  'quiz.schur.notPsd': 'não semidefinida positiva',
  'quiz.schur.notEvenSymmetric': 'nem sequer simétrico',
  'quiz.schur.both': 'A é {a} e B é {b}',
  'quiz.schur.product': 'A∘B = {matrix} é {verdict}',
  'quiz.schur.choiceGuaranteed': 'Sim, e o teorema do produto de Schur garante',
  'quiz.schur.choiceLucky': 'Sim, mas aqui o teorema não garante',
  'quiz.schur.choiceNo': 'Não, A∘B não é semidefinida positiva',
  'quiz.schur.choiceBackwards': 'Não: A ou B não é semidefinida positiva, então A∘B não pode ser',
  'quiz.schur.fbGuaranteedRight': 'Certo: {both}, então o teorema promete A∘B ⪰ 0, e de fato {product}.',
  'quiz.schur.fbGuaranteedLucky':
    'Aqui A∘B é semidefinida positiva, mas o teorema não prometia: {n, plural, one {{who} não é semidefinida positiva} other {{who} não são semidefinidas positivas}} ({why}).',
  'quiz.schur.fbGuaranteedFails':
    'O teorema precisa dos dois fatores semidefinidos positivos, e {n, plural, one {{who} não é} other {{who} não são}} ({why}); aqui A∘B não é semidefinida positiva de jeito nenhum.',
  'quiz.schur.fbLuckyHyp': 'Garante sim: {both}, que é exatamente a hipótese do teorema.',
  'quiz.schur.fbLuckyRight':
    'Certo: {product}, mas {n, plural, one {{who} não é semidefinida positiva} other {{who} não são semidefinidas positivas}} ({why}), então nenhum teorema prometia isso.',
  'quiz.schur.fbLuckyFails': 'Aqui A∘B não é semidefinida positiva: {witness}.',
  'quiz.schur.fbNoHyp': 'Tem de ser semidefinida positiva: {both}, então o teorema de Schur se aplica, e {product}.',
  'quiz.schur.fbNoLucky': 'Aqui é semidefinida positiva, embora nada prometesse: {product}.',
  'quiz.schur.fbNoRight':
    'Certo: {witness}; o teorema não prometia nada, já que {n, plural, one {{who} não é semidefinida positiva} other {{who} não são semidefinidas positivas}}.',
  'quiz.schur.fbBackwardsHyp':
    'Aqui as duas são semidefinidas positivas ({both}), e então A∘B também é, pelo teorema de Schur: {product}.',
  'quiz.schur.fbBackwardsLucky':
    'O teorema não funciona ao contrário: um fator que não é semidefinido positivo deixa A∘B livre para ser, e aqui {product}.',
  'quiz.schur.fbBackwardsFails':
    'A∘B de fato não é semidefinida positiva, mas não por causa do teorema, que não diz nada quando um fator não é: {witness}.',
  'quiz.schur.heading': '**Teorema do produto de Schur.**',
  'quiz.schur.ask': '**A∘B** é semidefinida positiva, e o teorema do produto de Schur promete isso?',
  'quiz.schur.why':
    '{both}, então o teorema do produto de Schur se aplica: A∘B é semidefinida positiva. O motor confirma isso de forma exata: {product}. O produto usual AB é {ordinary}: só o produto entrada a entrada preserva a semidefinição positiva.',
  'quiz.schur.whyStrong':
    '{both}, então o teorema do produto de Schur se aplica: A∘B é semidefinida positiva, e até definida, já que as duas são definidas. O motor confirma isso de forma exata: {product}. O produto usual AB é {ordinary}: só o produto entrada a entrada preserva a semidefinição positiva.',
  'quiz.schur.whyFails':
    '{n, plural, one {{who} não é semidefinida positiva} other {{who} não são semidefinidas positivas}} ({why}), então a hipótese do teorema falha e ele não promete nada. Então A∘B pode ou não ser semidefinida positiva; aqui {here}.',
  'quiz.schur.itIsNot': 'não é: {witness}',
  'quiz.opp.both': '{a} e {b}',
  'quiz.opp.choiceLarger': '{bound} é maior',
  'quiz.opp.choiceEqual': 'As duas cotas são iguais',
  'quiz.opp.choiceNeither': 'Nenhuma: det(A∘B) é menor que as duas',
  'quiz.opp.fbLargerRight': 'Certo: {written} > {other}, a outra cota.',
  'quiz.opp.fbBoundsEqual': 'As duas cotas são iguais: {both}.',
  'quiz.opp.fbPairingA': 'Confira o pareamento: det(A) vai com a diagonal de B; {both}.',
  'quiz.opp.fbPairingB': 'Confira o pareamento: det(B) vai com a diagonal de A; {both}.',
  'quiz.opp.fbEqualRight': 'Certo: {both}.',
  'quiz.opp.fbDiffer': 'Elas diferem: {both}.',
  'quiz.opp.fbNeither':
    'A e B são semidefinidas positivas, então a desigualdade de Oppenheim vale nos dois sentidos: det(A∘B) é pelo menos cada cota; aqui {detAB}.',
  'quiz.opp.heading': '**Desigualdade de Oppenheim.**',
  'quiz.opp.askLarger':
    'A e B são semidefinidas positivas, então det(A∘B) ≥ {bA} e det(A∘B) ≥ {bB}. Qual cota inferior é maior?',
  'quiz.opp.whyBounds': '{a}, e {b}.',
  'quiz.opp.whyEqualBounds': 'As duas cotas são iguais.',
  'quiz.opp.whySharper': 'Então {bound} é a cota mais justa.',
  'quiz.opp.whyBelow': 'As duas ficam abaixo de {detAB}, como Oppenheim promete para A e B semidefinidas positivas.',
  'quiz.opp.eqDiagonal': 'A é diagonal, então A∘B é diagonal com entradas aᵢᵢbᵢᵢ e det(A∘B) = ∏aᵢᵢbᵢᵢ = det(A)·∏bᵢᵢ',
  'quiz.opp.eqJ': 'B = {c}·J, então A∘B = {c}·A e det(A∘B) = {c}{power}·det(A) = det(A)·∏bᵢᵢ',
  'quiz.opp.eqZero': 'os dois lados valem 0: A∘B e A são singulares',
  'quiz.opp.eqCoincidence': 'os números coincidem por acaso',
  'quiz.opp.choiceStrict': 'det(A∘B) > {bound}: estrita',
  'quiz.opp.choiceEquality': 'det(A∘B) = {bound}: igualdade',
  'quiz.opp.choiceNotApply': 'Oppenheim não se aplica: A∘B pode não ser semidefinida positiva',
  'quiz.opp.fbStrictRight': 'Certo: {detAB} > {written}.',
  'quiz.opp.fbReached': 'Aqui a cota é atingida: {detAB} = {written}; {why}.',
  'quiz.opp.fbNoEquality': 'Aqui não há igualdade: {detAB} mas {written}.',
  'quiz.opp.fbEqualityRight': 'Certo: {detAB} = {written}; {why}.',
  'quiz.opp.fbBelow':
    'A e B são semidefinidas positivas, então a desigualdade de Oppenheim vale nos dois sentidos, e det(A∘B) não pode ficar abaixo da cota: {detAB} e {written}.',
  'quiz.opp.fbNotApply':
    'A e B são semidefinidas positivas, então A∘B também é (Schur) e Oppenheim se aplica: {detAB} ≥ {bound}.',
  'quiz.opp.askEquality': 'A e B são semidefinidas positivas. Como **det(A∘B)** se compara com a cota **{bound}**?',
  'quiz.opp.whyStrict': 'Aqui a desigualdade é estrita, por {by}.',
  'quiz.opp.whyEquality': 'Vale a igualdade: {why}.',
  'quiz.opp.whyCases':
    'Casos de igualdade para lembrar: um fator diagonal, um múltiplo da matriz de uns J, e um A∘B singular com cota zero.',
  'quiz.trace.right': 'Certo: tr(AᵀB) = Σᵢⱼ aᵢⱼbᵢⱼ = {value}, a soma de todas as entradas de A∘B.',
  'quiz.trace.droppedTranspose':
    'Isso é tr(AB) = Σᵢⱼ aᵢⱼbⱼᵢ = {value}: a transposta foi esquecida, então a linha i de A encontrou a coluna i de B em vez da coluna i de A.',
  'quiz.trace.diagonalOnly':
    'Isso é só a diagonal de A∘B, Σᵢ aᵢᵢbᵢᵢ = {value}; tr(AᵀB) soma todas as entradas de A∘B, também fora da diagonal.',
  'quiz.trace.productOfTraces':
    'Isso é tr(A)·tr(B) = {a}·{b} = {value}: o traço de um produto não é o produto dos traços.',
  'quiz.trace.sumOfAB':
    'Isso é a soma de todas as entradas do produto usual AB (= {value}); tr(AᵀB) é a soma de todas as entradas de A∘B.',
  'quiz.trace.productOfSums':
    'Isso é (Σaᵢⱼ)·(Σbᵢⱼ) = {a}·{b} = {value}: junta cada entrada de A com cada entrada de B, não só as da mesma posição.',
  'quiz.trace.added': 'Isso é Σ(aᵢⱼ + bᵢⱼ) = {value}: as entradas da mesma posição são multiplicadas, depois somadas.',
  'quiz.trace.sign': 'Um sinal escapou: Σᵢⱼ aᵢⱼbᵢⱼ = {sum} = {value}.',
  'quiz.trace.heading': '**Identidade do traço.**',
  'quiz.trace.ask': 'Quanto vale **tr(AᵀB)**?',
  'quiz.trace.askShaped': 'Quanto vale **tr(AᵀB)** (A e B são {shape}, então AᵀB é {square})?',
  'quiz.trace.why':
    'A entrada diagonal j de AᵀB é o produto escalar da coluna j de A com a coluna j de B, então o traço passa por cada posição uma vez: é 1ᵀ(A∘B)1, a soma de todas as entradas do produto de Hadamard (o produto interno de Frobenius de A e B). Nenhum produto de matrizes é necessário.',
  'quiz.kron.place': 'linha {r}, coluna {c}',
  'quiz.kron.right':
    'Certo: linha (i−1)·m+i = {rowSum} = {row} e coluna (j−1)·n+j = {colSum} = {col}: o bloco {block} é a{idx}·B, e dentro dele a posição {block} contém {holds}.',
  'quiz.kron.wrong': 'Em {place} está {holds}, não {target}: {why}.',
  'quiz.kron.zeroBased':
    'isso é i·m+i e j·n+j, a fórmula com índices a partir de 0 usada com i e j a partir de 1 (um bloco além)',
  'quiz.kron.transposedInBlock': 'entrou uma transposta: dentro do bloco a posição é (i, j) de novo, não (j, i)',
  'quiz.kron.blockStart': 'isso é i·m+j: o bloco i começa depois da linha (i−1)·m, e a linha dentro dele é i',
  'quiz.kron.topLeft': 'esse é o bloco superior esquerdo a₁₁·B; (A∘B)ᵢⱼ está no bloco (i, j)',
  'quiz.kron.mnMixed': 'm e n foram trocados: as linhas avançam de m em m (as linhas de B), as colunas de n em n',
  'quiz.kron.swapped': 'linha e coluna estão trocadas',
  'quiz.kron.tooEarly': 'uma posição antes dentro do bloco: a linha é (i−1)·m + i, não (i−1)·m + i − 1',
  'quiz.kron.tooFar': 'uma posição além dentro do bloco: a linha é (i−1)·m + i',
  'quiz.kron.rowOnly': 'só a linha foi para o bloco {i}; a coluna também vai para o bloco {j}: (j−1)·n+j = {col}',
  'quiz.kron.columnOnly': 'só a coluna foi para o bloco {j}; a linha também vai para o bloco {i}: (i−1)·m+i = {row}',
  'quiz.kron.blockFirst': 'essa é a primeira entrada do bloco {block}; dentro do bloco, (A∘B)ᵢⱼ está na posição (i, j)',
  'quiz.kron.blockLast': 'essa é a última entrada do bloco {block}; dentro do bloco, (A∘B)ᵢⱼ está na posição (i, j)',
  'quiz.kron.heading': '**Dentro do produto de Kronecker.**',
  'quiz.kron.ask':
    'A e B são {shape}, então A⊗B é {big}, formada por blocos aᵢⱼ·B. Em que linha e coluna de A⊗B está **(A∘B){idx} = a{idx}b{idx}**?',
  'quiz.kron.whySubmatrix':
    'A∘B é a submatriz de A⊗B nas linhas (i−1)·m+i e colunas (j−1)·n+j: aqui as linhas {rows} e as colunas {cols}.',
  'quiz.kron.whyHere':
    'Então (A∘B){idx} está em {place}: o bloco {block} de A⊗B é a{idx}·B, e dentro dele a posição {block} é a{idx}·b{idx} = {fa}·{fb} = {value}.',
  'quiz.kron.whyRule':
    'Do bloco (i, j) a submatriz mantém a posição (i, j): o mesmo lugar dentro do bloco que o bloco ocupa em A⊗B.',
  'misc.entry.ordinary-product': 'Usou o produto usual AB (linha vezes coluna)',
  'misc.entry.transposed-pairing': 'Juntou aᵢⱼ com bⱼᵢ: entrou uma transposta',
  'misc.entry.added': 'Somou as entradas em vez de multiplicá-las',
  'misc.entry.mirrored-position': 'Leu a posição espelhada (linha e coluna trocadas)',
  'misc.entry.reversed-product': 'Usou o produto usual BA',
  'misc.entry.sign': 'Perdeu um sinal no produto',
  'misc.entry.divided': 'Dividiu as frações em vez de multiplicar',
  'misc.entry.extra-factor': 'Multiplicou por um fator a mais',
  'misc.property.theorem-as-coincidence': 'Achou que uma regra sempre válida era coincidência',
  'misc.property.theorem-doubted': 'Achou que uma regra sempre válida falha aqui',
  'misc.property.square-only': 'Restringiu uma regra entrada a entrada a matrizes quadradas',
  'misc.property.misread-entries': 'Leu mal as entradas: aqui a afirmação vale',
  'misc.property.identity-is-i': 'Tomou I como neutro de ∘ (é J, a de uns)',
  'misc.property.hadamard-is-ordinary': 'Tomou A∘B pelo produto usual AB',
  'misc.property.square-is-a2': 'Tomou A∘A pelo quadrado matricial A²',
  'misc.psd.positive-entries': 'Achou que entradas positivas bastam para ser semidefinida',
  'misc.psd.positive-diagonal': 'Achou que uma diagonal positiva basta',
  'misc.psd.witness-missed': 'Não viu um vetor x com xᵀMx < 0',
  'misc.psd.negative-entries': 'Achou que entradas negativas impedem',
  'misc.psd.pivots-misread': 'Leu mal os pivôs: nenhum é negativo',
  'misc.psd.singular-as-definite': 'Tomou uma matriz semidefinida singular por definida',
  'misc.psd.definite-as-singular': 'Tomou uma matriz definida por singular',
  'misc.psd.symmetry-missed': 'Não viu que M é simétrica',
  'misc.psd.symmetry-ignored': 'Julgou sem conferir a simetria',
  'misc.schur.hypothesis-missed': 'Não viu que os dois fatores são semidefinidos (vale Schur)',
  'misc.schur.theorem-doubted': 'Não confiou no teorema do produto de Schur',
  'misc.schur.factor-misjudged': 'Julgou não semidefinido um fator que é',
  'misc.schur.promise-without-hypothesis': 'Usou a promessa de Schur sem a hipótese',
  'misc.schur.product-misjudged': 'Julgou mal se A∘B é semidefinida positiva',
  'misc.schur.theorem-backwards': 'Leu o teorema do produto de Schur ao contrário',
  'misc.oppenheim.bounds-misjudged': 'Julgou mal as cotas: det(A) vai com ∏bᵢᵢ',
  'misc.oppenheim.inequality-reversed': 'Inverteu a desigualdade de Oppenheim',
  'misc.oppenheim.equality-missed': 'Não viu um caso de igualdade (diagonal, c·J, singular)',
  'misc.oppenheim.equality-assumed': 'Supôs igualdade onde a cota é estrita',
  'misc.oppenheim.schur-forgotten': 'Esqueceu que A∘B é semidefinida se A e B são',
  'misc.trace.dropped-transpose': 'Calculou tr(AB): a transposta foi esquecida',
  'misc.trace.diagonal-only': 'Somou só a diagonal de A∘B',
  'misc.trace.product-of-traces': 'Usou tr(A)·tr(B)',
  'misc.trace.sum-of-ab': 'Somou as entradas de AB em vez das de A∘B',
  'misc.trace.product-of-sums': 'Multiplicou as somas de A e de B',
  'misc.trace.added': 'Somou as entradas em vez de multiplicá-las',
  'misc.trace.sign': 'Perdeu um sinal na soma',
  'misc.kronecker.zero-based': 'Usou a fórmula a partir de 0 com i, j a partir de 1',
  'misc.kronecker.transposed-in-block': 'Transpôs a posição dentro do bloco',
  'misc.kronecker.block-start': 'Começou o bloco i na linha i·m em vez de (i−1)·m',
  'misc.kronecker.top-left-block': 'Procurou no bloco superior esquerdo a₁₁·B',
  'misc.kronecker.m-n-mixed': 'Trocou m e n',
  'misc.kronecker.row-column-swapped': 'Trocou linha e coluna',
  'misc.kronecker.off-by-one': 'Errou por um dentro do bloco',
  'misc.kronecker.half-moved': 'Moveu só a linha ou só a coluna',
  'misc.kronecker.block-corner': 'Pegou um canto do bloco, não a posição (i, j)',
  'quiz.closedNote': 'O quiz {id} está fechado: a mensagem dele agora mostra a resposta.',
  'quiz.revealedNote': 'Revelado: a mensagem do quiz agora mostra a resposta.',
  'quiz.yourAnswerMark': '{choice} ← sua resposta',
  'quiz.closedByTime': 'Fechado quando o tempo acabou: {choice} {label} · {right} de {answered} acertaram',
  'quiz.closedByTimeFigure':
    'Fechado quando o tempo acabou: {choice} {label} · {right} de {answered} acertaram · a figura da solução está na conversa',
  'quiz.revealedEarly': 'Revelado antes da hora: {choice} {label} · {right} de {answered} acertaram',
  'quiz.revealedEarlyFigure':
    'Revelado antes da hora: {choice} {label} · {right} de {answered} acertaram · a figura da solução está na conversa',

  // ── groups (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── errors (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── notices (area marker: keep this line; add the area's keys below it) ─────────────────────────────

  // ── page (area marker: keep this line; add the area's keys below it) ─────────────────────────────
};
