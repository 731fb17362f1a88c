import { isAppUrl } from '../appOrigin';

/**
 * Only our own pages may call the bridge: the top frame of a window, served from our
 * origin. The frame's URL is read at call time, so a frame that navigated elsewhere
 * (or is gone: null) is refused, and so is any sub-frame, whatever it loaded.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isTopFrame = true): boolean {
  return isTopFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
