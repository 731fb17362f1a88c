/**
 * After `stryker run`: the score of every mutated file against the bar, and each
 * surviving mutant. Exits 1 when a file is under the bar. docs/testing.md says what to
 * do with a survivor: kill it with a test, or list it there as equivalent.
 */
import { readFileSync } from 'node:fs';
import { filesBelow, scoresByFile, type MutationReport } from './mutationScores';

const BAR = 90;
const reportPath = process.argv[2] ?? 'out/mutation/mutation.json';
// The report is Stryker's own, in the mutation-testing report schema.
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as MutationReport;
const scores = scoresByFile(report);

const width = Math.max(...scores.map((s) => s.file.length));
console.log(`\nMutation score per file (bar ${String(BAR)} %):`);
for (const s of scores) {
  const score = s.score === null ? '   n/a' : `${s.score.toFixed(1).padStart(5)} %`;
  const mark = s.score !== null && s.score < BAR ? '  ← under the bar' : '';
  console.log(
    `  ${s.file.padEnd(width)}  ${score}  (${String(s.detected)} caught, ${String(s.undetected)} not)${mark}`,
  );
}
const withSurvivors = scores.filter((s) => s.survivors.length > 0);
if (withSurvivors.length > 0) console.log('\nMutants no test caught (equivalent ones are listed in docs/testing.md):');
for (const s of withSurvivors) {
  console.log(`  ${s.file}`);
  for (const m of s.survivors) console.log(`    ${m}`);
}
const under = filesBelow(scores, BAR);
if (under.length > 0) {
  console.log(`\n${String(under.length)} file(s) under ${String(BAR)} %.`);
  process.exit(1);
}
console.log(`\nEvery file at ${String(BAR)} % or more.`);
