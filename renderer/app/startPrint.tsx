import { createRoot } from 'react-dom/client';
import type { Language, Site } from '../../shared/domain';
import type { PrintParams } from '../features/sheets/print/printParams';
import { I18nProvider } from '../i18n/I18nProvider';
import { dictionary } from '../i18n/translate';
import { ServicesContext, type Services } from '../services/ServicesContext';

/**
 * Mounts a print route (`#/print/...`) instead of the app: no shell, the light theme, and
 * the page as tall as the document, so the whole sheet prints, page after page. The
 * snapshot is taken at the moment the route opens.
 */
export async function startPrint(
  root: HTMLElement,
  services: Services,
  params: PrintParams,
  start: { site: Site; language: Language },
): Promise<void> {
  const route = import('../features/sheets/print/PrintRoute');
  // The font's CSS comes with the print code only: the app's own start never loads it.
  const { preloadSheetFont } = await import('../ui/fonts/loadSheetFont');
  preloadSheetFont(sheetLabels(start.language));
  const { PrintRoute } = await route;
  performance.mark('cordon:print-code');
  const html = document.documentElement;
  html.classList.add('print-page');
  html.dataset.theme = 'light';
  html.lang = start.language;
  root.textContent = '';
  root.className = '';
  createRoot(root).render(
    <ServicesContext.Provider value={services}>
      <I18nProvider language={start.language}>
        <PrintRoute site={start.site} params={params} at={services.clock.now()} />
      </I18nProvider>
    </ServicesContext.Provider>,
  );
}

/** The words every sheet prints (its labels, kinds and states) in the language, whose font pieces can load before the data. */
function sheetLabels(language: Language): string {
  const prefixes = [
    'sheets.',
    'entranceKind.',
    'entranceState.',
    'people.unit.',
    'log.kind.',
    'category.',
    'workState.',
  ];
  return Object.entries(dictionary(language))
    .filter(([key]) => prefixes.some((p) => key.startsWith(p)))
    .map(([, text]) => text)
    .join('');
}
