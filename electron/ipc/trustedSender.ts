import { isAppUrl } from '../appOrigin';

/**
 * Only pages served from our own origin may call the bridge. The frame's URL is read
 * at call time, so a frame that navigated elsewhere (or is gone: null) is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
