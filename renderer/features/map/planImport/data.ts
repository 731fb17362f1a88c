import { siteSchema, type Site } from '../../../../shared/domain';
import { runCommand } from '../../../db/command';
import type { CommandContext } from '../../../db/commandContext';

export interface NewPlanPicture {
  blob: Blob;
  mimeType: string;
  /** Size in plan units: the picture's pixels, or the current plan's units when fitted to it. */
  width: number;
  height: number;
  metresPerUnit: number | null;
}

/**
 * Puts a new picture under the site. The picture and the site's plan change in one
 * transaction with the audit row, so a failure leaves the old plan whole. Entrances,
 * posts and works keep their plan coordinates: the new picture is of the same compound.
 * The old picture is deleted in the same transaction; nothing else refers to it.
 */
export async function replacePlan(ctx: CommandContext, siteId: string, picture: NewPlanPicture): Promise<Site> {
  return runCommand(ctx, ['sites', 'planAssets'], async (w) => {
    const blobKey = `plan:${siteId}:${crypto.randomUUID()}`;
    await ctx.db.planAssets.put({ key: blobKey, siteId, mimeType: picture.mimeType, data: picture.blob, createdAt: w.at });
    const { before, after } = await w.update('sites', siteSchema, siteId, () => ({
      plan: {
        kind: 'image' as const,
        blobKey,
        mimeType: picture.mimeType,
        width: picture.width,
        height: picture.height,
        metresPerUnit: picture.metresPerUnit,
      },
    }));
    if (before.plan.kind === 'image' && before.plan.blobKey !== blobKey) await ctx.db.planAssets.delete(before.plan.blobKey);
    return after;
  });
}

/** Sets or corrects the scale of the site's plan, from a line of known length. The site schema refuses a scale that is not positive. */
export async function setPlanScale(ctx: CommandContext, siteId: string, metresPerUnit: number): Promise<Site> {
  return runCommand(ctx, ['sites'], async (w) => {
    const { after } = await w.update('sites', siteSchema, siteId, (site) => ({ plan: { ...site.plan, metresPerUnit } }));
    return after;
  });
}
