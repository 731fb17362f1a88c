import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain';
import { assignmentRow, groupRow, personRow, postRow, shiftRow } from '../../../../shared/domain/testing/rows';
import { translate, type MessageKey, type MessageParams } from '../../../i18n/translate';
import { dayTable, peopleTable } from './exportTables';

const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const tz = 'Asia/Shanghai';

const person = (id: string, name: string, more: Partial<Person> = {}) =>
  personRow(id, name, { unit: 'other', ...more });
const groups = [groupRow('g1', '一组')];
const posts = [
  postRow('east', 1, { name: '东门岗', minStaff: 2 }),
  postRow('main', 0, { name: '主通道岗', minStaff: 2 }),
];
const at = (iso: string) => Date.parse(iso);
const shift = (id: string, name: string, start: string, end: string, leaderId: string | null = null) =>
  shiftRow(id, at(start), at(end), { name, date: '2026-12-04', leaderId });
const assign = (id: string, shiftId: string, postId: string, personId: string, inAt: string | null = null) =>
  assignmentRow(id, shiftId, postId, personId, { checkedInAt: inAt === null ? null : at(inAt) });

describe('peopleTable', () => {
  it('writes the columns the import reads back, in words of the language, by name', () => {
    const people = [
      person('b', '王芳', { phone: '+86 139', unit: 'police', groupId: 'g1', role: '组长', reserve: true }),
      person('a', '陈静', { unit: 'property-staff', notes: '夜班', active: false }),
    ];
    expect(peopleTable(people, groups, zh)).toEqual({
      sheetName: '人员名单',
      header: ['姓名', '电话', '单位', '工作组', '角色', '预备队', '备注', '状态'],
      rows: [
        ['陈静', '', '物业', '', '', '否', '夜班', '已撤下'],
        ['王芳', '+86 139', '公安', '一组', '组长', '是', '', '在岗'],
      ],
    });
    expect(peopleTable(people.slice(0, 1), groups, en).rows).toEqual([
      ['王芳', '+86 139', 'Police', '一组', '组长', 'Yes', '', 'On the list'],
    ]);
  });
});

describe('dayTable', () => {
  it('lists each assignment by shift start, post order and name, with times in the site zone', () => {
    const day = {
      shifts: [
        shift('early', '早班', '2026-12-04T08:00:00+08:00', '2026-12-04T16:00:00+08:00'),
        shift('night', '夜班', '2026-12-04T00:00:00+08:00', '2026-12-04T08:00:00+08:00', 'p2'),
      ],
      assignments: [
        assign('a1', 'early', 'east', 'p1'),
        assign('a2', 'night', 'east', 'p1'),
        assign('a3', 'night', 'main', 'p2', '2026-12-03T23:55:00+08:00'),
        assign('a4', 'night', 'main', 'gone'),
      ],
      people: [person('p1', '张三', { unit: 'volunteer' }), person('p2', '李四', { phone: '138', groupId: 'g1' })],
      posts,
      groups,
    };
    expect(dayTable(day, tz, zh)).toEqual({
      sheetName: '排班',
      header: ['日期', '班次', '时间', '岗位', '姓名', '电话', '单位', '工作组', '带班', '签到', '签退'],
      rows: [
        ['2026-12-04', '夜班', '00:00–08:00', '主通道岗', '李四', '138', '其他', '一组', '带班', '23:55', ''],
        ['2026-12-04', '夜班', '00:00–08:00', '东门岗', '张三', '', '志愿者', '', '', '', ''],
        ['2026-12-04', '早班', '08:00–16:00', '东门岗', '张三', '', '志愿者', '', '', '', ''],
      ],
    });
  });
});
