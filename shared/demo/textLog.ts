import type { ActivityLogEntry, EntranceLogEntry, ServiceRequest } from '../domain';
import { L, type L10n } from './text';

/**
 * The demo's log texts in both languages, with the moment each happened: `day` 0 is the
 * day the compound was sealed (at 01:30), day 1 the day after; `minute` is minutes after
 * local midnight. Rows later than "now" are left out by the builder.
 */
export interface Timed {
  day: 0 | 1;
  minute: number;
}

export const hm = (h: number, m = 0) => h * 60 + m;

export interface TimelineEvent extends Timed {
  kind: ActivityLogEntry['kind'];
  text: L10n;
}

/** Day one and two as the post's activity log records them. */
export const timeline: readonly TimelineEvent[] = [
  {
    day: 0,
    minute: hm(1),
    kind: 'milestone',
    text: L(
      '镇领导赶赴区疾控中心报到，接到小区封闭管控指令。',
      'Town leaders report to the district CDC and receive the order to close the compound.',
    ),
  },
  { day: 0, minute: hm(1, 30), kind: 'milestone', text: L('小区完成全封闭。', 'Compound fully sealed.') },
  {
    day: 0,
    minute: hm(1, 30),
    kind: 'entrance-state',
    text: L(
      '主通道设为管控开放；侧门、沿街门洞1–4封闭。',
      'Main passage set to controlled open; side gate and street doorways 1–4 sealed.',
    ),
  },
  {
    day: 0,
    minute: hm(1, 45),
    kind: 'perimeter',
    text: L('开始在沿街门洞1–4外拉设警戒线。', 'Cordon tape going up outside street doorways 1–4.'),
  },
  {
    day: 0,
    minute: hm(3),
    kind: 'milestone',
    text: L(
      '一线指挥部成立（临时党支部，12个保障组），驻扎小区墙外。',
      'Front-line command formed (temporary party branch, 12 support teams), right outside the wall.',
    ),
  },
  {
    day: 0,
    minute: hm(3, 10),
    kind: 'perimeter',
    text: L('四个门洞外警戒线全部拉设完毕。', 'Cordon tape in place outside all four doorways.'),
  },
  {
    day: 0,
    minute: hm(3, 40),
    kind: 'request',
    text: L(
      '登记透析患者闭环转运需求（聋哑，需文字沟通）。',
      'Logged the closed-loop transport for a dialysis patient (deaf and mute: communicate in writing).',
    ),
  },
  {
    day: 0,
    minute: hm(5),
    kind: 'milestone',
    text: L('第一轮全员核酸检测开始。', 'First round of testing for every resident begins.'),
  },
  {
    day: 0,
    minute: hm(6),
    kind: 'perimeter',
    text: L('开始在门洞外设置铁马护栏。', 'Guard rails going up outside the doorways.'),
  },
  {
    day: 0,
    minute: hm(9, 30),
    kind: 'perimeter',
    text: L(
      '四个门洞外护栏设置完毕，与墙体固定。',
      'Guard rails in place outside all four doorways, tied to the wall.',
    ),
  },
  {
    day: 0,
    minute: hm(10, 20),
    kind: 'request',
    text: L(
      '爱心捐赠到达：面条100份、青菜400公斤（800斤），分两天发放。',
      'Donation arrived: 100 portions of noodles and 400 kg of greens, to hand out over two days.',
    ),
  },
  {
    day: 0,
    minute: hm(11, 40),
    kind: 'milestone',
    text: L('第一轮核酸采样完成，样本已送检。', 'First round of sampling finished; samples sent to the lab.'),
  },
  {
    day: 0,
    minute: hm(16),
    kind: 'perimeter',
    text: L('东墙防护网加高一层开始施工。', 'Work begun on raising the east-wall netting a level.'),
  },
  {
    day: 0,
    minute: hm(18, 20),
    kind: 'request',
    text: L(
      '代配药第一批（12户）药品送达，医保卡已消毒并“一人一档一标签”保管。',
      'First batch of medicine (12 households) delivered; insurance cards disinfected and filed "one person, one file, one label".',
    ),
  },
  {
    day: 0,
    minute: hm(22, 30),
    kind: 'note',
    text: L(
      '沿街夜间照明不足，巡逻反映门洞看不清，已报后勤保障组。',
      'The street front is dark at night and patrols cannot see the doorways well; reported to Logistics.',
    ),
  },
  {
    day: 1,
    minute: hm(7),
    kind: 'milestone',
    text: L('第二轮全员核酸检测开始。', 'Second round of testing for every resident begins.'),
  },
  {
    day: 1,
    minute: hm(10),
    kind: 'perimeter',
    text: L(
      '东墙防护网北段加高完成，南段继续施工。',
      'East-wall netting raised on the north part; work continues on the south part.',
    ),
  },
  { day: 1, minute: hm(12), kind: 'milestone', text: L('第二轮全员核酸检测完成。', 'Second round of testing done.') },
  {
    day: 1,
    minute: hm(15),
    kind: 'note',
    text: L(
      '区里来人检查外围封控，要求“人防+技防”，侧门加装摄像头。',
      'District inspection of the perimeter: "people plus technology" required; a camera to go on the side gate.',
    ),
  },
];

