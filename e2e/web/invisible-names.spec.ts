import { expect, test } from '@playwright/test';
import { CordonApp } from '../pages/CordonApp';

// Three zero-width spaces: a name that looks empty but that trim() leaves as it is.
const BLANK = '\u200B\u200B\u200B';

test('signing on with a name of zero-width spaces is refused with a message; one with them inside is signed on without them', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.open();
  const dialog = app.signInDialog();
  await dialog.getByRole('textbox').fill(BLANK);
  await dialog.getByRole('button', { name: '开始值班' }).click();
  // Said as for an empty name: what shows of it is nothing.
  await expect(dialog.getByRole('alert')).toHaveText('请选择或输入姓名。');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('operator-name')).toHaveText('未登记');

  await dialog.getByRole('textbox').fill('陈\u200B静');
  await dialog.getByRole('button', { name: '开始值班' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('operator-name')).toHaveText('陈静');
});

test('an upgrade item titled with zero-width spaces is refused beside the title and nothing is saved', async ({
  page,
}) => {
  const app = new CordonApp(page);
  await app.openOverview();
  await app.goTo('围挡工程');
  await expect(page.locator('section.perimeter[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('upgrade-row')).toHaveCount(13);

  await page.getByRole('button', { name: '添加升级项目' }).click();
  const dialog = page.getByRole('dialog', { name: '添加升级项目' });
  await dialog.getByLabel('项目名称').fill(BLANK);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写项目名称。')).toBeVisible();
  await expect(dialog.getByLabel('项目名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('upgrade-row')).toHaveCount(13);
});
