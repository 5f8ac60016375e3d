/**
 * A strict structural check of a JPEG before the canvas library decodes it (issue 17). The decoder (Skia's
 * libjpeg-turbo) reads a cut or damaged JPEG leniently, filling what is missing with gray or repeating what it
 * has; this check refuses such a file with a `bad_file` saying what is wrong. What it checks:
 *
 * - the start marker (SOI), every segment's length within the file, one frame header (SOF0 baseline, SOF1 extended
 *   or SOF2 progressive Huffman, 8-bit, 1, 3 or 4 components) giving the size, at least one scan (SOS), and the end
 *   marker (EOI) after the scans; bytes after EOI are ignored (phones append a motion photo's video there);
 * - quantisation and Huffman tables well formed and defined before the scan that uses them;
 * - for sequential JPEGs (SOF0, SOF1), every scan is entropy-decoded without the inverse DCT: each Huffman code
 *   valid, exactly as many blocks as the frame needs, restart markers in their places and order, no data after the
 *   last block but its padding, every component covered, and every coefficient within the range an 8-bit encoder
 *   can produce (|coefficient × quantiser| ≤ 1024 + quantiser), past which decoders' integer transforms overflow
 *   differently. A progressive JPEG's scans are checked for structure only (markers and restart order), not decoded.
 *
 * Arithmetic coding, lossless, hierarchical and 12-bit JPEGs are refused by name. Pure: no canvas, no zlib.
 *
 * `withoutColourProfile` drops embedded ICC profiles before the canvas decodes: Skia would convert the colours through
 * the profile (a Display P3 photo, or a damaged profile that still parses, gives other numbers), while the PNG decoder
 * and the reference decoders (pngjs, jpeg-js, PIL, NumPy) read the samples as stored. The numbers are the file's.
 */
