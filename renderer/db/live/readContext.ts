/** What a screen's first read is asked with: the active site, and the minute the screen opens in. */
export interface ReadContext {
  siteId: string | null;
  minute: number;
}