export interface CrossingEvent extends Timed {
  direction: EntranceLogEntry['direction'];
  subjectKind: EntranceLogEntry['subjectKind'];
  subject: L10n;
  reason: L10n;
  /** Crossings with the same pair key are the two legs of one closed-loop transfer. */
  pair?: string;
}

/** Crossings at the main passage. */
export const crossings: readonly CrossingEvent[] = [
  {
    day: 0,
    minute: hm(4, 40),
    direction: 'in',
    subjectKind: 'person',
    subject: L('采样医护人员12人', '12 medical staff for sampling'),
    reason: L('第一轮全员核酸采样', 'First round of testing'),
  },
  {
    day: 0,
    minute: hm(7, 30),
    direction: 'out',
    subjectKind: 'ambulance',
    subject: L('120救护车（透析患者及陪同1人）', 'Ambulance (dialysis patient and one escort)'),
    reason: L('闭环转运至区中心医院血透室', 'Closed-loop transfer to the district hospital for dialysis'),
    pair: 'dialysis',
  },
  {
    day: 0,
    minute: hm(10, 20),
    direction: 'in',
    subjectKind: 'goods',
    subject: L('捐赠物资：面条100份、青菜400公斤', 'Donation: 100 portions of noodles, 400 kg of greens'),
    reason: L('爱心企业捐赠，分两天发放', 'Donated by a local firm, to hand out over two days'),
  },
  {
    day: 0,
    minute: hm(11, 50),
    direction: 'out',
    subjectKind: 'goods',
    subject: L('核酸样本（第一轮）', 'Swab samples (round 1)'),
    reason: L('送检', 'To the lab'),
  },
  {
    day: 0,
    minute: hm(12, 45),
    direction: 'in',
    subjectKind: 'ambulance',
    subject: L('120救护车（透析患者及陪同1人）', 'Ambulance (dialysis patient and one escort)'),
    reason: L('透析结束返回，车辆已消杀', 'Back from dialysis; vehicle disinfected'),
    pair: 'dialysis',
  },
  {
    day: 0,
    minute: hm(15, 10),
    direction: 'out',
    subjectKind: 'person',
    subject: L('代配药志愿者（携药单及医保卡32张）', 'Medicine volunteer (32 medicine lists and insurance cards)'),
    reason: L('代居民配药', 'Medicine run for residents'),
  },
  {
    day: 0,
    minute: hm(18, 5),
    direction: 'in',
    subjectKind: 'goods',
    subject: L('代配药品（第一批12户）', 'Medicine, first batch (12 households)'),
    reason: L('转交楼内后勤组逐户送达', 'Handed to inside logistics for door-to-door delivery'),
  },
  {
    day: 0,
    minute: hm(18, 15),
    direction: 'in',
    subjectKind: 'person',
    subject: L('代配药志愿者', 'Medicine volunteer'),
    reason: L('配药返回，医保卡随身保管', 'Back from the pharmacy; insurance cards kept on person'),
  },
  {
    day: 1,
    minute: hm(6, 40),
    direction: 'in',
    subjectKind: 'person',
    subject: L('采样医护人员14人', '14 medical staff for sampling'),
    reason: L('第二轮全员核酸采样', 'Second round of testing'),
  },
  {
    day: 1,
    minute: hm(9),
    direction: 'in',
    subjectKind: 'vehicle',
    subject: L('生活物资车（沪B·0000X）', 'Supply van (plate 0000X)'),
    reason: L('蔬菜、牛奶、尿不湿', 'Vegetables, milk, nappies'),
  },
  {
    day: 1,
    minute: hm(12, 30),
    direction: 'out',
    subjectKind: 'goods',
    subject: L('核酸样本（第二轮）', 'Swab samples (round 2)'),
    reason: L('送检', 'To the lab'),
  },
  {
    day: 1,
    minute: hm(14),
    direction: 'out',
    subjectKind: 'person',
    subject: L('代配药志愿者', 'Medicine volunteer'),
    reason: L('第二批代配药（20户）', 'Second medicine run (20 households)'),
  },
  {
    day: 1,
    minute: hm(17, 10),
    direction: 'in',
    subjectKind: 'goods',
    subject: L('代配药品（第二批20户）', 'Medicine, second batch (20 households)'),
    reason: L('转交楼内后勤组逐户送达', 'Handed to inside logistics for door-to-door delivery'),
  },
];

