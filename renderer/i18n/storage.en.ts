import type { storageZhCN } from './storage.zh-CN';

/** Strings of the storage panel in Settings and of a save refused for lack of space, in English. */
export const storageEn: Record<keyof typeof storageZhCN, string> = {
  'storage.title': 'Storage on this computer',
  'storage.persistent': 'Kept for good',
  'storage.persistent.granted': 'Granted: the browser will not clear this data by itself',
  'storage.persistent.denied': 'Not granted: the browser may clear this data when the disk runs short of space',
  'storage.used': 'Space used',
  'storage.quota': 'Quota',
  'storage.share': '{percent} used',
  'storage.shareLabel': 'Share of the quota used',
  'storage.reading': 'Reading how much space is used…',
  'storage.unknown': 'The browser does not say how much space is used.',
  'storage.fixedQuota':
    'The browser reports the quota as a fixed figure (the space used plus 10 GB), not as the room left on the disk. When the disk is nearly full a save can fail: you are then told why, the change is not saved, and the data already stored is unharmed.',
  'storage.nearlyFull':
    'Storage is {percent} full. Export or back up the data first, then delete sites no longer in use or free space on the disk, or later changes may not be saved.',
  'storage.error.full':
    'Not saved: the storage on this computer is full, and nothing of this change was saved. Export or back up the data first, then delete sites no longer in use or free space on the disk, and try again.',
};
