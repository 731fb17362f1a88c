/**
 * File names the app proposes when it saves something: readable, sortable by time,
 * and safe on every file system (no path separators, no reserved characters).
 */
export function safeFileStem(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // Reserved characters, control characters and spaces, each run one dash; control
    // characters break file names on every system.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\s-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return cleaned.slice(0, 80) || 'cordon';
}

/** e.g. "香樟苑-backup-2026-11-28-1405.json" — the stamp is in the site's local time. */
export function datedFileName(stem: string, kind: string, localStamp: string, extension: string): string {
  return `${safeFileStem(stem)}-${safeFileStem(kind)}-${localStamp}.${extension.replace(/^\./, '')}`;
}
