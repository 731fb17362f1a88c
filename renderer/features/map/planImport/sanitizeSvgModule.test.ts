// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

/**
 * The sanitiser, loaded by the test that uses it: the module builds its tables as it
 * loads, and a mistake that throws there fails this test instead of only the file's
 * collection, which a mutation run does not count as a failing test.
 */
const loadSanitizer = async () => (await import('./sanitizeSvg')).sanitizeSvg;

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;

describe('sanitizeSvg as a module', () => {
  it('loads, and reports an animation as a script', async () => {
    const sanitizeSvg = await loadSanitizer();
    expect(sanitizeSvg(svg('<rect width="5"><animate attributeName="width" to="9"/></rect>'))).toEqual({
      ok: true,
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="5"/></svg>',
      width: 10,
      height: 10,
      removed: ['scripts'],
    });
  });
});
