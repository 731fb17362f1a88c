/** Strings of the map's edit mode (zh-CN, the source). Merged into zh-CN.ts. */
export const mapEditZhCN = {
  'mapEdit.toolbar': '地图编辑',
  'mapEdit.toggle': '编辑',
  'mapEdit.on': '编辑中 · 点击退出',
  'mapEdit.toggleTitle': '打开或关闭编辑模式（E）',
  'mapEdit.lineKind': '线条类型',
  'mapEdit.drawLine': '画线',
  'mapEdit.symbolKind': '标志类型',
  'mapEdit.placeSymbol': '放置标志',
  'mapEdit.delete': '删除所选设施',
  'mapEdit.undo': '撤销',
  'mapEdit.undoTitle': '撤销上一次编辑（Ctrl+Z）',
  'mapEdit.cancel': '取消',
  'mapEdit.dragHint': '编辑模式：拖动出入口、岗位、巡逻点和标志可移动位置；选择一条线可改变线形。',
  'mapEdit.drawHint': '在图上逐点单击画出{kind}，双击最后一点结束；Esc 取消。',
  'mapEdit.placeHint': '在图上单击放置{kind}；Esc 取消。',
  'mapEdit.reshapeHint': '拖动顶点改变线形；拖动两顶点间的中点可加顶点，右键单击顶点可删除。',
  'mapEdit.deleteTitle': '删除「{name}」？',
  'mapEdit.deleteBody': '此设施将从地图上删除，可用“撤销”恢复。',
  'mapEdit.deleteConfirm': '删除',
  'mapEdit.inUse': '此设施关联了 {count} 个升级项目，不能删除。',
} as const;

export type MapEditMessageKey = keyof typeof mapEditZhCN;
