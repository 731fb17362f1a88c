import { expect, test, type Page } from '@playwright/test';
import { planZhCN } from '../../renderer/i18n/plan.zh-CN';
import { peopleIOZhCN } from '../../renderer/i18n/peopleIO.zh-CN';
import { importerCases, RAN_FLAG, type PeopleReason, type PlanReason } from '../../shared/testing/badFiles';
import { backupZhCN } from '../../renderer/i18n/backup.zh-CN';
import { CordonApp } from '../pages/CordonApp';
import { backupCases, type BackupReason } from '../support/backupCases';
import { expectNoProblems, runBadFiles, summary, templatePattern, type ImporterKind } from '../support/badFiles';

/**
 * The data-safety issue's "bad files" requirement: every generated malformed input of
 * every importer is refused with a message (or, when it is legitimately importable, stored
 * as inert text), none partially written, none left unanswered past 5 s. Driven through
 * each importer's own dialog, in one signed-on page; the kinds below say how.
 */

type Counts = Record<'people' | 'groups' | 'audit' | 'activityLog', number>;

/** Rows in the tables an import writes, read straight from IndexedDB. */
function count(page: Page, tables: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(new Error('cannot count'));
        };
      }),
    tables,
  );
}

/** Whether a payload in a file ever ran in the page. */
const ran = (page: Page) => page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], RAN_FLAG);

async function chooseIn(page: Page, dialog: ReturnType<Page['getByRole']>, chooseLabel: RegExp, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: chooseLabel }).click();
  const picker = await chooser;
  // What was said about the file before is gone once the choice starts.
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await picker.setFiles(path);
}

const P = peopleIOZhCN;
const peopleDialog = (page: Page) => page.getByRole('dialog', { name: P['peopleIO.dialogTitle'] });
const importButton = (page: Page) => peopleDialog(page).getByRole('button', { name: /^导入 \d+ 人/ });

const people: ImporterKind<PeopleReason> = {
  name: 'people',
  cases: importerCases.people,
  setUp: async (page) => {
    await new CordonApp(page).goTo('排班');
    await page.getByRole('tab', { name: '人员' }).click();
    await expect(page.getByRole('button', { name: P['peopleIO.import'] })).toBeVisible();
  },
  open: async (page) => {
    await page.getByRole('button', { name: P['peopleIO.import'] }).click();
    await expect(peopleDialog(page)).toBeVisible();
  },
  close: async (page) => {
    await peopleDialog(page).getByRole('button', { name: P['peopleIO.cancel'] }).click();
    await expect(peopleDialog(page)).toBeHidden();
  },
  choose: (page, _file, path) => chooseIn(page, peopleDialog(page), /^(选择文件…|换一个文件…)$/, path),
  answered: (page, file, timeout) =>
    peopleDialog(page)
      .getByRole('alert')
      .or(peopleDialog(page).getByTestId('people-io-chosen').filter({ hasText: file.fileName }))
      .first()
      .waitFor({ timeout }),
  refusal: async (page, file) => {
    const dialog = peopleDialog(page);
    const alert = dialog.getByRole('alert');
    if ((await alert.count()) > 0) {
      await expect(importButton(page)).toBeDisabled();
      return alert.innerText();
    }
    // The file was read: refused here means the person is offered nothing to import.
    if (await importButton(page).isEnabled()) return null;
    const noName = dialog.getByText(P['peopleIO.noNameColumn']);
    if (file.reason === 'no-name-column' && (await noName.isVisible())) return noName.innerText();
    return dialog.getByTestId('people-io-summary').innerText();
  },
  message: (reason) => {
    if (reason === 'no-name-column') return P['peopleIO.noNameColumn'];
    if (reason === 'no-good-rows') return templatePattern(P['peopleIO.summary'].replace('{good}', '0'));
    return templatePattern(P[`peopleIO.error.${reason}`]);
  },
  written: (page) => count(page, ['people', 'groups', 'audit', 'activityLog']),
  accept: async (page, file, before) => {
    const dialog = peopleDialog(page);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByTestId('people-io-summary')).toHaveText(new RegExp(`^可导入 ${file.adds} 人，`));
    await importButton(page).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('people-io-status')).toHaveText(new RegExp(`^已导入 ${file.adds} 人，`));
    const was = before as Counts;
    const now = (await count(page, ['people', 'groups', 'audit', 'activityLog'])) as Counts;
    // The good rows and nothing else: no group was asked for; the import is audited and logged once.
    expect({ people: now.people, groups: now.groups, activityLog: now.activityLog }).toEqual({
      people: was.people + file.adds,
      groups: was.groups,
      activityLog: was.activityLog + 1,
    });
    expect(now.audit).toBeGreaterThan(was.audit);
    const search = page.getByLabel('搜索');
    for (const text of file.shows) {
      await search.fill(text);
      await expect(page.getByRole('cell', { name: text, exact: true })).toBeVisible();
    }
    await search.fill('');
    expect(await ran(page), `${file.name}: a payload ran`).toBeUndefined();
  },
};

