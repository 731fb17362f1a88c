import { MAX_IMPORT_BYTES, refuse, type PeopleFile } from './peopleFile';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';

export { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, type FileRefusal, type PeopleFile, type Refused } from './peopleFile';

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an .xls of Excel 97–2003, whatever it is named. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

/**
 * A people file read as a table, or why it cannot be: what the bytes are decides, not the
 * name, so a PDF renamed .xlsx is refused for what it is. Nothing is written here, and
 * nothing is thrown: a reader that fails on a file it did not expect refuses it.
 */
export async function readPeopleFile(name: string, data: Uint8Array): Promise<PeopleFile> {
  if (data.byteLength === 0) return refuse('empty');
  if (data.byteLength > MAX_IMPORT_BYTES) return refuse('too-large');
  if (startsWith(data, ZIP)) return readSafely(() => readXlsx(data));
  if (startsWith(data, OLE)) return refuse('xls');
  if (/\.xlsx$/i.test(name)) return refuse('not-xlsx');
  // Text has no NUL bytes; a PDF, an image or a program does (a PDF within its first kilobytes).
  if (data.subarray(0, 8192).includes(0) || startsWith(data, PDF)) return refuse('unsupported');
  return readSafely(() => readCsv(data));
}

async function readSafely(read: () => Promise<PeopleFile>): Promise<PeopleFile> {
  try {
    return await read();
  } catch {
    return refuse('unreadable');
  }
}
