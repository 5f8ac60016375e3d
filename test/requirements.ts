/**
 * Tests that need something npm does not install (Debian's Chromium today; a Postgres server
 * later). Without it they are reported as skipped, each one, with the reason, so the runner's
 * summary counts them ("skipped 9") instead of losing them. With REQUIRE_<NAME>=1 in the
 * environment, as `.ci/run` sets, a missing requirement fails them instead: CI can install it,
 * so a skip there would hide a test that never ran.
 */

export interface Requirement {
  available: boolean;
  /** The `skip` option for each test: the reason when it is missing and not required, else false. */
  skip: string | false;
  /** Throws, saying what is missing and why it is required; call it first in each test. */
  assertAvailable(): void;
}

/**
 * @param missing why the requirement is not met (e.g. `no Chromium at /usr/bin/chromium`), or null when it is
 * @param requireVariable the variable that turns the skip into a failure (`REQUIRE_BROWSER`)
 * @example
 * const browser = requirement(existsSync(path) ? null : `no Chromium at ${path}`, 'REQUIRE_BROWSER');
 * test('loads', { skip: browser.skip }, async () => { browser.assertAvailable(); … });
 */
export function requirement(missing: string | null, requireVariable: string): Requirement {
  const required = process.env[requireVariable] === '1';
  return {
    available: missing === null,
    skip: missing !== null && !required ? `${missing} (set ${requireVariable}=1 to make this a failure)` : false,
    assertAvailable() {
      if (missing !== null) throw new Error(`${missing}, and ${requireVariable}=1 requires it`);
    },
  };
}
