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
  constructor(readonly table: string, readonly id: string) {
    super(`${table} ${id} not found`);
    // Not 'NotFoundError': Dexie has an error of that name and replaces ours with it inside a transaction.
    this.name = 'EntityNotFoundError';
  }
}
