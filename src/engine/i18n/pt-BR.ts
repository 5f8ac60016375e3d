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

  'discord.command.description': 'Produto de Hadamard (entrada a entrada): calcule exato, verifique teoremas, aprenda',
  'discord.fileOption.description':
    'Um arquivo em vez de {matrix}: matriz CSV, TSV ou JSON (até 256×256), ou uma imagem PNG/JPEG',
  'verb.product.option.a': 'Primeira matriz, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.product.option.b': 'Segunda matriz, do mesmo tamanho que a primeira',
  'verb.product.option.c': 'Terceira matriz (opcional)',
  'verb.product.option.d': 'Quarta matriz (opcional)',
  'verb.product.option.e': 'Quinta matriz (opcional)',
  'verb.product.option.f': 'Sexta matriz (opcional)',
  'verb.schur.option.a': 'Matriz quadrada A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.schur.option.b': 'Matriz quadrada B, do mesmo tamanho que A',
  'verb.psd.option.m': 'Matriz quadrada, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.oppenheim.option.a': 'Matriz quadrada A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.oppenheim.option.b': 'Matriz quadrada B, do mesmo tamanho que A',
  'verb.props.option.a': 'Matriz A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.props.option.b': 'Matriz B, do mesmo tamanho que A',
  'verb.props.option.c': 'Matriz C opcional (para a associatividade e a distributividade)',
  'verb.relate.option.a': 'Matriz A, p. ex. [[2,3],[4,1]] ou [2 3; 4 1]',
  'verb.relate.option.b': 'Matriz B, do mesmo tamanho que A',
  'verb.apply.option.application': 'window (janela), mask (atenção), gate (LSTM), taper (covariância) ou image',
  'verb.apply.option.a': 'Opcional: uma matriz ou um vetor, ou uma palavra: hann, causal, padding:2, seed:7, vignette…',
  'verb.apply.option.b': 'Opcional: outra matriz ou outro vetor, ou uma palavra',
  'verb.apply.option.c': 'Opcional: outra matriz ou outro vetor, ou uma palavra',
  'verb.apply.option.d': 'Opcional: outra matriz ou outro vetor, ou uma palavra',
  'verb.apply.option.e': 'Opcional: outra matriz ou outro vetor, ou uma palavra',
  'verb.explain.option.topic': 'definition, properties, schur, oppenheim, relations ou applications',
  'verb.help.option.verb': 'O comando a explicar',
  'verb.quiz.option.topic': 'Sobre o que perguntar (padrão: a semente escolhe)',
  'verb.quiz.option.level': 'easy, medium ou hard (padrão: a semente escolhe)',
  'verb.quiz.option.seed': 'Repetir uma pergunta: a semente mostrada abaixo dela (um número inteiro)',
  'verb.answer.option.quiz': 'O id do quiz, mostrado na mensagem do quiz (p. ex. q7k2m9)',
  'verb.answer.option.choice': 'Sua resposta',
  'verb.reveal.option.quiz': 'O id do quiz, mostrado na mensagem do quiz (p. ex. q7k2m9)',
  'verb.scores.notes':
    '- Os pontos contam quando uma rodada fecha. `week` é a semana do canal: desde segunda-feira às 00:00 no fuso horário dele (`/hadamard settings timezone America/Sao_Paulo`; padrão UTC).\n- `scores pin` (quem pode gerenciar o canal) publica o placar uma vez e depois edita essa mesma mensagem quando as rodadas fecham, no máximo a cada 30 segundos; o placar semanal recomeça na segunda-feira. Um novo pin substitui o anterior (que passa a dizer isso); se a mensagem for apagada, a próxima atualização a publica de novo. No Slack um placar fixado é só texto (o Slack não consegue editar uma imagem compartilhada).',
  'verb.scores.option.period': 'Esta semana (padrão) ou desde o início',
  'verb.scores.option.pin':
    'pin: publica o placar uma vez e atualiza essa mensagem quando as rodadas fecham (gestores do canal)',
  'verb.settings.option.key': 'A configuração a mostrar ou alterar',
  'verb.settings.option.value':
    'on/off, fractions/decimals, 10–3600 (segundos), light/dark, um fuso horário, ou default',
  'verb.schedule.notes':
    '- Os horários são locais do canal: `/hadamard settings timezone America/Sao_Paulo` (padrão UTC). Um agendamento mantém seu horário local nas mudanças de horário de verão; um horário que não existe naquele dia (o salto da primavera) roda logo depois do salto, e um que acontece duas vezes roda uma vez só.\n- Só quem pode gerenciar o canal adiciona ou remove agendamentos; qualquer pessoa pode listá-los. Um canal tem no máximo 10. O comando é verificado quando você o agenda; uma execução agendada publica no canal para todos, em nome de ninguém (por isso não `answer`, `reveal`, `settings`, `forget-me`).\n- Cada execução acontece uma vez, por mais cópias do bot que estejam rodando. Depois de uma queda, o bot recupera a última execução perdida se ela tiver menos de uma hora e pula as mais antigas: nunca uma rajada.\n- Um `scores week` agendado que roda numa segunda-feira (a semana do canal começa segunda às 00:00 locais) publica o placar final da semana que acabou de terminar; nos outros dias, a semana até agora. `schedule weekly mon 09:00 scores week` publica os vencedores da semana anterior toda segunda-feira.',
  'verb.schedule.option.every': 'daily, weekdays (seg–sex) ou weekly; remove apaga um; vazio lista todos',
  'verb.schedule.option.day': 'O dia de um agendamento semanal',
  'verb.schedule.option.at': 'Hora local HH:MM, 24 horas, no fuso horário do canal (ou o id a apagar)',
  'verb.schedule.option.command': 'O comando que ele executa, p. ex. quiz schur medium, scores week, apply window',
  'verb.practice.option.topic': 'O que praticar (padrão: seu tema mais fraco)',
  'verb.practice.option.level': 'easy, medium ou hard (padrão: o que combina com sua taxa de acertos)',
  'verb.class.option.view': 'Esta semana (padrão) ou export: as respostas do canal em um arquivo CSV',

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
  'note.fromFiles': 'De arquivos: {list}.',
  'note.fromFile': '{label} é {file} ({shape})',
  'note.listSeparator': '; ',
  'fig.logScale': 'escala log',
  'note.decimalPoint':
    'As matrizes são escritas da mesma forma em todos os idiomas, inclusive em português: o ponto `.` é o separador decimal e a vírgula `,` separa as entradas (`[[1.5, 2]]`).',
  'words.exact': 'aritmética exata',
  'words.certified': 'intervalos certificados',
  'words.float': 'ponto flutuante',

  // ── schur: the answer ─────────────────────────────────────────────────────────────────────────────────────────
  'schur.latexTheorem': '(teorema do produto de Schur)',
  'schur.latexHypothesisFails': 'A hipótese ({a} e {b} semidefinidas positivas) não vale: o teorema não garante nada.',
  'schur.latexHypothesisFailsShort': 'A hipótese do teorema do produto de Schur não vale.',
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
  'schur.entryAt': 'a entrada ({row},{col})',
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
  // ── psd ───────────────────────────────────────────────────────────────────────────────────────────────────────────────
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

  // ── oppenheim ─────────────────────────────────────────────────────────────────────────────────────────────────────────
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

  // ── props ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'props.title': 'Propriedades algébricas',
  'props.checked': 'Verificação entrada a entrada',
  'props.commutativity': '- Comutatividade: {a}∘{b} = {b}∘{a}  {mark}',
  'props.associativity': '- Associatividade: ({a}∘{b})∘{c} = {a}∘({b}∘{c})  {mark}',
  'props.distributivity': '- Distributividade: {a}∘({b}+{c}) = {a}∘{b} + {a}∘{c}  {mark}',
  'props.identity': '- Elemento neutro: {a}∘J = {a}, com J a matriz de uns {rows}×{cols}  {mark}',
  'props.transpose': '- Transposta: ({a}∘{b})ᵀ = {a}ᵀ∘{b}ᵀ  {mark}',
  'props.holds': '✓ vale',
  'props.fails': '✗ FALHA',
  'props.needsC': '– (precisa de uma terceira matriz C)',
  'props.undecided':
    '≈ indeterminada (os dois lados coincidem em 1000 dígitos; a identidade vale para todos os números reais, mas os intervalos não conseguem prová-la)',
  'props.nameCommutative': 'comutatividade',
  'props.nameAssociative': 'associatividade',
  'props.nameDistributive': 'distributividade',
  'props.nameIdentity': 'elemento neutro',
  'props.nameTranspose': 'transposta',
  'props.summaryUndecided':
    '{proved} de {checked, plural, one {# propriedade provada} other {# propriedades provadas}} nestas matrizes; sem decisão: {names} (valores certificados que coincidem em 1000 dígitos).',
  'props.summaryAll': 'As {checked} propriedades valem nestas matrizes.',
  'props.summaryAllNoC':
    'As {checked} propriedades valem nestas matrizes (dê uma terceira matriz C para verificar também a associatividade e a distributividade).',
  'props.summaryFailed': 'Uma propriedade falhou: isso deveria ser impossível; por favor, informe o problema.',
  'props.why':
    'Por quê: cada entrada de um produto de Hadamard é um produto usual de números, então as regras da multiplicação de números reais (comutativa, associativa, distributiva em relação a +, com 1 como elemento neutro) valem em todas as posições ao mesmo tempo; J tem um 1 em cada posição.',
  'props.floatNote':
    ' Os dois lados são comparados entrada a entrada, a menos do erro de arredondamento dos produtos envolvidos (8ε do seu tamanho).',
  'props.latexHolds': '(vale)',
  'props.latexFails': '(falha)',
  'props.latexNeedsC': '(precisa de uma terceira matriz C)',
  'props.latexUndecided': '(indeterminada: os dois lados coincidem em 1000 dígitos)',

  // ── relate ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'relate.title': 'Relações com o produto usual',
  'relate.summary': 'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} está dentro de {kron} nas linhas/colunas {rows} / {cols}.',
  'relate.summaryDiagonal':
    'tr({a}ᵀ{b}) = 1ᵀ({ab})1 = {sum}; {ab} está dentro de {kron} nas linhas/colunas {rows} / {cols}; são diagonais, então {ab} = {ord}.',
  'relate.sumOfEntries': 'a soma das entradas de {ab}',
  'relate.traceHeading': 'Identidade do traço (produto interno de Frobenius)',
  'relate.traceBody': 'tr({a}ᵀ{b}) = {tr} e 1ᵀ({ab})1 = Σᵢⱼ aᵢⱼbᵢⱼ = {sum}: {verdict}.',
  'relate.traceEqual': 'iguais ✓',
  'relate.traceUndecided': 'indeterminado (iguais em 1000 dígitos, sem prova)',
  'relate.traceNotEqual': 'NÃO são iguais ✗',
  'relate.undecidedMark': '≈ (indeterminado: iguais em 1000 dígitos)',
  'relate.diagHeading': 'Caso diagonal',
  'relate.diagBoth':
    '{a} e {b} são ambas matrizes diagonais, então {ab} = {ord} = {matrix} {mark} — um dos raros casos em que os dois produtos coincidem.',
  'relate.diagNot':
    '{a} e {b} não são ambas matrizes diagonais, então {ab} e {other} em geral são diferentes. Para matrizes diagonais eles coincidem: experimente `relate diag(1,2,3) diag(4,5,6)`.',
  'relate.ordRange': '{ord} (aqui além do alcance do ponto flutuante)',
  'relate.ordUndefined': '{ord} (não definido para essas dimensões)',
  'relate.vectorHeading': 'Caso vetorial',
  'relate.vectorBody': 'Como vetores, a∘b = diag(a)·b {mark}:',
  'relate.kronHeading': 'Dentro do produto de Kronecker',
  'relate.kronBody':
    '{ab} é a submatriz de {kron} ({kr}×{kc}) nas linhas {rows} e colunas {cols}: a entrada de {kron} na linha (i−1)·{m}+i, coluna (j−1)·{n}+j é aᵢⱼ·bᵢⱼ {mark}.',
  'relate.kronTooLarge': ' (A⊗B é grande demais para ser desenhado; os índices são verificados mesmo assim.)',
  'relate.floatNote':
    ' As igualdades são verificadas a menos do erro de arredondamento (8·m·n·ε da soma dos tamanhos).',
  'relate.undecidedNote':
    ' Indeterminado: {names} (os dois lados coincidem em 1000 dígitos, o que os intervalos não conseguem transformar em prova).',
  'relate.nameTrace': 'a identidade do traço',
  'relate.nameEquality': 'uma igualdade',
  'relate.latexBothDiagonal': '(ambas diagonais)',
  'relate.latexKron': '(linhas, colunas do produto de Kronecker)',
  'relateFig.title': 'O produto de Hadamard e seus parentes',
  'relateFig.subtitle': 'matrizes {shape} {a}, {b}; {arithmetic}',
  'relateFig.pick1': 'pegue as entradas',
  'relateFig.pick2': 'coloridas',
  'relateFig.pickStacked': '↓ pegue as entradas coloridas',
  'relateFig.captionShaded':
    'O bloco (i, j) de {kron} é {la}ᵢⱼ·{b}, e a sua própria entrada (i, j) é {la}ᵢⱼ{lb}ᵢⱼ: os quadrados, nas cores de {ab}. Cinza: o resto de {kron}, sombreado conforme o tamanho.',
  'relateFig.captionNotDrawn':
    'O bloco (i, j) de {kron} é {la}ᵢⱼ·{b}, e a sua própria entrada (i, j) é {la}ᵢⱼ{lb}ᵢⱼ: os quadrados, nas cores de {ab}. Cinza: o resto de {kron}, não desenhado neste tamanho.',
  'relateFig.corner': 'o padrão, desenhado para o canto superior esquerdo de {k}×{l}',
  'relateFig.gather': '↓ junte os quadrados: {ab}',
  'relateFig.trace': 'Identidade do traço: tr({a}ᵀ{b}) = 1ᵀ({ab})1 = Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ:',
  'relateFig.where': 'onde Σᵢⱼ {la}ᵢⱼ{lb}ᵢⱼ =',
  'relateFig.undecided': 'indeterminado',
  'relateFig.inside': '{ab} está dentro de {kron}: linhas {rows} e colunas {cols}{check}',
  'relateFig.vectors': 'Vetores: {la}∘{lb} = diag({la})·{lb}{check}',
  'relateFig.diagonal': '{a} e {b} são diagonais: {ab} = {ord}{check}',
  'relateFig.notDiagonal': '{a}, {b} não são ambas diagonais: {ab} e {ord} diferem em geral.',
  'relateFig.alt1': 'Relações do produto de Hadamard para as matrizes {shape} {a} e {b}.',
  'relateFig.alt2':
    'O produto de Kronecker {kron}, de {kr}×{kc}, é desenhado com as entradas das linhas {rows} e das colunas {cols} destacadas; juntas, elas formam {ab}.',
  'relateFig.alt2Checked':
    'O produto de Kronecker {kron}, de {kr}×{kc}, é desenhado com as entradas das linhas {rows} e das colunas {cols} destacadas; juntas, elas formam {ab}, como verificado.',
  'relateFig.alt3': 'Identidade do traço: tr({a}ᵀ{b}) = {tr} e a soma das entradas de {ab} = {sum}: {verdict}.',
  'relateFig.altEqual': 'iguais',
  'relateFig.altNotEqual': 'diferentes',
  'relateFig.altUndecided': 'iguais em 1000 dígitos (indeterminado)',
  'relateFig.alt4': 'Ambas são diagonais, então {ab} = {ord}.',

  // ── apply ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
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

  // ── groups ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'groups.example': 'Exemplo: {command}',
  'groups.permission': 'permissão para gerenciar este canal',
  'groups.permission.discord': 'a permissão Gerenciar canais',
  'groups.permission.slack': 'ser admin ou dono do workspace do Slack',
  'groups.notQuizId':
    '{word} não é um id de quiz: os ids são a letra q e algumas letras ou dígitos, como q7k2m9, e cada mensagem de quiz mostra o seu',
  'scores.notPeriod': '{word} não é um período: o ranking é desta semana (week) ou de sempre (all)',
  'scores.you': 'você',
  'scores.when.week': 'esta semana',
  'scores.when.all': 'de sempre',
  'scores.when.weekOf': 'a semana de {date} (final)',
  'scores.title': 'Ranking, {when}',
  'scores.leaderboard': 'Ranking',
  'scores.nothingCounted': 'nada contado ainda',
  'scores.counted': '{correct} de {answered} certas',
  'scores.countedStreak':
    '{correct} de {answered} certas, sequência de {streak} {streak, plural, one {dia} other {dias}}',
  'scores.pendingPoints': ' (+{pending} pendentes)',
  'scores.pendingAnswers': ' ({answers} {answers, plural, one {resposta pendente} other {respostas pendentes}})',
  'scores.line': '{rank}. {name}: **{points}** {points, plural, one {ponto} other {pontos}}{pending}, {counted}',
  'scores.lead.you': 'você lidera com {points} {points, plural, one {ponto} other {pontos}}.',
  'scores.lead.one': '{leader} lidera com {points} {points, plural, one {ponto} other {pontos}}.',
  'scores.lead.shared': '{names} dividem a liderança com {points} {points, plural, one {ponto} other {pontos}}.',
  'scores.lead.nonePending': 'nenhum ponto contado ainda: {pending} estão pendentes até suas rodadas fecharem.',
  'scores.lead.none': 'ainda sem pontos: uma resposta certa coloca você no ranking.',
  'scores.list.two': '{first} e {second}',
  'scores.list.many': '{rest} e {last}',
  'scores.summary': '{players} {players, plural, one {jogador} other {jogadores}} ({when}); {lead}',
  'scores.minePending':
    ' Seus {pending} {pending, plural, one {ponto pendente conta} other {pontos pendentes contam}} quando {answers, plural, one {a rodada fechar} other {as rodadas fecharem}}.',
  'scores.empty': 'Ainda sem respostas ({when}): comece uma rodada com /hadamard quiz.',
  'scores.rules':
    'Pontos: 10 por resposta certa (mais um bônus de rapidez quando o canal o ativa), contados quando a rodada fecha (até lá ficam pendentes); pontos iguais dividem a posição; a sequência conta dias seguidos com uma resposta certa.',
  'scores.pin.notAllowed': 'fixar o ranking exige {permission}; /hadamard scores mostra o ranking para você agora',
  'scores.pin.notAllowedHint': 'Peça a quem gerencia o canal, ou veja o ranking: /hadamard scores',
  'scores.pin.noPoster':
    'um ranking fixado é uma mensagem que o bot edita em um canal de chat, e ele não pode postar neste',
  'scores.pin.noPosterHint': 'Fixe em um canal do Slack ou do Discord (ou na página local): /hadamard scores pin',
  'scores.pin.refused': 'não foi possível postar o ranking neste canal (o bot é membro dele?)',
  'scores.pin.refusedHint': 'Convide o bot para o canal e depois: /hadamard scores pin',
  'scores.pin.replaced': 'Este ranking não é mais atualizado: o canal fixou um novo abaixo.',
  'scores.pin.title': 'Ranking fixado',
  'scores.pin.summaryWeek':
    'O ranking da semana foi postado neste canal e será atualizado no lugar conforme as rodadas fecham (no máximo a cada {seconds} s).',
  'scores.pin.summaryAll':
    'O ranking de sempre foi postado neste canal e será atualizado no lugar conforme as rodadas fecham (no máximo a cada {seconds} s).',
  'scores.pin.previous': ' O fixado anterior não é mais atualizado.',
  'scores.pin.footer': '_Fixado: este ranking se atualiza sozinho conforme as rodadas fecham. Atualizado: {time}._',
  'scores.fig.noAnswers': 'sem respostas',
  'scores.fig.accuracy': '{correct} de {answered} certas ({pct}%)',
  'scores.fig.streak': 'sequência de {n} {n, plural, one {dia} other {dias}}',
  'scores.fig.noStreak': 'sem sequência',
  'scores.fig.pendingPoints': '+{points} pendentes',
  'scores.fig.pendingAnswers': '{n} {n, plural, one {resposta pendente} other {respostas pendentes}}',
  'scores.fig.you': '(você)',
  'scores.fig.subtitle': '{n} {n, plural, one {jogador} other {jogadores}} · comprimento da barra = pontos',
  'scores.fig.subtitleEmpty': 'pontos, acertos e sequências aparecem aqui',
  'scores.fig.emptyWeek': 'Ainda sem respostas esta semana.',
  'scores.fig.emptyAll': 'Ainda sem respostas neste canal.',
  'scores.fig.emptyBody':
    'Comece uma rodada com /hadamard quiz: cada resposta certa coloca você no ranking, e uma certa por dia forma uma sequência.',
  'scores.fig.altEmpty': 'Ranking, {when}: ainda sem respostas. Comece uma rodada com /hadamard quiz.',
  'scores.fig.more': 'e mais {n} {n, plural, one {jogador} other {jogadores}}',
  'scores.fig.legend':
    'Acertos: respostas certas do total respondido. Sequência: dias seguidos com uma resposta certa.',
  'scores.fig.legendPending': ' Hachurado: pontos pendentes até a rodada fechar.',
  'scores.fig.alt':
    'Ranking, {when}, {n} {n, plural, one {jogador} other {jogadores}}, comprimento da barra = pontos: ',
  'scores.fig.altRow':
    '{rank}. {name}: {points} {points, plural, one {ponto} other {pontos}}{pending}, {accuracy}, {streak}',
  'settings.desc.private': 'as respostas são privadas (efêmeras), a menos que se peça o contrário',
  'settings.desc.figures': 'as respostas vêm com suas figuras',
  'settings.desc.numbers': 'valores exatos mostrados como frações ou como decimais',
  'settings.desc.quiz_seconds': 'quanto tempo um quiz fica aberto antes de a resposta ser revelada',
  'settings.desc.theme': 'a cor do cartão das figuras',
  'settings.desc.speed_bonus': 'um pequeno bônus por responder cedo (acertar sempre conta primeiro)',
  'settings.desc.timezone':
    'a hora local do canal: quando os agendamentos rodam e quando começa a semana (segunda 00:00)',
  'settings.desc.language': 'o idioma das postagens do canal (respostas privadas seguem o idioma de cada usuário)',
  'settings.values.onOff': 'on ou off',
  'settings.values.numbers': 'fractions ou decimals',
  'settings.values.quiz_seconds': 'de {min} a {max} segundos',
  'settings.values.theme': 'light ou dark',
  'settings.values.timezone': 'um fuso horário IANA como America/Sao_Paulo ou Europe/Lisbon',
  'settings.values.language': 'en, es, pt-BR, fr ou de',
  'settings.source.channel': 'canal',
  'settings.source.workspace': 'workspace',
  'settings.source.default': 'padrão',
  'settings.unknownKey': '{word} não é um ajuste; os ajustes são {keys}',
  'settings.unknownKeyHint': 'Ajustes: {keys}. Exemplo: /hadamard settings quiz_seconds 90',
  'settings.badSeconds': 'quiz_seconds deve ser de {min} a {max} segundos; {word} são {seconds} s',
  'settings.badZone':
    '{word} não é um fuso horário que eu conheça: dê um nome IANA (Região/Cidade), que segue o horário de verão',
  'settings.badZoneHint': 'Exemplo: {command} (ou America/New_York, Asia/Tokyo, UTC)',
  'settings.badValue': '{word} não é um valor de {key}: aceita {values} (ou default)',
  'settings.oneValue': 'settings aceita um ajuste e um valor; encontrei {words}',
  'settings.notAllowed':
    'alterar os ajustes do canal exige {permission}; você ainda pode vê-los com /hadamard settings',
  'settings.notAllowedHint': 'Peça a quem gerencia o canal, ou veja os ajustes: /hadamard settings',
  'settings.line': '- `{key}`: **{value}** ({source}) — {description}; {values}',
  'settings.changed': '{key} agora é {value} neste canal (era {previous}).',
  'settings.shown': '{key} é {value} aqui ({source}).',
  'settings.all': 'Os ajustes deste canal e de onde vem cada valor.',
  'settings.title': 'Ajustes',
  'settings.howToChange':
    'Para alterar um: `/hadamard settings <key> <value>` (ou `default`). Exige permissão para gerenciar o canal.',
  'schedule.forms':
    'schedule daily HH:MM <comando>, schedule weekdays HH:MM <comando>, schedule weekly <mon…sun> HH:MM <comando>, schedule remove <id>, ou schedule (a lista)',
  'schedule.notId':
    '{word} não é um id de agendamento: os ids são a letra s e algumas letras ou dígitos, como s4k9x2; /hadamard schedule lista todos',
  'schedule.listNoWords': 'schedule list não aceita mais palavras',
  'schedule.removeNeedsId': 'schedule remove precisa do id do agendamento a remover',
  'schedule.removeOneId': 'schedule remove aceita um só id; encontrei {words}',
  'schedule.removeHint': 'Exemplo: /hadamard schedule remove s4k9x2 (/hadamard schedule lista os ids)',
  'schedule.notEvery':
    '{word} não diz com que frequência um agendamento roda: ele roda diariamente (daily), em dias úteis (weekdays, de segunda a sexta) ou semanalmente (weekly)',
  'schedule.formsHint': 'As formas: {forms}. Exemplo: {command}',
  'schedule.needsDay': 'um agendamento semanal precisa do seu dia: {days}',
  'schedule.notDay': '{word} não é um dia: um agendamento semanal precisa do seu dia: {days}',
  'schedule.dailyNoDay':
    'um agendamento daily roda todo dia, então não leva dia; para um dia por semana, use weekly {day}',
  'schedule.weekdaysNoDay':
    'um agendamento weekdays roda de segunda a sexta, então não leva dia; para um dia por semana, use weekly {day}',
  'schedule.needsTime': 'um agendamento precisa do seu horário local como HH:MM (24 horas), p. ex. 09:00 ou 17:30',
  'schedule.notTime':
    '{word} não é um horário: um agendamento precisa do seu horário local como HH:MM (24 horas), p. ex. 09:00 ou 17:30',
  'schedule.needsCommand':
    'um agendamento precisa, depois do horário, do comando que ele roda, p. ex. quiz schur medium ou scores week',
  'schedule.tooLong': 'o comando agendado tem {length} caracteres; um agendamento roda no máximo {max}',
  'schedule.noSchedule':
    'um agendamento não pode rodar schedule: ele roda um comando do canal, como quiz, scores ou apply',
  'schedule.notAllowed':
    'alterar os agendamentos do canal exige {permission}; você ainda pode vê-los com /hadamard schedule',
  'schedule.notAllowedHint': 'Peça a quem gerencia o canal, ou liste os agendamentos: /hadamard schedule',
  'schedule.title': 'Agendamentos',
  'schedule.count': '{n} {n, plural, one {agendamento} other {agendamentos}} neste canal (de no máximo {max}).',
  'schedule.none': 'Este canal ainda não tem agendamentos.',
  'schedule.howTo':
    'Adicione um: `/hadamard schedule daily 09:00 quiz schur medium`, `/hadamard schedule weekly fri 17:00 scores week`; remova um: `/hadamard schedule remove <id>`. Os horários são no fuso do canal (`/hadamard settings timezone America/Sao_Paulo`). Exige permissão para gerenciar o canal.',
  'schedule.badCommand': 'o comando agendado não funciona: {message}',
  'schedule.badCommandHint':
    '{hint} — Um agendamento roda um comando como você o digitaria, p. ex. /hadamard schedule daily 09:00 quiz schur medium',
  'schedule.notSchedulable':
    'um agendamento não pode rodar {verb}: uma execução agendada posta no canal para todos, em nome de ninguém',
  'schedule.notSchedulablePin':
    'um agendamento não pode rodar scores pin (um ranking fixado se atualiza sozinho): uma execução agendada posta no canal para todos, em nome de ninguém',
  'schedule.notSchedulableHint':
    'Agende o que o canal deve ver: /hadamard schedule daily 09:00 quiz, ou /hadamard schedule weekly mon 09:00 scores week',
  'schedule.full': 'este canal tem {max} agendamentos, o máximo; remova um primeiro',
  'schedule.fullHint': 'Veja-os com /hadamard schedule e remova um: /hadamard schedule remove <id>',
  'schedule.addedTitle': 'Agendamento {id}',
  'schedule.added': 'Agendado: `{command}` {when}. Primeira execução: {time}.',
  'schedule.addedBody':
    'Ele posta neste canal para todos. Remova com `/hadamard schedule remove {id}`; liste com `/hadamard schedule`.',
  'schedule.noSuch': 'este canal não tem o agendamento {id}',
  'schedule.noSuchHint': 'Liste os agendamentos com seus ids: /hadamard schedule',
  'schedule.removedTitle': 'Agendamento {id} removido',
  'schedule.removed': 'O agendamento {id} foi removido: não vai rodar de novo.',
  'schedule.when.daily': 'diariamente às {at} ({zone})',
  'schedule.when.weekdays': 'em dias úteis às {at} ({zone})',
  'schedule.when.weekly': 'semanalmente, {day}, às {at} ({zone})',
  'schedule.line': '`{id}` {when}: `{command}` — próxima: {time}',
  'schedule.footer': '_Agendado {when} (`{id}`): `/hadamard {command}`._',
  'me.noWords': 'me não aceita palavras; encontrei {words}',
  'me.noWordsHint': 'Exemplo: /hadamard me (e /hadamard practice para uma pergunta do seu tema mais fraco)',
  'me.accuracy': '{correct} de {answered} certas ({pct}%)',
  'me.notTried': 'não tentado',
  'me.none': 'Você ainda não tem respostas aqui. Tente {practice}: uma pergunta privada, só para você.',
  'me.summary':
    '{points} {points, plural, one {ponto} other {pontos}} neste canal{pending}; {accuracy}{practiced}{streak}.',
  'me.summaryPending': ' (+{pending} pendentes até as rodadas fecharem)',
  'me.summaryPracticed': ', {n} delas em prática',
  'me.summaryStreak': '; sequência de {n} {n, plural, one {dia} other {dias}}',
  'me.byTopic': 'Acertos por tema',
  'me.topic': '- {topic}: {accuracy}',
  'me.topicWeakest': '- {topic}: {accuracy} ← pratique este',
  'me.mistakes': 'Os erros que suas respostas erradas escolheram',
  'me.next': 'Próximo',
  'me.nextBody': '{practice}: {why}. As perguntas de prática são só suas: contam aqui, nunca no ranking do canal.',
  'me.whyUntried': 'um tema que você ainda não tentou',
  'me.whyLowest': 'seu menor índice de acertos: {correct} de {answered} certas em {topic}',
  'me.title': 'Seu progresso',
  'me.fig.tally': '{correct} de {answered} ({pct}%)',
  'me.fig.noAnswers': 'ainda sem respostas',
  'me.fig.overall': '{correct} de {answered} certas ({pct}%)',
  'me.fig.overallPracticed': '{correct} de {answered} certas ({pct}%), {practiced} em prática',
  'me.fig.streak': 'sequência de {n} {n, plural, one {dia} other {dias}}',
  'me.fig.noStreak': 'sem sequência',
  'me.fig.points': '{n} {n, plural, one {ponto} other {pontos}}',
  'me.fig.pointsPending': '{n} {n, plural, one {ponto} other {pontos}} (+{pending} pendentes)',
  'me.fig.title': 'Seu progresso: acertos por tema',
  'me.fig.legend':
    'Comprimento da barra = fração de respostas certas; tracejado: não tentado. {topic} (laranja) é o tema a praticar.',
  'me.fig.mistakes': 'Seus erros mais escolhidos',
  'me.fig.next': 'Próximo: {command}',
  'me.fig.alt': 'Seu progresso: {points}{pending}, {overall}, {streak}. ',
  'me.fig.altPending': ', {pending} pendentes',
  'me.fig.altTopics': 'Acertos por tema: {topics}. ',
  'me.fig.altMistakes': 'Erros mais escolhidos: {list}. ',
  'me.fig.altSuggested': 'Sugestão: practice {topic} {level}.',
  'class.notView':
    '{word} não é uma visão de class: class mostra esta semana, class export envia as respostas como CSV',
  'class.notAllowedView': 'a visão da turma é para quem gerencia este canal ({permission})',
  'class.notAllowedExport': 'a exportação da turma é para quem gerencia este canal ({permission})',
  'class.notAllowedHint': 'Seu próprio progresso você pode ver: /hadamard me',
  'class.summary':
    'Esta semana: {players} {players, plural, one {jogador} other {jogadores}}, {rounds} {rounds, plural, one {rodada} other {rodadas}} ({closed} fechadas), {answered} {answered, plural, one {resposta} other {respostas}}, {pct} certas.',
  'class.none':
    'Ainda sem respostas a rodadas fechadas esta semana ({rounds} {rounds, plural, one {rodada iniciada} other {rodadas iniciadas}}).',
  'class.byTopic': 'Acertos por tema',
  'class.topic':
    '- {topic}: {correct} de {answered} certas ({pct}), {players} {players, plural, one {jogador} other {jogadores}}',
  'class.topicNotAsked': '- {topic}: não perguntado',
  'class.misconceptions': 'Equívocos mais escolhidos',
  'class.counted':
    'Contam: as respostas às rodadas fechadas desta semana (as semanas começam na segunda, UTC); perguntas de prática são privadas e não contam. As respostas em arquivo: `{command}`.',
  'class.title': 'Visão da turma, esta semana',
  'class.exportTitle': 'Exportação da turma',
  'class.exportSummary':
    '{file}: {n} {n, plural, one {resposta} other {respostas}} às rodadas fechadas deste canal, da mais antiga à mais recente{truncated}.',
  'class.exportTruncated': ' (as {max} mais recentes: há mais)',
  'class.exportEmpty': '{file}: ainda sem respostas a rodadas fechadas deste canal (o arquivo tem só o cabeçalho).',
  'class.exportColumns':
    'Colunas: {columns}. Uma linha por resposta; horários em UTC (ISO 8601). Só ids de usuário (sem nomes); perguntas de prática e rodadas ainda abertas ficam de fora.',
  'class.exportFile': 'As respostas às rodadas de quiz deste canal ({n})',
  'forget.noWords': 'forget-me não aceita palavras; encontrei {words}',
  'forget.title': 'Esquecido',
  'forget.summary':
    'Apaguei {answers} {answers, plural, one {resposta} other {respostas}} (com seus pontos, equívocos e prática), {practice} {practice, plural, one {pergunta de prática} other {perguntas de prática}} e {replies} {replies, plural, one {link de edição} other {links de edição}}; {rounds, plural, one {o quiz que você começou continua} other {os {rounds} quizzes que você começou continuam}} para quem respondeu, sem o seu nome.',
  'forget.body':
    'Isso vale para todos os canais do {platform}: seus pontos, /hadamard me e as visões da turma não contam mais você. O bot nunca guardou o texto das suas mensagens, só ids, escolhas e horários.',

  // ── errors ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'err.hint.empty_command': 'Experimente: {example} — ou `/hadamard help` para ver tudo o que o bot faz.',
  'err.hint.text_too_long': 'Envie matrizes menores (até 12×12) ou divida a pergunta em vários comandos.',
  'err.hint.unknown_verb':
    'Comandos: product, schur, psd, oppenheim, props, relate, apply, explain, help; em um canal também quiz, answer, reveal, scores, settings, forget-me, schedule. Exemplo: /hadamard schur [[2,1],[1,2]] [[1,1],[1,1]]',
  'err.hint.unknown_word':
    'As matrizes se escrevem [[2,3],[4,1]] ou [2 3; 4 1]; construtores: eye(3), ones(2,3), hilbert(4), pascal(4), diag(1,2,3), I3, J3, kms(4, 1/2), gauss(4, 2), hann(5), causal(4), toeplitz(1, 1/2, 0). Exemplo: {example}',
  'err.hint.unknown_topic':
    'Temas: definition, properties, schur, oppenheim, relations, applications. Exemplo: /hadamard explain schur',
  'err.hint.missing_operand': 'Escreva as matrizes uma depois da outra. Exemplo: {example}',
  'err.hint.too_many_operands': 'O produto aceita de 2 a 6 matrizes. Exemplo: /hadamard [1 2] [3 4] [5 6]',
  'err.hint.unbalanced_brackets':
    'Todo [ precisa do seu ]. Exemplo: [[2,3],[4,1]] (estilo JSON) ou [2 3; 4 1] (estilo MATLAB).',
  'err.hint.ragged_rows': 'Todas as linhas precisam do mesmo número de entradas. Exemplo: [[1,2,3],[4,5,6]] é 2×3.',
  'err.hint.empty_matrix': 'Uma matriz precisa de pelo menos uma entrada. Exemplo: [[2,3],[4,1]]',
  'err.hint.not_a_number':
    'As entradas são números como 2, -1.5, 1/3, 2.5e-3, ou expressões como 2*sqrt(3)/5, pi/4, cos(pi/3) e log(2).',
  'err.hint.division_by_zero':
    'A divisão por zero não é definida. Exemplo de entradas com frações: [[1/2, 1/3],[1/4, 1/5]]',
  'err.hint.bad_expression':
    'As entradas podem usar números, + - * / ^ ( ), pi, e e sqrt sin cos tan exp log abs. Exemplo: [[1/2, sqrt(2)],[cos(pi/3), exp(-1)]]',
  'err.hint.too_deep':
    'Simplifique a entrada: no máximo 32 parênteses, sinais ou potências aninhados. Exemplo: (1+2)*(3-4)/5',
  'err.hint.too_large': 'Use matrizes menores (até 12×12) ou números menores. Exemplo: hilbert(12) .* pascal(12)',
  'err.hint.bad_file':
    'Anexe um arquivo CSV ou TSV (uma linha de matriz por linha, só números, sem cabeçalho), um array JSON de linhas como [[2,3],[4,1]], ou uma imagem PNG ou JPEG. Exemplo: a.csv com as duas linhas 2,3 e 4,1.',
  'err.hint.missing_attachment':
    '@1 é o primeiro arquivo anexado, @2 o segundo. Exemplo: hadamard --attach a.csv --attach b.csv "schur @1 @2" (na CLI).',
  'err.hint.unavailable': 'Tente de novo em um minuto. Enquanto isso, os cálculos funcionam, por exemplo {example}',
  'err.hint.not_allowed':
    'Peça a quem administra este canal. Você sempre pode ver as configurações: /hadamard settings',
  'err.hint.needs_channel':
    'Os comandos de grupo de estudo (quiz, answer, reveal, scores, settings, forget-me) funcionam em um canal de chat, na página local ou na CLI. Exemplo: /hadamard quiz',
  'err.hint.missing_argument':
    'Escreva as palavras de que o comando precisa. Exemplos: /hadamard answer q7k2m9 b, /hadamard reveal q7k2m9',
  'err.hint.bad_argument':
    'Exemplos: /hadamard quiz schur hard, /hadamard answer q7k2m9 b, /hadamard scores all, /hadamard settings quiz_seconds 90',
  'err.hint.unknown_setting':
    'Configurações: private, figures, numbers, quiz_seconds, theme, speed_bonus, timezone, language. Exemplo: /hadamard settings quiz_seconds 90',
  'err.hint.out_of_range':
    'Números de qualquer tamanho são aceitos (1e400, exp(-1000)), mas não tamanhos cujo expoente tenha mais de 14 algarismos, como exp(1e20). Reescale as entradas (os veredictos de psd e schur não mudam quando uma matriz é multiplicada por um número positivo). Exemplo: /hadamard [[2*pi, 1],[1, 3]] [[1, 2],[2, 5]]',
  'err.hint.shape_mismatch':
    'O produto elemento a elemento precisa de matrizes do mesmo tamanho (sem broadcasting). Exemplo: [[1,2]] [[3,4]] (ambas 1×2).',
  'err.hint.not_square': 'Isto precisa de matrizes quadradas (n×n). Exemplo: /hadamard psd [[2,1],[1,2]]',
  'err.hint.not_vector': 'Escreva vetores como [1 2 3].',
  'err.hint.timeout':
    'Use números mais curtos ou matrizes menores; decimais com poucos algarismos ou frações pequenas são rápidos. Exemplo: /hadamard schur hilbert(6) pascal(6)',
  'err.layout': 'Erro ({code}): {message}\nDica: {hint}',
  'err.example': 'Exemplo: {example}',
  'err.where.matrix':
    '{n, plural, =1 {a primeira matriz} =2 {a segunda matriz} =3 {a terceira matriz} =4 {a quarta matriz} =5 {a quinta matriz} =6 {a sexta matriz} other {a matriz nº #}}',
  'err.where.command': 'o comando',
  'err.where.aMatrix': 'uma matriz',
  'err.command.tooLong': 'o comando tem {length} caracteres; o limite é {max}',
  'err.command.empty': 'o comando está vazio',
  'err.command.unknownVerb': '{word} (no caractere {at}) não é um comando que eu conheça',
  'err.command.unknownVerbClose':
    '{word} (no caractere {at}) não é um comando que eu conheça — você quis dizer "{close}"?',
  'err.command.tooManyFilesExact':
    '{verb} aceita exatamente {max} {max, plural, one {matriz} other {matrizes}}, e há {files} arquivos anexados: diga quais, por exemplo {example}',
  'err.command.tooManyFilesRange':
    '{verb} aceita de {min} a {max} matrizes, e há {files} arquivos anexados: diga quais, por exemplo {example}',
  'err.command.missingFile':
    '@{n} indica o {n, plural, =1 {primeiro} =2 {segundo} =3 {terceiro} =4 {quarto} =5 {quinto} =6 {sexto} other {nº #}} arquivo anexado, mas {files, plural, =0 {nenhum arquivo está anexado} one {só um arquivo está anexado} other {só # arquivos estão anexados}}',
  'err.command.tooFewOne': '{verb} precisa de uma matriz; encontrei {got, plural, =0 {nenhuma} one {só uma} other {#}}',
  'err.command.tooFewExact':
    '{verb} precisa de exatamente {min} matrizes; encontrei {got, plural, =0 {nenhuma} one {só uma} other {#}}',
  'err.command.tooFewAtLeast':
    '{verb} precisa de pelo menos {min} matrizes; encontrei {got, plural, =0 {nenhuma} one {só uma} other {#}}',
  'err.command.tooManyExact':
    '{verb} aceita exatamente {max} {max, plural, one {matriz} other {matrizes}}; encontrei {got}',
  'err.command.tooManyRange': '{verb} aceita de {min} a {max} matrizes; encontrei {got}',
  'err.command.emptyLabel': 'o rótulo {label} (no caractere {at}) não tem matriz depois do seu "="',
  'err.command.notAMatrix': '{word} (no caractere {at}) está onde deveria haver uma matriz',
  'err.command.notFinite': '{word} (no caractere {at}) não é um número: as entradas devem ser números reais finitos',
  'err.command.bareNumber':
    '{word} (no caractere {at}) é um número, não uma matriz: coloque as entradas entre colchetes',
  'err.command.unknownWord': 'não conheço {word} (no caractere {at})',
  'err.brackets.stray': 'o "{ch}" no caractere {at} não tem o "{want}" correspondente',
  'err.brackets.neverClosed': 'o "{open}" no caractere {at} nunca é fechado',
  'err.brackets.unmatched': '{where}: o "{ch}" no caractere {at} não tem o "{want}" correspondente',
  'err.brackets.mismatched': '{where}: o "{open}" no caractere {at} é fechado por um "{ch}" no caractere {closeAt}',
  'err.brackets.unclosed': '{where}: o "{open}" no caractere {at} nunca é fechado',
  'err.matrix.empty': '{where} está vazia',
  'err.matrix.emptyBrackets': '{where} está vazia ([])',
  'err.matrix.emptyRow': '{where}: a linha {row} está vazia',
  'err.matrix.entry': '{where}, entrada ({row},{col}): {reason}',
  'err.matrix.tooLarge': '{where} é {rows}×{cols}; o limite é {max}×{max}',
  'err.matrix.notAMatrix': '{where}: {word} não é uma matriz',
  'err.matrix.missingParen': '{where}: falta o ")" de {text}',
  'err.matrix.afterBuilder': '{where}: {word} inesperado depois de {name}(…)',
  'err.matrix.afterMatrix': '{where}: {word} inesperado depois da matriz',
  'err.matrix.diagEmpty': '{where}: diag() precisa de pelo menos uma entrada',
  'err.matrix.diagEntry': '{where}, entrada {k} de diag(…): {reason}',
  'err.matrix.zeros': '{where}: zeros(…) não é aceito (uma matriz nula zera todo produto)',
  'err.matrix.builderSizes':
    '{where}: {call} precisa de {ones, select, true {um ou dois números inteiros positivos} other {um número inteiro positivo}}',
  'err.matrix.oneSize': '{where}: {name}(…) aceita um só tamanho, por exemplo {name}(3)',
  'err.matrix.builderArgument': '{where}, {what} de {call}: {reason}',
  'err.matrix.argument': 'entrada {k}',
  'err.matrix.builderSize': '{where}: {call} precisa de um tamanho n, um número inteiro positivo',
  'err.matrix.arity': '{where}: {name}(…) aceita {k, plural, one {um argumento} other {# argumentos}}; recebeu {call}',
  'err.matrix.toeplitzEmpty': '{where}: toeplitz() precisa da sua primeira coluna',
  'err.matrix.gaussZero': '{where}: {call} precisa de s ≠ 0 (divide por s²)',
  'err.matrix.threeLevels': '{where}: as matrizes têm dois níveis de colchetes, não três',
  'err.matrix.betweenRows': '{where}: {word} inesperado entre as linhas (escreva cada linha entre colchetes)',
  'err.matrix.mixedRows': '{where}: mistura linhas entre colchetes com entradas soltas',
  'err.matrix.ragged':
    '{where}: a linha {row} tem {n} {n, plural, one {entrada} other {entradas}}, mas a linha 1 tem {cols}',
  'err.entry.character': 'o caractere "{ch}" não pode aparecer em um número',
  'err.entry.empty': 'uma entrada está vazia',
  'err.entry.shouldEnd': '{text} tem "{token}" onde deveria terminar',
  'err.entry.beyondAnySize':
    '{text} vale cerca de {size}: além de qualquer tamanho que este motor consegue representar (uma potência de dez com mais de 10¹⁴ algarismos no expoente)',
  'err.entry.tooDeep': '{text} tem mais de {max} parênteses, sinais ou potências aninhados',
  'err.entry.divByZero': '{text} divide por zero',
  'err.entry.divUndecided':
    '{text} divide por um valor igual a 0 até 1000 algarismos: pode ser exatamente 0, então o quociente não pode ser decidido',
  'err.entry.powUndecided':
    '{text} eleva um valor igual a 0 até 1000 algarismos a uma potência não inteira: não é possível decidir se está definido',
  'err.entry.notReal': '{text} não é um número real',
  'err.entry.endsEarly': '{text} termina cedo demais',
  'err.entry.needsParentheses': '{name} precisa de parênteses em {text}, por exemplo {example}',
  'err.notFinite': '{word} não é um número: as entradas devem ser números reais finitos',
  'err.entry.unknownWord': '{word} não é um número (permitidos: números, + - * / ^ ( ), pi, e e {functions})',
  'err.entry.numberExpected': '{text} tem "{token}" onde deveria haver um número',
  'err.entry.missing': 'falta um "{op}" em {text}',
  'err.function.undecided':
    '{call} precisa de {what, select, cosNonzero {que o cosseno do argumento não seja zero} positive {um argumento positivo} other {um argumento ≥ 0}}, e o argumento é igual a 0 até {digits, number} algarismos: pode ser exatamente 0, então não é possível decidir se {call} está definido',
  'err.function.logZero': '{call} é −∞, não um número: log(x) → −∞ quando x → 0',
  'err.function.logNegative': '{call} não é um número real: log só é definido para números positivos',
  'err.function.tanPole': '{call} não é definido: tan tem um polo em π/2 + kπ (ali cos vale 0)',
  'err.function.sqrtNegative': '{call} tira a raiz quadrada de um número negativo',
  'err.magnitude.huge': 'mais de 10^(10^15)',
  'err.magnitude.unknown': 'um número de tamanho desconhecido',
  'err.operands.noFile':
    '{n, plural, =1 {a primeira matriz} =2 {a segunda matriz} =3 {a terceira matriz} =4 {a quarta matriz} =5 {a quinta matriz} =6 {a sexta matriz} other {a matriz nº #}} é {ref}, um arquivo anexado, mas nenhum arquivo foi anexado a este comando',
  'err.operands.shapes':
    '{first} (a primeira matriz) é {firstShape}, mas {other} (a {n, plural, =2 {segunda} =3 {terceira} =4 {quarta} =5 {quinta} =6 {sexta} other {nº #}}) é {otherShape}; o produto elemento a elemento precisa de tamanhos iguais',
  'err.operands.notSquare':
    '{verb} precisa de matrizes quadradas, mas {label} (a {n, plural, =1 {primeira} =2 {segunda} =3 {terceira} =4 {quarta} =5 {quinta} =6 {sexta} other {nº #}} matriz) é {shape}',
  'err.deadline':
    'isto precisa de mais de {seconds} s de trabalho (frações exatas muito longas deixam a eliminação exata lenta)',
  'err.engine.unknownVerb': '{verb} não é um comando que eu conheça',
  'err.engine.needsChannel':
    '{verb} é um comando de grupo de estudo: guarda estado para um canal, então funciona no Slack, no Discord, na página local ou na CLI, não no motor sozinho',
  'err.engine.timeout': 'o cálculo levou mais de {seconds} s',
  'err.engine.beyondAnySize':
    'um número desta resposta vale cerca de 10^({log}): além de qualquer tamanho que este motor consegue representar',
  'err.engine.grewTooLarge': 'os números ficaram grandes demais para calcular com eles',
  'err.outOfRange.aNumber': 'um número desta resposta',
  'err.outOfRange.entryOf': 'a entrada ({row},{col}) de {quantity}',
  'err.outOfRange.about':
    '{what} valeria cerca de {size}, {direction, select, over {grande} other {pequeno}} demais para ponto flutuante ({range})',
  'err.outOfRange.leaves': '{what} sairia do intervalo do ponto flutuante ({range})',
  'err.floatRange': 'tamanhos não nulos de cerca de 4.9×10⁻³²⁴ até 1.8×10³⁰⁸',
  'err.image.undecodable': '{file} não pôde ser decodificado como imagem ({why})',
  'err.image.notImage': '{file} não é uma imagem PNG nem JPEG',
  'err.hint.image':
    'Anexe a própria imagem, exportada como PNG ou JPEG (uma captura de tela serve), de até 1024×1024 pixels.',
  'err.hint.bareNumber': 'Exemplo: [[2,3],[4,1]] (uma matriz 1×1 é [5])',
  'err.hint.builders': 'Construtores: {builders}.',
  'err.hint.builder':
    'Exemplo: {name, select, kms {kms(4, 1/2) (ρ^|i−j|: 1, 1/2, 1/4, 1/8 ao longo de uma linha)} gauss {gauss(4, 2) (exp(−(i−j)²/s²), potências exatas de e)} hann {hann(5) (a linha 0, 1/2, 1, 1/2, 0)} causal {causal(4) (uns na diagonal e abaixo dela)} other {toeplitz(1, 1/2, 1/4) (simétrica, primeira coluna 1, 1/2, 1/4)}}',
  'err.hint.mixedRows': 'Exemplo: [[1,2],[3,4]] ou [1 2; 3 4]',
  'err.hint.entryWords':
    'As entradas podem usar números, + - * / ^ ( ), pi, e, sqrt, sin, cos, tan, exp, log (natural; ln também) e abs. Exemplo: [[cos(pi/3), exp(-1)], [log(2), abs(-1/3)]]',
  'err.hint.log':
    'log (logaritmo natural, também ln) precisa de um número positivo. Exemplo: [[log(2), log(1/2)], [ln(e), 1]]',
  'err.hint.tan': 'tan é definida fora de π/2 + kπ. Exemplo: [[tan(pi/4), tan(pi/3)]]',
  'err.hint.sqrt': 'sqrt precisa de um número ≥ 0. Exemplo: [[sqrt(2), sqrt(1/4)]]',

  // ── quiz ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  'quiz.example': 'Exemplo: {example}',
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

  // ── errors (continued) ────────────────────────────────────────────────────────────────────────────────────────────────
  // Files and images attached to a command (parse/attachments.ts, file-format.ts, file-table.ts, file-matrix.ts): the
  // file's name, the row, column, line and byte numbers, the bytes shown and the examples stay as they are.
  'err.file.unnamed': 'o arquivo',
  'err.file.tooLarge': '{file} tem {size}; arquivos anexados podem ter no máximo {limit}',
  'err.file.tooLargeHint':
    'Envie um arquivo menor: matrizes de até {side}×{side}, imagens de até {image}×{image} pixels.',
  'err.file.missing':
    '{n, plural, =1 {a primeira matriz} =2 {a segunda matriz} =3 {a terceira matriz} =4 {a quarta matriz} =5 {a quinta matriz} =6 {a sexta matriz} other {a matriz nº #}} é @{k}, o {k, plural, =1 {primeiro} =2 {segundo} =3 {terceiro} =4 {quarto} =5 {quinto} =6 {sexto} other {nº #}} arquivo anexado, mas {files, plural, =0 {nenhum arquivo foi anexado} =1 {só um arquivo foi anexado} other {só # arquivos foram anexados}}',
  'err.file.otherFormat':
    '{file} é {format, select, gif {uma imagem GIF} webp {uma imagem WebP} bmp {uma imagem BMP} tiff {uma imagem TIFF} heic {uma imagem HEIC/AVIF} pdf {um documento PDF} zip {um arquivo zip (uma planilha .xlsx ou .ods é um)} gzip {um arquivo gzip} other {um arquivo .npy do NumPy}}, que não consigo ler{format, select, zip {: salve a planilha como CSV primeiro} npy {: np.savetxt(…, delimiter=",") grava um CSV} other {}}',
  'err.file.namedImage': '{file} tem nome ou tipo de imagem, mas não é PNG nem JPEG: seus primeiros bytes são {bytes}',
  'err.file.noBytes': 'nenhum (está vazio)',
  'err.file.empty': '{file} está vazio',
  'err.file.binary': '{file} não é um arquivo de texto (tem bytes NUL; seus primeiros bytes são {bytes})',
  'err.file.jsonObject': '{file} contém um objeto JSON; uma matriz é um array JSON de linhas',
  'err.file.jsonObjectHint': 'Exemplo: [[2,3],[4,1]] (em Python: json.dump(a.tolist(), f)).',
  'err.file.notUtf8':
    '{file} não é texto UTF-8 (o byte {byte} é 0x{hex}): leio CSV, TSV e JSON como UTF-8, e imagens PNG ou JPEG',
  'err.file.noNumbers': '{file} não contém nenhum número',
  'err.file.noNumbersHint':
    'Um arquivo de matriz precisa de pelo menos uma linha de números. Exemplo: a.csv com 2,3 e 4,1 em duas linhas.',
  'err.file.longLine':
    '{file} tem uma linha de {length} caracteres (linha {line}); matrizes de arquivos podem ter no máximo {max}×{max}',
  'err.file.tooManyEntries':
    '{file} tem mais de {max} entradas na linha {row}; matrizes de arquivos podem ter no máximo {max}×{max}',
  'err.file.tooManyInRow':
    '{file} tem mais de {max} entradas em sua única linha; matrizes de arquivos podem ter no máximo {max}×{max}',
  'err.file.tooManyRows': '{file} tem mais de {max} linhas; matrizes de arquivos podem ter no máximo {max}×{max}',
  'err.file.tooLargeTableHint': 'Envie uma parte menor da matriz (no máximo {max} linhas e {max} colunas).',
  'err.file.row': 'linha {row}',
  'err.file.rowLine': 'linha {row} (linha {line} do arquivo)',
  'err.file.cell': '{row}, coluna {col} de {file}',
  'err.file.cellTooLong': '{cell} tem mais de {max} caracteres',
  'err.file.cellTooLongHint':
    'Os números são mantidos exatos até 2000 dígitos; escreva os mais longos arredondados (por exemplo 3.14159265358979).',
  'err.file.quoteOpen': '{cell}: uma aspa aberta na linha {line} nunca é fechada',
  'err.file.ragged': 'a {row} de {file} tem {n} {n, plural, one {entrada} other {entradas}}, mas a linha 1 tem {cols}',
  'err.file.raggedHint':
    'Todas as linhas precisam do mesmo número de entradas ({kind, select, csv {separadas por vírgulas} tsv {separadas por tabulações} semicolon {separadas por ponto e vírgula} whitespace {separadas por espaços} other {JSON}}): procure um separador faltando ou sobrando na linha {row}.',
  'err.file.header': 'a linha 1 de {file} parece um cabeçalho ({words}): o arquivo deve conter só números',
  'err.file.headerHint':
    'Apague a linha de cabeçalho (pandas: df.to_csv(f, index=False, header=False); NumPy: np.savetxt(f, a, delimiter=",")).',
  'err.file.cellError': '{cell}: {reason}',
  'err.file.emptyCell': 'a célula está vazia',
  'err.file.numberHint':
    'Cada célula deve ser um número: 2, -1.5, 1/3, 2.5e-3 (também sqrt(2), pi). Exemplo: a.csv com as duas linhas 2,3 e 4,1.',
  'err.file.outOfRange':
    '{cell} vale cerca de {size}, {direction, select, over {grande demais} other {pequeno demais}} para o ponto flutuante ({range}), e a matriz tem entradas demais para ficar exata',
  'err.file.emptyRow': 'a linha {row} de {file} está vazia ([])',
  'err.file.json': '{file} não é uma matriz JSON: {why} (linha {line})',
  'err.file.jsonHint':
    'Uma matriz JSON é um array de linhas, cada uma um array de números. Exemplo: [[2,3],[4,1]] (em Python: json.dump(a.tolist(), f)).',
  'err.file.json.stringOpen': 'uma string em {cell} nunca é fechada',
  'err.file.json.stringLine': 'uma string em {cell} passa do fim da sua linha',
  'err.file.json.object': '{cell} é um objeto JSON, não um número',
  'err.file.json.missing': 'falta {cell} (encontrei {end, select, yes {o fim do arquivo} other {"{ch}"}})',
  'err.file.json.notNumber': '{cell} é "{token}", que não é um número JSON',
  'err.file.json.notNumberHint':
    'Escreva os números como o JSON faz (2, -1.5, 2.5e-3), e todo o resto entre aspas: [["1/3", "sqrt(2)"], [1, 2]].',
  'err.file.json.endsEarly': 'o arquivo termina antes do "]" de fechamento',
  'err.file.json.expected': 'esperava "," ou "]" mas encontrei "{ch}"',
  'err.file.json.start': 'não começa com "["',
  'err.file.json.rowNotArray': 'a linha {row} não é um array (escreva cada linha entre colchetes: [[1,2],[3,4]])',
  'err.file.json.after': 'há mais depois do "]" que fecha a matriz: "{text}"',
  'err.file.json.nested': '{cell} é outro array: uma matriz tem dois níveis de colchetes, não três',
  'err.file.json.nestedHint':
    'Uma matriz JSON é um array de linhas, cada uma um array de números. Exemplo: [[2,3],[4,1]].',
  // Images: their headers (file-format.ts) and their size.
  'err.image.unreadable': '{file} não é uma imagem {format} legível: {why}',
  'err.image.header.endsInHeader': 'o arquivo termina dentro do cabeçalho',
  'err.image.header.firstChunk': 'seu primeiro bloco não é o cabeçalho IHDR',
  'err.image.header.checksum': 'o cabeçalho está danificado (sua soma de verificação não confere)',
  'err.image.header.size': 'o cabeçalho diz {width}×{height} pixels',
  'err.image.header.segmentStart': 'o byte {byte} deveria iniciar um segmento (0xFF) mas é 0x{hex}',
  'err.image.header.noFrame': 'não há cabeçalho de quadro (tamanho da imagem) antes dos dados da imagem',
  'err.image.header.segmentLength': 'um segmento no byte {byte} tem comprimento {length}',
  'err.image.header.endsInFrame': 'o arquivo termina dentro do cabeçalho de quadro',
  'err.image.header.frameSize': 'o cabeçalho de quadro diz {width}×{height} pixels (uma altura 0 não é suportada)',
  'err.image.header.endsBeforeFrame': 'o arquivo termina antes do cabeçalho de quadro (tamanho da imagem)',
  'err.image.tooLarge':
    '{file} tem {width}×{height} pixels; imagens podem ter no máximo {max}×{max} (verificado pelo cabeçalho, nada foi decodificado)',
  'err.image.tooLargeHint': 'Reduza a imagem para no máximo {max}×{max} pixels e anexe de novo.',
  'err.image.tooLargeMatrix':
    '{file} tem {width}×{height} pixels; como matriz, uma imagem pode ter no máximo {max}×{max}',
  'err.image.tooLargeMatrixHint': 'Reduza a imagem para no máximo {max}×{max} pixels para usá-la como matriz.',
  'err.png.hint':
    'O arquivo está danificado ou cortado (um upload ou uma cópia que parou antes do fim): exporte ou baixe-o de novo, como PNG ou JPEG, com até 1024×1024 pixels.',
  'err.png.signature': '{file} não começa com a assinatura PNG',
  'err.png.cut.chunkHeader': '{file} está cortado: termina dentro do cabeçalho do bloco {index}',
  'err.png.chunkType':
    '{file} está danificado: o bloco {index} (no byte {byte}) não tem um tipo válido (seus bytes não são quatro letras)',
  'err.png.chunkLength': '{file} está danificado: o bloco {type} declara um comprimento de {length} bytes',
  'err.png.cut.inChunk':
    '{file} está cortado: termina dentro do bloco {type} ({there} de seus {length} bytes estão presentes)',
  'err.png.crc':
    '{file} está danificado: o bloco {type} tem uma soma de verificação errada (seu CRC não confere com seus bytes)',
  'err.png.firstChunk': '{file} está danificado: seu primeiro bloco é {type}, não o cabeçalho IHDR',
  'err.png.secondHeader': '{file} está danificado: tem um segundo cabeçalho IHDR',
  'err.png.twoPalettes': '{file} está danificado: tem duas paletas (blocos PLTE)',
  'err.png.paletteAfterData': '{file} está danificado: sua paleta (PLTE) vem depois dos dados da imagem',
  'err.png.paletteLength':
    '{file} está danificado: sua paleta (PLTE) tem {length} bytes, não 3 por cor para 1 a 256 cores',
  'err.png.grayPalette': '{file} está danificado: uma imagem em tons de cinza não pode ter paleta (PLTE)',
  'err.png.twoTransparencies': '{file} está danificado: tem dois blocos de transparência (tRNS)',
  'err.png.transparencyAfterData': '{file} está danificado: sua transparência (tRNS) vem depois dos dados da imagem',
  'err.png.dataSplit': '{file} está danificado: seus dados de imagem (blocos IDAT) estão separados por outro bloco',
  'err.png.noPalette': '{file} está danificado: uma imagem com paleta sem a sua paleta (PLTE)',
  'err.png.endNotEmpty': '{file} está danificado: seu bloco IEND contém {length} bytes (deveria estar vazio)',
  'err.png.criticalChunk': '{file} usa um bloco {type} que eu não conheço e que é necessário para ler a imagem',
  'err.png.cut.afterSignature': '{file} está cortado: termina logo depois da assinatura PNG',
  'err.png.noData': '{file} não tem dados de imagem (nenhum bloco IDAT)',
  'err.png.cut.beforeData': '{file} está cortado: termina antes dos seus dados de imagem',
  'err.png.afterEnd': '{file} tem {bytes} bytes depois do seu fim (o bloco IEND); talvez sejam dois arquivos juntados',
  'err.png.afterStream':
    '{file} está danificado: seus dados de imagem têm {bytes} bytes depois do fim do seu fluxo comprimido',
  'err.png.tooLong': '{file} está danificado: seus dados de imagem são mais longos que as suas {rows} linhas',
  'err.png.stopsEarly': '{file} está danificado: seus dados de imagem param antes do fim: {rows} de {total} linhas',
  'err.png.stopsEarlyInterlaced':
    '{file} está danificado: seus dados de imagem param antes do fim: {rows} das {total} linhas das suas 7 passadas entrelaçadas',
  'err.png.cut.rows': '{file} está cortado: {rows} de {total} linhas',
  'err.png.cut.rowsInterlaced': '{file} está cortado: {rows} das {total} linhas das suas 7 passadas entrelaçadas',
  'err.png.cut.stream': '{file} está cortado: seus dados de imagem comprimidos param antes do fim',
  'err.png.cut.data': '{file} está cortado: seus dados de imagem param antes do fim',
  'err.png.adler': '{file} está danificado: seus dados de imagem têm uma soma de verificação errada (Adler-32)',
  'err.png.zlib': '{file} está danificado: seus dados de imagem não são um fluxo comprimido (zlib) válido',
  'err.png.cut.noEnd':
    '{file} está cortado: termina depois dos seus dados de imagem, sem o bloco IEND que fecha um PNG',
  'err.png.headerLength': '{file} está danificado: seu cabeçalho IHDR tem {length} bytes, não 13',
  'err.png.headerSize': '{file} está danificado: seu cabeçalho diz {width}×{height} pixels',
  'err.png.colourType': '{file} está danificado: seu cabeçalho indica o tipo de cor {type} (o PNG tem 0, 2, 3, 4 e 6)',
  'err.png.depth':
    '{file} está danificado: {colour, select, gray {uma imagem em tons de cinza} rgb {uma imagem RGB} palette {uma imagem com paleta} grayAlpha {uma imagem em tons de cinza com alfa} other {uma imagem RGBA}} não pode ter {depth} bits por amostra (pode ter {depths})',
  'err.png.compression':
    '{file} está danificado: seu cabeçalho indica o método de compressão {method} (o PNG só tem 0)',
  'err.png.filterMethod':
    '{file} está danificado: seu cabeçalho indica o método de filtragem {method} (o PNG só tem 0)',
  'err.png.interlaceMethod':
    '{file} está danificado: seu cabeçalho indica o método de entrelaçamento {method} (o PNG tem 0 e 1)',
  'err.png.transparencyBeforePalette':
    '{file} está danificado: sua transparência (tRNS) vem antes da sua paleta (PLTE)',
  'err.png.transparencySize':
    '{file} está danificado: seu bloco de transparência (tRNS) não serve para {colour, select, gray {uma imagem em tons de cinza} rgb {uma imagem RGB} palette {uma imagem com paleta} grayAlpha {uma imagem em tons de cinza com alfa} other {uma imagem RGBA}} ({length} bytes)',
  'err.png.filterType': '{file} está danificado: a linha {row} tem o tipo de filtro {filter} (o PNG tem de 0 a 4)',
  'err.png.filterTypeInterlaced':
    '{file} está danificado: a linha {row} (contando as linhas de todas as passadas entrelaçadas) tem o tipo de filtro {filter} (o PNG tem de 0 a 4)',
  'err.png.paletteIndex':
    '{file} está danificado: o pixel (linha {row}, coluna {column}) usa a cor {colour} de uma paleta de {colours} cores',
  'err.jpeg.hint':
    'O arquivo está danificado ou cortado (um upload ou uma cópia que parou antes do fim): exporte ou baixe-o de novo, como PNG ou JPEG, com até 1024×1024 pixels.',
  'err.jpeg.soi': '{file} não começa com o marcador de início JPEG (SOI)',
  'err.jpeg.cut.beforeData': '{file} está cortado: termina antes dos seus dados de imagem',
  'err.jpeg.cut.noEnd': '{file} está cortado: termina depois dos seus dados de imagem, sem o marcador de fim (EOI)',
  'err.jpeg.markerByte': '{file} está danificado: o byte {byte} deveria iniciar um marcador (0xFF) mas é 0x{hex}',
  'err.jpeg.cut.marker': '{file} está cortado: termina dentro de um marcador',
  'err.jpeg.endBeforeFrame':
    '{file} está danificado: termina (EOI) antes do seu cabeçalho de quadro (tamanho da imagem)',
  'err.jpeg.endBeforeScan': '{file} está danificado: termina (EOI) antes de qualquer dado de imagem (SOS)',
  'err.jpeg.noScan':
    '{file} está danificado: seus dados de imagem não têm nenhuma varredura para o componente {component}',
  'err.jpeg.secondStart': '{file} está danificado: um segundo marcador de início (SOI) no byte {byte}',
  'err.jpeg.restartOutside':
    '{file} está danificado: um marcador de reinício no byte {byte} está fora dos dados de imagem',
  'err.jpeg.markerZero': '{file} está danificado: o byte {byte} deveria iniciar um marcador mas é seguido de 0x00',
  'err.jpeg.cut.segmentHeader': '{file} está cortado: termina dentro do segmento {segment}',
  'err.jpeg.segmentLength': '{file} está danificado: o segmento {segment} no byte {byte} tem comprimento {length}',
  'err.jpeg.cut.segment':
    '{file} está cortado: termina dentro do segmento {segment} ({there} de seus {length} bytes estão presentes)',
  'err.jpeg.restartInterval':
    '{file} está danificado: o segmento {segment} no byte {byte} (intervalo de reinício) tem {length} bytes, não 4',
  'err.jpeg.secondFrame': '{file} está danificado: tem um segundo cabeçalho de quadro ({marker})',
  'err.jpeg.coding':
    '{file} usa a codificação JPEG {kind, select, lossless {sem perdas} arithmetic {aritmética} other {hierárquica}} ({marker}), que eu não leio; JPEGs baseline e progressivos servem',
  'err.jpeg.dac': '{file} usa JPEG com codificação aritmética (um segmento DAC), que eu não leio',
  'err.jpeg.dnl': '{file} declara sua altura depois dos dados de imagem (um segmento DNL), o que eu não leio',
  'err.jpeg.scanBeforeFrame':
    '{file} está danificado: seus dados de imagem (SOS) vêm antes do seu cabeçalho de quadro (tamanho da imagem)',
  'err.jpeg.reserved':
    '{file} está danificado: o segmento {segment} no byte {byte} é um marcador que o JPEG reserva ({marker})',
  'err.jpeg.quantPrecision':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de quantização) indica precisão {precision}, tabela {table}',
  'err.jpeg.quantShort':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de quantização) é curto demais',
  'err.jpeg.quantZero':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de quantização {table}) tem uma entrada 0',
  'err.jpeg.huffmanClass':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de Huffman) indica classe {class}, tabela {table}',
  'err.jpeg.huffmanShort':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de Huffman) é curto demais',
  'err.jpeg.huffmanCount':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de Huffman) declara {count} códigos',
  'err.jpeg.huffmanOverfull':
    '{file} está danificado: o segmento {segment} no byte {byte} (tabela de Huffman) tem mais códigos do que cabem',
  'err.jpeg.frameShort':
    '{file} está danificado: o segmento {segment} no byte {byte} (cabeçalho de quadro) é curto demais',
  'err.jpeg.precision': '{file} tem amostras de {bits} bits; só leio JPEGs de 8 bits',
  'err.jpeg.frameSize': '{file} está danificado: seu cabeçalho de quadro diz {width}×{height} pixels',
  'err.jpeg.components': '{file} está danificado: seu cabeçalho de quadro declara {count} componentes de cor',
  'err.jpeg.frameLength':
    '{file} está danificado: o segmento {segment} no byte {byte} (cabeçalho de quadro) tem o comprimento errado',
  'err.jpeg.sampling':
    '{file} está danificado: o componente {component} do seu cabeçalho de quadro tem amostragem {h}×{v}, tabela {table}',
  'err.jpeg.componentIds': '{file} está danificado: dois componentes têm o id {id}',
  'err.jpeg.scanLength':
    '{file} está danificado: o segmento {segment} no byte {byte} (cabeçalho de varredura) tem o comprimento errado',
  'err.jpeg.scanProgressive':
    '{file} está danificado: o segmento {segment} no byte {byte} (cabeçalho de varredura) tem parâmetros progressivos em um JPEG sequencial',
  'err.jpeg.spectral':
    '{file} está danificado: o segmento {segment} no byte {byte} (cabeçalho de varredura) tem seleção espectral {from}–{to}',
  'err.jpeg.scanComponent':
    '{file} está danificado: o segmento {segment} no byte {byte} cita o componente {id}, que o quadro não tem',
  'err.jpeg.scanComponentTwice':
    '{file} está danificado: o segmento {segment} no byte {byte} cita o componente {id} duas vezes',
  'err.jpeg.quantMissing': '{file} está danificado: a tabela de quantização {table} é usada mas nunca definida',
  'err.jpeg.huffmanMissing':
    '{file} está danificado: o segmento {segment} no byte {byte} usa uma tabela de Huffman que nunca é definida',
  'err.jpeg.restartOrder': '{file} está danificado: o marcador de reinício {restart} no byte {byte} está fora de ordem',
  'err.jpeg.cut.data': '{file} está cortado: termina dentro dos seus dados de imagem',
  'err.jpeg.cut.rows': '{file} está cortado: seus dados de imagem param na linha {row} de {height}',
  'err.jpeg.interrupted':
    '{file} está danificado: seus dados de imagem param na linha {row} de {height} (um marcador no byte {byte} os interrompe)',
  'err.jpeg.invalidCode':
    '{file} está danificado: seus dados de imagem têm um código inválido perto do byte {byte} (linha {row} de {height})',
  'err.jpeg.coefficient':
    '{file} está danificado: seus dados de imagem contêm um coeficiente fora do intervalo perto do byte {byte} (linha {row} de {height})',
  'err.jpeg.restartMissing':
    '{file} está danificado: falta o marcador de reinício {restart} no byte {byte} (linha {row} de {height})',
  'err.jpeg.cut.afterData':
    '{file} está cortado: termina logo depois dos seus dados de imagem, sem o marcador de fim (EOI)',
  'err.jpeg.afterLastBlock':
    '{file} está danificado: seus dados de imagem continuam depois do seu último bloco (no byte {byte})',

  // ── notices ───────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The CLI's --attach errors (a path that is not a readable regular file) and its --run-due report.
  'notice.cli.cannotRead': 'não foi possível ler {path}: {why}',
  'notice.cli.noSuchFile': 'arquivo inexistente',
  'notice.cli.notRegular':
    'é {kind, select, changed {um arquivo que mudou enquanto era aberto} directory {um diretório} fifo {um pipe nomeado (FIFO)} device {um dispositivo} socket {um socket} other {algo que não é um arquivo}}, não um arquivo comum',
  'notice.cli.attachHint': 'Dê o caminho de um arquivo CSV, TSV, JSON, PNG ou JPEG: hadamard --attach a.csv "psd @1"',
  'notice.cli.ran':
    '{n, plural, one {Executado {n} comando agendado} other {Executados {n} comandos agendados}} para {when}:',
  'notice.cli.nothingDue': 'Nada estava agendado para {when}.',
  'notice.cli.runLine': '- {id} ({platform} {channel}): {command} — {ok, select, yes {publicado} other {falhou}}',
  'notice.cli.runDueNoCommand': '--run-due não aceita comando; recebi "{text}"',
  'notice.restarting': 'O bot está reiniciando; tente de novo em um minuto.',
  'notice.rateLimited':
    'Você está enviando comandos rápido demais: o limite é {count} a cada {window} s. Tente de novo em {seconds} s.',
  'notice.busy': 'O bot está muito ocupado agora. Tente de novo em {seconds} s.',
  'notice.fault': 'Desculpe, algo deu errado do nosso lado (id do erro {id}). A equipe pode encontrá-lo nos logs.',
  'notice.needsChannel':
    '{verb} é um comando de grupo de estudo: ele precisa de um canal (Slack, Discord, a página local ou a CLI)',
  'notice.needsChannelHint':
    'Os comandos de grupo de estudo (quiz, answer, reveal, scores, settings, forget-me, me, practice, class) funcionam em um canal de chat, na página local ou na CLI. Exemplo: /hadamard quiz',
  'notice.timeout':
    'isto levou mais de {seconds} s de cálculo, então foi interrompido (frações exatas muito longas ou matrizes grandes deixam tudo lento)',
  'notice.timeoutHint':
    'Use números mais curtos ou matrizes menores; decimais com poucos dígitos ou frações pequenas são rápidos. Exemplo: /hadamard schur hilbert(6) pascal(6)',
  'notice.outOfMemory': 'isto precisou de mais memória do que um comando pode usar, então foi interrompido',
  'notice.outOfMemoryHint': 'Use matrizes menores (até 12×12) ou números menores. Exemplo: hilbert(12) .* pascal(12)',
  'notice.lost':
    'Desculpe: a instância do bot que processava seu comando parou antes de confirmar uma resposta. Se você não vir a resposta aqui, envie o comando de novo.',
  'notice.try': 'Tente: {hint}',
  'notice.fileTooLarge': '{name} tem {size}; arquivos anexados podem ter no máximo {limit}',
  'notice.fileTooLargeOver': '{name} tem mais de {limit}; arquivos anexados podem ter no máximo {limit}',
  'notice.fileTooLargeHint':
    'Envie um arquivo menor: matrizes até 256×256 (CSV, TSV ou JSON), imagens até 1024×1024 pixels.',
  'notice.fileHint':
    'Compartilhe um arquivo CSV, TSV, JSON, PNG ou JPEG com o bot em uma DM ou com uma menção: @hadamard-bot psd @1',
  'notice.fileTooMany': '{count} arquivos vieram com a mensagem; no máximo {max} podem ser usados de uma vez',
  'notice.fileGone': 'não é possível baixar {name} do Slack (foi apagado ou é um link externo)',
  'notice.fileNotSlack': '{name} não está no servidor de arquivos do Slack, então não é baixado',
  'notice.fileRetry': 'não foi possível baixar {name} do Slack; tente de novo',
  'notice.fileHttp': 'não foi possível baixar {name} do Slack (HTTP {status})',
  'notice.fileUnnamed': 'um arquivo',
  'notice.noToken': 'os arquivos compartilhados não podem ser lidos agora (este workspace não tem token)',
  'notice.noTokenHint': 'Reinstale o app neste workspace ou digite as matrizes.',
  'notice.slack.tooLong':
    '_(longo demais para uma mensagem do Slack: a matriz completa está no arquivo anexado `{file}`)_',
  'notice.slack.continued': '_(continua no arquivo anexado `{file}`)_',
  'notice.fullText': '{title} (texto completo)',
  'notice.slack.toDm':
    '_{what, select, both {A figura e o arquivo foram} file {O arquivo foi} other {A figura foi}} para as suas mensagens diretas comigo: o Slack não consegue anexar arquivos a uma mensagem que só você vê._',
  'notice.slack.privateNoFiles':
    '_Respostas privadas vêm sem figuras e arquivos: o Slack não consegue anexá-los a uma mensagem que só você vê. Com a configuração `private` do canal em off, as respostas são publicadas com eles._',
  'notice.slack.updated': ':pencil2: Atualizado depois que a pergunta foi editada.',
  'notice.slack.notMember':
    ':information_source: Não sou membro deste canal, então não posso publicar {what, select, files {as figuras e os arquivos} other {respostas}} aqui. Convide-me com `/invite @hadamard-bot` (ou me mencione e o Slack vai oferecer isso).',
  'notice.slack.sendFailed': 'Desculpe, não consegui enviar a resposta (id do erro {id}).',
  'notice.slack.asked': '{user} perguntou {command}',
  'notice.slack.shortcut':
    '{user} usou _Hadamard this_ em {author, select, none {uma mensagem} other {uma mensagem de {author}}}',
  'notice.slack.edited': ':pencil2: {user} editou a pergunta; a nova resposta foi para essa pessoa em privado.',
  'notice.slack.noCommand': 'Esta resposta não traz mais o seu comando: execute-o de novo.',
  'notice.noLatex': 'Esta resposta não tem LaTeX.',
  'notice.slack.latexTooLong':
    ':warning: O LaTeX desta resposta é longo demais para uma mensagem do Slack; a CLI o imprime: `npx hadamard --latex …`.',
  'notice.discord.sendFailed': 'Desculpe, não foi possível enviar a resposta (id do erro {id}).',
  'notice.discord.sentByDm': '{title}: enviado para você por DM, porque é privado.',
  'notice.discord.noDm':
    '{title}: esta resposta é privada e não consegui enviá-la por DM (as DMs deste servidor estão desativadas?). Use `/hadamard {verb}` e eu respondo onde só você pode ver.',
  'notice.discord.unknownSubcommand': 'esta versão do bot não conhece este subcomando',
  'notice.discord.unknownSubcommandHint': 'Tente /hadamard help.',
  'notice.discord.unknown': 'Esta versão do bot não conhece isso. Tente `/hadamard help`.',
  'notice.discord.latexGone':
    'A pergunta desta resposta não existe mais (foi apagada ou está fora do meu alcance), então o LaTeX dela também não. Pergunte de novo.',
  'notice.discord.latexFile': 'O LaTeX não cabe em uma mensagem: aqui está ele como answer.tex.',
  'notice.discord.overflow': '*O resto da resposta está em {file}.*',
  'notice.discord.fullText': 'O texto completo da resposta: {title}',
  'notice.discord.exact': 'Aritmética exata (números racionais)',
  'notice.discord.float': 'Ponto flutuante (tolerância numérica)',
  'notice.discord.delete': 'Apagar',
  'notice.cli.figure': 'Figura: {path}',
  'notice.cli.file': 'Arquivo: {path}',
  'notice.cli.noLatex': '(esta resposta não mostra matrizes, então não tem LaTeX; segue o texto)',

  // ── page ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
  // The playground server's API errors and hints (src/bot/local/server.ts), in the request's language (its `locale`,
  // else Accept-Language): examples in {example} and the JSON, curl and form syntax stay as they are.
  'page.api.eg': 'por exemplo {example}',
  'page.api.send': 'Envie {example}.',
  'page.api.retryHint': 'Espere {seconds} s e pressione ↑ e Enter para enviar de novo.',
  'page.api.closingHint': 'Recarregue a página daqui a um minuto.',
  'page.api.faultHint': 'Tente outro comando; se este continuar falhando, informe o id de erro {id}.',
  'page.api.badLocale': '"locale" deve ser um de {locales}, não {value}.',
  'page.api.badTheme': '"theme" deve ser "light" ou "dark", não {value}.',
  'page.api.badWidth': '"width" deve ser um número inteiro de pixels CSS de 1 a {max}, não {value}.',
  'page.api.badWidthHint': 'por exemplo {example} para figuras mostradas em uma coluna de 376 px',
  'page.api.formTooLarge': 'O formulário tem mais de {size}.',
  'page.api.formTooLargeHint': 'Anexe no máximo {max} arquivos de no máximo {size} cada.',
  'page.api.bodyTooLarge': 'O corpo da requisição tem mais de {limit} bytes.',
  'page.api.bodyTooLargeHint': 'Envie um só comando de no máximo 4000 caracteres como {shape}, por exemplo {example}.',
  'page.api.badJson': 'O corpo não é um JSON válido.',
  'page.api.notObject': 'O corpo deve ser um objeto com uma string "text".',
  'page.api.badForm': 'O corpo não é um formulário multipart válido.',
  'page.api.incomplete': 'O formulário terminou antes do fim.',
  'page.api.incompleteHint': 'Envie o formulário inteiro de novo.',
  'page.api.fieldTooLarge': 'O campo "{name}" do formulário tem mais de 64 KB.',
  'page.api.fileField': 'Cada parte "file" deve ser um arquivo.',
  'page.api.textFile': 'O "text" do formulário deve ser um campo, não um arquivo.',
  'page.api.fileTooLarge': '{name} tem mais de {size}; arquivos anexados podem ter no máximo {size}.',
  'page.api.tooManyFiles': 'Mais de {max} arquivos vieram com o comando; no máximo {max} podem (@1 e @2).',
  'page.api.tooManyFilesHint': 'Anexe um ou dois arquivos.',
  'page.api.noText': 'O formulário não tem "text" nem arquivo.',
  'page.api.method': '{method} não é permitido aqui.',
  'page.api.methodHint': 'Use {method}.',
  'page.api.methodsHint': 'Use {first} ou {second}.',
  'page.api.stale': 'Esta página foi servida por uma execução anterior do playground.',
  'page.api.staleHint': 'Recarregue a página e envie o comando de novo.',
  'page.api.noToken':
    'Comandos são aceitos da página do playground, ou de um script que se identifique em um cabeçalho X-Hadamard-Client.',
  'page.api.mediaType':
    'O corpo deve ser JSON (Content-Type: application/json), ou um formulário com arquivos (multipart/form-data).',
  'page.api.uploadsBusy': 'O playground já está lendo {n} arquivos; tente de novo em {seconds} s.',
  'page.api.wrongHost': 'Este playground só responde em 127.0.0.1 ou localhost.',
  'page.api.wrongHostHint': 'Abra http://127.0.0.1 com a porta que ele mostrou.',
  'page.api.figureGone': 'Esta figura não está mais guardada (o servidor guarda só as figuras recentes, na memória).',
  'page.api.figureGoneHint': 'Envie o comando de novo para desenhá-la outra vez.',
  'page.api.notFound': 'Nada em {path}.',
  'page.api.notFoundHint': 'O playground fica em /.',
  'page.api.internal': 'Desculpe, algo deu errado do nosso lado (id de erro {id}).',
  'page.api.crossSite': 'Comandos só são aceitos desta página.',
  'page.api.crossSiteHint': 'Abra a própria página.',
  'page.title': 'hadamard-bot · playground local',
  'page.skip': 'Ir para a caixa de mensagem',
  'page.topic':
    'Um canal local com o {bot}: o produto de matrizes entrada a entrada (de Hadamard), exato. Nada sai desta máquina.',
  'page.language': 'Idioma das respostas',
  'page.languageTitle': 'Idioma da página e das respostas',
  'page.auto': 'Auto',
  'page.autoTitle': 'O idioma do navegador',
  'page.clear': 'Limpar',
  'page.clearDesc': 'Esquecer esta conversa neste navegador',
  'page.conversation': 'Conversa',
  'page.emptyTitle': 'Experimente o bot',
  'page.emptyLead': 'Digite duas matrizes do mesmo tamanho e pressione {enter}. O bot as multiplica entrada a entrada:',
  'page.emptyMore':
    'O `/hadamard` inicial é opcional; o estilo MATLAB `[2 3; 4 1]` e frações como `1/3` também funcionam. Outros comandos verificam teoremas (`schur`, `psd`, `oppenheim`) ou explicam a teoria (`explain`, `help`). Escolha um exemplo abaixo para começar.',
  'page.examples': 'Exemplos, um por comando',
  'page.examplesLabel': 'Exemplos:',
  'page.attachedFiles': 'Arquivos anexados',
  'page.attach': 'Anexar um arquivo',
  'page.attachDesc': 'Anexe até dois arquivos CSV, TSV, JSON, PNG ou JPEG, ou solte-os na página; @1 e @2 os nomeiam',
  'page.message': 'Mensagem para hadamard-bot',
  'page.placeholder': 'Digite uma mensagem',
  'page.send': 'Enviar',
  'page.keys':
    '{enter} envia · {shift}+{enter} nova linha · {up} na caixa vazia traz de volta o comando anterior · solte um arquivo para anexá-lo',
  'page.drop': 'Solte um arquivo CSV, TSV, JSON, PNG ou JPEG para anexá-lo',
  'page.you': 'Você',
  'page.said': '{who} disse',
  'page.figure': 'figura',
  'page.figureGone': 'A figura não está mais disponível',
  'page.figureGoneWhy':
    '(o servidor guarda só as figuras recentes, na memória; envie o comando de novo). Ela mostrava:',
  'page.openFull': 'abrir em tamanho real',
  'page.private': 'Só você pode ver',
  'page.answerQuiz': 'Responder ao quiz {id}',
  'page.download': 'Baixar {name}',
  'page.copyLatex': 'Copiar LaTeX',
  'page.copyLatexTitle': 'Copie esta resposta como LaTeX (bmatrix, \\frac, o veredito) para tarefas e anotações',
  'page.copied': 'Copiado',
  'page.copyBlocked': 'Não é possível copiar aqui: selecione o LaTeX abaixo.',
  'page.wrong': 'Algo deu errado.',
  'page.hint': 'Dica:',
  'page.dismiss': 'Dispensar',
  'page.working': '{bot} está trabalhando…',
  'page.unreachable': 'O servidor do playground não respondeu.',
  'page.unreachableHint': 'O `npm start` ainda está rodando? Inicie-o de novo e pressione ↑ e Enter.',
  'page.remove': 'Remover {name}',
  'page.removed': '{name} removido.',
  'page.notAFile': '{name} não é um arquivo CSV, TSV, JSON, PNG ou JPEG.',
  'page.fileTooLarge': '{name} tem {size}; os arquivos podem ter no máximo {max}.',
  'page.fileLeftOut': 'No máximo {max} arquivos (@1, @2): {name} ficou de fora.',
  'page.attached': 'Anexados: {files}.',
  'page.dark': 'Escuro',
  'page.light': 'Claro',
  'page.toDark': 'Mudar a página e suas figuras para o visual escuro',
  'page.toLight': 'Mudar a página e suas figuras para o visual claro',
  'page.toDarkTitle': 'Mudar para o visual escuro (as novas figuras são desenhadas para ele)',
  'page.toLightTitle': 'Mudar para o visual claro (as novas figuras são desenhadas para ele)',
  'page.chip': '{verb}: {description}. Preenche a caixa com {example}',
};