const L = planZhCN;
const planTitle = /^(导入平面图|更换平面图)$/;
const planDialog = (page: Page) => page.getByRole('dialog', { name: planTitle });

/** The sites' plans and the stored plan pictures' keys: all a plan import writes. */
function planState(page: Page): Promise<{ plans: string[]; assets: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ plans: string[]; assets: string[] }>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sites', 'planAssets']);
          const sites = tx.objectStore('sites').getAll();
          const assets = tx.objectStore('planAssets').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({
              plans: (sites.result as { plan: unknown }[]).map((s) => JSON.stringify(s.plan)),
              assets: assets.result.map(String).sort(),
            });
          };
          tx.onerror = () => reject(new Error('cannot read the plan'));
        };
      }),
  );
}

/** The text of the stored plan pictures that are SVG. */
function storedSvgs(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('cordon');
        open.onerror = () => reject(new Error('cannot open the store'));
        open.onsuccess = () => {
          const all = open.result.transaction('planAssets').objectStore('planAssets').getAll();
          all.onerror = () => reject(new Error('cannot read planAssets'));
          all.onsuccess = () => {
            const rows = all.result as { mimeType: string; data: Blob }[];
            const svgs = rows.filter((r) => r.mimeType === 'image/svg+xml');
            open.result.close();
            Promise.all(svgs.map((r) => r.data.text())).then(resolve, reject);
          };
        };
      }),
  );
}

/** What must never be in a stored plan: anything that runs, loads from outside or expands. */
const ACTIVE =
  /<script|javascript:|\son[a-z]+\s*=|example\.invalid|file:|<!ENTITY|xml-stylesheet|@import|<foreignObject/i;