export interface RequestEvent {
  kind: ServiceRequest['kind'];
  state: ServiceRequest['state'];
  title: L10n;
  details: L10n;
  created: Timed;
  updated: Timed;
}

export const requests: readonly RequestEvent[] = [
  {
    kind: 'medical-transport',
    state: 'in-progress',
    created: { day: 0, minute: hm(3, 40) },
    updated: { day: 0, minute: hm(12, 45) },
    title: L('透析患者闭环转运（每周三次）', 'Dialysis patient: closed-loop transport (three times a week)'),
    details: L(
      '聋哑，需文字沟通。120救护车点对点闭环转运，全程专人陪同，返回后车辆消杀。下次：后天07:30。',
      'Deaf and mute: communicate in writing. Ambulance point to point in a closed loop, escorted throughout, vehicle disinfected on return. Next trip: the day after tomorrow, 07:30.',
    ),
  },
  {
    kind: 'medicine',
    state: 'in-progress',
    created: { day: 0, minute: hm(9) },
    updated: { day: 0, minute: hm(18, 20) },
    title: L('代配药：32户药单及医保卡', 'Medicine run: lists and insurance cards of 32 households'),
    details: L(
      '医保卡消毒后“一人一档一标签”保管，配药后随药归还。第一批12户已送达，其余20户配药中。',
      'Insurance cards disinfected and filed "one person, one file, one label", returned with the medicine. First 12 households delivered; the other 20 in progress.',
    ),
  },
  {
    kind: 'meals',
    state: 'open',
    created: { day: 0, minute: hm(11) },
    updated: { day: 0, minute: hm(11) },
    title: L('独居老人送餐（6位）', 'Meals for elderly residents living alone (6)'),
    details: L(
      '每日三餐送到门口，敲门确认老人状况；1位需软食。',
      'Three meals a day to the door; knock and check on each; one needs soft food.',
    ),
  },
  {
    kind: 'donation',
    state: 'done',
    created: { day: 0, minute: hm(9, 30) },
    updated: { day: 0, minute: hm(10, 20) },
    title: L('爱心捐赠：面条100份、青菜400公斤', 'Donation: 100 portions of noodles, 400 kg of greens'),
    details: L(
      '捐赠两天用量，已入库并由楼内后勤组分发。',
      "Two days' worth; received and handed out by inside logistics.",
    ),
  },
];

