/**
 * The bundled fonts (DejaVu Sans and DejaVu Sans Mono, `assets/fonts/`), registered once under
 * our own family aliases so figures never depend on the fonts of the machine they run on.
 * This is the only module of the engine that touches the file system.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';

/** Family alias of the proportional font (DejaVu Sans, regular and bold). */
export const SANS = 'HB Sans';
/** Family alias of the monospaced font (DejaVu Sans Mono, regular and bold). */
export const MONO = 'HB Mono';

const FILES: [string, string][] = [
  ['DejaVuSans.ttf', SANS],
  ['DejaVuSans-Bold.ttf', SANS],
  ['DejaVuSansMono.ttf', MONO],
  ['DejaVuSansMono-Bold.ttf', MONO],
];

let registered = false;

/**
 * Finds `assets/fonts` by walking up from this module: the source runs from `src/engine/render/`
 * (tsx) and the compiled code from `dist/src/engine/render/`, so no fixed relative path fits both.
 */
function fontDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, 'DejaVuSans.ttf'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('assets/fonts/DejaVuSans.ttf not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Registers the bundled fonts (idempotent). Throws if a font file is missing: that is a packaging bug. */
export function ensureFonts(): void {
  if (registered) return;
  const dir = fontDirectory();
  for (const [file, alias] of FILES) {
    const key = GlobalFonts.registerFromPath(join(dir, file), alias);
    if (!key) throw new Error(`could not register font ${file}`);
  }
  registered = true;
}
