import { createHash } from 'node:crypto';
import { auditContent } from '../../shared/audit/auditChain';
import { CHAIN_START, canonicalJson } from '../../shared/audit/chain';
import type { BackupHeader } from '../../shared/backup/backupHeader';
import type { BackupProblem } from '../../shared/backup/checkBackup';
import { buildDemoSite } from '../../shared/demo/buildDemoSite';
import type { AuditEntry } from '../../shared/domain';
import { concat, flip, utf8 } from '../../shared/testing/badFiles/bytes';
import { randomBytes } from '../../shared/testing/badFiles/random';
import type { RefusedFile } from '../../shared/testing/badFiles/types';

/** Why the restore refuses a file: the kinds of shared/backup/checkBackup.ts. */
export type BackupReason = BackupProblem['kind'];

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

type Body = { tables: Record<string, Record<string, unknown>[]>; audit: AuditEntry[]; planAssets: unknown[] };

/** A demo site as a current-version backup body, with a short audit chain linked as the app links it. */
function demoBody(): Body {
  const now = Date.UTC(2021, 10, 28, 2, 12);
  const data = buildDemoSite({ now, language: 'zh-CN', idSalt: 'bad-backups' });
  const site = data.sites[0];
  const entrance = data.entrances[0];
  if (!site || !entrance) throw new Error('the demo has a site and entrances');
  let prevHash = CHAIN_START;
  const audit: AuditEntry[] = ['sealed', 'controlled-open', 'sealed'].map((state, i) => {
    const content: AuditEntry = {
      at: now + i * 60_000,
      operator: '陈静',
      action: 'update',
      table: 'entrances',
      entityId: entrance.id,
      siteId: site.id,
      before: { ...entrance },
      after: { ...entrance, state },
    };
    const hash = sha256(`${prevHash}\n${canonicalJson(auditContent(content))}`);
    const row = { ...content, chain: site.id, hash, prevHash };
    prevHash = hash;
    return row;
  });
  return { tables: { ...data, printedSheets: [] }, audit, planAssets: [] };
}

function counts(body: Body): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, rows] of Object.entries(body.tables)) out[name] = rows.length;
  out.audit = body.audit.length;
  out.planAssets = body.planAssets.length;
  return out;
}

/** A file of `body` with a header made for it (checksum and counts right), then `edit`ed header fields. */
function fileOf(body: Body | string, edit: Partial<Record<keyof BackupHeader, unknown>> = {}): Uint8Array {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = utf8(text);
  const parsed = typeof body === 'string' ? demoBody() : body;
  const site = parsed.tables.sites?.[0] ?? {};
  const header = {
    format: 'cordon-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: 5,
    site: { id: site.id, name: site.name, timeZone: site.timeZone },
    createdAt: Date.UTC(2021, 10, 28, 3),
    reason: 'export',
    counts: counts(parsed),
    period: null,
    newestEntryAt: null,
    chainHead: parsed.audit.at(-1)?.hash ?? null,
    bodyBytes: bytes.length,
    checksum: sha256(bytes),
    encryption: null,
    ...edit,
  };
  return concat(utf8(`${JSON.stringify(header)}\n`), bytes);
}

/** The demo body with one change made by `change` (on a fresh copy). */
function edited(change: (body: Body) => void): Body {
  const body = demoBody();
  change(body);
  return body;
}

const row = (body: Body, table: string, i = 0): Record<string, unknown> => {
  const found = body.tables[table]?.[i];
  if (!found) throw new Error(`the demo has ${table}[${i}]`);
  return found;
};

/**
 * Malformed backups for the restore: the file cut, bytes changed, the header edited, the
 * body edited with its checksum made right again (so only the checks of the rows can tell),
 * a chain row edited, other programs' files, and nothing at all. Each is refused, named by
 * the reason the person must read.
 */
