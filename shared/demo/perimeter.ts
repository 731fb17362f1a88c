import type { Geometry, PerimeterWork, PerimeterWorkKind, Point, UpgradeItem, WorkState } from '../domain';
import { HOUR, type BuildContext } from './context';
import { planWorks } from './planGeometry';
import { groupText, upgradeNotes, workText, type GroupKey, type L10n } from './text';
import { hm } from './textLog';

/** A moment relative to the closure: `day` days after the closure date, at a local time. */
interface When {
  day: number;
  minute: number;
}

interface WorkSpec {
  kind: PerimeterWorkKind;
  label: L10n;
  geometry: Geometry;
  /** The state on the demo site ("live" on day two). */
  demoState: WorkState;
  /** Absent for the wall: it is there, nobody works on it. */
  upgrade?: {
    responsible: GroupKey;
    notes: L10n;
    plannedStart: When;
    plannedEnd: When;
    actualStart?: When;
    actualEnd?: When;
  };
}

const lineOf = (points: readonly Point[]): Geometry => ({ type: 'line', points: points.map((p) => ({ ...p })) });
const pointAt = (p: Point): Geometry => ({ type: 'point', at: { ...p } });
const w = (day: number, minute: number): When => ({ day, minute });

/** Every piece of perimeter work of the demo site, with its history on day one and two. */
function workSpecs(): WorkSpec[] {
  const specs: WorkSpec[] = [
    { kind: 'wall', label: workText.wall, geometry: lineOf(planWorks.wall), demoState: 'done' },
  ];
  planWorks.doorwayTape.forEach((points, i) =>
    specs.push({
      kind: 'cordon-tape',
      label: workText.tape(i + 1),
      geometry: lineOf(points),
      demoState: 'done',
      upgrade: {
        responsible: 'order',
        notes: upgradeNotes.tape,
        plannedStart: w(0, hm(1, 30)),
        plannedEnd: w(0, hm(3)),
        actualStart: w(0, hm(1, 45) + 10 * i),
        actualEnd: w(0, hm(2, 20) + 15 * i),
      },
    }),
  );
  planWorks.doorwayRails.forEach((points, i) =>
    specs.push({
      kind: 'guard-rail',
      label: workText.rail(i + 1),
      geometry: lineOf(points),
      demoState: 'done',
      upgrade: {
        responsible: 'logistics',
        notes: upgradeNotes.rail,
        plannedStart: w(0, hm(6)),
        plannedEnd: w(0, hm(10)),
        actualStart: w(0, hm(6) + 45 * i),
        actualEnd: w(0, hm(7) + 50 * i),
      },
    }),
  );
  specs.push({
    kind: 'netting',
    label: workText.netting,
    geometry: lineOf(planWorks.eastNetting),
    demoState: 'under-way',
    upgrade: {
      responsible: 'logistics',
      notes: upgradeNotes.netting,
      plannedStart: w(0, hm(16)),
      plannedEnd: w(1, hm(18)),
      actualStart: w(0, hm(16)),
    },
  });
  specs.push({
    kind: 'camera',
    label: workText.camera,
    geometry: pointAt(planWorks.sideGateCamera),
    demoState: 'planned',
    upgrade: {
      responsible: 'cityOps',
      notes: upgradeNotes.camera,
      plannedStart: w(2, hm(9)),
      plannedEnd: w(2, hm(17)),
    },
  });
  planWorks.streetLights.forEach((p, i) =>
    specs.push({
      kind: 'light',
      label: workText.light(i + 1),
      geometry: pointAt(p),
      demoState: 'planned',
      upgrade: {
        responsible: 'logistics',
        notes: upgradeNotes.light,
        plannedStart: w(2, hm(14)),
        plannedEnd: w(2, hm(20)),
      },
    }),
  );
  return specs;
}

export interface Perimeter {
  perimeterWorks: PerimeterWork[];
  upgradeItems: UpgradeItem[];
}

/**
 * The perimeter works and their upgrade items. `demo`: the states of day two (tape and
 * rails done, netting under way, camera and lights planned). `settled` (the generated
 * year): every item went to plan and was checked half a day after it was done, as far
 * as the period reaches.
 */
export function buildPerimeter(ctx: BuildContext, mode: 'demo' | 'settled', checkedBy: string): Perimeter {
  const at = (when: When) => ctx.at(when.day, when.minute);
  const perimeterWorks: PerimeterWork[] = [];
  const upgradeItems: UpgradeItem[] = [];
  for (const spec of workSpecs()) {
    const work: PerimeterWork = {
      id: ctx.newId(),
      siteId: ctx.siteId,
      kind: spec.kind,
      label: ctx.t(spec.label),
      geometry: spec.geometry,
      state: spec.demoState,
    };
    perimeterWorks.push(work);
    const up = spec.upgrade;
    if (!up) continue;
    const plannedStart = at(up.plannedStart);
    const plannedEnd = at(up.plannedEnd);
    let state = spec.demoState;
    let actualStart = up.actualStart ? at(up.actualStart) : null;
    let actualEnd = up.actualEnd ? at(up.actualEnd) : null;
    let checkedAt: number | null = null;
    if (mode === 'settled') {
      actualStart = plannedStart <= ctx.now ? plannedStart : null;
      actualEnd = plannedEnd <= ctx.now ? plannedEnd : null;
      checkedAt = plannedEnd + 12 * HOUR <= ctx.now ? plannedEnd + 12 * HOUR : null;
      state =
        checkedAt !== null ? 'checked' : actualEnd !== null ? 'done' : actualStart !== null ? 'under-way' : 'planned';
      work.state = state;
    }
    const updatedAt = Math.min(ctx.now, Math.max(ctx.closureStart, actualStart ?? 0, actualEnd ?? 0, checkedAt ?? 0));
    upgradeItems.push({
      id: ctx.newId(),
      siteId: ctx.siteId,
      title: work.label,
      workId: work.id,
      state,
      responsible: ctx.t(groupText[up.responsible]),
      plannedStart,
      plannedEnd,
      actualStart,
      actualEnd,
      checkedBy: checkedAt !== null ? checkedBy : '',
      checkedAt,
      notes: ctx.t(up.notes),
      updatedAt,
    });
  }
  return { perimeterWorks, upgradeItems };
}
