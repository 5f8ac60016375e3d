// The local playground's page script: a chat-like view over POST /api/command.
// Every piece of user or engine text goes into the page through textContent and DOM nodes, never parsed as markup.
'use strict';

(function () {
  const STORAGE_KEY = 'hadamard-playground/v1';
  /** The page's look chosen with the header's toggle: 'light', 'dark', or absent (follow the system). */
  const THEME_KEY = 'hadamard-playground/theme';
  /** Files one command may carry (`@1`, `@2`) and the size of each, as the engine's limits say. */
  const MAX_FILES = 2;
  const MAX_FILE_BYTES = 8 * 1024 * 1024;
  const FILE_KINDS = /\.(csv|tsv|txt|json|png|jpe?g)$/i;
  const FILE_TYPES = /^(text\/(csv|tab-separated-values|plain)|application\/json|image\/(png|jpeg))$/;
  const MAX_STORED = 200;
  const BOT = 'hadamard-bot';
  const FIGURE_SCALE = 2;

  const log = document.getElementById('log');
  const empty = document.getElementById('empty');
  const form = document.getElementById('form');
  const box = document.getElementById('message');
  const sendButton = document.getElementById('send');
  const chips = document.getElementById('chips');
  const clearButton = document.getElementById('clear');
  const attachList = document.getElementById('attachments');
  const attachStatus = document.getElementById('attach-status');
  const attachButton = document.getElementById('attach');
  const fileInput = document.getElementById('file');
  const dropzone = document.getElementById('dropzone');
  const chipsTrack = document.getElementById('chips-track');
  const themeButton = document.getElementById('theme');
  const languageSelect = document.getElementById('language');
  const LANGUAGE_KEY = 'hadamard-playground/language';
  const SPOKEN = ['en', 'es', 'pt-BR', 'fr', 'de'];
  try {
    languageSelect.value = localStorage.getItem(LANGUAGE_KEY) || '';
  } catch {
    // Storage may be off: the browser's language then.
  }
  languageSelect.addEventListener('change', () => {
    try {
      localStorage.setItem(LANGUAGE_KEY, languageSelect.value);
    } catch {
      // Kept for this page only.
    }
    relabel();
  });
  /** The answers' language: the selector's, else the browser's first one the bot speaks, else English. */
  function currentLocale() {
    if (languageSelect.value) return languageSelect.value;
    for (const tag of navigator.languages || [navigator.language || 'en']) {
      const base = String(tag).toLowerCase().split('-')[0];
      const hit = SPOKEN.find((l) => l.toLowerCase() === String(tag).toLowerCase() || l.split('-')[0] === base);
      if (hit) return hit;
    }
    return 'en';
  }
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

  // ---- the page's own words: the catalogue's page.* messages, per language, put in the page by the server ----------

  /** `{ "es": { "page.send": "Enviar", … }, … }` (server.ts pageMessages): plain text with `{name}` slots. */
  const MESSAGES = (function () {
    try {
      return JSON.parse((document.querySelector('meta[name="hadamard-messages"]') || {}).content || '{}') || {};
    } catch {
      return {};
    }
  })();
  /** The language the page's words are in: the answers' (the selector's, else the browser's). */
  let pageLocale = 'en';
  /** A page message in the page's language (else English), its `{name}` slots filled from `values`. */
  function tr(key, values) {
    const table = MESSAGES[pageLocale] || {};
    const english = MESSAGES.en || {};
    const text = table[key] !== undefined ? table[key] : english[key] !== undefined ? english[key] : key;
    return text.replace(/\{(\w+)\}/g, (slot, name) =>
      values && values[name] !== undefined ? String(values[name]) : slot,
    );
  }
  const KEY_CAPS = { '{enter}': 'Enter', '{shift}': 'Shift', '{up}': '↑' };
  /** A message with markup into `node`: `code` spans as <code>, {enter} {shift} {up} as <kbd>, {bot} in bold. */
  function richInto(node, key) {
    node.replaceChildren();
    for (const part of tr(key).split(/(`[^`]+`|\{(?:enter|shift|up|bot)\})/)) {
      if (!part) continue;
      if (part[0] === '`') node.appendChild(el('code', null, part.slice(1, -1)));
      else if (part === '{bot}') node.appendChild(el('strong', null, BOT));
      else if (KEY_CAPS[part]) node.appendChild(el('kbd', null, KEY_CAPS[part]));
      else node.appendChild(document.createTextNode(part));
    }
  }
  /** Puts the page's static words (index.html's data-i18n* attributes) in the current language. */
  function applyLanguage() {
    const wanted = currentLocale();
    pageLocale = MESSAGES[wanted] ? wanted : 'en';
    document.documentElement.lang = pageLocale === 'qps' ? 'en' : pageLocale;
    for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = tr(n.dataset.i18n);
    for (const n of document.querySelectorAll('[data-i18n-rich]')) richInto(n, n.dataset.i18nRich);
    for (const n of document.querySelectorAll('[data-i18n-title]')) n.title = tr(n.dataset.i18nTitle);
    for (const n of document.querySelectorAll('[data-i18n-aria-label]'))
      n.setAttribute('aria-label', tr(n.dataset.i18nAriaLabel));
    for (const n of document.querySelectorAll('[data-i18n-placeholder]'))
      n.setAttribute('placeholder', tr(n.dataset.i18nPlaceholder));
  }

  /** @type {Array<{role: 'user'|'bot', time: number, text?: string, reply?: object}>} */
  let messages = load();
  let busy = false;
  let historyIndex = null;
  /** @type {File[]} the files the next command carries, in order (@1, @2). */
  let attached = [];
  /**
   * This server's page token (the meta tag of the page it served), sent as X-Hadamard-Token with each command: a page
   * elsewhere cannot send it, which is how the server tells this page from a cross-site form (notes/local.md).
   */
  let token = (document.querySelector('meta[name="hadamard-token"]') || {}).content || '';

  // ---- storage -------------------------------------------------------------------------------

  function load() {
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      const parsed = raw ? JSON.parse(raw) : null;
      return parsed && Array.isArray(parsed.messages) ? parsed.messages : [];
    } catch {
      return [];
    }
  }

  function save() {
    messages = messages.slice(-MAX_STORED);
    try {
      // An answer's files (a CSV export) are drawn while the page is open, not stored: they can be large.
      const light = messages.map((m) =>
        m.reply && m.reply.files ? { ...m, reply: { ...m.reply, files: undefined } } : m,
      );
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, messages: light }));
    } catch {
      // Storage full or disabled: the conversation just won't survive a reload.
    }
  }

  /** What we keep of a reply: enough to draw it again (no `data`, which can be large). */
  function storable(reply) {
    if (reply.ok) {
      const kept = {
        ok: true,
        title: reply.title,
        summary: reply.summary,
        sections: reply.sections,
        figures: reply.figures,
      };
      if (reply.private) kept.private = true;
      // The look its figures were drawn for: shown on a page of the other look, they are turned over (style.css).
      if (reply.theme) kept.theme = reply.theme;
      // The answer as LaTeX (data.latex), for the copy button: small, unlike the rest of data.
      if (reply.data && typeof reply.data.latex === 'string') kept.latex = reply.data.latex;
      if (reply.quiz) kept.quiz = reply.quiz;
      if (reply.files) kept.files = reply.files;
      if (reply.reveal) kept.reveal = reply.reveal;
      return kept;
    }
    return { ok: false, error: reply.error };
  }

  // ---- neutral markdown -> DOM -------------------------------------------------------------

  /**
   * Text as shown: without bidirectional controls (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM),
   * which would reorder the page's own words around a pasted command.
   */
  function shown(text) {
    return String(text).replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = shown(text);
    return node;
  }

  /** Inline markdown: `code` and **bold** (bold may contain code). */
  function inline(text, parent) {
    const re = /`([^`\n]+)`|\*\*([^*\n]+(?:\*(?!\*)[^*\n]*)*)\*\*/g;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(shown(text.slice(last, m.index))));
      if (m[1] !== undefined) parent.appendChild(el('code', null, m[1]));
      else inline(m[2], parent.appendChild(el('strong')));
      last = re.lastIndex;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(shown(text.slice(last))));
    return parent;
  }

  /** Block markdown: fenced code blocks, `- ` bullet lists, paragraphs (line breaks kept). */
  function blocks(md, parent) {
    const lines = String(md).replace(/\r\n?/g, '\n').split('\n');
    let para = null;
    let list = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*```/.test(line)) {
        para = list = null;
        const code = [];
        i++;
        while (i < lines.length && !/^\s*```/.test(lines[i])) code.push(lines[i++]);
        const pre = el('pre', 'code-block');
        pre.tabIndex = 0; // wide matrices scroll: make them reachable by keyboard
        pre.appendChild(el('code', null, code.join('\n')));
        parent.appendChild(pre);
      } else if (/^\s*[-*•] /.test(line)) {
        para = null;
        if (!list) list = parent.appendChild(el('ul'));
        inline(line.replace(/^\s*[-*•] /, ''), list.appendChild(el('li')));
      } else if (line.trim() === '') {
        para = list = null;
      } else {
        list = null;
        if (para) para.appendChild(el('br'));
        else para = parent.appendChild(el('p'));
        inline(line, para);
      }
    }
    return parent;
  }

  // ---- messages ------------------------------------------------------------------------------

  function timeLabel(t) {
    const time = el('time', 'time', new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
    time.dateTime = new Date(t).toISOString();
    return time;
  }

  function shell(role, t, extraClass) {
    const article = el('article', 'msg ' + role + (extraClass ? ' ' + extraClass : ''));
    const avatar = el('div', 'avatar', role === 'user' ? tr('page.you') : '');
    avatar.setAttribute('aria-hidden', 'true');
    const main = el('div', 'msg-main');
    const meta = el('div', 'meta');
    const who = el('span', 'who', role === 'user' ? tr('page.you') : BOT);
    meta.appendChild(who);
    if (role === 'bot') meta.appendChild(el('span', 'badge', 'APP'));
    meta.appendChild(timeLabel(t));
    main.appendChild(meta);
    article.append(avatar, main);
    article.setAttribute('aria-label', tr('page.said', { who: role === 'user' ? tr('page.you') : BOT }));
    return { article, main };
  }

  function userMessage(msg) {
    const { article, main } = shell('user', msg.time);
    if (msg.text) main.appendChild(el('div', 'user-text', msg.text));
    if (Array.isArray(msg.files) && msg.files.length) {
      const list = el('ul', 'sent-files');
      list.setAttribute('aria-label', tr('page.attachedFiles'));
      msg.files.forEach((name, k) => list.appendChild(fileChip(k, name)));
      main.appendChild(list);
    }
    return article;
  }

  /** "@1 name.csv": how a file shows in the composer and in the sent message. */
  function fileChip(k, name) {
    const li = el('li', 'file-chip');
    li.appendChild(el('code', 'file-ref', '@' + (k + 1)));
    li.appendChild(el('span', 'file-name', name));
    return li;
  }

  function figureNode(f) {
    const figure = el('figure', 'figure');
    const img = el('img');
    img.alt = f.alt || tr('page.figure');
    img.decoding = 'async';
    if (f.width > 0 && f.height > 0) {
      // The engine draws figures at twice their size, for sharp text on high-density screens.
      img.width = Math.round(f.width / FIGURE_SCALE);
      img.height = Math.round(f.height / FIGURE_SCALE);
    }
    img.addEventListener('error', () => {
      const gone = el('div', 'figure-gone');
      gone.appendChild(el('strong', null, tr('page.figureGone')));
      gone.appendChild(el('span', null, ' ' + tr('page.figureGoneWhy') + ' '));
      gone.appendChild(el('span', 'figure-alt', f.alt || ''));
      img.replaceWith(gone);
    });
    img.src = f.url;
    figure.appendChild(img);
    const caption = el('figcaption');
    caption.appendChild(
      el(
        'span',
        'figure-name',
        String(f.name || 'figure')
          .replace(/\.png$/i, '')
          .replace(/[-_]+/g, ' '),
      ),
    );
    caption.appendChild(document.createTextNode(' · '));
    const open = el('a', null, tr('page.openFull'));
    open.href = f.url;
    open.target = '_blank';
    open.rel = 'noopener';
    caption.appendChild(open);
    figure.appendChild(caption);
    return figure;
  }

  /** The "Only visible to you" line of private replies. */
  function privateNote() {
    const note = el('p', 'private-note');
    note.append(eyeIcon(), document.createTextNode(' ' + tr('page.private')));
    return note;
  }

  /** Quiz ids whose answer has been revealed (their buttons are disabled). */
  function revealedQuizzes() {
    return new Set(messages.filter((m) => m.reply && m.reply.reveal).map((m) => m.reply.reveal.quizId));
  }

  /** One button per choice; a click answers, as `/hadamard answer <id> <choice>` would. */
  function quizButtons(quiz) {
    const row = el('div', 'quiz-choices');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', tr('page.answerQuiz', { id: quiz.id }));
    row.dataset.quiz = quiz.id;
    const closed = revealedQuizzes().has(quiz.id);
    for (const c of quiz.choices) {
      const b = el('button', 'choice', c.id + ') ' + c.label);
      b.type = 'button';
      b.dataset.choice = c.id;
      b.disabled = closed || quiz.chosen !== undefined;
      if (quiz.chosen === c.id) {
        b.classList.add('chosen');
        b.setAttribute('aria-pressed', 'true');
      }
      b.addEventListener('click', () => {
        // One answer each: the choice stays marked, and the buttons of this quiz rest (a second click would only
        // say "you already answered").
        quiz.chosen = c.id;
        save();
        for (const other of row.querySelectorAll('button')) other.disabled = true;
        b.classList.add('chosen');
        b.setAttribute('aria-pressed', 'true');
        send('answer ' + quiz.id + ' ' + c.id, false);
      });
      row.appendChild(b);
    }
    return row;
  }

  /** Download links for an answer's files (`class export`'s CSV), kept only while the page is open. */
  function fileLinks(files) {
    const wrap = el('div', 'files');
    for (const f of files) {
      const a = el('a', 'file-download', tr('page.download', { name: f.name }));
      a.href = f.url;
      a.download = f.name;
      wrap.appendChild(a);
    }
    return wrap;
  }

  /** Disables the buttons of a quiz once its answer is out. */
  function closeQuiz(quizId) {
    for (const b of log.querySelectorAll('.quiz-choices[data-quiz="' + quizId + '"] button')) b.disabled = true;
  }

  /** When a quiz's time is up, ask for its reveal (it shows as the bot's message, as in a channel). */
  function scheduleReveal(quiz) {
    // A practice question is revealed with its answer, privately: nothing to ask for when its time is up.
    if (quiz.practice || revealedQuizzes().has(quiz.id)) return;
    const wait = Math.max(0, quiz.closesAt - Date.now()) + 300;
    setTimeout(async () => {
      if (revealedQuizzes().has(quiz.id)) return;
      const reply = await ask('reveal ' + quiz.id);
      if (!reply.ok) return;
      const bot = { role: 'bot', time: Date.now(), reply: storable(reply) };
      messages.push(bot);
      save();
      append(bot);
    }, wait);
  }

  function botMessage(msg) {
    const reply = msg.reply;
    if (!reply.ok) return errorMessage(msg);
    const { article, main } = shell('bot', msg.time, reply.private ? 'private' : undefined);
    if (reply.private) main.insertBefore(privateNote(), main.firstChild);
    const body = el('div', 'answer');
    body.appendChild(inline(reply.title || '', el('p', 'title')));
    if (reply.summary) body.appendChild(blocks(reply.summary, el('div', 'summary')));
    for (const s of reply.sections || []) {
      const section = el('section', 'section');
      if (s.heading) section.appendChild(inline(s.heading, el('h3')));
      blocks(s.body || '', section);
      body.appendChild(section);
    }
    main.appendChild(body);
    if (reply.quiz) main.appendChild(quizButtons(reply.quiz));
    if (typeof reply.latex === 'string' && reply.latex) main.appendChild(latexTools(reply.latex));
    const figs = reply.figures || [];
    if (figs.length) {
      const wrap = el('div', 'figures');
      if (reply.theme === 'light' || reply.theme === 'dark') wrap.dataset.theme = reply.theme;
      for (const f of figs) wrap.appendChild(figureNode(f));
      main.appendChild(wrap);
    }
    if (reply.files && reply.files.length) main.appendChild(fileLinks(reply.files));
    return article;
  }

  /**
   * "Copy LaTeX": the answer's LaTeX to the clipboard (the clipboard API, or a selected textarea and
   * execCommand('copy') where that API is missing); if neither works, the LaTeX is shown to select by hand.
   */
  function latexTools(latex) {
    const wrap = el('div', 'latex-tools');
    const button = el('button', 'ghost copy-latex', tr('page.copyLatex'));
    button.type = 'button';
    button.title = tr('page.copyLatexTitle');
    const status = el('span', 'copy-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    button.addEventListener('click', async () => {
      const ok = await copyText(latex);
      if (ok) {
        status.textContent = tr('page.copied');
        setTimeout(() => (status.textContent = ''), 2000);
      } else if (!wrap.querySelector('pre')) {
        status.textContent = tr('page.copyBlocked');
        const pre = el('pre', 'code-block latex-source');
        pre.tabIndex = 0;
        pre.appendChild(el('code', null, latex));
        wrap.appendChild(pre);
      }
    });
    wrap.append(button, status);
    return wrap;
  }

  async function copyText(text) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch {
      // Permission refused: try the old way below.
    }
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }

  /** An eye, drawn in SVG (no emoji font needed), like the platforms' "Only visible to you". */
  function eyeIcon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'eye');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const outline = document.createElementNS(ns, 'path');
    outline.setAttribute('d', 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z');
    const pupil = document.createElementNS(ns, 'circle');
    pupil.setAttribute('cx', '12');
    pupil.setAttribute('cy', '12');
    pupil.setAttribute('r', '3');
    svg.append(outline, pupil);
    return svg;
  }

  function errorMessage(msg) {
    const { article, main } = shell('bot', msg.time, 'private');
    main.insertBefore(privateNote(), main.firstChild);
    const err = msg.reply.error || {};
    const body = el('div', 'error');
    body.appendChild(blocks(err.message || tr('page.wrong'), el('div', 'error-message')));
    if (err.hint) {
      const hint = el('div', 'hint');
      const label = el('strong', 'hint-label', tr('page.hint') + ' ');
      if (/\n/.test(err.hint)) {
        hint.appendChild(label);
        blocks(err.hint, hint);
      } else {
        const p = hint.appendChild(el('p'));
        p.appendChild(label);
        inline(err.hint, p);
      }
      body.appendChild(hint);
    }
    main.appendChild(body);
    const dismiss = el('button', 'ghost dismiss', tr('page.dismiss'));
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => {
      messages = messages.filter((m) => m !== msg);
      save();
      const next = article.nextElementSibling || article.previousElementSibling;
      article.remove();
      showEmptyIfNeeded();
      (next && next.querySelector('button')) || box.focus();
    });
    main.appendChild(dismiss);
    return article;
  }

  function render(msg) {
    const node = msg.role === 'user' ? userMessage(msg) : botMessage(msg);
    // A post of the channel's own (scheduled, or a pinned board that is edited in place).
    if (msg.feed) node.dataset.feed = msg.feed;
    return node;
  }

  function append(msg) {
    empty.hidden = true;
    const node = render(msg);
    log.appendChild(node);
    node.scrollIntoView({ block: 'end' });
    if (msg.reply && msg.reply.reveal) closeQuiz(msg.reply.reveal.quizId);
    if (msg.reply && msg.reply.quiz) scheduleReveal(msg.reply.quiz);
    return node;
  }

  function showEmptyIfNeeded() {
    empty.hidden = messages.length > 0;
  }

  function typing() {
    const { article, main } = shell('bot', Date.now(), 'pending');
    main.appendChild(el('p', 'typing', tr('page.working', { bot: BOT })));
    log.appendChild(article);
    article.scrollIntoView({ block: 'end' });
    return article;
  }

  // ---- sending -------------------------------------------------------------------------------

  /**
   * How this page will show the reply's figures: its look (the toggle, else the system's) and the width of its
   * message column in CSS px, so the bot draws them dark on a dark page and, on a phone, for the column they fill
   * (their smallest text then shows at 9 px or more).
   */
  function view() {
    const v = { theme: currentTheme() };
    const width = columnWidth();
    if (width > 0) v.width = width;
    return v;
  }

  /** The width of the column a bot message's figures fill (the last message's, or a ruler's). */
  function columnWidth() {
    const mains = log.querySelectorAll('.msg .msg-main');
    const main = mains.length ? mains[mains.length - 1] : null;
    const width = main ? main.getBoundingClientRect().width : 0;
    return Math.floor(width);
  }

  /** One POST /api/command: the text as JSON, or with files as a form (the server checks each one's size). */
  function post(text, files, { theme, width }) {
    const headers = { 'X-Hadamard-Token': token };
    if (files && files.length) {
      const form = new FormData();
      form.set('text', text);
      form.set('user', 'you');
      form.set('theme', theme);
      form.set('locale', currentLocale());
      if (width) form.set('width', String(width));
      for (const f of files) form.append('file', f, f.name);
      return fetch('/api/command', { method: 'POST', headers, body: form });
    }
    headers['Content-Type'] = 'application/json';
    const body = { text, user: 'you', theme, locale: currentLocale() };
    if (width) body.width = width;
    return fetch('/api/command', { method: 'POST', headers, body: JSON.stringify(body) });
  }

  /** A fresh token from this server (the page outlived the server that served it: a restart). */
  async function renewToken() {
    const res = await fetch('/api/session', { cache: 'no-store' });
    const session = await res.json();
    if (!session || typeof session.token !== 'string') throw new Error('no token');
    token = session.token;
  }

  async function ask(text, files) {
    const asked = view();
    try {
      let res = await post(text, files, asked);
      let reply = await res.json();
      if (res.status === 403 && reply && reply.error && reply.error.code === 'stale_token') {
        await renewToken();
        res = await post(text, files, asked);
        reply = await res.json();
      }
      if (reply && reply.ok === true) reply.theme = asked.theme;
      if (reply && typeof reply.ok === 'boolean') return reply;
      throw new Error('unexpected reply');
    } catch {
      return {
        ok: false,
        error: {
          code: 'unreachable',
          message: tr('page.unreachable'),
          hint: tr('page.unreachableHint'),
        },
      };
    }
  }

  /** Sends a command; from the box (`withFiles`), the attached files go with it. */
  async function send(text, withFiles) {
    const files = withFiles ? attached : [];
    if (busy || (text.trim() === '' && files.length === 0)) return;
    busy = true;
    sendButton.disabled = true;
    log.setAttribute('aria-busy', 'true');
    const user = { role: 'user', time: Date.now(), text };
    if (files.length) user.files = files.map((f) => f.name);
    messages.push(user);
    save();
    append(user);
    box.value = '';
    historyIndex = null;
    if (withFiles) {
      // Sent: the composer's files and what was said about them go; the sent message lists the files.
      setAttached([]);
      attachStatus.textContent = '';
    }
    grow();
    const pending = typing();
    const reply = await ask(text, files);
    pending.remove();
    const bot = { role: 'bot', time: Date.now(), reply: storable(reply) };
    messages.push(bot);
    save();
    log.removeAttribute('aria-busy');
    append(bot);
    busy = false;
    sendButton.disabled = false;
  }

  // ---- the box -------------------------------------------------------------------------------

  function grow() {
    box.style.height = 'auto';
    box.style.height = Math.min(box.scrollHeight, 240) + 'px';
  }

  function history() {
    return messages.filter((m) => m.role === 'user' && m.text).map((m) => m.text);
  }

  function recall(step) {
    const past = history();
    if (past.length === 0) return false;
    const current = historyIndex === null ? past.length : historyIndex;
    const next = current + step;
    if (next < 0) return true;
    if (next >= past.length) {
      historyIndex = null;
      box.value = '';
    } else {
      historyIndex = next;
      box.value = past[next];
    }
    grow();
    box.setSelectionRange(box.value.length, box.value.length);
    return true;
  }

  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      void send(box.value, true);
      return;
    }
    const navigating = historyIndex !== null && box.value === history()[historyIndex];
    if (e.key === 'ArrowUp' && (box.value === '' || navigating) && !e.shiftKey) {
      if (recall(-1)) e.preventDefault();
    } else if (e.key === 'ArrowDown' && navigating && !e.shiftKey) {
      if (recall(1)) e.preventDefault();
    }
  });
  box.addEventListener('input', () => {
    historyIndex = null;
    grow();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(box.value, true);
    box.focus();
  });

  // ---- attachments: drop files on the page, or pick them with the + button ---------------------

  function sizeText(bytes) {
    return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB' : Math.ceil(bytes / 1024) + ' KB';
  }

  function setAttached(files) {
    attached = files;
    attachList.replaceChildren();
    attached.forEach((f, k) => {
      const li = fileChip(k, f.name);
      li.title = f.name + ' (' + sizeText(f.size) + ')';
      const remove = el('button', 'file-remove', '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', tr('page.remove', { name: f.name }));
      remove.addEventListener('click', () => {
        setAttached(attached.filter((g) => g !== f));
        attachStatus.textContent = tr('page.removed', { name: f.name });
        box.focus();
      });
      li.appendChild(remove);
      attachList.appendChild(li);
    });
    attachList.hidden = attached.length === 0;
  }

  /** Adds dropped or picked files, up to MAX_FILES; says why any was left out. */
  function addFiles(list) {
    const notes = [];
    const next = attached.slice();
    for (const f of Array.from(list || [])) {
      if (!FILE_KINDS.test(f.name) && !FILE_TYPES.test(f.type)) notes.push(tr('page.notAFile', { name: f.name }));
      else if (f.size > MAX_FILE_BYTES)
        notes.push(tr('page.fileTooLarge', { name: f.name, size: sizeText(f.size), max: sizeText(MAX_FILE_BYTES) }));
      else if (next.length >= MAX_FILES) notes.push(tr('page.fileLeftOut', { max: MAX_FILES, name: f.name }));
      else next.push(f);
    }
    setAttached(next);
    attachStatus.textContent = notes.length
      ? notes.join(' ')
      : next.length
        ? tr('page.attached', { files: next.map((f, k) => '@' + (k + 1) + ' ' + f.name).join(', ') })
        : '';
    box.focus();
  }

  attachButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    addFiles(fileInput.files);
    fileInput.value = '';
  });

  function hasFiles(e) {
    return !!e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  }
  let dragDepth = 0;
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth++;
    dropzone.hidden = false;
  });
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropzone.hidden = true;
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth = 0;
    dropzone.hidden = true;
    addFiles(e.dataTransfer.files);
  });

  clearButton.addEventListener('click', () => {
    messages = [];
    save();
    for (const node of [...log.querySelectorAll('.msg')]) node.remove();
    showEmptyIfNeeded();
    box.focus();
  });

  // ---- light or dark: the system's look, or the header's toggle ----------------------------------

  function storedTheme() {
    try {
      const t = localStorage.getItem(THEME_KEY);
      return t === 'light' || t === 'dark' ? t : null;
    } catch {
      return null;
    }
  }

  /** The page's look now: the toggle's choice, else the system's. */
  function currentTheme() {
    return storedTheme() || (systemDark.matches ? 'dark' : 'light');
  }

  /**
   * Shows the look: `data-theme` on <html> when the toggle overrides the system (style.css), `data-look` always
   * (figures drawn for the other look are turned over), and the toggle's words.
   */
  function applyTheme() {
    const root = document.documentElement;
    const chosen = storedTheme();
    if (chosen) root.dataset.theme = chosen;
    else delete root.dataset.theme;
    const look = currentTheme();
    root.dataset.look = look;
    const other = look === 'dark' ? 'light' : 'dark';
    themeButton.textContent = tr(other === 'dark' ? 'page.dark' : 'page.light');
    themeButton.setAttribute('aria-label', tr(other === 'dark' ? 'page.toDark' : 'page.toLight'));
    themeButton.title = tr(other === 'dark' ? 'page.toDarkTitle' : 'page.toLightTitle');
  }

  /** Flips the look; a choice that matches the system's is no override (the page follows the system again). */
  themeButton.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      if (next === (systemDark.matches ? 'dark' : 'light')) localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage disabled: the toggle cannot be remembered; the system's look stays.
    }
    applyTheme();
  });
  systemDark.addEventListener('change', () => {
    if (storedTheme() === (systemDark.matches ? 'dark' : 'light')) {
      try {
        localStorage.removeItem(THEME_KEY);
      } catch {
        // nothing to forget
      }
    }
    applyTheme();
  });

  // ---- example chips, from the catalogue ------------------------------------------------------

  /** Marks the chips' row as scrollable to either side (style.css fades that edge), so a cut chip reads as "more". */
  function updateChipFades() {
    const max = chips.scrollWidth - chips.clientWidth;
    chipsTrack.classList.toggle('more-before', chips.scrollLeft > 1);
    chipsTrack.classList.toggle('more-after', max - chips.scrollLeft > 1);
  }
  chips.addEventListener('scroll', updateChipFades, { passive: true });
  window.addEventListener('resize', updateChipFades);

  /** Each chip's verb (its descriptions in every language), to label it again when the language changes. */
  const chipVerbs = new Map();
  function labelChip(chip) {
    const v = chipVerbs.get(chip);
    const description = (v.descriptions && v.descriptions[pageLocale]) || v.description;
    chip.title = description + '\n' + chip.dataset.example;
    chip.setAttribute(
      'aria-label',
      tr('page.chip', { verb: v.verb, description: description, example: chip.dataset.example }),
    );
  }

  async function loadChips() {
    try {
      const res = await fetch('/api/catalogue');
      const { verbs } = await res.json();
      for (const v of verbs) {
        if (!v.examples || v.examples.length === 0) continue;
        const li = el('li');
        const chip = el('button', 'chip', v.verb);
        chip.type = 'button';
        chip.dataset.example = '/hadamard ' + v.examples[0];
        chipVerbs.set(chip, v);
        labelChip(chip);
        chip.addEventListener('click', () => {
          box.value = chip.dataset.example;
          historyIndex = null;
          grow();
          box.focus();
          box.setSelectionRange(box.value.length, box.value.length);
        });
        li.appendChild(chip);
        chips.appendChild(li);
      }
      updateChipFades();
    } catch {
      // Without the catalogue the page still works; the empty state shows an example.
    }
  }

  // ---- the channel's own posts: scheduled runs and a pinned board (GET /api/feed) ---------------

  const FEED_KEY = 'hadamard-playground/feed';
  const FEED_EVERY_MS = 5000;

  function feedCursor() {
    try {
      const c = JSON.parse(localStorage.getItem(FEED_KEY) || 'null');
      return c && typeof c.epoch === 'string' && Number.isInteger(c.rev) ? c : null;
    } catch {
      return null;
    }
  }

  function saveFeedCursor(c) {
    try {
      localStorage.setItem(FEED_KEY, JSON.stringify(c));
    } catch {
      // Storage disabled: the next page load starts from the server's latest post.
    }
  }

  /** A post appears like any bot message; a post edited since (a pinned board) replaces its earlier version. */
  function showPost(post) {
    const msg = { role: 'bot', time: Date.now(), reply: storable(post.reply), feed: post.id };
    const i = messages.findIndex((m) => m.feed === post.id);
    if (i >= 0) messages[i] = msg;
    else messages.push(msg);
    save();
    const old = log.querySelector('[data-feed="' + CSS.escape(post.id) + '"]');
    if (old) old.replaceWith(render(msg));
    else append(msg);
  }

  async function pollFeed() {
    if (document.hidden) return;
    const known = feedCursor();
    try {
      const res = await fetch('/api/feed?after=' + (known ? known.rev : 0));
      const feed = await res.json();
      if (!feed || feed.ok !== true || !Array.isArray(feed.posts)) return;
      // A first visit, or a restarted server: from its latest post on (older posts are not replayed).
      if (known && known.epoch === feed.epoch) for (const post of feed.posts) showPost(post);
      saveFeedCursor({ epoch: feed.epoch, rev: feed.rev });
    } catch {
      // The server is away: the next poll tries again.
    }
  }

  /**
   * The page in the language now chosen: its static words, the toggle's, the chips', and the conversation drawn again
   * (its own words: "Only visible to you", "Copy LaTeX", …; the answers stay in the language they were given in).
   */
  function relabel() {
    applyLanguage();
    applyTheme();
    for (const chip of chipVerbs.keys()) labelChip(chip);
    // A reply on its way keeps its place at the end (its "working…" line stays as it was said).
    const pending = log.querySelector('.msg.pending');
    for (const node of [...log.querySelectorAll('.msg:not(.pending)')]) node.remove();
    for (const msg of messages) {
      try {
        log.insertBefore(render(msg), pending);
      } catch {
        // A stored message from an older page version: skipped, as at start.
      }
    }
  }

  // ---- start ---------------------------------------------------------------------------------

  applyLanguage();
  applyTheme();

  for (const msg of messages) {
    try {
      log.appendChild(render(msg));
      // A quiz whose answer is not out yet (the page was closed at the time): ask for it when due.
      if (msg.reply && msg.reply.quiz) scheduleReveal(msg.reply.quiz);
    } catch {
      // A stored message from an older page version: skip it rather than break the page.
    }
  }
  showEmptyIfNeeded();
  if (messages.length) log.lastElementChild.scrollIntoView({ block: 'end' });
  void loadChips();
  void pollFeed();
  setInterval(() => void pollFeed(), FEED_EVERY_MS);
  // Ready to type on a computer; on a phone, don't pop the keyboard up before the user asks.
  if (!window.matchMedia('(pointer: coarse)').matches) box.focus();
})();