import { UserError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';
import type { Attachment } from '../types.js';
import { decoderError, type ReasonValues } from './file-format.js';

type Values = ReasonValues;
type Bad = (key: MessageKey, values?: Values) => UserError;
/** Where a segment is, for the reasons that name it: its marker's name and the byte where it starts (from 1). */
interface Where {
  segment: string;
  byte: number;
}

interface Component {
  id: number;
  h: number;
  v: number;
  tq: number;
  covered: boolean;
}

interface Frame {
  progressive: boolean;
  width: number;
  height: number;
  components: Component[];
  hMax: number;
  vMax: number;
}

/** A canonical Huffman table as decoders build it: per code length, the largest code and where its symbols start. */
interface Huffman {
  maxCode: Int32Array; // index 1..16; -1 when no code of that length
  valPtr: Int32Array;
  minCode: Int32Array;
  values: Uint8Array;
}

const MARKER_NAMES: Record<number, string> = {
  0xc4: 'DHT',
  0xdb: 'DQT',
  0xdd: 'DRI',
  0xda: 'SOS',
  0xfe: 'COM',
  0xc0: 'SOF0',
  0xc1: 'SOF1',
  0xc2: 'SOF2',
};

function markerName(m: number): string {
  if (MARKER_NAMES[m]) return MARKER_NAMES[m];
  if (m >= 0xe0 && m <= 0xef) return `APP${m - 0xe0}`;
  if (m >= 0xc0 && m <= 0xcf) return `SOF${m - 0xc0}`;
  return `0x${m.toString(16).toUpperCase()}`;
}

/** Throws UserError (`bad_file`) naming the file and what is wrong, unless the JPEG is whole and well formed. */
export function checkJpeg(att: Attachment): void {
  const b = att.bytes;
  const bad: Bad = decoderError(att, 'err.jpeg.hint');
  const u16 = (i: number): number => (b[i] << 8) | b[i + 1];
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) throw bad('err.jpeg.soi');

  const quant: (Uint16Array | undefined)[] = [];
  const huff: (Huffman | undefined)[][] = [[], []]; // [DC, AC][id]
  let frame: Frame | undefined;
  let restartInterval = 0;
  let scans = 0;
  let at = 2;
  for (;;) {
    if (at >= b.length) throw bad(scans ? 'err.jpeg.cut.noEnd' : 'err.jpeg.cut.beforeData');
    if (b[at] !== 0xff) throw bad('err.jpeg.markerByte', { byte: at + 1, hex: b[at].toString(16).toUpperCase() });
    if (at + 1 >= b.length) throw bad('err.jpeg.cut.marker');
    const m = b[at + 1];
    if (m === 0xff) {
      at++; // fill byte
      continue;
    }
    if (m === 0xd9) {
      if (!frame) throw bad('err.jpeg.endBeforeFrame');
      if (scans === 0) throw bad('err.jpeg.endBeforeScan');
      if (!frame.progressive) {
        const missing = frame.components.findIndex((c) => !c.covered);
        if (missing >= 0) throw bad('err.jpeg.noScan', { component: missing + 1 });
      }
      return;
    }
    if (m === 0x01) {
      at += 2; // TEM: no length
      continue;
    }
    if (m === 0xd8) throw bad('err.jpeg.secondStart', { byte: at + 1 });
    if (m >= 0xd0 && m <= 0xd7) throw bad('err.jpeg.restartOutside', { byte: at + 1 });
    if (m === 0x00) throw bad('err.jpeg.markerZero', { byte: at + 1 });
    if (at + 4 > b.length) throw bad('err.jpeg.cut.segmentHeader', { segment: markerName(m) });
    const length = u16(at + 2);
    const where: Where = { segment: markerName(m), byte: at + 1 };
    if (length < 2) throw bad('err.jpeg.segmentLength', { ...where, length });
    if (at + 2 + length > b.length)
      throw bad('err.jpeg.cut.segment', { segment: where.segment, there: b.length - at - 2, length });
    const seg = b.subarray(at + 4, at + 2 + length);
    const next = at + 2 + length;
    if (m === 0xdb) readQuant(seg, quant, bad, where);
    else if (m === 0xc4) readHuffman(seg, huff, bad, where);
    else if (m === 0xdd) {
      if (seg.length !== 2) throw bad('err.jpeg.restartInterval', { ...where, length });
      restartInterval = (seg[0] << 8) | seg[1];
    } else if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      if (frame) throw bad('err.jpeg.secondFrame', { marker: markerName(m) });
      if (m !== 0xc0 && m !== 0xc1 && m !== 0xc2)
        throw bad('err.jpeg.coding', {
          kind:
            m === 0xc3 || m === 0xcb || m === 0xc7 || m === 0xcf
              ? 'lossless'
              : m >= 0xc9
                ? 'arithmetic'
                : 'hierarchical',
          marker: markerName(m),
        });
      frame = readFrame(seg, m === 0xc2, bad, where);
    } else if (m === 0xcc) throw bad('err.jpeg.dac');
    else if (m === 0xdc) throw bad('err.jpeg.dnl');
    else if (m === 0xda) {
      if (!frame) throw bad('err.jpeg.scanBeforeFrame');
      const scan = readScanHeader(seg, frame, huff, quant, bad, where);
      scans++;
      at = frame.progressive
        ? skipEntropyData(b, next, bad)
        : decodeSequentialScan(b, next, frame, scan, quant, restartInterval, bad);
      continue;
    } else if (m >= 0xf0 && m <= 0xfd && m !== 0xfe)
      throw bad('err.jpeg.reserved', { ...where, marker: markerName(m) });
    at = next;
  }
}

function readQuant(seg: Uint8Array, quant: (Uint16Array | undefined)[], bad: Bad, where: Where) {
  let i = 0;
  while (i < seg.length) {
    const pq = seg[i] >> 4;
    const tq = seg[i] & 15;
    if (pq > 1 || tq > 3) throw bad('err.jpeg.quantPrecision', { ...where, precision: pq, table: tq });
    const size = pq ? 128 : 64;
    if (i + 1 + size > seg.length) throw bad('err.jpeg.quantShort', { ...where });
    const t = new Uint16Array(64);
    for (let k = 0; k < 64; k++) t[k] = pq ? (seg[i + 1 + 2 * k] << 8) | seg[i + 2 + 2 * k] : seg[i + 1 + k];
    if (t.includes(0)) throw bad('err.jpeg.quantZero', { ...where, table: tq });
    quant[tq] = t;
    i += 1 + size;
  }
}

