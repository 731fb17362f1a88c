import { formatDateTime, formatNumber } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nContext';
import { auditWhat } from './changeText';
import type { CheckedChain } from './checkAuditTrail';

type Words = Pick<I18n, 't' | 'locale'>;

/** How much of a head the screen shows: enough to compare by eye; the whole is in its title. */
const SHOWN_HEX = 16;

/** A chain named in words: its site's, this laptop's, or a site's from before a restore, with when. */
export function chainName(chain: CheckedChain, { t, locale }: Words, fallbackZone: string): string {
  const name = chain.siteName ?? '';
  switch (chain.owner.kind) {
    case 'laptop':
      return t('auditChain.laptopChain');
    case 'site':
      return t('auditChain.siteChain', { name });
    case 'retired':
      return t('auditChain.retiredChain', {
        name,
        time: formatDateTime(chain.owner.at, locale, chain.timeZone ?? fallbackZone),
      });
  }
}

/**
 * A chain's report as one sentence: whole, with its count and head; or where it breaks
 * (the row's place on the chain, its time in the site's zone, who, what) and why.
 */
export function chainSentence(chain: CheckedChain, words: Words, fallbackZone: string): string {
  const { t, locale } = words;
  const { check, brokenAt } = chain.report;
  const name = chainName(chain, words, fallbackZone);
  if (check.ok)
    return t('auditChain.ok', {
      chain: name,
      count: formatNumber(check.count, locale),
      head: `${check.head.slice(0, SHOWN_HEX)}…`,
    });
  return t('auditChain.broken', {
    chain: name,
    index: formatNumber(check.index + 1, locale),
    time: brokenAt ? formatDateTime(brokenAt.at, locale, chain.timeZone ?? fallbackZone) : '—',
    operator: brokenAt ? (brokenAt.system ? t('audit.system') : brokenAt.operator) : '—',
    what: brokenAt ? auditWhat(brokenAt, t) : '—',
    reason: t(`auditChain.reason.${check.reason}`),
  });
}
