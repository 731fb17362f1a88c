import { describe, expect, it, vi } from 'vitest';
import { createWallHandlers } from './wallHandlers';

describe('openWall', () => {
  it('says opened once the window is open, whoever calls', async () => {
    const open = vi.fn(async () => undefined);
    const { openWall } = createWallHandlers(open);
    await expect(openWall({ senderId: 1 })).resolves.toEqual({ opened: true });
    await expect(openWall({ senderId: 2 })).resolves.toEqual({ opened: true });
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('fails when the window cannot be made', async () => {
    const { openWall } = createWallHandlers(async () => Promise.reject(new Error('no display server')));
    await expect(openWall({ senderId: 1 })).rejects.toThrow('no display server');
  });
});