function readHuffman(seg: Uint8Array, huff: (Huffman | undefined)[][], bad: Bad, where: Where) {
  let i = 0;
  while (i < seg.length) {
    const tc = seg[i] >> 4;
    const th = seg[i] & 15;
    if (tc > 1 || th > 3) throw bad('err.jpeg.huffmanClass', { ...where, class: tc, table: th });
    if (i + 17 > seg.length) throw bad('err.jpeg.huffmanShort', { ...where });
    const counts = seg.subarray(i + 1, i + 17);
    const total = counts.reduce((a, c) => a + c, 0);
    if (total === 0 || total > 256 || i + 17 + total > seg.length)
      throw bad('err.jpeg.huffmanCount', { ...where, count: total });
    const values = seg.slice(i + 17, i + 17 + total);
    const maxCode = new Int32Array(18).fill(-1);
    const minCode = new Int32Array(17);
    const valPtr = new Int32Array(17);
    let code = 0;
    let k = 0;
    for (let len = 1; len <= 16; len++) {
      valPtr[len] = k;
      minCode[len] = code;
      code += counts[len - 1];
      k += counts[len - 1];
      if (counts[len - 1]) maxCode[len] = code - 1;
      // Codes of this length must fit in `len` bits, and the all-ones code is reserved.
      if (code > 2 ** len || (code === 2 ** len && counts[len - 1]))
        throw bad('err.jpeg.huffmanOverfull', { ...where });
      code <<= 1;
    }
    huff[tc][th] = { maxCode, minCode, valPtr, values };
    i += 17 + total;
  }
}

function readFrame(seg: Uint8Array, progressive: boolean, bad: Bad, where: Where): Frame {
  if (seg.length < 6) throw bad('err.jpeg.frameShort', { ...where });
  const precision = seg[0];
  const height = (seg[1] << 8) | seg[2];
  const width = (seg[3] << 8) | seg[4];
  const n = seg[5];
  if (precision !== 8) throw bad('err.jpeg.precision', { bits: precision });
  if (width === 0 || height === 0) throw bad('err.jpeg.frameSize', { width, height });
  if (n !== 1 && n !== 3 && n !== 4) throw bad('err.jpeg.components', { count: n });
  if (seg.length !== 6 + 3 * n) throw bad('err.jpeg.frameLength', { ...where });
  const components: Component[] = [];
  for (let c = 0; c < n; c++) {
    const [id, hv, tq] = [seg[6 + 3 * c], seg[7 + 3 * c], seg[8 + 3 * c]];
    const [h, v] = [hv >> 4, hv & 15];
    if (h < 1 || h > 4 || v < 1 || v > 4 || tq > 3)
      throw bad('err.jpeg.sampling', { component: c + 1, h, v, table: tq });
    if (components.some((x) => x.id === id)) throw bad('err.jpeg.componentIds', { id });
    components.push({ id, h, v, tq, covered: false });
  }
  return {
    progressive,
    width,
    height,
    components,
    hMax: Math.max(...components.map((c) => c.h)),
    vMax: Math.max(...components.map((c) => c.v)),
  };
}

interface ScanComponent {
  component: Component;
  dc: Huffman;
  ac: Huffman;
}

