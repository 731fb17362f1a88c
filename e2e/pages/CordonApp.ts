import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'zh-CN' | 'en';

/** Visible words the specs look for, in each language, as a person reads them. */
export const words = {
  'zh-CN': {
    site: '香樟苑',
    signInTitle: '请登记值班操作员',
    startDuty: '开始值班',
    changeState: '改状态',
    controlledOpen: '管控开放',
    sealed: '封闭',
    reason: '原因（可选）',
    doorway3: '沿街门洞3',
    mainPassage: '主通道',
    audit: '审计记录',
    settings: '设置',
    home: '总览',
    switchLanguage: 'English',
    continueAs: (name: string) => `继续值班：${name}`,
    resetDemo: '重置为演示现场',
    confirm: '确定',
    backupDownloaded: '备份已下载',
    /** In sheet-number order: the doorways are 1–4, so "doorway 3" is entrance 3. */
    entrances: ['沿街门洞1', '沿街门洞2', '沿街门洞3', '沿街门洞4', '主通道', '侧门'],
  },
  en: {
    site: 'Xiangzhangyuan',
    signInTitle: 'Who is on duty?',
    startDuty: 'Start duty',
    changeState: 'Change state',
    controlledOpen: 'Controlled open',
    sealed: 'Sealed',
    reason: 'Reason (optional)',
    doorway3: 'Street doorway 3',
    mainPassage: 'Main passage',
    audit: 'Audit trail',
    settings: 'Settings',
    home: 'Overview',
    switchLanguage: '中文',
    continueAs: (name: string) => `Continue as ${name}`,
    resetDemo: 'Reset to demo site',
    confirm: 'Confirm',
    backupDownloaded: 'Backup downloaded',
    entrances: [
      'Street doorway 1',
      'Street doorway 2',
      'Street doorway 3',
      'Street doorway 4',
      'Main passage',
      'Side gate',
    ],
  },
} as const;

/** The operator's window, driven by roles, labels and visible text. */
export class CordonApp {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  get w() {
    return words[this.lang];
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(`./#${path}`);
  }

  signInDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.w.signInTitle });
  }

  /** Types a name (not in the people list) and starts duty. */
  async signInAs(name: string): Promise<void> {
    const dialog = this.signInDialog();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: this.w.startDuty }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('operator-name')).toHaveText(name);
  }

  /** After a restart: carry on as the operator the app remembers, and wait for the question to go. */
  async continueAs(name: string): Promise<void> {
    const dialog = this.signInDialog();
    await dialog.getByRole('button', { name: this.w.continueAs(name) }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the audit trail; its rows that contain every one of `texts`, newest first. */
  async auditRows(...texts: (string | RegExp)[]): Promise<Locator> {
    await this.goTo(this.w.audit);
    return texts.reduce((rows, text) => rows.filter({ hasText: text }), this.page.getByTestId('audit-row'));
  }

  /**
   * Settings → reset to the demo site, confirmed: the current site is backed up first (a
   * download, in a browser), the demo is seeded again in the screen's language, Settings
   * says where the backup went, and the overview is ready.
   */
  async resetDemoSite(): Promise<void> {
    await this.goTo(this.w.settings);
    await this.page.getByRole('button', { name: this.w.resetDemo }).click();
    await this.page
      .getByRole('dialog', { name: this.w.resetDemo })
      .getByRole('button', { name: this.w.confirm })
      .click();
    await expect(this.page.getByRole('status').filter({ hasText: this.w.backupDownloaded })).toBeVisible();
    await this.goTo(this.w.home);
    await this.waitReady();
  }

  /** Started, signed on as `operator`, on the overview once it is ready: where most specs start. */
  async openOverview(operator = '陈静'): Promise<void> {
    await this.open();
    await this.signInAs(operator);
    await this.waitReady();
  }

  /** Signed on, in English, on the demo reseeded in English (the demo is seeded in the screen's language): where English specs start. */
  async openEnglishDemo(operator = 'Chen Jing'): Promise<void> {
    await this.openOverview(operator);
    await this.switchLanguage();
    await this.resetDemoSite();
  }

  /** Started, signed on as `operator`, on the map screen: where the map specs start. */
  async openMap(operator = '陈静'): Promise<void> {
    await this.open();
    await this.signInAs(operator);
    await this.goTo('地图');
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('section.home[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
  }

  entranceTile(name: string): Locator {
    return this.page
      .getByTestId('entrance-tile')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async changeEntranceState(name: string, stateLabel: string, reason = ''): Promise<void> {
    await this.entranceTile(name).getByRole('button', { name: this.w.changeState }).click();
    const dialog = this.page.getByRole('dialog');
    if (reason) await dialog.getByLabel(this.w.reason).fill(reason);
    await dialog.getByRole('button', { name: stateLabel }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens an area from the navigation and waits until its screen (loaded on first visit) is there. */
  async goTo(label: string): Promise<void> {
    const link = this.page.getByRole('navigation').getByRole('link', { name: label, exact: true });
    const path = ((await link.getAttribute('href')) ?? '#/').replace(/^#/, '');
    await link.click();
    await expect(this.page.locator(`main [data-screen="${path}"]`)).toBeAttached();
  }

  async switchLanguage(): Promise<void> {
    // The header's switch (the sign-in question has one of its own).
    await this.page.getByRole('banner').getByRole('button', { name: this.w.switchLanguage, exact: true }).click();
    this.lang = this.lang === 'zh-CN' ? 'en' : 'zh-CN';
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.lang);
  }
}