export function backupCases(): RefusedFile<BackupReason>[] {
  const valid = fileOf(demoBody());
  const newline = valid.indexOf(0x0a);
  const cases: RefusedFile<BackupReason>[] = [];
  const add = (name: string, reason: BackupReason, bytes: Uint8Array) =>
    cases.push({ name, fileName: `${name}.cordon`, bytes, expect: 'refused', reason });

  add('empty', 'empty', new Uint8Array());
  add('one-byte', 'truncated', utf8('{'));
  add('newline-only', 'not-backup', utf8('\n'));
  for (const seed of [1, 2, 3, 4, 5, 6]) add(`random-${seed}`, 'not-backup', randomBytes(seed, 70_000 + seed * 1000));
  for (const seed of [7, 8])
    add(
      `random-short-${seed}`,
      'truncated',
      randomBytes(seed, 200).filter((b) => b !== 0x0a),
    );
  // Cut: inside the header line, and at points through the body.
  add('cut-in-header', 'truncated', valid.subarray(0, Math.floor(newline / 2)));
  for (const share of [0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999])
    add(
      `cut-at-${share}`,
      'truncated',
      valid.subarray(0, newline + 1 + Math.floor((valid.length - newline - 1) * share)),
    );
  add('cut-after-header', 'truncated', valid.subarray(0, newline + 1));
  // One byte changed through the body, or bytes added after it.
  for (const share of [0, 0.2, 0.4, 0.6, 0.8, 0.99])
    add(
      `byte-flipped-at-${share}`,
      'checksum',
      flip(valid, newline + 1 + Math.floor((valid.length - newline - 2) * share)),
    );
  add('trailing-bytes', 'checksum', concat(valid, utf8('\n{}')));
  // The header edited by hand.
  add('header-not-json', 'not-backup', concat(utf8('{format: cordon-backup}\n'), valid.subarray(newline + 1)));
  add('header-other-format', 'not-backup', fileOf(demoBody(), { format: 'other-backup' }));
  add('header-format-version-2', 'too-new', fileOf(demoBody(), { formatVersion: 2 }));
  add('header-schema-99', 'too-new', fileOf(demoBody(), { schemaVersion: 99 }));
  add('header-checksum-zeros', 'checksum', fileOf(demoBody(), { checksum: '0'.repeat(64) }));
  add('header-body-bytes-larger', 'truncated', fileOf(demoBody(), { bodyBytes: valid.length * 2 }));
  add('header-body-bytes-smaller', 'checksum', fileOf(demoBody(), { bodyBytes: 10 }));
  add('header-counts-wrong', 'counts-differ', fileOf(demoBody(), { counts: { ...counts(demoBody()), entrances: 7 } }));
  add(
    'header-site-other',
    'other-site',
    fileOf(demoBody(), { site: { id: 'other-site', name: 'x', timeZone: 'Asia/Shanghai' } }),
  );
  add(
    'header-site-renamed',
    'header-differs',
    fileOf(demoBody(), { site: { ...row(demoBody(), 'sites'), name: '别的小区' } }),
  );
  add('header-chain-head-other', 'header-differs', fileOf(demoBody(), { chainHead: 'f'.repeat(64) }));
  add('header-reason-unknown', 'checksum', fileOf(demoBody(), { reason: 'because' }));
  add(
    'header-encrypted-bad-salt',
    'checksum',
    fileOf(demoBody(), {
      encryption: { cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: 600000, salt: '!!', iv: 'AAAAAAAAAAAAAAAA' },
    }),
  );
  // Other programs' files, named as a backup.
  add('package-json', 'not-backup', utf8('{"name":"cordon","version":"1.0.0"}\n'));
  add('json-array', 'not-backup', utf8('[1,2,3]\n[]'));
  add(
    'html-page',
    'not-backup',
    utf8('<!doctype html><html><body><script>window.__badFilesRan=1</script></body></html>\n'),
  );
  add('png-named-cordon', 'not-backup', concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], randomBytes(9, 500)));
  add(
    'zip-named-cordon',
    'truncated',
    concat(
      [0x50, 0x4b, 0x03, 0x04],
      randomBytes(10, 300).filter((b) => b !== 0x0a),
    ),
  );
  add(
    'utf16-header',
    'not-backup',
    concat([0xff, 0xfe], utf8('{"format":"cordon-backup"}'.split('').join('\u0000')), [0x0a]),
  );
  add('csv-people', 'truncated', utf8('姓名,电话,单位'));
  // The body edited with the checksum made right: the checks of the rows must find it.
  add('body-not-json', 'not-backup', fileOf('{"tables": {'));
  add('body-another-apps-json', 'not-backup', fileOf('{"users":[{"name":"x"}]}'));
  add('body-table-missing', 'not-backup', fileOf(edited((b) => delete b.tables.people)));
  add('body-table-not-array', 'not-backup', fileOf(edited((b) => (b.tables.people = {} as never))));
  add('row-missing-field', 'bad-row', fileOf(edited((b) => delete row(b, 'entrances').name)));
  add('row-wrong-type', 'bad-row', fileOf(edited((b) => (row(b, 'entrances').number = 'three'))));
  add('row-state-unknown', 'bad-row', fileOf(edited((b) => (row(b, 'entrances').state = 'open-wide'))));
  add('row-name-too-long', 'bad-row', fileOf(edited((b) => (row(b, 'people').name = '张'.repeat(5000)))));
  add('row-is-null', 'bad-row', fileOf(edited((b) => (b.tables.posts = [null as never]))));
  add('row-is-string', 'bad-row', fileOf(edited((b) => (b.tables.groups = ['group' as never]))));
  add('row-negative-time', 'bad-row', fileOf(edited((b) => (row(b, 'activityLog').at = -5))));
  add(
    'row-script-kind',
    'bad-row',
    fileOf(edited((b) => (row(b, 'entrances').kind = '<script>window.__badFilesRan=1</script>'))),
  );
  add('duplicate-id', 'duplicate-id', fileOf(edited((b) => b.tables.people?.push({ ...row(b, 'people') }))));
  add('row-other-site', 'other-site', fileOf(edited((b) => (row(b, 'posts').siteId = 'another-site'))));
  add('two-sites', 'other-site', fileOf(edited((b) => b.tables.sites?.push({ ...row(b, 'sites'), id: 'second' }))));
  const site = row(demoBody(), 'sites');
  add(
    'no-site',
    'counts-differ',
    fileOf(
      edited((b) => (b.tables.sites = [])),
      { site: { id: site.id, name: site.name, timeZone: site.timeZone } },
    ),
  );
  add('assignment-to-nobody', 'broken-reference', fileOf(edited((b) => (row(b, 'assignments').personId = 'nobody'))));
  add('visit-of-no-round', 'broken-reference', fileOf(edited((b) => (row(b, 'checkpointVisits').patrolId = 'none'))));
  add('person-in-no-group', 'broken-reference', fileOf(edited((b) => (row(b, 'people').groupId = 'no-group'))));
  add('audit-row-edited', 'audit-chain', fileOf(edited((b) => b.audit[1] && (b.audit[1].operator = '李四'))));
  add('audit-row-removed', 'audit-chain', fileOf(edited((b) => b.audit.splice(1, 1))));
  add('audit-rows-swapped', 'audit-chain', fileOf(edited((b) => b.audit.reverse())));
  add('audit-row-bad', 'bad-row', fileOf(edited((b) => b.audit[0] && (b.audit[0].action = 'erase' as never))));
  add('audit-other-site', 'other-site', fileOf(edited((b) => b.audit[0] && (b.audit[0].siteId = 'other'))));
  add(
    'plan-asset-bad',
    'bad-row',
    fileOf(edited((b) => b.planAssets.push({ key: 'k', mimeType: 'text/html', data: '<p>' }))),
  );
  return cases;
}
