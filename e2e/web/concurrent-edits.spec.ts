import { expect, test, type Page } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';
import { keepScreenshot } from '../support/screenshots';

/**
 * Two windows of the app on one laptop (the operator's and a second one opened on the
 * same screen) share one store. An edit form holds what it read when it opened: saving it
 * over a change saved since in the other window would silently undo that change.
 */
const NETTING = '东墙防护网加高一层';

async function openPerimeterIn(page: Page, operator: string): Promise<CordonApp> {
  const app = new CordonApp(page);
  await app.open();
  await app.signInAs(operator);
  await app.goTo('围挡工程');
  await expect(page.locator('section.perimeter[data-ready="true"]')).toBeVisible();
  return app;
}

async function editNetting(page: Page) {
  await page.getByTestId('upgrade-row').filter({ hasText: NETTING }).getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: /编辑/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('an edit saved over a change made since in another window is refused, naming who and when; reloading keeps both changes', async ({
  context,
}) => {
  const a = await openPerimeterIn(await context.newPage(), '陈静');
  const b = await openPerimeterIn(await context.newPage(), '王伟');
  // Both open the same item to edit.
  const inA = await editNetting(a.page);
  const inB = await editNetting(b.page);

  // A saves a new title first.
  await inA.getByLabel('项目名称').fill('东墙防护网加高一层（南段）');
  await inA.getByRole('button', { name: '保存' }).click();
  await expect(inA).toBeHidden();

  // B, still on the item as it was, saves a new description: refused, nothing written.
  await inB.getByLabel('说明').fill('南段立柱已加固');
  await inB.getByRole('button', { name: '保存' }).click();
  const refusal = inB.getByRole('alert');
  // The operator on duty is the laptop's: 王伟 signed on last, in B, and A's save was his.
  await expect(refusal).toContainText(/未保存：打开编辑后，王伟 于 .*\d{1,2}:\d{2}.* 修改了这条记录/);
  await keepScreenshot(b.page, 'concurrent-edit-refused-zh');
  await expect(b.page.getByTestId('upgrade-row').filter({ hasText: '东墙防护网加高一层（南段）' })).toHaveCount(1);

  // Reload: the form now holds A's title; B's description is typed again and saved.
  await refusal.getByRole('button', { name: '重新载入' }).click();
  await expect(inB.getByLabel('项目名称')).toHaveValue('东墙防护网加高一层（南段）');
  await expect(inB.getByLabel('说明')).not.toHaveValue('南段立柱已加固');
  await inB.getByLabel('说明').fill('南段立柱已加固');
  await inB.getByRole('button', { name: '保存' }).click();
  await expect(inB).toBeHidden();

  // Both changes are kept, in both windows, and audited one after the other.
  for (const page of [a.page, b.page]) {
    const row = page.getByTestId('upgrade-row').filter({ hasText: '东墙防护网加高一层（南段）' });
    await expect(row).toHaveCount(1);
    const dialog = await (async () => {
      await row.getByRole('button', { name: '编辑' }).click();
      return page.getByRole('dialog', { name: /编辑/ });
    })();
    await expect(dialog.getByLabel('说明')).toHaveValue('南段立柱已加固');
    await dialog.getByRole('button', { name: '取消' }).click();
  }
  const rows = await a.auditRows('东墙防护网加高一层（南段）');
  await expect(rows).toHaveCount(2);
});

test('in English, the refusal says who changed the record and offers to reload', async ({ context }) => {
  const a = new CordonApp(await context.newPage());
  await a.openEnglishDemo('Chen Jing');
  const b = new CordonApp(await context.newPage(), 'en');
  await b.open();
  await b.continueAs('Chen Jing');
  for (const app of [a, b]) {
    await app.goTo('Perimeter works');
    await expect(app.page.locator('section.perimeter[data-ready="true"]')).toBeVisible();
  }
  const open = async (page: Page) => {
    await page
      .getByTestId('upgrade-row')
      .filter({ hasText: 'Netting raised a level on the east wall' })
      .getByRole('button', { name: 'Edit' })
      .click();
    return page.getByRole('dialog', { name: /Edit/ });
  };
  const inA = await open(a.page);
  const inB = await open(b.page);
  await inA.getByLabel('Responsible').fill('Logistics team 2');
  await inA.getByRole('button', { name: 'Save' }).click();
  await expect(inA).toBeHidden();
  await inB.getByLabel('Notes').fill('South posts fixed');
  await inB.getByRole('button', { name: 'Save' }).click();
  const refusal = inB.getByRole('alert');
  await expect(refusal).toContainText(
    /Not saved: Chen Jing changed this record at .*\d{1,2}:\d{2}.*, after you opened it/,
  );
  await keepScreenshot(b.page, 'concurrent-edit-refused-en');
  await refusal.getByRole('button', { name: 'Reload' }).click();
  await expect(inB.getByLabel('Responsible')).toHaveValue('Logistics team 2');
});
