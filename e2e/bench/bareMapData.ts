import type { Entrance, PerimeterWork, Plan } from '../../shared/domain';
import type { SiteDataset } from '../../shared/demo/dataset';

/** What the bare map page draws: the features of one site, as the bench writes them for it. */
export interface BareMapData {
  plan: Exclude<Plan, { kind: 'image' }>;
  entrances: Pick<Entrance, 'number' | 'name' | 'state' | 'position'>[];
  posts: { name: string; position: { x: number; y: number } }[];
  works: Pick<PerimeterWork, 'kind' | 'state' | 'label' | 'geometry'>[];
  checkpoints: { order: number; name: string; position: { x: number; y: number } }[];
}

/** How many of each marker the map shows once every feature is on, for the ready check. */
export interface MapCounts {
  entrances: number;
  posts: number;
  symbols: number;
  checkpoints: number;
}

export function bareMapData(data: SiteDataset): BareMapData {
  const site = data.sites[0];
  if (!site || site.plan.kind === 'image') throw new Error('dataset has no drawn plan');
  return {
    plan: site.plan,
    entrances: data.entrances.map(({ number, name, state, position }) => ({ number, name, state, position })),
    posts: data.posts.map(({ name, position }) => ({ name, position })),
    works: data.perimeterWorks.map(({ kind, state, label, geometry }) => ({ kind, state, label, geometry })),
    checkpoints: data.checkpoints.map(({ order, name, position }) => ({ order, name, position })),
  };
}

export function mapCounts(data: BareMapData): MapCounts {
  return {
    entrances: data.entrances.length,
    posts: data.posts.length,
    symbols: data.works.filter((w) => w.geometry.type === 'point').length,
    checkpoints: data.checkpoints.length,
  };
}
