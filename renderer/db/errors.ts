import type { MessageKey, MessageParams } from '../i18n/translate';
import type { z } from 'zod';

/** A command refused its input; `issues` say which fields, for the form to show. */
export class ValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`invalid input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

/** Every change is attributed: nothing is written until someone has said who they are. */
export class NoOperatorError extends Error {
  constructor() {
    super('no operator on duty');
    this.name = 'NoOperatorError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`${table} ${id} not found`);
    // Not 'NotFoundError': Dexie has an error of that name and replaces ours with it inside a transaction.
    this.name = 'EntityNotFoundError';
  }
}

/**
 * A command refused for a reason of the data (a number taken, records still pointing
 * at something), with the sentence to show in the user's language: `describeError`
 * turns it into text, so no screen has to know each refusal.
 */
export class RefusedError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: MessageParams,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An edit opened on a row that someone has changed since: saving it would write over
 * their change. Says who and when (from the audit trail), so the form can offer to reload.
 */
export class ChangedSinceError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    readonly by: string | null,
    readonly at: number | null,
  ) {
    super(`${table} ${id} was changed${by ? ` by ${by}` : ''} after the edit was opened`);
    this.name = 'ChangedSinceError';
  }
}

/** A restore of a site this laptop already has, as a site of its own: the ids would clash. */
export class SiteExistsError extends RefusedError {
  constructor(readonly siteName: string) {
    super('backup.siteExists', { name: siteName }, `site ${siteName} is already on this laptop`);
    this.name = 'SiteExistsError';
  }
}

/** Something that deletes a site, refused: the site is not as its backup just taken holds it. */
export class ChangedSinceBackupError extends RefusedError {
  constructor(siteName: string) {
    super('backup.changedSinceBackup', { name: siteName }, `site ${siteName} changed since its backup`);
    this.name = 'ChangedSinceBackupError';
  }
}

/** A file restored in place of the current site, of a site this laptop keeps as another one. */
export class SiteElsewhereError extends RefusedError {
  constructor(siteName: string) {
    super('backup.siteElsewhere', { name: siteName }, `site ${siteName} is on this laptop as another site`);
    this.name = 'SiteElsewhereError';
  }
}

/** The current site is replaced (reset, empty site, restore), never deleted from the list of sites. */
export class CurrentSiteError extends RefusedError {
  constructor(siteName: string) {
    super('backup.currentSite', { name: siteName }, `site ${siteName} is the current site`);
    this.name = 'CurrentSiteError';
  }
}
