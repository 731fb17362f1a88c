import { describe, expect, it } from 'vitest';
import { unsafeEntities } from './svgEntities';

const svg = (doctype: string, body: string) =>
  `<?xml version="1.0"?>\n<!DOCTYPE svg [${doctype}]>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;

describe('unsafeEntities', () => {
  it('lets an SVG without entities, and plain ones used a few times, through', () => {
    expect(unsafeEntities('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe(false);
    expect(unsafeEntities(svg('<!ENTITY site "香樟苑">', '<text>&site; &site;</text>'))).toBe(false);
  });

  it("lets Illustrator's namespace entities through", () => {
    const doctype =
      '<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/"><!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">';
    expect(unsafeEntities(svg(doctype, '<g xmlns:x="&ns_extend;" xmlns:i="&ns_ai;"/>'))).toBe(false);
  });

  it('lets an outside entity that is never used through: the doctype is dropped with it', () => {
    expect(unsafeEntities(svg('<!ENTITY ext SYSTEM "http://example.invalid/x">', '<rect/>'))).toBe(false);
  });

  it.each([
    ['one built from another', '<!ENTITY a "lol"><!ENTITY b "&a;&a;">', '<text>&b;</text>'],
    ['one read from a file', '<!ENTITY x SYSTEM "file:///etc/passwd">', '<text>&x;</text>'],
    ['one read from an address', "<!ENTITY x PUBLIC 'id' 'http://example.invalid/x'>", '<text>&x;</text>'],
    ['a parameter entity', '<!ENTITY % p "<!ENTITY x \'y\'>"> %p;', '<rect/>'],
    [
      'a plain one used to make megabytes',
      `<!ENTITY big "${'x'.repeat(2000)}">`,
      `<text>${'&big;'.repeat(600)}</text>`,
    ],
  ])('refuses %s', (_, doctype, body) => {
    expect(unsafeEntities(svg(doctype, body))).toBe(true);
  });
});
