// The one helper that echoes user text into messages: short, on one line, and never carrying a
// bidirectional control character that could reorder the bot's own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quote } from '../../src/engine/errors.js';

test('quote strips bidi controls and control characters, and trims long text', () => {
  assert.equal(quote('done'), '"done"');
  assert.equal(quote('\u202Edone\u202C'), '"done"');
  for (const c of ['\u202A', '\u202B', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'])
    assert.equal(quote(`a${c}b`), '"ab"');
  assert.equal(quote('a\nb\tc\u0000d'), '"a b c d"');
  assert.equal(quote('x'.repeat(50)), `"${'x'.repeat(39)}…"`);
  // Never cuts a character in half.
  const q = quote('😀'.repeat(50), 10);
  assert.equal(q, `"${'😀'.repeat(9)}…"`);
});
