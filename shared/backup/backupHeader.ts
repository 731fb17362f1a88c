import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/common';

/** Why a backup was taken: by hand, by the schedule, or before something that deletes. */
export const backupReasons = [
  'export',
  'manual',
  'shift-change',
  'interval',
  'before-reset',
  'before-empty',
  'before-delete',
  'before-restore',
] as const;
export type BackupReason = (typeof backupReasons)[number];

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((s) => Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0) === bytes);

/** How an encrypted body was sealed: a key from the passphrase by PBKDF2, then AES-GCM. */
export const backupEncryptionSchema = z.object({
  cipher: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: base64(16),
  iv: base64(12),
});
export type BackupEncryption = z.infer<typeof backupEncryptionSchema>;

/**
 * The first line of a backup file: what it holds, readable without the passphrase and
 * without reading the body (Settings lists backups by it). The body follows the line;
 * `checksum` is the SHA-256 of the body's bytes as stored (after encryption, if any).
 */
export const backupHeaderSchema = z.object({
  format: z.literal('cordon-backup'),
  formatVersion: z.literal(1),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1).max(1000),
  site: z.object({ id: idSchema, name: z.string().max(200), timeZone: z.string().min(1).max(60) }),
  createdAt: timestampSchema,
  reason: z.enum(backupReasons),
  /** Rows per table, the audit trail and the plan pictures included. */
  counts: z.record(z.string().max(40), z.number().int().nonnegative()),
  /** From the first to the last audit row: the period the file tells of. */
  period: z.object({ from: timestampSchema, to: timestampSchema }).nullable(),
  /** The newest log entry, crossing or audit row, whichever is latest. */
  newestEntryAt: timestampSchema.nullable(),
  /** The hash of the last row of the site's audit chain. */
  chainHead: hex64.nullable(),
  bodyBytes: z.number().int().nonnegative(),
  checksum: hex64,
  encryption: backupEncryptionSchema.nullable(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The longest header line a reader looks at before refusing a file as not a backup. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** A backup's file extension. */
export const BACKUP_EXTENSION = 'cordon';
