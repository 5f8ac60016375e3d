/** Files on the local page's API: multipart POST /api/command with CSV, TSV, JSON, PNG attachments (`@1`, `@2`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, run } from '../../../src/engine/index.js';
import type { CommandResponse, LocalServerOptions } from '../../../src/bot/local/server.js';
import { startServer, makeContext, TINY_PNG } from './fixtures.js';

interface Part {
  name: string;
  bytes: Buffer | string;
  type?: string;
}

async function postForm(url: string, text: string | undefined, files: Part[]) {
  const form = new FormData();
  if (text !== undefined) form.set('text', text);
  for (const f of files)
    form.append(
      'file',
      new Blob([typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes)], { type: f.type ?? '' }),
      f.name,
    );
  const res = await fetch(url + '/api/command', { method: 'POST', body: form });
  return { res, json: (await res.json()) as CommandResponse };
}

async function withServer(fn: (url: string) => Promise<void>, options: LocalServerOptions = {}) {
  const s = await startServer(makeContext(), options);
  try {
    await fn(s.url);
  } finally {
    await s.close();
  }
}

const A_CSV = '1,2\n3,4\n';
const B_TSV = '5\t6\n7\t8\n';

/** What the engine answers for the same files, directly (the reference the endpoint must match). */
async function direct(text: string, files: Part[]) {
  const attachments = files.map((f) => ({
    name: f.name,
    bytes: new Uint8Array(Buffer.from(f.bytes)),
    contentType: f.type,
  }));
  const parsed = parseCommand(text, { attachments });
  assert.ok(parsed.ok);
  return run(parsed.value, { figures: false });
}

test('a CSV with "psd @1" is the psd of that file', async () => {
  await withServer(async (url) => {
    const files = [{ name: 'cov.csv', bytes: '2,1\n1,2\n', type: 'text/csv' }];
    const { res, json } = await postForm(url, 'psd @1', files);
    assert.equal(res.status, 200);
    assert.ok(json.ok, JSON.stringify(json));
    if (!json.ok) return;
    assert.equal(json.verb, 'psd');
    const expected = await direct('psd @1', files);
    assert.ok(expected.ok);
    if (expected.ok) assert.equal(json.title, expected.title);
    assert.match(json.text, /cov\.csv/, 'the answer names the file');
  });
});

test('two files and no text: the files are the operands, in order (a CSV and a TSV)', async () => {
  await withServer(async (url) => {
    const files = [
      { name: 'a.csv', bytes: A_CSV, type: 'text/csv' },
      { name: 'b.tsv', bytes: B_TSV, type: 'text/tab-separated-values' },
    ];
    const { res, json } = await postForm(url, '', files);
    assert.equal(res.status, 200);
    assert.ok(json.ok, JSON.stringify(json));
    if (!json.ok) return;
    assert.equal(json.verb, 'product');
    // 1·5, 2·6, 3·7, 4·8, exactly.
    assert.match(json.text, /\b5\b[\s\S]*\b12\b[\s\S]*\b21\b[\s\S]*\b32\b/);
    assert.ok(json.figures.length >= 1, 'with its figure');
    const fig = await fetch(url + json.figures[0].url);
    assert.equal(fig.status, 200);
  });
});

test('a PNG is a matrix of gray levels: "@1 @1" squares it entrywise', async () => {
  await withServer(async (url) => {
    const files = [{ name: 'tiny.png', bytes: TINY_PNG, type: 'image/png' }];
    const { res, json } = await postForm(url, '@1 @1', files);
    assert.equal(res.status, 200);
    assert.ok(json.ok, JSON.stringify(json));
    if (!json.ok) return;
    const expected = await direct('@1 @1', files);
    assert.ok(expected.ok);
    if (expected.ok) {
      assert.equal(json.title, expected.title);
      assert.deepEqual(json.data.shape, expected.data.shape);
    }
  });
});

test('@2 with one file, and a file that is no matrix, are friendly errors (200, ok: false)', async () => {
  await withServer(async (url) => {
    const missing = await postForm(url, '@1 @2', [{ name: 'a.csv', bytes: A_CSV }]);
    assert.equal(missing.res.status, 200);
    assert.equal(missing.json.ok, false);
    if (!missing.json.ok) assert.equal(missing.json.error.code, 'missing_attachment');
    const ragged = await postForm(url, 'psd @1', [{ name: 'ragged.csv', bytes: '1,2\n3\n' }]);
    assert.equal(ragged.res.status, 200);
    assert.equal(ragged.json.ok, false);
    if (!ragged.json.ok) assert.match(ragged.json.error.message, /ragged\.csv/);
  });
});

test('sizes are checked before decoding: a file over the limit is 413, a form over the limit too', async () => {
  await withServer(
    async (url) => {
      const big = 'x'.repeat(2048);
      const one = await postForm(url, 'psd @1', [{ name: 'big.csv', bytes: big }]);
      assert.equal(one.res.status, 413);
      assert.equal(one.json.ok, false);
      if (!one.json.ok) {
        assert.equal(one.json.error.code, 'file_too_large');
        assert.match(one.json.error.message, /big\.csv/);
      }
      // Past two files' worth (and the form's 64 KB allowance), the body is not even read to the end.
      const huge = await postForm(url, '@1 @2', [
        { name: 'a.csv', bytes: 'y'.repeat(80 * 1024) },
        { name: 'b.csv', bytes: 'z'.repeat(80 * 1024) },
      ]);
      assert.equal(huge.res.status, 413);
      if (!huge.json.ok) assert.equal(huge.json.error.code, 'body_too_large');
    },
    { maxFileBytes: 1024 },
  );
});

test('three files are refused; a form with neither text nor file is a 400', async () => {
  await withServer(async (url) => {
    const three = await postForm(url, '@1 @2', [
      { name: 'a.csv', bytes: A_CSV },
      { name: 'b.csv', bytes: A_CSV },
      { name: 'c.csv', bytes: A_CSV },
    ]);
    assert.equal(three.res.status, 400);
    if (!three.json.ok) assert.equal(three.json.error.code, 'too_many_files');
    const nothing = await postForm(url, undefined, []);
    assert.equal(nothing.res.status, 400);
  });
});
