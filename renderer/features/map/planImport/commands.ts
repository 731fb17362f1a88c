import {
  checkpointSchema,
  entranceSchema,
  perimeterWorkSchema,
  postSchema,
  siteSchema,
  type PerimeterWork,
  type Point,
  type Site,
} from '../../../../shared/domain';
import { rescaleFactor, scaleGeometry, scalePoint } from '../../../../shared/rules/planRescale';
import { defineCommands } from '../../../db/command';
import { readEntrances } from '../../../db/queries/entrances';
import { readSiteWorks } from '../../../db/queries/siteWorks';

export interface NewPlanPicture {
  blob: Blob;
  mimeType: string;
  /** Size in plan units: the picture's pixels, or the current plan's units when fitted to it. */
  width: number;
  height: number;
  metresPerUnit: number | null;
}

/** What the plan dialogs change: the site's plan picture and its scale. */
export const planCommands = defineCommands('plan', {
  /**
   * Puts a new picture under the site. The picture, the site's plan and whatever has to
   * move with it change in one transaction with their audit rows, so a failure leaves
   * the old plan whole. A picture fitted to the current plan units keeps every position;
   * a plan of another size carries the entrances, posts, checkpoints and works to the
   * same relative place on it (`rescaleFactor`), so nothing is left off the picture.
   * The old picture is deleted in the same transaction; nothing else refers to it.
   * `reason` (in the operator's language) goes on the audit rows of what moved.
   * `opened` is the site as the dialog showed it: a plan changed since is not replaced.
   */
  replacePlan: {
    tables: ['sites', 'planAssets', 'entrances', 'posts', 'checkpoints', 'perimeterWorks'],
    run: async (w, { opened, picture, reason = '' }: { opened: Site; picture: NewPlanPicture; reason?: string }) => {
      const siteId = opened.id;
      const blobKey = `plan:${siteId}:${crypto.randomUUID()}`;
      await w.putPlanAsset({ key: blobKey, siteId, mimeType: picture.mimeType, data: picture.blob, createdAt: w.at });
      const plan = {
        kind: 'image' as const,
        blobKey,
        mimeType: picture.mimeType,
        width: picture.width,
        height: picture.height,
        metresPerUnit: picture.metresPerUnit,
      };
      const { before, after } = await w.update('sites', siteSchema, siteId, () => ({ plan }), { expected: opened });
      if (before.plan.kind === 'image' && before.plan.blobKey !== blobKey) await w.deletePlanAsset(before.plan.blobKey);
      const s = rescaleFactor(before.plan, after.plan);
      if (s !== 1) {
        const [entrances, posts, checkpoints, works] = await Promise.all([
          readEntrances(w.db, siteId),
          w.db.posts.where('siteId').equals(siteId).toArray(),
          w.db.checkpoints.where('siteId').equals(siteId).toArray(),
          readSiteWorks(w.db, siteId),
        ]);
        const moved = (p: Point) => ({ position: scalePoint(p, s) });
        await w.updateMany('entrances', entranceSchema, entrances, (e) => moved(e.position), reason);
        await w.updateMany('posts', postSchema, posts, (p) => moved(p.position), reason);
        await w.updateMany('checkpoints', checkpointSchema, checkpoints, (c) => moved(c.position), reason);
        const reshaped = (k: PerimeterWork) => ({ geometry: scaleGeometry(k.geometry, s) });
        await w.updateMany('perimeterWorks', perimeterWorkSchema, works, reshaped, reason);
      }
      return after;
    },
  },

  /**
   * Sets or corrects the scale of the site's plan, from a line drawn on the plan as the
   * dialog showed it (`opened`): refused if the plan was changed since. The site schema
   * refuses a scale that is not positive.
   */
  setPlanScale: {
    tables: ['sites'],
    run: async (w, { opened, metresPerUnit }: { opened: Site; metresPerUnit: number }) => {
      const { after } = await w.update(
        'sites',
        siteSchema,
        opened.id,
        (site) => ({ plan: { ...site.plan, metresPerUnit } }),
        { expected: opened },
      );
      return after;
    },
  },
});