function readScanHeader(
  seg: Uint8Array,
  frame: Frame,
  huff: (Huffman | undefined)[][],
  quant: (Uint16Array | undefined)[],
  bad: Bad,
  where: Where,
): ScanComponent[] {
  const n = seg[0];
  if (n < 1 || n > 4 || seg.length !== 4 + 2 * n) throw bad('err.jpeg.scanLength', { ...where });
  const [ss, se, a] = [seg[1 + 2 * n], seg[2 + 2 * n], seg[3 + 2 * n]];
  if (!frame.progressive && (ss !== 0 || se !== 63 || a !== 0)) throw bad('err.jpeg.scanProgressive', { ...where });
  if (frame.progressive && (ss > se || se > 63 || (ss === 0 && se !== 0) || (ss > 0 && n !== 1)))
    throw bad('err.jpeg.spectral', { ...where, from: ss, to: se });
  const out: ScanComponent[] = [];
  for (let i = 0; i < n; i++) {
    const id = seg[1 + 2 * i];
    const component = frame.components.find((c) => c.id === id);
    if (!component) throw bad('err.jpeg.scanComponent', { ...where, id });
    if (out.some((s) => s.component === component)) throw bad('err.jpeg.scanComponentTwice', { ...where, id });
    if (!quant[component.tq]) throw bad('err.jpeg.quantMissing', { table: component.tq });
    const [td, ta] = [seg[2 + 2 * i] >> 4, seg[2 + 2 * i] & 15];
    const dc = huff[0][td & 3];
    const ac = huff[1][ta & 3];
    // A progressive scan uses the DC table only in its first DC scan and the AC table only in AC scans.
    const needsDc = !frame.progressive || (ss === 0 && a >> 4 === 0);
    const needsAc = !frame.progressive || ss > 0;
    if (td > 3 || ta > 3 || (needsDc && !dc) || (needsAc && !ac)) throw bad('err.jpeg.huffmanMissing', { ...where });
    out.push({ component, dc: dc!, ac: ac! });
  }
  return out;
}

/** Past a progressive scan's entropy-coded data: to the next marker that is not a restart, restarts in order. */
function skipEntropyData(b: Uint8Array, at: number, bad: Bad): number {
  let expectRestart = 0;
  for (let i = at; i + 1 < b.length; i++) {
    if (b[i] !== 0xff || b[i + 1] === 0x00) continue;
    const m = b[i + 1];
    if (m === 0xff) continue;
    if (m >= 0xd0 && m <= 0xd7) {
      if (m - 0xd0 !== expectRestart) throw bad('err.jpeg.restartOrder', { restart: m - 0xd0, byte: i + 1 });
      expectRestart = (expectRestart + 1) & 7;
      i++;
      continue;
    }
    return i;
  }
  throw bad('err.jpeg.cut.data');
}

/**
 * Entropy-decodes one sequential scan without the inverse DCT, and returns where its data ends (the next marker).
 * Throws UserError for a bad code, a block that does not fit, a coefficient out of range, a restart marker missing
 * or out of order, data that stops before the last block (naming the row reached) or extra data after it.
 */
