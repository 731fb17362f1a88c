import type { RememberedSite } from '../db/lostStore';
import { useI18n } from '../i18n/useI18n';
import './lostStore.css';

/**
 * Said at once, and kept until the operator closes it: the store came up without the site
 * this laptop worked on, and what is shown is a fresh start. What to do: restore a backup.
 */
export function LostStoreNotice({ lost, onDismiss }: { lost: RememberedSite | null; onDismiss: () => void }) {
  const { t } = useI18n();
  if (!lost) return null;
  return (
    <div className="lost-store" role="alert">
      <p>
        <strong>{t('lostStore.title', { name: lost.name })}</strong>
      </p>
      <p>{t('lostStore.body')}</p>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        {t('lostStore.dismiss')}
      </button>
    </div>
  );
}
