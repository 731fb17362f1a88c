import type { ActivityLogEntry, EntranceLogEntry, ServiceRequest } from '../domain';
import { L, type L10n } from './text';

/** Texts the generated year draws from, day after day. */

export interface CrossingTemplate {
  direction: EntranceLogEntry['direction'];
  subjectKind: EntranceLogEntry['subjectKind'];
  subject: L10n;
  reason: L10n;
}

/** Everyday crossings at the main passage. */
export const crossingTemplates: readonly CrossingTemplate[] = [
  {
    direction: 'in',
    subjectKind: 'goods',
    subject: L('生活物资（蔬菜、肉蛋）', 'Daily supplies (vegetables, meat, eggs)'),
    reason: L('团购物资配送，志愿者转运入楼', 'Group-buy delivery, carried in by volunteers'),
  },
  {
    direction: 'in',
    subjectKind: 'goods',
    subject: L('快递包裹（已消杀）', 'Parcels (disinfected)'),
    reason: L('集中消杀后由志愿者转运', 'Disinfected at the gate, carried in by volunteers'),
  },
  {
    direction: 'in',
    subjectKind: 'goods',
    subject: L('外卖餐食', 'Takeaway meals'),
    reason: L('暂存架交接，志愿者送达', 'Handed over at the rack, delivered by volunteers'),
  },
  {
    direction: 'out',
    subjectKind: 'goods',
    subject: L('生活垃圾（已消杀）', 'Household waste (disinfected)'),
    reason: L('定时清运', 'Scheduled collection'),
  },
  { direction: 'out', subjectKind: 'goods', subject: L('核酸样本', 'Swab samples'), reason: L('送检', 'To the lab') },
  {
    direction: 'in',
    subjectKind: 'person',
    subject: L('采样医护人员', 'Medical staff for sampling'),
    reason: L('核酸采样', 'Testing round'),
  },
  {
    direction: 'out',
    subjectKind: 'person',
    subject: L('采样医护人员', 'Medical staff for sampling'),
    reason: L('采样结束', 'Sampling finished'),
  },
  {
    direction: 'in',
    subjectKind: 'vehicle',
    subject: L('消杀作业车', 'Disinfection vehicle'),
    reason: L('公共区域消杀', 'Disinfecting common areas'),
  },
  {
    direction: 'out',
    subjectKind: 'vehicle',
    subject: L('消杀作业车', 'Disinfection vehicle'),
    reason: L('作业结束', 'Work finished'),
  },
  {
    direction: 'in',
    subjectKind: 'person',
    subject: L('维修人员（水电）', 'Repair worker (plumbing, electrics)'),
    reason: L('居民报修，全程陪同', 'Repair call, escorted throughout'),
  },
  {
    direction: 'out',
    subjectKind: 'person',
    subject: L('维修人员（水电）', 'Repair worker (plumbing, electrics)'),
    reason: L('维修完成，已消杀', 'Repair done, disinfected'),
  },
  {
    direction: 'in',
    subjectKind: 'goods',
    subject: L('代配药品', 'Medicine (medicine run)'),
    reason: L('转交楼内后勤组逐户送达', 'Handed to inside logistics for door-to-door delivery'),
  },
  {
    direction: 'in',
    subjectKind: 'goods',
    subject: L('捐赠物资', 'Donated goods'),
    reason: L('登记入库后分发', 'Logged, stored and handed out'),
  },
  {
    direction: 'out',
    subjectKind: 'other',
    subject: L('医疗废物', 'Medical waste'),
    reason: L('专车转运', 'Collected by a dedicated vehicle'),
  },
  {
    direction: 'in',
    subjectKind: 'vehicle',
    subject: L('保供车辆', 'Supply truck'),
    reason: L('米面油配送', 'Rice, flour and oil'),
  },
];

/** A closed-loop transfer: out and back, paired. */
export const transferTemplates: readonly {
  subjectKind: EntranceLogEntry['subjectKind'];
  subject: L10n;
  out: L10n;
  back: L10n;
}[] = [
  {
    subjectKind: 'ambulance',
    subject: L('120救护车（透析患者）', 'Ambulance (dialysis patient)'),
    out: L('闭环转运至医院透析', 'Closed-loop transfer for dialysis'),
    back: L('透析结束返回，车辆已消杀', 'Back from dialysis; vehicle disinfected'),
  },
  {
    subjectKind: 'ambulance',
    subject: L('120救护车（就医居民）', 'Ambulance (resident to hospital)'),
    out: L('闭环就医', 'Closed-loop hospital visit'),
    back: L('就医返回', 'Back from hospital'),
  },
  {
    subjectKind: 'person',
    subject: L('代配药志愿者（携医保卡）', 'Medicine volunteer (with insurance cards)'),
    out: L('代居民配药', 'Medicine run for residents'),
    back: L('配药返回，医保卡清点无误', 'Back from the pharmacy; insurance cards counted'),
  },
];

