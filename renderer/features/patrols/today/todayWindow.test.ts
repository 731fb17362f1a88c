import { describe, expect, it } from 'vitest';
import { todayWindow } from './todayWindow';

const SH = 'Asia/Shanghai';
const local = (d: number, h: number) => Date.UTC(2021, 10, d, h - 8);

describe('the span of today', () => {
  it('is the site’s calendar day when the shift lies inside it', () => {
    expect(todayWindow(local(27, 10), SH, { startsAt: local(27, 8), endsAt: local(27, 16) })).toEqual({
      from: local(27, 0),
      to: local(28, 0),
    });
  });

  it('reaches back to a night shift begun yesterday and on to one ending tomorrow', () => {
    expect(todayWindow(local(28, 2), SH, { startsAt: local(27, 20), endsAt: local(28, 8) })).toEqual({
      from: local(27, 20),
      to: local(29, 0),
    });
    expect(todayWindow(local(27, 22), SH, { startsAt: local(27, 20), endsAt: local(28, 8) }).to).toBe(local(28, 8));
  });
});
