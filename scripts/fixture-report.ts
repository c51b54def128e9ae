/** `npx tsx scripts/fixture-report.ts [-v] [--holdout]`: the compiler's scores on the test fixtures, with its mistakes when verbose. */
import { FIXTURES, HOLDOUT, fixtureFiles, report, scoreFixture } from '../tests/support/fixture-scores';

const verbose = process.argv.includes('-v');
const holdout = process.argv.includes('--holdout');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const scores = fixtureFiles(holdout ? HOLDOUT : FIXTURES)
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .map(scoreFixture);
console.log(report(scores));
if (verbose) {
  for (const s of scores) {
    console.log(`\n== ${s.file}`);
    if (s.falsePositives.length) console.log(`  wrong: ${s.falsePositives.join('; ')}`);
    if (s.missed.length) console.log(`  missed: ${s.missed.join('; ')}`);
    for (const w of s.wrongDates) console.log(`  date: ${w}`);
  }
}
