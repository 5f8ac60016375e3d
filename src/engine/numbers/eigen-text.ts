/** Certified eigenvalue enclosures as words: what the text, the figures and their alt text show. */
import { intervalText, powerOfTenText, zeroBoundExponent } from './decimal.js';
import { Interval } from './interval.js';
import { t as tr } from '../i18n/index.js';

/**
 * One eigenvalue enclosure as text: its proved digits, `0` when known exactly, `0 < λ < 10⁻ᵏ` when only its sign is
 * known (a positive definite matrix), else `≈0 (|λ| < 10⁻ᵏ)`.
 */
export function enclosureText(iv: Interval, exactZero: boolean, digits = 4, positive = false): string {
  if (iv.isZero()) return exactZero ? '0' : '≈0';
  if (positive && iv.lo === 0n && iv.hi > 0n) {
    const t = intervalText(iv, digits);
    return t ?? tr('eigen.positiveBelow', { bound: powerOfTenText(zeroBoundExponent(iv)) });
  }
  const t = intervalText(iv, digits);
  if (t) return t;
  const s = iv.sign();
  if (s === 1 || s === -1) {
    // Of known sign, without a proved digit: its bounds.
    const lo = intervalText(Interval.point(iv.lo, iv.e), 2);
    const hi = intervalText(Interval.point(iv.hi, iv.e), 2);
    return tr('eigen.between', { lo: String(lo), hi: String(hi) });
  }
  const k = zeroBoundExponent(iv);
  return tr('eigen.approxZero', { bound: powerOfTenText(k) });
}

/** Certified eigenvalue enclosures as a list (up to 8 shown, exact zeros as 0; `positive`: a PD/PSD verdict). */
export function enclosuresText(ivs: Interval[], zeros: number, positive = false): string {
  const items = ivs.map((iv) => enclosureText(iv, zeros > 0 && iv.isZero(), 4, positive));
  const shown = items.length > 8 ? [...items.slice(0, 4), '…', ...items.slice(-3)] : items;
  return shown.join(', ');
}
