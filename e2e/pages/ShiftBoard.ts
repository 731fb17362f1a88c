import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from './CordonApp';

/** The board's words in each language, as a person reads them. */
export const boardWords = {
  'zh-CN': {
    nav: '排班',
    boardTab: '排班表',
    patternsTab: '班次与规则',
    from: '日期',
    generate: (days: number) => `为所显示的 ${days} 天生成班次`,
    add: (cell: string) => `为 ${cell} 添加人员`,
    remove: (name: string, cell: string) => `把 ${name} 从 ${cell} 移除`,
    chooseLeader: (shift: string) => `为 ${shift} 选带班`,
    pickerSearch: '查找人员',
    noProblems: '没有问题',
    posts: ['门洞1岗', '门洞2岗', '门洞3岗', '门洞4岗', '主通道岗', '侧门岗'],
    slots: ['夜班', '白班', '晚班'],
    unstaffed: (min: number) => `无人值守（最少 ${min} 人）`,
    below: (filled: number, min: number) => `人数不足：${filled}/${min}`,
    noLeader: '没有带班',
    doubleBooked: (name: string) => `${name} 同时排在`,
    shortRest: (name: string) => `${name} 与`,
    tooMany: (name: string) => `${name} 24 小时内工作`,
    reserve: (name: string) => `${name} 是预备队员：动用预备队`,
    stoodDown: (name: string) => `${name} 已撤下，仍在排班中`,
    free: '空闲，休息充足',
    filledStatus: (filled: number, min: number) => `此岗位已有 ${filled}/${min} 人`,
    elsewhere: '此时已在别处',
    peopleTab: '人员',
    search: '搜索',
    standDown: '撤下',
    notesPrevious: /^上一班留下的（\d+）$/,
    notesOwn: (n: number) => `本班的（${n}）`,
    noteText: '事项',
    addNote: '添加交班事项',
    doneBy: '陈静 于',
    minRest: '两班之间最短休息',
    saveRules: '保存规则',
    restError: '最短休息应在 0 到 24 小时之间。',
    rulesSaved: '规则已保存。',
    newCustom: '自定义',
    patternName: '模式名称',
    slotName: '第 1 班名称',
    slotStart: '第 1 班开始时间',
    slotHours: '第 1 班时长（小时）',
    save: '保存',
    makeFrom: '从哪天起',
    makeDays: '天数（1–31）',
    makeShifts: '生成班次',
    patternSelect: '班次模式',
  },
  en: {
    nav: 'Shifts',
    boardTab: 'Board',
    patternsTab: 'Patterns and rules',
    from: 'Date',
    generate: (days: number) => `Make shifts for the days shown (${days})`,
    add: (cell: string) => `Add a person to ${cell}`,
    remove: (name: string, cell: string) => `Remove ${name} from ${cell}`,
    chooseLeader: (shift: string) => `Choose the leader of ${shift}`,
    pickerSearch: 'Find a person',
    noProblems: 'No problems',
    posts: [
      'Doorway 1 post',
      'Doorway 2 post',
      'Doorway 3 post',
      'Doorway 4 post',
      'Main passage post',
      'Side gate post',
    ],
    slots: ['Night', 'Day', 'Evening'],
    unstaffed: (min: number) => `Unstaffed (minimum ${min})`,
    below: (filled: number, min: number) => `Below minimum: ${filled} of ${min}`,
    noLeader: 'has no leader',
    doubleBooked: (name: string) => `${name} is also at`,
    shortRest: (name: string) => `${name} rests only`,
    tooMany: (name: string) => `${name} works`,
    reserve: (name: string) => `${name} is in the reserve: a call-up`,
    stoodDown: (name: string) => `${name} is stood down but still assigned`,
    free: 'Free and rested',
    filledStatus: (filled: number, min: number) => `This post has ${filled} of ${min}`,
    elsewhere: 'Elsewhere at this time',
    peopleTab: 'People',
    search: 'Search',
    standDown: 'Stand down',
    notesPrevious: /^From the shift before \(\d+\)$/,
    notesOwn: (n: number) => `This shift (${n})`,
    noteText: 'Note',
    addNote: 'Add handover note',
    doneBy: 'marked done by Chen Jing',
    minRest: 'Minimum rest between shifts',
    saveRules: 'Save rules',
    restError: 'Minimum rest must be between 0 and 24 hours.',
    rulesSaved: 'Rules saved.',
    newCustom: 'Custom',
    patternName: 'Pattern name',
    slotName: 'Shift 1 name',
    slotStart: 'Shift 1 starts',
    slotHours: 'Shift 1 hours',
    save: 'Save',
    makeFrom: 'From',
    makeDays: 'Days (1–31)',
    makeShifts: 'Make shifts',
    patternSelect: 'Pattern',
  },
} as const;

/** The assignment board, driven by roles, labels and the keyboard. */
export class ShiftBoard {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  get w() {
    return boardWords[this.lang];
  }

  board(): Locator {
    return this.page.getByTestId('board');
  }

  async showDay(date: string): Promise<void> {
    await this.page.getByLabel(this.w.from, { exact: true }).fill(date);
  }

  /** The cell of a post in the shift whose label contains `shift` (e.g. "11月30日周一 白班"). */
  cell(post: string, shift: string | RegExp): Locator {
    const name = typeof shift === 'string' ? new RegExp(`^${escape(post)} · .*${escape(shift)}`) : shift;
    return this.page.getByRole('group', { name });
  }

  problems(): Locator {
    return this.page.getByRole('region', { name: /问题|problem/i }).getByRole('link');
  }

  picker(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Presses Tab until `target` has the focus: how a person reaches a control by keyboard. */
  async tabTo(target: Locator, limit = 400): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('never reached by Tab');
  }

  /** The names standing in a cell, in order. */
  async names(cell: Locator): Promise<string[]> {
    return (await cell.getByTestId('cell-person').allTextContents()).map((n) => n.trim());
  }
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function expectNoProblems(board: ShiftBoard): Promise<void> {
  await expect(board.page.getByRole('heading', { name: board.w.noProblems })).toBeVisible();
}
