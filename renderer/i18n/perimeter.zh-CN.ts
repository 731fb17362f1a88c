/** Strings of the perimeter-works area (zh-CN, the source). Merged into zh-CN.ts. */
export const perimeterZhCN = {
  'perimeter.title': '围挡与升级工程',
} as const;

export type PerimeterMessageKey = keyof typeof perimeterZhCN;
