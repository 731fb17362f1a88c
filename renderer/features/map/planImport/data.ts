import {
  checkpointSchema,
  entranceSchema,
  perimeterWorkSchema,
  postSchema,
  siteSchema,
  type Site,
} from '../../../../shared/domain';
import { rescaleFactor, scaleGeometry, scalePoint } from '../../../../shared/rules/planRescale';
import { runCommand } from '../../../db/command';
import type { CommandContext } from '../../../db/commandContext';
import { readEntrances, readSiteWorks } from '../../../db/queries/siteLayers';

export interface NewPlanPicture {
  blob: Blob;
  mimeType: string;
  /** Size in plan units: the picture's pixels, or the current plan's units when fitted to it. */
  width: number;
  height: number;
  metresPerUnit: number | null;
}

/**
 * Puts a new picture under the site. The picture, the site's plan and whatever has to
 * move with it change in one transaction with their audit rows, so a failure leaves
 * the old plan whole. A picture fitted to the current plan units keeps every position;
 * a plan of another size carries the entrances, posts, checkpoints and works to the
 * same relative place on it (`rescaleFactor`), so nothing is left off the picture.
 * The old picture is deleted in the same transaction; nothing else refers to it.
 * `reason` (in the operator's language) goes on the audit rows of what moved.
 */
export async function replacePlan(
  ctx: CommandContext,
  siteId: string,
  picture: NewPlanPicture,
  reason = '',
): Promise<Site> {
  return runCommand(ctx, ['sites', 'planAssets', 'entrances', 'posts', 'checkpoints', 'perimeterWorks'], async (w) => {
    const blobKey = `plan:${siteId}:${crypto.randomUUID()}`;
    await ctx.db.planAssets.put({
      key: blobKey,
      siteId,
      mimeType: picture.mimeType,
      data: picture.blob,
      createdAt: w.at,
    });
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
    if (before.plan.kind === 'image' && before.plan.blobKey !== blobKey)
      await ctx.db.planAssets.delete(before.plan.blobKey);
    const s = rescaleFactor(before.plan, after.plan);
    if (s !== 1) {
      const [entrances, posts, checkpoints, works] = await Promise.all([
        readEntrances(ctx.db, siteId),
        ctx.db.posts.where('siteId').equals(siteId).toArray(),
        ctx.db.checkpoints.where('siteId').equals(siteId).toArray(),
        readSiteWorks(ctx.db, siteId),
      ]);
      await w.updateMany(
        'entrances',
        entranceSchema,
        entrances,
        (e) => ({ position: scalePoint(e.position, s) }),
        reason,
      );
      await w.updateMany('posts', postSchema, posts, (p) => ({ position: scalePoint(p.position, s) }), reason);
      await w.updateMany(
        'checkpoints',
        checkpointSchema,
        checkpoints,
        (c) => ({ position: scalePoint(c.position, s) }),
        reason,
      );
      await w.updateMany(
        'perimeterWorks',
        perimeterWorkSchema,
        works,
        (k) => ({ geometry: scaleGeometry(k.geometry, s) }),
        reason,
      );
    }
    return after;
  });
}

/** Sets or corrects the scale of the site's plan, from a line of known length. The site schema refuses a scale that is not positive. */
export async function setPlanScale(ctx: CommandContext, siteId: string, metresPerUnit: number): Promise<Site> {
  return runCommand(ctx, ['sites'], async (w) => {
    const { after } = await w.update('sites', siteSchema, siteId, (site) => ({
      plan: { ...site.plan, metresPerUnit },
    }));
    return after;
  });
}
