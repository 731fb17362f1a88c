/** "第 {page} 页，共 {pages} 页" as the text around the two counters @page fills in. */
export function splitPageText(template: string): [before: string, middle: string, after: string] {
  const [before = '', rest = ''] = template.split('{page}');
  const [middle = '', after = ''] = rest.split('{pages}');
  return [before, middle, after];
}
