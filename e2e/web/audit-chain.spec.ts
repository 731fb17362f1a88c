import { expect, test, type Page } from '@playwright/test';
import { siteChain } from '../support/auditFacts';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

/**
 * The audit screen checks the trail's hash chains when asked: the site's chain is whole
 * after ordinary work; an audit row changed behind the app's back (straight in IndexedDB,
 * as someone with the laptop's files could) is found, named by its place on the chain,
 * its time, who and what, and why it no longer holds, and the list takes the operator to it.
 */
const w = {
  'zh-CN': {
    operator: '陈静',
    forger: '李四',
    verify: '校验审计记录链',
    show: '在列表中显示这一条',
    breaksHere: '审计记录链在此断开',
    whole: (site: string, count: string, head: string) =>
      `审计记录链完整：现场“${site}” 共 ${count} 条，链首 ${head}…。`,
    broken: (site: string, index: string, time: string, operator: string, what: string) =>
      `审计记录链在 现场“${site}” 断开：第 ${index} 条（${time}，${operator}，${what}）内容与记录时不符（记录被改动过）。`,
    what: '修改 出入口 · 沿街门洞3',
    locale: 'zh-CN',
  },
  en: {
    operator: 'Chen Jing',
    forger: 'Li Si',
    verify: 'Verify the audit chain',
    show: 'Show this record in the list',
    breaksHere: 'The audit chain breaks here',
    whole: (site: string, count: string, head: string) =>
      `The audit chain holds: site “${site}”, ${count} records, head ${head}….`,
    broken: (site: string, index: string, time: string, operator: string, what: string) =>
      `The audit chain of site “${site}” breaks at record ${index} (${time}, ${operator}, ${what}): its content is not what was recorded (the record was changed).`,
    what: 'Changed Entrance · Street doorway 3',
    locale: 'en-GB',
  },
} as const;

/** Puts an audit row back with another operator, as a hand at the store's files would. */
async function forgeOperator(page: Page, seq: number, operator: string): Promise<void> {
  await page.evaluate(
    async ({ seq, operator }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('cordon');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      try {
        const tx = db.transaction('audit', 'readwrite');
        const store = tx.objectStore('audit');
        const row = await new Promise<Record<string, unknown>>((resolve, reject) => {
          const req = store.get(seq);
          req.onsuccess = () => resolve(req.result as Record<string, unknown>);
          req.onerror = () => reject(req.error ?? new Error('read failed'));
        });
        store.put({ ...row, operator });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        });
      } finally {
        db.close();
      }
    },
    { seq, operator },
  );
}

/** A moment as the audit screen shows it, formatted by the page's own Intl in the site's zone. */
function shownTime(page: Page, at: number, locale: string): Promise<string> {
  return page.evaluate(
    ({ at, locale }) =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(at),
    { at, locale },
  );
}

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Lang[]) {
  test(`${lang}: verifying the audit chain finds it whole, then finds the row changed behind the app's back`, async ({
    page,
  }) => {
    const l = w[lang];
    const app = new CordonApp(page);
    if (lang === 'en') await app.openEnglishDemo(l.operator);
    else await app.openOverview(l.operator);
    await app.changeEntranceState(app.w.doorway3, app.w.controlledOpen);

    await app.goTo(app.w.audit);
    const main = page.getByRole('main');
    await main.getByRole('button', { name: l.verify }).click();
    const chain = await siteChain(page);
    const head = chain.rows.at(-1)?.hash ?? '';
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    const count = new Intl.NumberFormat(l.locale).format(chain.rows.length);
    await expect(main.getByRole('status')).toContainText(l.whole(app.w.site, count, head.slice(0, 16)));
    await expect(main.getByRole('alert')).toHaveCount(0);
    await keepScreenshot(page, `audit-chain-whole-${lang}`);

    // The doorway's change, its operator changed in the store.
    const changed = chain.rows.findLast((r) => r.table === 'entrances' && r.action === 'update');
    if (!changed) throw new Error('the doorway change is not on the chain');
    await forgeOperator(page, changed.seq, l.forger);
    const index = chain.rows.indexOf(changed) + 1;

    await main.getByRole('button', { name: l.verify }).click();
    const time = await shownTime(page, changed.at, l.locale);
    const alert = main.getByRole('alert');
    await expect(alert).toContainText(l.broken(app.w.site, String(index), time, l.forger, l.what));
    await expect(main.getByRole('status')).not.toContainText(app.w.site);
    await keepScreenshot(page, `audit-chain-broken-${lang}`);

    // The list marks that row and takes the operator to it, as it now reads.
    await alert.getByRole('button', { name: l.show }).click();
    const marked = page.getByTestId('audit-row').filter({ hasText: l.breaksHere });
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText(l.forger);
    await expect(marked).toContainText(app.w.doorway3);
    await expect(marked).toBeFocused();
    await keepScreenshot(page, `audit-chain-shown-${lang}`);
  });
}
