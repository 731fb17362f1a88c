/**
 * Row builders for tests: the values that identify a row, then a `Partial` of overrides.
 * The defaults are neutral (site s1, no group, no leader, not checked in, a post that asks
 * for no one) so a test names every value its result depends on; rows.test.ts keeps each
 * default row valid for its schema.
 */
import type { Assignment, CheckpointVisit, Group, Patrol, PatrolRoute, Person, Post, Shift, Site } from '..';
import { defaultPatrolRules } from '../patrols';
import { defaultShiftRules } from '../site';

export const personRow = (id: string, name: string, more: Partial<Person> = {}): Person => ({
  id,
  siteId: 's1',
  name,
  phone: '',
  unit: 'police',
  groupId: null,
  role: '',
  reserve: false,
  notes: '',
  active: true,
  ...more,
});

export const groupRow = (id: string, name: string, more: Partial<Group> = {}): Group => ({
  id,
  siteId: 's1',
  name,
  side: 'outside',
  order: 0,
  leaderId: null,
  ...more,
});

export const postRow = (id: string, order: number, more: Partial<Post> = {}): Post => ({
  id,
  siteId: 's1',
  name: id,
  entranceId: null,
  position: { x: 0, y: 0 },
  minStaff: 0,
  order,
  ...more,
});

export const shiftRow = (id: string, startsAt: number, endsAt: number, more: Partial<Shift> = {}): Shift => ({
  id,
  siteId: 's1',
  patternId: 'p',
  slotIndex: 0,
  name: '早班',
  date: '2026-11-28',
  startsAt,
  endsAt,
  leaderId: null,
  ...more,
});

export const assignmentRow = (
  id: string,
  shiftId: string,
  postId: string,
  personId: string,
  more: Partial<Assignment> = {},
): Assignment => ({
  id,
  siteId: 's1',
  shiftId,
  postId,
  personId,
  checkedInAt: null,
  checkedOutAt: null,
  replacesId: null,
  ...more,
});

export const siteRow = (more: Partial<Site> = {}): Site => ({
  id: 's1',
  name: '香樟苑',
  town: '三林镇',
  timeZone: 'Asia/Shanghai',
  residents: 2600,
  closureStartedAt: null,
  plan: { kind: 'grid', width: 800, height: 600, metresPerUnit: 0.5 },
  shiftRules: { ...defaultShiftRules },
  patrolRules: { ...defaultPatrolRules },
  createdAt: 0,
  ...more,
});

export const routeRow = (id: string, more: Partial<PatrolRoute> = {}): PatrolRoute => ({
  id,
  siteId: 's1',
  name: '外围巡逻',
  intervalMinutes: 60,
  fixedTimes: [],
  expectedMinutes: 25,
  people: 2,
  order: 'fixed',
  startsAt: 0,
  active: true,
  ...more,
});

export const patrolRow = (id: string, routeId: string, dueAt: number, more: Partial<Patrol> = {}): Patrol => ({
  id,
  siteId: 's1',
  routeId,
  routeName: '外围巡逻',
  dueAt,
  startedAt: null,
  endedAt: null,
  personIds: [],
  checkpoints: [],
  ordered: true,
  note: '',
  ...more,
});

export const visitRow = (
  id: string,
  patrolId: string,
  checkpointId: string,
  at: number,
  more: Partial<CheckpointVisit> = {},
): CheckpointVisit => ({
  id,
  siteId: 's1',
  patrolId,
  checkpointId,
  at,
  status: 'reached',
  observation: 'all-clear',
  category: null,
  note: '',
  ...more,
});