const plan: ImporterKind<PlanReason> = {
  name: 'plan',
  cases: importerCases.plan,
  setUp: async (page) => {
    await new CordonApp(page).goTo('地图');
    await expect(page.getByRole('button', { name: planTitle })).toBeVisible();
  },
  open: async (page) => {
    await page.getByRole('button', { name: planTitle }).click();
    await expect(planDialog(page)).toBeVisible();
  },
  close: async (page) => {
    await planDialog(page).getByRole('button', { name: L['plan.cancel'] }).click();
    await expect(planDialog(page)).toBeHidden();
  },
  choose: (page, _file, path) => chooseIn(page, planDialog(page), /^(选择文件…|换一个文件…)$/, path),
  answered: (page, file, timeout) =>
    planDialog(page)
      .getByRole('alert')
      .or(planDialog(page).getByTestId('plan-chosen').filter({ hasText: file.fileName }))
      .first()
      .waitFor({ timeout }),
  refusal: async (page) => {
    const dialog = planDialog(page);
    const alert = dialog.getByRole('alert');
    if ((await alert.count()) === 0) return null;
    // Nothing left to save: no earlier picture stays behind the message.
    await expect(dialog.getByRole('button', { name: L['plan.save'] })).toBeDisabled();
    await expect(dialog.getByTestId('plan-preview')).toHaveCount(0);
    return alert.innerText();
  },
  message: (reason) => templatePattern(L[`plan.error.${reason}`]),
  written: planState,
  accept: async (page, file, before) => {
    const dialog = planDialog(page);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByText(L['plan.sanitized'])).toHaveCount(file.cleaned ? 1 : 0);
    await dialog.getByRole('button', { name: L['plan.save'] }).click();
    await expect(dialog).toBeHidden();
    const after = await planState(page);
    expect(after.plans, `${file.name}: the plan was not replaced`).not.toEqual((before as typeof after).plans);
    // The old picture goes with the plan it belonged to.
    expect(after.assets).toHaveLength((before as typeof after).assets.length || 1);
    for (const svg of await storedSvgs(page))
      expect(svg, `${file.name}: stored with active content`).not.toMatch(ACTIVE);
    expect(await ran(page), `${file.name}: a payload ran`).toBeUndefined();
  },
};

const B = backupZhCN;
const restoreDialog = (page: Page) => page.getByRole('dialog', { name: B['backup.restoreTitle'] });
/** Every table a restore could write, by its count of rows. */
const restoreTables = [
  'sites',
  'entrances',
  'posts',
  'people',
  'groups',
  'shifts',
  'assignments',
  'audit',
  'activityLog',
  'planAssets',
  'settings',
];

const backup: ImporterKind<BackupReason> = {
  name: 'backup',
  cases: backupCases,
  setUp: async (page) => {
    await new CordonApp(page).goTo('设置');
    await expect(page.getByRole('button', { name: B['backup.restore'] })).toBeVisible();
  },
  // The file chooser opens from Settings itself; the dialog shows what came of the file.
  open: async () => undefined,
  close: async (page) => {
    if (await restoreDialog(page).isVisible())
      await restoreDialog(page).getByRole('button', { name: B['backup.close'] }).click();
    await expect(restoreDialog(page)).toBeHidden();
  },
  choose: async (page, _file, path) => {
    if (await restoreDialog(page).isVisible())
      await restoreDialog(page).getByRole('button', { name: B['backup.close'] }).click();
    await expect(restoreDialog(page)).toBeHidden();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: B['backup.restore'] }).click();
    await (await chooser).setFiles(path);
  },
  answered: (page, _file, timeout) =>
    restoreDialog(page)
      .getByRole('alert')
      .or(restoreDialog(page).getByRole('button', { name: B['backup.restoreAsNew'] }))
      .first()
      .waitFor({ timeout }),
  refusal: async (page) => {
    const dialog = restoreDialog(page);
    if ((await dialog.getByRole('alert').count()) === 0) return null;
    // Nothing is offered to restore beside the refusal.
    await expect(dialog.getByRole('button', { name: B['backup.restoreAsNew'] })).toHaveCount(0);
    return dialog.getByRole('alert').innerText();
  },
  message: (reason) => templatePattern(`${B[`backup.problem.${reason}`]} ${B['backup.nothingWritten']}`),
  written: (page) => count(page, restoreTables),
  accept: () => Promise.reject(new Error('every bad backup is refused')),
};

// The trace would hold every file fed, megabytes each, many times over.
test.use({ trace: 'off' });

test('every bad file is refused with a message in Chinese, or stored as inert text; nothing partly written, none unanswered past 5 s', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new CordonApp(page);
  await app.openOverview();
  const results = await runBadFiles(page, [people, plan, backup], async () => {
    await page.reload();
    await app.continueAs('陈静');
  });
  console.log(summary(results));
  expectNoProblems(results);
  expect(errors, 'uncaught errors in the page').toEqual([]);
});
