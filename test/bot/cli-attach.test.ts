// `hadamard --attach PATH` (repeatable), through the built CLI: files as the operands in order, `@1`/`@2` in the text,
// text and JSON answers naming the files, a 256×256 CSV with its figure, and the refusals a user can cause from the
// shell (a missing file, a directory, a FIFO or a device refused before it is opened, a file over 8 MB refused before
// it is read, @2 with one file, a PNG cut short).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { cli } from './cli-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'hadamard-attach-'));
const path = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const a = path('a.csv', '2,1\n1,2\n');
const b = path('b.json', '[[1, 1], [1, 1]]');

test('hadamard --attach a.csv --attach b.json schur: the files are the operands, in order', () => {
  const r = cli(['--no-figures', '--attach', a, '--attach', b, 'schur']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /A and B are positive semidefinite, so A∘B is positive semidefinite/);
  assert.match(r.out, /From files: A is a\.csv \(2×2\); B is b\.json \(2×2\)\./);
  const j = cli(['--json', '--no-figures', `--attach=${a}`, `--attach=${b}`, 'schur @2 @1']);
  assert.equal(j.code, 0, j.err);
  const data = JSON.parse(j.out).data;
  assert.deepEqual(data.matrices.A, [
    [1, 1],
    [1, 1],
  ]);
  assert.deepEqual(data.verdicts, { A: 'psd', B: 'pd', AB: 'pd', ordinaryAB: 'psd' });
});

test('hadamard --attach cov.csv "psd @1" on a 256×256 file, with its figure', () => {
  const n = 256;
  const rows = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 4 : i + 1 === j || j + 1 === i ? 1 : 0)).join(','),
  );
  const cov = path('cov.csv', rows.join('\r\n'));
  const out = join(dir, 'out');
  const r = cli(['--out', out, '--attach', cov, 'psd @1']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /M is \*\*positive definite\*\* \(rank 256\)|M is positive definite \(rank 256\)/);
  assert.match(r.out, /too long to keep exact/);
  assert.match(r.out, /From files: M is cov\.csv \(256×256\)/);
  assert.ok(r.out.length < 6000, `${r.out.length} characters of text`);
  assert.ok(existsSync(join(out, 'psd.png')));
});

test('refusals from the shell: missing file, directory, oversized (before reading), @2 with one file', () => {
  const missing = cli(['--attach', join(dir, 'nope.csv'), 'psd @1']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Error \(bad_file\): cannot read .*nope\.csv: no such file/);
  const folder = cli(['--json', '--attach', dir, 'psd @1']);
  assert.equal(folder.code, 1);
  assert.equal(JSON.parse(folder.out).error.code, 'bad_file');
  const huge = join(dir, 'huge.csv');
  writeFileSync(huge, '');
  truncateSync(huge, 9 * 1024 * 1024); // sparse: 9 MB stated, nothing to read
  const big = cli(['--attach', huge, 'psd @1']);
  assert.equal(big.code, 1);
  assert.match(big.err, /Error \(too_large\): huge\.csv is 9\.0 MB; attached files may be at most 8\.0 MB/);
  const ref = cli(['--attach', a, 'psd @2']);
  assert.equal(ref.code, 1);
  assert.match(ref.err, /missing_attachment.*only one file is attached/);
  const ragged = cli(['--attach', path('r.csv', '1,2\n3\n'), 'psd']);
  assert.equal(ragged.code, 1);
  assert.match(ragged.err, /Error \(ragged_rows\): row 2 of r\.csv has 1 entry, but row 1 has 2/);
  // With files and no text at all: the default verb, the product of the files.
  const product = cli(['--no-figures', '--attach', a, '--attach', a]);
  assert.equal(product.code, 0, product.err);
  assert.match(product.out, /A∘B = \[\[4,1\],\[1,4\]\]/);
});

test('--locale es: the refusals from the shell in Spanish, the path, the sizes and the example as they are', () => {
  const missing = cli(['--locale', 'es', '--attach', join(dir, 'nope.csv'), 'psd @1']);
  assert.equal(missing.code, 1);
  assert.match(
    missing.err,
    /Error \(bad_file\): no se puede leer .*nope\.csv: no existe ese archivo\nPista: Da la ruta/,
  );
  assert.match(missing.err, /hadamard --attach a\.csv "psd @1"/);
  const folder = cli(['--locale', 'es', '--attach', dir, 'psd @1']);
  assert.match(folder.err, /: es un directorio, no un archivo regular/);
  const huge = join(dir, 'huge-es.csv');
  writeFileSync(huge, '');
  truncateSync(huge, 9 * 1024 * 1024);
  const big = cli(['--locale', 'es', '--attach', huge, 'psd @1']);
  assert.match(big.err, /huge-es\.csv ocupa 9\.0 MB; los archivos adjuntos pueden ocupar como máximo 8\.0 MB/);
  assert.match(big.err, /Envía un archivo más pequeño: matrices de hasta 256×256/);
  const ragged = cli(['--locale', 'de', '--attach', path('r-de.csv', '1,2\n3\n'), 'psd']);
  assert.match(ragged.err, /Fehler \(ragged_rows\): Zeile 2 von r-de\.csv hat 1 Eintrag, aber Zeile 1 hat 2/);
  const ref = cli(['--locale', 'fr', '--attach', a, 'psd @2']);
  assert.equal(ref.code, 1);
  assert.doesNotMatch(ref.err, /attached|file is/);
});

