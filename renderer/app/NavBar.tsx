import { useI18n } from '../i18n/useI18n';
import { areaOf, areas } from './routes';

export function NavBar({ route }: { route: string }) {
  const { t } = useI18n();
  const current = areaOf(route);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {areas.map((a) => (
          <li key={a.path}>
            <a href={`#${a.path}`} aria-current={a.path === current ? 'page' : undefined}>
              {t(a.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