export const activityTemplates: readonly { kind: ActivityLogEntry['kind']; text: L10n }[] = [
  { kind: 'perimeter', text: L('巡查警戒线、护栏，完好。', 'Tape and rails inspected: intact.') },
  { kind: 'perimeter', text: L('防护网例行检查，无破损。', 'Netting routine check: no damage.') },
  {
    kind: 'entrance-state',
    text: L(
      '侧门临时开启供消杀车通行，已恢复封闭。',
      'Side gate opened briefly for the disinfection vehicle; sealed again.',
    ),
  },
  { kind: 'note', text: L('大屏与摄像头画面检查正常。', 'Wall screen and camera pictures checked: working.') },
  { kind: 'note', text: L('夜间照明检查，全部正常。', 'Night lighting checked: all working.') },
  {
    kind: 'request',
    text: L('独居老人送餐完成，老人状况良好。', 'Meals delivered to the elderly living alone; all well.'),
  },
  { kind: 'request', text: L('代配药清单已汇总，明日出发。', 'Medicine lists collected; run leaves tomorrow.') },
  { kind: 'site', text: L('区防控办来电了解封控情况。', 'District prevention office called for a status update.') },
  {
    kind: 'milestone',
    text: L('全员核酸检测完成，结果均为阴性。', 'Testing round for every resident done; all negative.'),
  },
];

export const requestTemplates: readonly { kind: ServiceRequest['kind']; title: L10n; details: L10n }[] = [
  {
    kind: 'medical-transport',
    title: L('就医转运（闭环）', 'Hospital visit (closed loop)'),
    details: L(
      '120闭环转运，专人陪同，返回后车辆消杀。',
      'Ambulance in a closed loop, escorted, vehicle disinfected on return.',
    ),
  },
  {
    kind: 'medicine',
    title: L('代配药', 'Medicine run'),
    details: L(
      '收取药单和医保卡，消毒后“一人一档一标签”保管。',
      'Lists and insurance cards collected, disinfected and filed "one person, one file, one label".',
    ),
  },
  {
    kind: 'meals',
    title: L('独居老人送餐', 'Meals for a resident living alone'),
    details: L('三餐送到门口，敲门确认状况。', 'Three meals to the door; knock and check.'),
  },
  {
    kind: 'donation',
    title: L('捐赠物资接收', 'Donation received'),
    details: L('登记入库，由楼内后勤组分发。', 'Logged and stored; handed out by inside logistics.'),
  },
  {
    kind: 'other',
    title: L('代购婴儿奶粉', 'Baby formula bought in'),
    details: L('指定品牌，费用已结清。', 'Brand as asked; paid.'),
  },
  { kind: 'other', title: L('助听器电池', 'Hearing-aid batteries'), details: L('型号已确认。', 'Type confirmed.') },
  {
    kind: 'medicine',
    title: L('胰岛素配送', 'Insulin delivery'),
    details: L('需冷藏，当日送达。', 'Keep cold; deliver the same day.'),
  },
];

export const handoverSentences: readonly L10n[] = [
  L('各岗正常，巡逻均按时完成。', 'All posts normal; patrols all on time.'),
  L('门洞外警戒线、护栏完好。', 'Tape and rails at the doorways intact.'),
  L('主通道物资暂存架已清空。', 'The goods rack at the main passage is empty.'),
  L('透析患者明早转运，救护车已约好。', 'Dialysis patient leaves tomorrow morning; ambulance booked.'),
  L('代配药医保卡已全部归还。', 'All insurance cards returned.'),
  L('沿街照明一盏不亮，已报修。', 'One street-front light out; repair requested.'),
  L('预备队未动用。', 'Reserve not called up.'),
  L('侧门摄像头画面正常。', 'Side-gate camera picture fine.'),
];

export const residentAddress = (block: number, flat: number, name: string): L10n =>
  L(`${block}号楼${flat}室 ${name}`, `Block ${block}, flat ${flat}, ${name}`);