/** Handover notes of the shifts in order (closure day night, day, evening; day two night, day). */
export const handoverNotes: readonly L10n[] = [
  L(
    '01:30全封闭，各岗已到位。门洞1–4警戒线已拉好；护栏材料待到。透析患者07:30转运，救护车走主通道。',
    'Sealed at 01:30, all posts manned. Tape up at doorways 1–4; guard-rail material still to come. Dialysis patient leaves 07:30 by ambulance through the main passage.',
  ),
  L(
    '护栏已全部设好。捐赠面条、青菜已入库。代配药志愿者15:10出发，医保卡32张，清点无误。东墙防护网下午开工。',
    'Guard rails all in place. Donated noodles and greens received. Medicine volunteer left 15:10 with 32 insurance cards, counted. East-wall netting started this afternoon.',
  ),
  L(
    '第一批药已送达12户。沿街夜间太暗，门洞3外看不清，请白班跟进照明。东墙防护网南段继续施工。',
    'First medicine batch delivered to 12 households. The street front is too dark at night, doorway 3 hard to see: day shift please follow up lighting. South part of the east-wall netting continues.',
  ),
  L(
    '夜间平稳，巡逻按时。第二轮核酸07:00开始，医护6:40进场。门洞2外护栏被风吹歪，已扶正。',
    'Quiet night, patrols on time. Second testing round starts 07:00; medical staff in at 06:40. Wind knocked the rail at doorway 2 askew; set right.',
  ),
  L(
    '第二轮核酸12:00完成，样本已送检。第二批代配药20户下午出发。区里要求侧门加装摄像头，已列入计划。',
    'Second testing round done at 12:00, samples sent. Second medicine run (20 households) left this afternoon. District wants a camera on the side gate: planned.',
  ),
  L('各岗正常。东墙防护网还剩最南一段。', 'All posts normal. Last southern stretch of east-wall netting still to go.'),
];

/** What a patrol may see at a checkpoint: on the street front, along the wall, or anywhere. */
export const observations: readonly { where: 'street' | 'wall' | 'any'; text: L10n }[] = [
  {
    where: 'street',
    text: L('门洞外有居民隔着护栏交谈，已劝离。', 'Residents talking across the rail at a doorway; asked to move on.'),
  },
  { where: 'street', text: L('警戒线一段松脱，已重新系好。', 'A stretch of tape came loose; tied again.') },
  { where: 'street', text: L('护栏被风吹移，已复位。', 'Rail moved by the wind; put back.') },
  {
    where: 'street',
    text: L('路灯不亮，视线差，已报指挥部。', 'Street light out, poor visibility; reported to the post.'),
  },
  {
    where: 'wall',
    text: L('墙外有外卖员张望，已说明封控情况。', 'A delivery rider looking over the wall; told about the closure.'),
  },
  { where: 'wall', text: L('墙头有杂物，已通知后勤清理。', 'Debris on top of the wall; logistics told.') },
  { where: 'wall', text: L('防护网一处破口，已临时绑扎。', 'A tear in the netting; tied up for now.') },
  {
    where: 'any',
    text: L('有居民从窗口递物，已制止并登记。', 'A resident passing something out of a window; stopped and logged.'),
  },
];

export const patrolTexts = {
  noteWithObservations: (n: number) =>
    L(`发现${n}处情况，均已处置。`, `${n} observation${n === 1 ? '' : 's'}, all dealt with.`),
  activity: (round: number, checkpoint: L10n, note: L10n): L10n =>
    L(
      `第${round}轮巡逻：${checkpoint['zh-CN']}，${note['zh-CN']}`,
      `Patrol round ${round}: ${checkpoint.en}: ${note.en}`,
    ),
  done: (round: number) => L(`第${round}轮巡逻完成，一切正常。`, `Patrol round ${round} done, all clear.`),
};

export const shiftChangeText = (slot: L10n, leader: string): L10n =>
  L(`${slot['zh-CN']}接班，带班：${leader}。`, `${slot.en} took over; leader: ${leader}.`);