test('--attach refuses what is not a regular file before opening it: a FIFO (no hang), a device, a directory', (t) => {
  const fifo = join(dir, 'pipe.csv');
  const made = spawnSync('mkfifo', [fifo]);
  const kinds: [string, RegExp][] = [
    ['/dev/zero', /cannot read \/dev\/zero: it is a device, not a regular file/],
    [dir, /: it is a directory, not a regular file/],
  ];
  if (made.status === 0)
    kinds.unshift([fifo, /cannot read .*pipe\.csv: it is a named pipe \(FIFO\), not a regular file/]);
  else t.diagnostic(`mkfifo is not available here (${made.error?.message ?? made.stderr}): the FIFO case is skipped`);
  for (const [p, message] of kinds) {
    const started = performance.now();
    const r = cli(['--attach', p, 'psd @1']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, message);
    assert.equal(r.err.split('\n')[0].startsWith('Error (bad_file): cannot read'), true, r.err);
    // The old CLI opened a FIFO for reading and waited for a writer forever (the harness would time out at 60 s).
    assert.ok(performance.now() - started < 30_000);
  }
  // A symlink to the FIFO is followed and refused the same way.
  if (made.status === 0) {
    const link = join(dir, 'link.csv');
    symlinkSync(fifo, link);
    assert.match(cli(['--attach', link, 'psd @1']).err, /named pipe \(FIFO\), not a regular file/);
  }
});

test('--attach of a PNG cut at half: refused, saying how many rows are there', () => {
  const canvas = createCanvas(64, 64);
  const g = canvas.getContext('2d');
  for (let y = 0; y < 64; y++)
    for (let x = 0; x < 64; x++) {
      g.fillStyle = `rgb(${(x * 37 + y * 11) % 256},${(x * 5 + y * 53) % 256},${(x * y) % 256})`;
      g.fillRect(x, y, 1, 1);
    }
  const png = canvas.toBuffer('image/png');
  const cut = join(dir, 'photo.png');
  writeFileSync(cut, png.subarray(0, png.length >> 1));
  const r = cli(['--json', '--attach', cut, 'psd @1']);
  assert.equal(r.code, 1, r.err);
  const error = JSON.parse(r.out).error;
  assert.equal(error.code, 'bad_file');
  assert.match(error.message, /^photo\.png is cut short: \d+ of 64 rows$/);
  assert.match(error.hint, /damaged or was cut short/);
});

test('hadamard --attach photo.png "apply image @1 vignette": a student’s photo, filtered pixelwise', () => {
  // A 48×32 photo-like PNG: a left-to-right ramp with a bright square, made here with the canvas library the bot uses.
  const canvas = createCanvas(48, 32);
  const g = canvas.getContext('2d');
  const ramp = g.createLinearGradient(0, 0, 48, 0);
  ramp.addColorStop(0, '#202020');
  ramp.addColorStop(1, '#d0d0d0');
  g.fillStyle = ramp;
  g.fillRect(0, 0, 48, 32);
  g.fillStyle = '#ffffff';
  g.fillRect(8, 8, 10, 10);
  const photo = join(dir, 'photo.png');
  writeFileSync(photo, canvas.toBuffer('image/png'));
  const out = mkdtempSync(join(tmpdir(), 'hadamard-attach-photo-'));
  const r = cli(['--json', '--out', out, '--attach', photo, 'apply image @1 vignette']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.ok, true, r.out);
  assert.equal(j.verb, 'apply');
  assert.match(j.text, /Your 32×48 image ∘ a vignette/, 'the photo itself, at its own size, is filtered');
  // Without a word, the attached photo is still the image (not a mask over the built-in picture).
  const bare = cli(['--json', '--no-figures', '--attach', photo, 'apply image']);
  assert.match(JSON.parse(bare.out).text, /Your 32×48 image ∘ a vignette/);
  // And a matrix attached to another application is its data.
  const csv = path('signal.csv', '0,1,0,-1,0,1,0,-1\n');
  const w = cli(['--json', '--no-figures', '--attach', csv, 'apply window hann']);
  assert.equal(JSON.parse(w.out).ok, true, w.out);
  assert.ok(j.figures.length >= 1 && j.figures.every((f: { file: string }) => existsSync(f.file)));
});
