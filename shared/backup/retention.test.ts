import { describe, expect, it } from 'vitest';
import { backupsToKeep, type BackupStamp } from './retention';

const tz = 'Asia/Shanghai';
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-05T12:00:00+08:00');
const at = (iso: string): BackupStamp => ({ name: iso, at: Date.parse(`${iso}+08:00`) });

describe('backupsToKeep', () => {
  it('keeps every backup of the last 24 hours', () => {
    const hourly = Array.from({ length: 24 }, (_, i) => ({ name: `h${i}`, at: NOW - i * HOUR }));
    expect([...backupsToKeep(hourly, NOW, tz)].sort()).toEqual(hourly.map((b) => b.name).sort());
  });

  it('keeps the newest of each local day before that, for 30 days, and drops the rest', () => {
    const backups = [
      at('2026-12-04T11:30:00'), // more than 24 hours ago, on the 4th
      at('2026-12-04T09:00:00'),
      at('2026-12-03T23:50:00'), // the 3rd's newest, local time
      at('2026-12-03T08:00:00'),
      at('2026-11-06T10:00:00'), // 29 days back: kept
      at('2026-11-05T11:00:00'), // 30 days and an hour back: gone
    ];
    expect([...backupsToKeep(backups, NOW, tz)].sort()).toEqual(
      ['2026-11-06T10:00:00', '2026-12-03T23:50:00', '2026-12-04T11:30:00'].sort(),
    );
  });

  it('counts days in the site’s zone, not UTC', () => {
    // 00:30 on the 3rd in Shanghai is 16:30 on the 2nd in UTC: they are two different local days.
    const backups = [at('2026-12-03T00:30:00'), at('2026-12-02T23:30:00')];
    expect(backupsToKeep(backups, NOW, tz).size).toBe(2);
  });

  it('always keeps the newest backup, however old, and one from a clock set in the future', () => {
    const old = [at('2026-09-01T10:00:00'), at('2026-08-01T10:00:00')];
    expect([...backupsToKeep(old, NOW, tz)]).toEqual(['2026-09-01T10:00:00']);
    const ahead = { name: 'ahead', at: NOW + 5 * HOUR };
    expect(backupsToKeep([ahead], NOW, tz).has('ahead')).toBe(true);
    expect(backupsToKeep([], NOW, tz).size).toBe(0);
  });
});
