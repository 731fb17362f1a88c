import type { ReactNode } from 'react';
import type { SheetHeader } from '../../../../shared/print/sheetData';
import type { RunningHead } from './useRunningHead';

/**
 * One printed document: its running head on screen (a printed page has it in the
 * margin instead), its title and its body. `data-sheet` names the document for specs.
 */
export function SheetFrame({
  header,
  head,
  title,
  children,
}: {
  header: SheetHeader;
  head: RunningHead;
  title: string;
  children: ReactNode;
}) {
  return (
    <article className="sheet" data-sheet={header.kind} aria-label={title}>
      <div className="sheet-screen-head" aria-hidden="true">
        <span>{head.topLeft}</span>
        <span>{head.topRight}</span>
      </div>
      {children}
    </article>
  );
}
