/**
 * The message catalogue (issue 21): one module per language, English the source. Messages are ICU MessageFormat
 * (plurals, selects), formatted by intl-messageformat (formatjs): each message is compiled once per language, on
 * first use, and kept. Pure: no fs, no env; the catalogues are modules.
 *
 * The language of one command is ambient, like the figures' card width (render/width.ts): `withLocale` runs a
 * computation or a rendering (synchronous or not) in an AsyncLocalStorage scope, and `t` reads it; commands that
 * interleave in one process each keep their own. `translator(locale)` formats in a given language outside a scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';
import { ptBR } from './pt-BR.js';
import { fr } from './fr.js';
import { de } from './de.js';

export type { MessageKey } from './en.js';

/** The languages the bot speaks; `qps` is the pseudo-locale of the tests (English, accented and bracketed). */
export const LOCALES = ['en', 'es', 'pt-BR', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number] | 'qps';

/** A catalogue: every key of English, each an ICU message with the same placeholders. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** Each language's name in itself, for the selector and `settings language`. */
export const LANGUAGE_NAMES: Readonly<Record<(typeof LOCALES)[number], string>> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  de: 'Deutsch',
};

const CATALOGUES: Record<Exclude<Locale, 'qps'>, Catalogue> = { en, es, 'pt-BR': ptBR, fr, de };

/**
 * A language tag as platforms send it (`es-ES`, `pt-BR`, `pt`, `fr-CA`, `de_AT`, `en-GB`) → the bot's language, or
 * undefined when it speaks none of it (the caller falls back, finally to English).
 */
export function resolveLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.trim().replace('_', '-').toLowerCase();
  if (t === 'qps' || t === 'qps-ploc') return 'qps';
  const base = t.split('-')[0];
  if (base === 'pt') return 'pt-BR';
  if (base === 'en' || base === 'es' || base === 'fr' || base === 'de') return base;
  return undefined;
}

/** Accented, bracketed English: a string that reaches the user without the catalogue shows up as plain English. */
function pseudo(message: string): string {
  const map: Record<string, string> = {
    a: 'á',
    e: 'é',
    i: 'í',
    o: 'ó',
    u: 'ú',
    A: 'Á',
    E: 'É',
    I: 'Í',
    O: 'Ó',
    U: 'Ú',
    c: 'ç',
    n: 'ñ',
  };
  // Letters outside placeholders ({x}, {n, plural, …} keep their names and keywords), code spans and URLs.
  let depth = 0;
  let out = '';
  let code = false;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === '`') code = !code;
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    // Inside a plural's branch ({n, plural, one {…} other {…}}) the text is at depth 2: accented too; a placeholder
    // inside a branch ({n, plural, one {{who} is}}) is at depth 3, its name kept (text at even depths only).
    const inText = depth % 2 === 0 && !/[{},#]/.test(ch);
    out += inText && !code && map[ch] ? map[ch] : ch;
  }
  return `[${out}]`;
}

const compiled = new Map<string, IntlMessageFormat>();

function messageFor(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let m = compiled.get(id);
  if (!m) {
    const source = locale === 'qps' ? pseudo(en[key]) : (CATALOGUES[locale][key] ?? en[key]);
    m = new IntlMessageFormat(source, locale === 'qps' ? 'en' : locale, undefined, { ignoreTag: true });
    compiled.set(id, m);
  }
  return m;
}

export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: Values) => string;

/** The formatter of one language: `tr('schur.title')`, `tr('verdict.rank', { rank: 2 })`. */
export function translator(locale: Locale = 'en'): Translate {
  return (key, values) => {
    const out = messageFor(locale, key).format(values);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}

const scope = new AsyncLocalStorage<Locale>();

/** The language of the command in progress (English outside `withLocale`). */
export function currentLocale(): Locale {
  return scope.getStore() ?? 'en';
}

/** Runs `fn` (and everything it awaits) with `locale` as the language of every `t` inside it. */
export function withLocale<T>(locale: Locale | undefined, fn: () => T): T {
  return scope.run(locale ?? 'en', fn);
}

/** A message in the current language. */
export function t(key: MessageKey, values?: Values): string {
  const out = messageFor(currentLocale(), key).format(values);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** Whether the catalogue has `key` (for keys built from a name, such as a verb's description). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The catalogues, for the tests (key parity, placeholders). */
export function catalogues(): Readonly<Record<Exclude<Locale, 'qps'>, Catalogue>> {
  return CATALOGUES;
}
