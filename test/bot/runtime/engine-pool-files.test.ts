// Attachments cross the worker boundary: a Command whose files are Buffers (as adapters download them) is answered
// by the engine pool exactly as in process: a CSV and a PNG as operands, and a file error as a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanvas } from '@napi-rs/canvas';
import { EnginePool } from '../../../src/bot/runtime/engine-pool.js';
import { parseCommand, run, type Attachment } from '../../../src/engine/index.js';

test('a command with attached files runs in a worker as it does in process', async () => {
  const canvas = createCanvas(2, 2);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'rgb(51,51,51)';
  ctx.fillRect(0, 0, 2, 2);
  const files: Attachment[] = [
    { name: 'a.csv', bytes: Buffer.from('2,1\n1,2\n'), contentType: 'text/csv' },
    { name: 'g.png', bytes: canvas.encodeSync('png'), contentType: 'image/png' },
    { name: 'r.csv', bytes: Buffer.from('1,2\n3\n') },
  ];
  const pool = new EnginePool({ size: 1 });
  try {
    for (const text of ['schur @1 @2', 'psd @1', 'psd @3']) {
      const c = parseCommand(text, { attachments: files });
      assert.ok(c.ok);
      const [viaPool, inProcess] = [await pool.run(c.value), await run(c.value)];
      assert.deepEqual(viaPool, inProcess, text);
    }
    const c = parseCommand('schur', { attachments: files.slice(0, 2) });
    assert.ok(c.ok);
    const r = await pool.run(c.value);
    assert.ok(r.ok);
    assert.deepEqual((r.data.matrices as { B: unknown }).B, [
      ['1/5', '1/5'],
      ['1/5', '1/5'],
    ]);
  } finally {
    await pool.close();
  }
});

test('with transferAttachments, whole-buffer files move to the worker (no copy) and the answer is the same', async () => {
  const own = () => [
    { name: 'a.csv', bytes: new Uint8Array(Buffer.from('2,1\n1,2\n')), contentType: 'text/csv' },
    // A view into a larger buffer (as Node's pooled Buffers are) is copied, never transferred.
    { name: 'b.csv', bytes: Buffer.from('3,1\n1,3\n'), contentType: 'text/csv' },
  ];
  const pool = new EnginePool({ size: 1 });
  try {
    const files = own();
    const c = parseCommand('schur @1 @2', { attachments: files });
    assert.ok(c.ok);
    const expected = await run(c.value);
    const moved = await pool.run(c.value, undefined, { transferAttachments: true });
    assert.deepEqual(moved, expected);
    assert.equal(files[0].bytes.byteLength, 0, 'the whole-buffer file was transferred (its view is now empty)');
    assert.equal(files[1].bytes.byteLength, 8, 'the pooled view was copied');
    // Without the flag nothing is moved.
    const kept = own();
    const k = parseCommand('schur @1 @2', { attachments: kept });
    assert.ok(k.ok);
    assert.deepEqual(await pool.run(k.value), expected);
    assert.equal(kept[0].bytes.byteLength, 8);
  } finally {
    await pool.close();
  }
});
