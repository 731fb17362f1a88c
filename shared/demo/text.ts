import type { Language } from '../domain';
import type { EntranceKey } from './planGeometry';

/**
 * The demo site's own texts (place names, groups, roles, labels) in both languages,
 * side by side so the two versions cannot drift apart. Log texts are in textLog.ts.
 */
export type L10n = Readonly<Record<Language, string>>;

export const L = (zh: string, en: string): L10n => ({ 'zh-CN': zh, en });

export function tr(text: L10n, language: Language): string {
  return text[language];
}

export const siteText = {
  name: L('香樟苑', 'Xiangzhangyuan'),
  town: L('三林镇', 'Sanlin Town'),
};

export const entranceText: Readonly<Record<EntranceKey, { name: L10n; note: L10n }>> = {
  main: {
    name: L('主通道', 'Main passage'),
    note: L(
      '唯一管控出入口：人员、车辆、物资凭指挥部授权进出，逐一登记。',
      "The single controlled entrance: people, vehicles and goods cross only with the command post's authorisation, each one logged.",
    ),
  },
  side: {
    name: L('侧门', 'Side gate'),
    note: L('封闭，门外有人值守；拟加装摄像头。', 'Sealed and guarded from outside; a camera is planned.'),
  },
  door1: {
    name: L('沿街门洞1', 'Street doorway 1'),
    note: L(
      '直通马路，门外已拉警戒线、设护栏。',
      'Opens straight onto the street; cordon tape and guard rail outside.',
    ),
  },
  door2: {
    name: L('沿街门洞2', 'Street doorway 2'),
    note: L(
      '直通马路，门外已拉警戒线、设护栏。',
      'Opens straight onto the street; cordon tape and guard rail outside.',
    ),
  },
  door3: {
    name: L('沿街门洞3', 'Street doorway 3'),
    note: L(
      '直通马路，门外已拉警戒线、设护栏；紧邻公交站。',
      'Opens straight onto the street; cordon tape and guard rail outside; next to the bus stop.',
    ),
  },
  door4: {
    name: L('沿街门洞4', 'Street doorway 4'),
    note: L(
      '直通马路，门外已拉警戒线、设护栏。',
      'Opens straight onto the street; cordon tape and guard rail outside.',
    ),
  },
};

export const postText: Readonly<Record<EntranceKey, L10n>> = {
  main: L('主通道岗', 'Main passage post'),
  side: L('侧门岗', 'Side gate post'),
  door1: L('门洞1岗', 'Doorway 1 post'),
  door2: L('门洞2岗', 'Doorway 2 post'),
  door3: L('门洞3岗', 'Doorway 3 post'),
  door4: L('门洞4岗', 'Doorway 4 post'),
};

export type OutsideGroupKey =
  'control' | 'coordination' | 'order' | 'logistics' | 'medical' | 'emergency' | 'disinfection' | 'cityOps';
export type InsideGroupKey = 'testing' | 'psych' | 'tracing' | 'insideLogistics';
export type GroupKey = OutsideGroupKey | 'reserve' | InsideGroupKey;

export const groupText: Readonly<Record<GroupKey, L10n>> = {
  control: L('现场管控组', 'On-site control'),
  coordination: L('现场协调组', 'On-site coordination'),
  order: L('秩序维护组', 'Order maintenance'),
  logistics: L('后勤保障组', 'Logistics'),
  medical: L('医疗服务组', 'Medical service'),
  emergency: L('应急处置组', 'Emergency response'),
  disinfection: L('消杀组', 'Disinfection'),
  cityOps: L('城运监测组', 'City-operations monitoring'),
  reserve: L('应急预备队', 'Emergency reserve'),
  testing: L('核酸检测组', 'Testing'),
  psych: L('心理疏导组', 'Psychological support'),
  tracing: L('流调组', 'Travel-history tracing'),
  insideLogistics: L('后勤组', 'Logistics (inside)'),
};

