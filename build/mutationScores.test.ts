import { describe, expect, it } from 'vitest';
import { filesBelow, scoresByFile, type MutationReport, type ReportMutant } from './mutationScores';

const at = (line: number, status: string, mutatorName = 'EqualityOperator', replacement?: string): ReportMutant => ({
  mutatorName,
  status,
  location: { start: { line, column: 1 } },
  ...(replacement === undefined ? {} : { replacement }),
});

const report: MutationReport = {
  files: {
    'shared/rules/staffing.ts': {
      source: 'a\nlist.length < post.minStaff\nc',
      mutants: [
        at(2, 'Killed'),
        at(2, 'Timeout'),
        at(2, 'Survived', 'EqualityOperator', 'list.length <= post.minStaff'),
        at(1, 'Ignored'),
        at(1, 'CompileError'),
        at(3, 'NoCoverage', 'BlockStatement', '{}'),
      ],
    },
    'electron/ipc/registry.ts': { source: 'x', mutants: [at(1, 'Killed'), at(1, 'Killed')] },
    'shared/time/clock.ts': { source: 'x', mutants: [at(1, 'Ignored')] },
  },
};

describe('mutation scores per file', () => {
  const scores = scoresByFile(report);

  it('counts killed and timed out as detected, survived and uncovered as not, and leaves out the rest', () => {
    expect(scores.map((s) => [s.file, s.detected, s.undetected, s.score])).toEqual([
      ['electron/ipc/registry.ts', 2, 0, 100],
      ['shared/rules/staffing.ts', 2, 2, 50],
      ['shared/time/clock.ts', 0, 0, null],
    ]);
  });

  it('names each survivor by line, mutator, replacement and the code it changed', () => {
    expect(scores[1]?.survivors).toEqual([
      '2 EqualityOperator → list.length <= post.minStaff\n      in: list.length < post.minStaff',
      '3 BlockStatement → {}\n      in: c',
    ]);
  });

  it('fails the files under the bar, not those without testable mutants', () => {
    expect(filesBelow(scores, 90).map((s) => s.file)).toEqual(['shared/rules/staffing.ts']);
    expect(filesBelow(scores, 50)).toEqual([]);
  });
});
