// Lehmer's gcd in numbers/rational.ts is what keeps exact LDLᵀ and Bareiss outputs fast; checked here against Euclid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../fc-seed.js';
import fc from 'fast-check';
import { Rational, gcd } from '../../../src/engine/numbers/rational.js';

function euclid(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

test('gcd: small and edge cases', () => {
  assert.equal(gcd(0n, 0n), 0n);
  assert.equal(gcd(0n, -7n), 7n);
  assert.equal(gcd(-12n, 18n), 6n);
  assert.equal(gcd(2n ** 200n, 2n ** 130n * 3n), 2n ** 130n);
  assert.equal(gcd(2n ** 53n, 2n ** 53n), 2n ** 53n);
  assert.equal(gcd(2n ** 53n + 1n, 2n ** 53n), 1n);
  const p = 2n ** 127n - 1n; // prime
  assert.equal(gcd(p * (2n ** 89n - 1n), p * 3n ** 100n), p);
  assert.equal(gcd(10n ** 1000n, 10n ** 999n * 7n), 10n ** 999n);
});

test('gcd: consecutive Fibonacci numbers (all quotients 1, the worst case) are coprime; F(m), F(n) share F(gcd(m,n))', () => {
  const fib: bigint[] = [0n, 1n];
  for (let i = 2; i <= 1500; i++) fib.push(fib[i - 1] + fib[i - 2]);
  for (const i of [80, 81, 300, 1000, 1499]) assert.equal(gcd(fib[i + 1], fib[i]), 1n);
  assert.equal(gcd(fib[1200], fib[900]), fib[300]);
  assert.equal(gcd(fib[1001], fib[1430]), fib[143]);
});

test('gcd agrees with Euclid on random big integers with planted common factors', () => {
  const big = fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n });
  const factor = fc.oneof(fc.constant(1n), fc.bigInt({ min: 1n, max: 10n ** 60n }), fc.constant(2n ** 97n));
  fc.assert(
    fc.property(big, big, factor, (a, b, g) => {
      assert.equal(gcd(a * g, b * g), euclid(a * g, b * g));
      assert.equal(gcd(a, b * g), euclid(a, b * g));
    }),
    { numRuns: 300 },
  );
});

test('Rational stays in lowest terms with huge parts', () => {
  const a = Rational.of(3n ** 500n * 2n ** 300n, 3n ** 200n * 2n ** 400n * 5n);
  assert.equal(a.num, 3n ** 300n);
  assert.equal(a.den, 2n ** 100n * 5n);
});
