/** Strings of the storage panel in Settings and of a save refused for lack of space, in Simplified Chinese: the source. */
export const storageZhCN = {
  'storage.title': '本机存储',
  'storage.persistent': '长期保留',
  'storage.persistent.granted': '已获准：浏览器不会自行清除这些数据',
  'storage.persistent.denied': '未获准：磁盘空间不足时，浏览器可能清除这些数据',
  'storage.used': '已用空间',
  'storage.quota': '存储上限',
  'storage.share': '已用 {percent}',
  'storage.shareLabel': '已用空间占存储上限的比例',
  'storage.reading': '正在读取存储用量…',
  'storage.unknown': '浏览器没有提供存储用量。',
  'storage.fixedQuota':
    '浏览器报告的上限是一个固定值（已用空间加 10 GB），并不是磁盘实际剩余的空间。磁盘快满时保存可能失败：届时会提示原因，这次的修改不会保存，已有数据不受影响。',
  'storage.nearlyFull':
    '存储空间已用 {percent}，快满了。请先导出或备份数据，再删除不用的现场或清理磁盘空间，否则之后的修改可能无法保存。',
  'storage.error.full':
    '保存失败：本机存储空间已满，这次的修改没有保存。请先导出或备份数据，再删除不用的现场或清理磁盘空间，然后重试。',
};
