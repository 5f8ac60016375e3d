/**
 * Chat noise, removed before parsing: code fences and backticks, Slack's HTML escapes,
 * smart quotes, non-breaking and other exotic spaces, mentions, the leading `/hadamard`.
 */

export function normalizeText(raw: string): string {
  let t = raw;
  // Code fences (```lang … ```) and inline backticks.
  t = t.replace(/```[a-zA-Z]*\n?/g, ' ').replace(/`/g, ' ');
  // Slack escapes & < > in message text.
  t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // Smart quotes and primes (harmless: quotes are ignored entirely).
  t = t.replace(/[\u2018\u2019\u201A\u201B\u2032"'\u201C\u201D\u201E\u201F\u2033]/g, '');
  // Exotic spaces and zero-width characters.
  t = t.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  // Full-width brackets, semicolons and commas some keyboards produce.
  t = t
    .replace(/［/g, '[')
    .replace(/］/g, ']')
    .replace(/；/g, ';')
    .replace(/，/g, ',')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
  t = t.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  return t.trim();
}

/** Removes a leading `/hadamard` and bot mentions (`<@U123>`, `<@!123>`, `@hadamard-bot`). */
export function stripInvocation(t: string): string {
  let s = t.trim();
  for (;;) {
    const before = s;
    s = s
      .replace(/^<@!?[A-Za-z0-9]+(?:\|[^>]*)?>\s*/, '')
      .replace(/^@hadamard(?:[-_ ]?bot)?\b[:,]?\s*/i, '')
      .replace(/^\/hadamard\b\s*/i, '')
      .trim();
    if (s === before) return s;
  }
}
