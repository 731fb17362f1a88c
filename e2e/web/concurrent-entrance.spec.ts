import { expect, test, type Locator, type Page } from '@playwright/test';
import { CordonApp, type Lang } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

/**
 * Two windows of the app on one laptop (the operator's and a second one, here two pages
 * of one browser context, which share the store) with the state dialog of the same
 * doorway open. The second window's dialog was opened on the doorway sealed: once the
 * first window opens it, choosing in the second must not silently undo that, and it says
 * so before anything is chosen.
 */
const AT = new Date('2026-11-28T10:14:00+08:00');

const w = {
  'zh-CN': {
    entrances: '出入口',
    dialog: '更改「沿街门洞3」的状态',
    emergency: '仅限应急',
    reload: '重新载入',
    notice: '沿街门洞3 已在另一窗口被 陈静 于 10:14 改为 管控开放（打开时为 封闭）。请重新载入后再选择。',
    auditSubject: '出入口 · 沿街门洞3',
    opened: '封闭 → 管控开放',
    thenEmergency: '管控开放 → 仅限应急',
    overwritten: '封闭 → 仅限应急',
  },
  en: {
    entrances: 'Entrances',
    dialog: 'Change the state of “Street doorway 3”',
    emergency: 'Emergency use only',
    reload: 'Reload',
    notice:
      'Street doorway 3 was changed to Controlled open in another window by Chen Jing at 10:14 (it was Sealed when you opened this). Reload before choosing.',
    auditSubject: 'Street doorway 3',
    opened: 'Sealed → Controlled open',
    thenEmergency: 'Controlled open → Emergency use only',
    overwritten: 'Sealed → Emergency use only',
  },
} as const;

test.beforeEach(async ({ context }) => {
  // One clock for both windows, so the notice names a time the spec knows.
  await context.clock.setFixedTime(AT);
});

/** Doorway 3's row on the entrance list. */
function doorwayRow(app: CordonApp): Locator {
  return app.page
    .getByRole('row')
    .filter({ has: app.page.getByRole('rowheader', { name: app.w.doorway3, exact: true }) });
}

