import { Component, type ReactNode } from 'react';
import { translate } from '../../i18n/translate';

/** How long the wall shows that it failed before it reloads itself. */
const RELOAD_AFTER_MS = 30_000;

/**
 * The wall runs for days with nobody at it: if drawing it ever fails (its reads, its
 * language, its screen), it says so (no button: nobody is there to press it) and reloads
 * itself a little later, coming back to `#/wall` with everything from the store. It sits
 * outside the language's provider, which may be what failed, so it says it in both.
 */
export class WallRecovers extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
  }

  override componentWillUnmount(): void {
    clearTimeout(this.timer);
  }

  override render() {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}

function Failed() {
  return (
    <div className="wall-empty" role="alert">
      <p lang="zh-CN">{translate('zh-CN', 'wall.failed')}</p>
      <p lang="en">{translate('en', 'wall.failed')}</p>
    </div>
  );
}
