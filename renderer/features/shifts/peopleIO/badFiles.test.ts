import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../shared/rules/peopleColumns';
import { checkImport } from '../../../../shared/rules/peopleImport';
import { importerCases, type PeopleFile } from '../../../../shared/testing/badFiles';
import { readPeopleFile } from './readPeopleFile';

/**
 * Every generated bad people file through the reader and the row check the dialog runs,
 * on an empty site: what the web spec (e2e/web/bad-files.spec.ts) sees on screen, here
 * without a browser, so a change to the reader is caught in seconds.
 */
const cases = importerCases.people();

/** What the dialog makes of the file: the reader's refusal, or the rows it offers to import. */
async function outcome(file: PeopleFile): Promise<string> {
  const read = await readPeopleFile(file.fileName, file.bytes);
  if (!read.ok) return `refused ${read.reason}`;
  const mapping = guessMapping(read.sheet.header);
  if (!mapping.includes('name')) return 'refused no-name-column';
  const check = checkImport(read.sheet, mapping, { existing: [], groupNames: [], createGroups: false });
  return check.good.length === 0 ? 'refused no-good-rows' : `accepted ${check.good.length}`;
}

describe('the bad people files', () => {
  it('are enough of them, each named once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.fileName)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s gets the answer it expects', async (_, file) => {
    const expected = file.expect === 'refused' ? `refused ${file.reason}` : `accepted ${file.adds}`;
    expect(await outcome(file)).toBe(expected);
  });
});