function decodeSequentialScan(
  b: Uint8Array,
  start: number,
  frame: Frame,
  scan: ScanComponent[],
  quant: (Uint16Array | undefined)[],
  restartInterval: number,
  bad: Bad,
): number {
  let pos = start;
  let bits = 0; // bits held in `acc`
  let acc = 0;
  let mcusDone = 0;
  const single = scan.length === 1;
  const compCols = (c: Component): number => Math.ceil(Math.ceil((frame.width * c.h) / frame.hMax) / 8);
  const compRows = (c: Component): number => Math.ceil(Math.ceil((frame.height * c.v) / frame.vMax) / 8);
  const mcusPerLine = single ? compCols(scan[0].component) : Math.ceil(frame.width / (8 * frame.hMax));
  const mcuRows = single ? compRows(scan[0].component) : Math.ceil(frame.height / (8 * frame.vMax));
  const total = mcusPerLine * mcuRows;
  const rowsPerMcu = single ? (8 * frame.vMax) / scan[0].component.v : 8 * frame.vMax;
  const stops = (): UserError => {
    const row = Math.min(frame.height, Math.floor(mcusDone / mcusPerLine) * rowsPerMcu);
    return pos >= b.length
      ? bad('err.jpeg.cut.rows', { row, height: frame.height })
      : bad('err.jpeg.interrupted', { row, height: frame.height, byte: pos + 1 });
  };
  const readBit = (): number => {
    if (bits === 0) {
      if (pos >= b.length) throw stops();
      const byte = b[pos];
      if (byte === 0xff) {
        // 0xFF 0x00 is a stuffed 0xFF; 0xFF then anything else is a marker inside the data.
        if (pos + 1 >= b.length || b[pos + 1] !== 0x00) throw stops();
        pos += 2;
      } else pos++;
      acc = byte;
      bits = 8;
    }
    bits--;
    return (acc >> bits) & 1;
  };
  const receive = (s: number): number => {
    let v = 0;
    for (let i = 0; i < s; i++) v = (v << 1) | readBit();
    return v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
  };
  const decode = (t: Huffman): number => {
    let code = 0;
    for (let len = 1; len <= 16; len++) {
      code = (code << 1) | readBit();
      if (t.maxCode[len] >= 0 && code <= t.maxCode[len]) return t.values[t.valPtr[len] + code - t.minCode[len]];
    }
    throw bad('err.jpeg.invalidCode', { byte: pos, row: rowReached(), height: frame.height });
  };
  const rowReached = (): number => Math.min(frame.height, Math.floor(mcusDone / mcusPerLine) * rowsPerMcu + 1);
  const outOfRange = (): UserError =>
    bad('err.jpeg.coefficient', { byte: pos, row: rowReached(), height: frame.height });
  const pred = new Int32Array(scan.length);
  const block = (k: number): void => {
    const { dc, ac, component } = scan[k];
    const q = quant[component.tq]!;
    const t = decode(dc);
    if (t > 11) throw outOfRange();
    pred[k] += t ? receive(t) : 0;
    if (Math.abs(pred[k] * q[0]) > 1024 + q[0]) throw outOfRange();
    for (let i = 1; i < 64;) {
      const rs = decode(ac);
      const r = rs >> 4;
      const s = rs & 15;
      if (s === 0) {
        if (r !== 15) break; // end of block
        i += 16;
        if (i > 64) throw outOfRange();
        continue;
      }
      i += r;
      if (i > 63 || s > 10) throw outOfRange();
      if (Math.abs(receive(s) * q[i]) > 1024 + q[i]) throw outOfRange();
      i++;
    }
  };
  let restarts = 0;
  while (mcusDone < total) {
    if (single) block(0);
    else
      for (let k = 0; k < scan.length; k++)
        for (let n = scan[k].component.h * scan[k].component.v; n > 0; n--) block(k);
    mcusDone++;
    if (restartInterval && mcusDone % restartInterval === 0 && mcusDone < total) {
      // Byte-align, then the restart marker RSTn, n counting 0–7.
      bits = 0;
      if (pos + 1 >= b.length) throw stops();
      if (b[pos] !== 0xff || b[pos + 1] !== 0xd0 + (restarts & 7))
        throw bad('err.jpeg.restartMissing', {
          restart: restarts & 7,
          byte: pos + 1,
          row: rowReached(),
          height: frame.height,
        });
      pos += 2;
      restarts++;
      pred.fill(0);
    }
  }
  for (const s of scan) s.component.covered = true;
  // Only padding may follow the last block: the rest of its byte, and at most one whole byte of 1-bits (stuffed as
  // 0xFF 0x00; jpeg-js writes one when the data ends on a byte boundary). Then a marker.
  if (pos + 2 < b.length && b[pos] === 0xff && b[pos + 1] === 0x00 && b[pos + 2] === 0xff) pos += 2;
  if (pos + 1 >= b.length) throw bad('err.jpeg.cut.afterData');
  if (b[pos] !== 0xff || b[pos + 1] === 0x00) throw bad('err.jpeg.afterLastBlock', { byte: pos + 1 });
  return pos;
}

/**
 * The JPEG without its APP2 ICC_PROFILE segments (the same bytes when it has none). Call after `checkJpeg`: the
 * segments before the first scan are known to be well formed.
 */
export function withoutColourProfile(b: Uint8Array): Uint8Array {
  const keep: Uint8Array[] = [b.subarray(0, 2)];
  let at = 2;
  let from = 2;
  let dropped = false;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const m = b[at + 1];
    if (m === 0xff) {
      at++;
      continue;
    }
    if (m === 0xda || m === 0xd9) break;
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      at += 2;
      continue;
    }
    const end = at + 2 + ((b[at + 2] << 8) | b[at + 3]);
    if (m === 0xe2 && String.fromCharCode(...b.subarray(at + 4, at + 16)) === 'ICC_PROFILE\u0000') {
      keep.push(b.subarray(from, at));
      from = end;
      dropped = true;
    }
    at = end;
  }
  if (!dropped) return b;
  keep.push(b.subarray(from));
  return Buffer.concat(keep);
}