/** Opens doorway 3's state dialog from the entrance list. */
async function openDialog(app: CordonApp, lang: Lang): Promise<Locator> {
  await doorwayRow(app).getByRole('button', { name: app.w.changeState }).click();
  const dialog = app.page.getByRole('dialog', { name: w[lang].dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The operator's window signed on, and a second window of the same laptop carrying on as the same operator. */
async function twoWindows(a: Page, b: Page, lang: Lang): Promise<[CordonApp, CordonApp]> {
  const inA = new CordonApp(a);
  if (lang === 'en') await inA.openEnglishDemo('Chen Jing');
  else await inA.openOverview('陈静');
  const inB = new CordonApp(b, lang);
  await inB.open();
  await inB.continueAs(lang === 'en' ? 'Chen Jing' : '陈静');
  for (const app of [inA, inB]) await app.goTo(w[lang].entrances);
  return [inA, inB];
}

test('a state chosen in a dialog opened before another window changed the doorway is said at once, refused, and kept only after reloading: both changes stay', async ({
  context,
}) => {
  const l = w['zh-CN'];
  const [a, b] = await twoWindows(await context.newPage(), await context.newPage(), 'zh-CN');
  const inA = await openDialog(a, 'zh-CN');
  const inB = await openDialog(b, 'zh-CN');
  await expect(inB.getByRole('button', { name: a.w.sealed })).toHaveAttribute('aria-pressed', 'true');
  await expect(inB.getByRole('alert')).toHaveCount(0);

  // A opens the doorway for the ambulance.
  await inA.getByLabel(a.w.reason).fill('救护车送透析病人');
  await inA.getByRole('button', { name: a.w.controlledOpen }).click();
  await expect(inA).toBeHidden();
  await expect(doorwayRow(a)).toContainText(a.w.controlledOpen);

  // B's dialog, still open, says what changed, by whom and when, and marks the new state as current.
  const notice = inB.getByRole('alert').filter({ hasText: '另一窗口' });
  await expect(notice).toHaveText(`${l.notice}${l.reload}`);
  await expect(inB.getByRole('button', { name: b.w.controlledOpen })).toHaveAttribute('aria-pressed', 'true');
  await expect(inB.getByRole('button', { name: b.w.sealed })).toHaveAttribute('aria-pressed', 'false');
  await keepScreenshot(b.page, 'concurrent-entrance-stale-zh');

  // B chooses anyway: refused as the perimeter form's edit is, with who and when; nothing written.
  await inB.getByLabel(b.w.reason).fill('改为仅限应急通行');
  await inB.getByRole('button', { name: l.emergency }).click();
  const refusal = inB.getByRole('alert').filter({ hasText: '未保存' });
  await expect(refusal).toContainText(/未保存：打开编辑后，陈静 于 .*10:14 修改了这条记录。请重新载入/);
  await expect(inB).toBeVisible();
  // One way on from here: the refusal's reload (the notice's own is put away meanwhile).
  await expect(inB.getByRole('button', { name: l.reload })).toHaveCount(1);
  await expect(doorwayRow(a)).toContainText(a.w.controlledOpen);
  await keepScreenshot(b.page, 'concurrent-entrance-refused-zh');

  // Reloaded: the doorway as it is now is the one seen; the same choice is made on it and kept.
  await refusal.getByRole('button', { name: l.reload }).click();
  await expect(inB.getByRole('alert')).toHaveCount(0);
  await expect(inB.getByRole('button', { name: b.w.controlledOpen })).toHaveAttribute('aria-pressed', 'true');
  await expect(inB.getByLabel(b.w.reason)).toHaveValue('改为仅限应急通行');
  await inB.getByRole('button', { name: l.emergency }).click();
  await expect(inB).toBeHidden();
  for (const app of [a, b]) await expect(doorwayRow(app)).toContainText(l.emergency);

  // Both changes are in the audit trail and the activity log, one after the other; the refused one is in neither.
  const audit = await a.auditRows(l.auditSubject);
  await expect(audit).toHaveCount(2);
  await expect(audit.filter({ hasText: l.opened }).filter({ hasText: '救护车送透析病人' })).toHaveCount(1);
  await expect(audit.filter({ hasText: l.thenEmergency }).filter({ hasText: '改为仅限应急通行' })).toHaveCount(1);
  await expect(audit.filter({ hasText: l.overwritten })).toHaveCount(0);
  await b.goTo('日志');
  const log = b.page.getByRole('tabpanel').getByRole('article');
  await expect(log.filter({ hasText: `沿街门洞3 ${l.opened}，原因：救护车送透析病人，操作员 陈静` })).toHaveCount(1);
  await expect(
    log.filter({ hasText: `沿街门洞3 ${l.thenEmergency}，原因：改为仅限应急通行，操作员 陈静` }),
  ).toHaveCount(1);
  await expect(log.filter({ hasText: l.overwritten })).toHaveCount(0);
});

test('in English, the open dialog says the doorway was changed in another window; reloading from the notice keeps both changes', async ({
  context,
}) => {
  const l = w.en;
  const [a, b] = await twoWindows(await context.newPage(), await context.newPage(), 'en');
  const inA = await openDialog(a, 'en');
  const inB = await openDialog(b, 'en');

  await inA.getByRole('button', { name: a.w.controlledOpen }).click();
  await expect(inA).toBeHidden();

  const notice = inB.getByRole('alert');
  await expect(notice).toHaveText(`${l.notice}${l.reload}`);
  await expect(inB.getByRole('button', { name: b.w.controlledOpen })).toHaveAttribute('aria-pressed', 'true');
  await keepScreenshot(b.page, 'concurrent-entrance-stale-en');

  // Reloaded from the notice itself, before choosing: nothing is refused, and A's change is built on.
  await notice.getByRole('button', { name: l.reload }).click();
  await expect(inB.getByRole('alert')).toHaveCount(0);
  await inB.getByRole('button', { name: l.emergency }).click();
  await expect(inB).toBeHidden();
  for (const app of [a, b]) await expect(doorwayRow(app)).toContainText(l.emergency);

  const audit = await b.auditRows(l.auditSubject);
  await expect(audit).toHaveCount(2);
  await expect(audit.filter({ hasText: l.opened })).toHaveCount(1);
  await expect(audit.filter({ hasText: l.thenEmergency })).toHaveCount(1);
  await expect(audit.filter({ hasText: l.overwritten })).toHaveCount(0);
});