export const roleText = {
  leader: L('组长', 'Group leader'),
  deputy: L('副组长', 'Deputy leader'),
  member: L('组员', 'Member'),
  commander: L('现场指挥', 'On-site commander'),
  patrol: L('巡逻队员', 'Patrol'),
  reserveCaptain: L('预备队队长', 'Reserve captain'),
  reserveMember: L('预备队员', 'Reserve member'),
  volunteerLead: L('志愿者组长', 'Volunteer lead'),
  volunteer: L('志愿者', 'Volunteer'),
};

export const shiftText = {
  pattern: L('三班倒（8小时）', 'Three 8-hour shifts'),
  slots: [L('夜班', 'Night'), L('白班', 'Day'), L('晚班', 'Evening')] as const,
};

export const patrolText = {
  route: L('外围巡逻（顺时针）', 'Perimeter patrol (clockwise)'),
  /** In patrol order, matching planCheckpoints. */
  checkpoints: [
    L('西墙北段', 'West wall, north'),
    L('西北角', 'North-west corner'),
    L('北墙中段', 'North wall, middle'),
    L('东北角', 'North-east corner'),
    L('侧门外', 'Outside the side gate'),
    L('东南角（沿街）', 'South-east corner (street)'),
    L('沿街门洞3–4之间', 'Street front, doorways 3–4'),
    L('沿街门洞1–2之间', 'Street front, doorways 1–2'),
  ] as const,
  /** What to check at each checkpoint, in the same order. */
  checks: [
    L('围墙完好，无攀爬痕迹', 'Wall intact, no sign of climbing'),
    L('防护网完好', 'Netting intact'),
    L('围墙完好，无攀爬痕迹', 'Wall intact, no sign of climbing'),
    L('防护网完好', 'Netting intact'),
    L('侧门封闭，封条完好', 'Side gate sealed, seal intact'),
    L('防护栏无移动', 'Guard rails not moved'),
    L('警戒线完好，门洞无人', 'Cordon tape intact, doorways empty'),
    L('警戒线完好，门洞无人', 'Cordon tape intact, doorways empty'),
  ] as const,
};

const doorwayLabel = (n: number) => L(`门洞${n}`, `doorway ${n}`);

export const workText = {
  wall: L('小区围墙', 'Compound wall'),
  tape: (n: number) => L(`门洞${n}外警戒线`, `Cordon tape outside doorway ${n}`),
  rail: (n: number) => L(`门洞${n}外护栏`, `Guard rail outside doorway ${n}`),
  netting: L('东墙防护网加高一层', 'Netting raised a level on the east wall'),
  camera: L('侧门监控摄像头', 'Camera at the side gate'),
  light: (n: number) => L(`沿街照明灯${n}`, `Street-front light ${n}`),
  doorway: doorwayLabel,
};

/** Upgrade-item notes, one per kind of work. */
export const upgradeNotes = {
  tape: L('封闭后即拉设，双层警戒线，每班检查一次。', 'Put up right after sealing: double tape, checked once a shift.'),
  rail: L(
    '铁马护栏连成一排，与墙体固定，防止人员从门洞进出。',
    'Steel crowd barriers joined in a row and tied to the wall, so nobody can slip through the doorway.',
  ),
  netting: L(
    '东墙较矮，外侧加高防护网一层（约1.5米）；北段已完成，南段施工中。',
    'The east wall is low: netting raised a level (about 1.5 m) on the outside; north part done, south part under way.',
  ),
  camera: L(
    '“人防+技防”：侧门加装摄像头，画面接入指挥部大屏。',
    '"People plus technology": a camera on the side gate, its picture on the command post\'s wall screen.',
  ),
  light: L(
    '沿街夜间照明不足，巡逻反映看不清门洞，拟加装临时照明。',
    'The street front is dark at night and patrols cannot see the doorways well: temporary lights planned.',
  ),
};
