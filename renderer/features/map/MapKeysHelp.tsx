import { useI18n } from '../../i18n/useI18n';

/** The map's keyboard paths, under the legend, for whoever works without a mouse. */
export function MapKeysHelp() {
  const { t } = useI18n();
  return (
    <section className="map-keys" aria-labelledby="map-keys-title">
      <h3 id="map-keys-title">{t('map.keys.title')}</h3>
      <ul className="hint">
        <li>{t('map.keys.select')}</li>
        <li>{t('map.keys.works')}</li>
        <li>{t('map.keys.edit')}</li>
        <li>{t('map.keys.move')}</li>
        <li>{t('map.keys.place')}</li>
      </ul>
    </section>
  );
}
