// A reporter for node's test runner, used by scripts/run-tests.mjs beside the spec reporter: it writes one JSON
// object to its destination, `{ files: { path: ms }, passed, failed, skipped }`, where a file's time is the sum of
// its top-level tests' and suites' durations (they run one after another inside the file) and the counts are those of tests
// (a suite counts only when it fails by itself: its time limit, a hook, activity after its end; a suite whose
// tests failed is already counted by them), so the runner can print the slowest files and one closing line for all its groups.
export default async function* timings(source) {
  const files = {};
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.nesting === 0 && data.file) files[data.file] = (files[data.file] ?? 0) + (data.details?.duration_ms ?? 0);
    if (data.details?.type === 'suite') {
      // CI once failed on a suite's own time limit while this line said "0 failed".
      if (event.type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') failed++;
      continue;
    }
    if (data.skip !== undefined || data.todo !== undefined) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield JSON.stringify({ files, passed, failed, skipped }) + '\n';
}
