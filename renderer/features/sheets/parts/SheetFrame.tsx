import type { ReactNode } from 'react';
import type { SheetHeader } from '../../../../shared/print/sheetData';
import { TitleFacts } from './TitleFacts';
import { useRunningHead } from './useRunningHead';

/**
 * One printed document: its running head (in the page margins when printed, above the
 * sheet on screen), its title block (the title and the facts, unless the document draws
 * its own) and its body. `data-sheet` names the document for specs.
 */
export function SheetFrame({
  header,
  title,
  titleBlock,
  children,
}: {
  header: SheetHeader;
  title: string;
  titleBlock?: ReactNode;
  children: ReactNode;
}) {
  const head = useRunningHead(header);
  return (
    <article className="sheet" data-sheet={header.kind} aria-label={title}>
      <div className="sheet-screen-head" aria-hidden="true">
        <span>{head.topLeft}</span>
        <span>{head.topRight}</span>
      </div>
      {titleBlock ?? (
        <>
          <h1>
            {title} · {header.siteName}
          </h1>
          <TitleFacts header={header} />
        </>
      )}
      {children}
    </article>
  );
}
