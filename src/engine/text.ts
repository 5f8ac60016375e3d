/**
 * An Answer as one piece of text: neutral markdown (for chat adapters that want it whole)
 * or plain terminal text (for the CLI: fences become indented blocks, ** and ` are dropped).
 */
import type { Answer, EngineError } from './types.js';
import { resolveLocale, translator } from './i18n/index.js';

export function answerToMarkdown(a: Answer): string {
  const parts = [`**${a.title}**`, a.summary];
  for (const s of a.sections) parts.push(s.heading ? `**${s.heading}**\n${s.body}` : s.body);
  return parts.join('\n\n');
}

export function answerToText(a: Answer): string {
  return markdownToPlain(answerToMarkdown(a));
}

/** An error as text, its words ("Error", "Hint") in `locale` (English by default; the message is already in it). */
export function errorToText(e: EngineError, locale?: string): string {
  return translator(resolveLocale(locale) ?? 'en')('err.layout', { code: e.code, message: e.message, hint: e.hint });
}

export function markdownToPlain(md: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    out.push(inCode ? `  ${line}` : line.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1'));
  }
  return out.join('\n');
}
