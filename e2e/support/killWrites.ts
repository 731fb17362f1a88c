import { expect } from '@playwright/test';
import { entranceStates, type EntranceState } from '../../shared/domain/entranceValues';
import { zhCN } from '../../renderer/i18n/zh-CN';
import type { CordonApp } from '../pages/CordonApp';

/** A change made through the UI, as the spec remembers it to find it in the store after a kill. */
export type Change =
  | { kind: 'entrance'; name: string; to: EntranceState }
  | { kind: 'log'; text: string }
  | { kind: 'check-in'; person: string; post: string; checkedIn: boolean }
  | { kind: 'import'; fileName: string; names: readonly string[] };

/**
 * One write, made ready on its screen: `save` is the click that asks for it (resolving once
 * the click is dispatched, not once it is saved), `shown` resolves once the screen shows it
 * saved, as a person would take it to be.
 */
export interface Write {
  readonly change: Change;
  save(): Promise<void>;
  shown(): Promise<void>;
}

/** Picks among `n` choices: the spec's seeded generator, so a run can be replayed. */
export type Pick = (n: number) => number;

const stateLabel = (state: EntranceState) => zhCN[`entranceState.${state}`];

/** Opens an area from the navigation, unless its screen is the one showing: two writes in a row there need one visit. */
async function visit(app: CordonApp, label: string, path: string): Promise<void> {
  if (new URL(app.page.url()).hash === `#${path}`) return;
  await app.goTo(label);
}

/** The entrances screen: an entrance put in a state other than the one it shows, sometimes with a reason. */
export async function entranceWrite(app: CordonApp, pick: Pick, tag: string): Promise<Write> {
  const { page } = app;
  await visit(app, '出入口', '/entrances');
  const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: '改状态' }) });
  await expect(rows).toHaveCount(6);
  const row = rows.nth(pick(6));
  const name = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
  const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  const from = entranceStates.find((s) => cells.includes(stateLabel(s)));
  if (!from) throw new Error(`the entrances screen shows no state for ${name}: ${cells.join(' | ')}`);
  const others = entranceStates.filter((s) => s !== from);
  const to = others[pick(others.length)] ?? 'sealed';
  await row.getByRole('button', { name: '改状态' }).click();
  const dialog = page.getByRole('dialog', { name: `更改「${name}」的状态` });
  await expect(dialog).toBeVisible();
  if (pick(2) === 0) await dialog.getByLabel('原因（可选）').fill(`演练 ${tag}`);
  const choice = dialog.getByRole('group', { name: '新状态' }).getByRole('button', { name: stateLabel(to) });
  return {
    change: { kind: 'entrance', name, to },
    save: () => choice.click(),
    shown: async () => {
      await expect(dialog).toBeHidden();
      await expect(row.getByRole('cell').filter({ hasText: new RegExp(`^${stateLabel(to)}$`) })).toHaveCount(1);
    },
  };
}

/** The activity log: a line typed and entered. */
export async function logWrite(app: CordonApp, tag: string): Promise<Write> {
  const { page } = app;
  await visit(app, '日志', '/log');
  const form = page.getByRole('form', { name: '记一条日志' });
  const text = `演练记录 ${tag}：东侧围挡巡查正常`;
  await form.getByLabel('内容').fill(text);
  return {
    change: { kind: 'log', text },
    save: () => form.getByRole('button', { name: '记入日志' }).click(),
    shown: async () => {
      await expect(page.getByRole('tabpanel').getByRole('article', { name: text })).toBeVisible();
    },
  };
}

/** On duty now (排班 → 当班): someone checked in has the check-in taken back, someone not yet in is checked in. */
export async function checkInWrite(app: CordonApp, pick: Pick): Promise<Write> {
  const { page } = app;
  await visit(app, '排班', '/shifts');
  await page.getByRole('tab', { name: '当班' }).click();
  const posts = page.getByTestId('duty-post');
  await expect(posts).toHaveCount(6);
  const post = posts.nth(pick(6));
  const postName = ((await post.getByRole('heading').textContent()) ?? '').trim();
  const people = post.getByTestId('duty-person');
  const count = await people.count();
  if (count === 0) throw new Error(`nobody on duty at ${postName}`);
  const row = people.nth(pick(count));
  const person = (await row.getAttribute('aria-label')) ?? '';
  const undo = row.getByRole('button', { name: '撤销签到', exact: true });
  const checkedIn = !(await undo.isVisible());
  const button = checkedIn ? row.getByRole('button', { name: '签到', exact: true }) : undo;
  await expect(button).toBeEnabled();
  return {
    change: { kind: 'check-in', person, post: postName, checkedIn },
    save: () => button.click(),
    shown: async () => {
      if (checkedIn) await expect(row).toContainText(/已签到|迟到/);
      else await expect(row).toContainText('未签到');
    },
  };
}

/** 排班 → 人员 → 导入名单…: a small CSV of new people, chosen, checked and imported. */
export async function importWrite(
  app: CordonApp,
  fileName: string,
  names: readonly string[],
  firstPhone: number,
): Promise<Write> {
  const { page } = app;
  await visit(app, '排班', '/shifts');
  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('button', { name: '导入名单…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入人员名单' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '选择文件…' }).click();
  const csv = ['姓名,手机,单位', ...names.map((n, i) => `${n},139${String(firstPhone + i).padStart(8, '0')},志愿者`)];
  await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv.join('\r\n')) });
  await expect(dialog.getByTestId('people-io-summary')).toHaveText(`可导入 ${names.length} 人，有问题 0 行。`);
  const confirm = dialog.getByRole('button', { name: `导入 ${names.length} 人`, exact: true });
  return {
    change: { kind: 'import', fileName, names },
    save: () => confirm.click(),
    shown: async () => {
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('people-io-status')).toHaveText(
        `已导入 ${names.length} 人，新建工作组 0 个，跳过 0 行。`,
      );
    },
  };
}
