import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, backupPathIn, freeBackupName, isBackupName } from './backupPlace';

describe('backupDir', () => {
  it('keeps each site in its own folder under the user-data folder', () => {
    expect(backupDir('/home/op/.config/Cordon', '3f2a9c1e-0b7d')).toBe(
      path.join('/home/op/.config/Cordon', 'backups', '3f2a9c1e-0b7d'),
    );
  });

  it('refuses an id that is not a plain folder name', () => {
    for (const id of ['', '.', '..', '../x', 'a/b', 'a\\b', '/etc', 'a b', '香樟苑', 'x'.repeat(65)]) {
      expect(() => backupDir('/u', id), JSON.stringify(id)).toThrow(/not a site id/);
    }
  });
});

describe('backupPathIn', () => {
  const dir = path.join('/u', 'backups', 'site-1');

  it('gives the path of a plain backup name inside the folder', () => {
    expect(backupPathIn(dir, '香樟苑-backup-2026-12-05-1400.cordon')).toBe(
      path.join(dir, '香樟苑-backup-2026-12-05-1400.cordon'),
    );
    expect(backupPathIn(`${dir}/`, 'a.cordon')).toBe(path.join(dir, 'a.cordon'));
  });

  it('refuses a name that climbs out, is hidden, or is not a backup', () => {
    for (const name of [
      '../x.cordon',
      '../../site-2/x.cordon',
      'a/b.cordon',
      'a\\b.cordon',
      '.x.cordon',
      'x.pdf',
      '',
      '..',
    ]) {
      expect(() => backupPathIn(dir, name), JSON.stringify(name)).toThrow(/not a backup name/);
    }
  });
});

describe('isBackupName', () => {
  it('lists .cordon files and leaves temp files and others out', () => {
    expect(isBackupName('a.cordon')).toBe(true);
    for (const name of ['.cordon-0123456789abcdef.tmp', '.a.cordon', 'a.cordon.tmp', 'notes.txt', 'a.CORDON']) {
      expect(isBackupName(name), name).toBe(false);
    }
  });
});

describe('freeBackupName', () => {
  it('keeps its own name when free, and never takes the name of a kept backup', () => {
    const name = '香樟苑-backup-2026-12-05-1400.cordon';
    expect(freeBackupName(name, [])).toBe(name);
    expect(freeBackupName(name, [name])).toBe('香樟苑-backup-2026-12-05-1400 (2).cordon');
    expect(freeBackupName(name, [name.toUpperCase(), '香樟苑-backup-2026-12-05-1400 (2).cordon'])).toBe(
      '香樟苑-backup-2026-12-05-1400 (3).cordon',
    );
  });

  it('shortens a long stem so the numbered name is still one the bridge takes', () => {
    const name = `${'x'.repeat(193)}.cordon`;
    const next = freeBackupName(name, [name]);
    expect(next).toBe(`${'x'.repeat(189)} (2).cordon`);
    expect(next).toHaveLength(200);
    expect(isBackupName(next)).toBe(true);
  });
});
