import { drawPlanSvg } from './planSvg';

/**
 * The drawn site plan of the demo compound, Xiangzhangyuan (香樟苑), Sanlin town:
 * twelve residential blocks inside a walled compound, the main passage in the west
 * wall, the side gate in the east wall, and the street-front row along the south edge
 * with its four doorways opening straight onto the street.
 *
 * The SVG's viewBox is the plan's own coordinate system (plan units, y downwards), so
 * entrances, posts, checkpoints and perimeter works exported here sit where the picture
 * shows them.
 */
export {
  metresPerUnit,
  planBlocks,
  planCheckpoints,
  planEntrances,
  planHeight,
  planPosts,
  planWidth,
  planWorks,
  onPlan,
  outsideCompound,
} from './planGeometry';
export type { EntranceKey, PlanBlock, PlanEntrance } from './planGeometry';

/** The name under which the plan is bundled: `site.plan = { kind: 'bundled', name }`. */
export const xiangzhangyuanPlanName = 'xiangzhangyuan';

export const xiangzhangyuanPlanSvg: string = drawPlanSvg();
