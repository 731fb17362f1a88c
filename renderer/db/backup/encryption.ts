import type { BackupEncryption } from '../../../shared/backup/backupHeader';
import { BackupRefusedError } from '../../../shared/backup/checkBackup';
import { fromBase64, toBase64 } from './base64';

/**
 * A passphrase turned into an AES-256 key by PBKDF2 with SHA-256, at OWASP's 2023
 * iteration count for it, then AES-GCM: WebCrypto in both hosts, no cipher of our own.
 * GCM's tag also tells a wrong passphrase from a right one.
 */
export const PBKDF2_ITERATIONS = 600_000;

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealBody(
  plain: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<{ body: Uint8Array<ArrayBuffer>; encryption: BackupEncryption }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, PBKDF2_ITERATIONS);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return {
    body: new Uint8Array(sealed),
    encryption: {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(iv),
    },
  };
}

export async function openBody(
  body: Uint8Array,
  encryption: BackupEncryption,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await keyFrom(passphrase, fromBase64(encryption.salt), encryption.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(encryption.iv) },
      key,
      body as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    throw new BackupRefusedError({ kind: 'wrong-passphrase' });
  }
}
