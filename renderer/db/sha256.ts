import type { Sha256Hex } from '../../shared/audit/chain';

/** SHA-256 by WebCrypto, as 64 lowercase hex digits: the audit chain's and the backup checksum's hash. */
export const webSha256: Sha256Hex = async (text) => sha256Hex(new TextEncoder().encode(text));

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
