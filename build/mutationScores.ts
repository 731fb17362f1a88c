/**
 * Reads Stryker's JSON report and gives each mutated file its own score: the bar
 * (90 %) is per file, and Stryker's own threshold is over the whole run, where a large
 * well-tested file hides a small weak one.
 */

/** A mutant as the mutation-testing report schema writes it (the fields read here). */
export interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
export interface MutationReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}

export interface FileScore {
  file: string;
  detected: number;
  undetected: number;
  /** Killed or timed out over all that were tested; null when no mutant of the file could be tested. */
  score: number | null;
  survivors: string[];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Score per file, as Stryker counts it: ignored, compile and runtime errors are left out. */
export function scoresByFile(report: MutationReport): FileScore[] {
  return Object.entries(report.files)
    .map(([file, { source, mutants }]) => {
      const lines = source.split('\n');
      const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
      const undetectedMutants = mutants.filter((m) => UNDETECTED.has(m.status));
      const undetected = undetectedMutants.length;
      const tested = detected + undetected;
      return {
        file,
        detected,
        undetected,
        score: tested === 0 ? null : (100 * detected) / tested,
        survivors: undetectedMutants.map((m) => describeMutant(m, lines)),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

function describeMutant(m: ReportMutant, lines: readonly string[]): string {
  const { line } = m.location.start;
  const code = (lines[line - 1] ?? '').trim();
  const replacement = m.replacement === undefined ? '' : ` → ${m.replacement.replace(/\s+/g, ' ').slice(0, 80)}`;
  return `${String(line)} ${m.mutatorName}${replacement}\n      in: ${code.slice(0, 100)}`;
}

/** The files under the bar, which fail the run. */
export function filesBelow(scores: readonly FileScore[], bar: number): FileScore[] {
  return scores.filter((s) => s.score !== null && s.score < bar);
}
