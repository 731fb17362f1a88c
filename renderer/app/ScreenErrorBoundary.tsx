import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

/**
 * Keeps one screen's failure to that screen: its code not loading (a file missing after
 * an update) or an error while it draws. The header and navigation stay usable, and the
 * store is untouched; without it React would take the whole window down to a blank page.
 * Opening another screen clears it (the parent keys it by screen), and a screen whose code
 * failed to load has it fetched again when it is next opened (app/openScreen).
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <ScreenFailed message={this.state.error.message} /> : this.props.children;
  }
}

function ScreenFailed({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <section className="screen screen-failed" role="alert">
      <p className="screen-failed-title">{t('app.screenFailed')}</p>
      {/* The error's own words (the browser's, or the program's), for whoever looks into it. */}
      <p className="hint" lang="en">
        {message}
      </p>
      {/* A reload loads the screen's code afresh; everything saved is in the store. */}
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </section>
  );
}
