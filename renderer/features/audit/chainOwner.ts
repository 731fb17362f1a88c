import { LAPTOP_CHAIN } from '../../../shared/audit/auditChain';

/**
 * Whose a chain is, from its name: a site's (named by the site's id), this laptop's
 * (rows written before any site), or a site's rows from before a restore replaced them
 * (`<siteId>~<time of the restore>`, renderer/db/backup/siteRows.ts retireChain).
 */
export type ChainOwner =
  | { readonly kind: 'laptop' }
  | { readonly kind: 'site'; readonly siteId: string }
  | { readonly kind: 'retired'; readonly siteId: string; readonly at: number };

export function chainOwner(chain: string): ChainOwner {
  if (chain === LAPTOP_CHAIN) return { kind: 'laptop' };
  const cut = chain.lastIndexOf('~');
  const at = cut > 0 ? Number(chain.slice(cut + 1)) : Number.NaN;
  return Number.isFinite(at) && cut > 0
    ? { kind: 'retired', siteId: chain.slice(0, cut), at }
    : { kind: 'site', siteId: chain };
}
