import { useEffect } from 'react';
import { useServices } from '../../../services/useServices';
import { loadSheetFont } from '../../../ui/fonts/loadSheetFont';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Every picture the sheet's SVG draws (the plan), decoded, so the PDF is not made before it is in. */
async function picturesDecoded(): Promise<void> {
  const hrefs = [...document.querySelectorAll('svg image')].map((el) => el.getAttribute('href') ?? '');
  await Promise.all(
    hrefs
      .filter((href) => href !== '')
      .map(async (href) => {
        const img = new Image();
        img.src = href;
        // A picture that fails to decode prints as a blank box, which the sheet survives.
        await img.decode().catch(() => undefined);
      }),
  );
}

/**
 * Tells the host the sheet can be printed, once: its data is drawn (`ready`), the font's
 * glyphs for every character on it are loaded (the page margins' text, set on :root's
 * style by the sheet, included: see loadSheetFont), the
 * plan's picture is decoded and two frames have painted.
 */
export function useSheetReady(ready: boolean): void {
  const { bridge } = useServices();
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void (async () => {
      // Marks for the benchmark: where the time from opening the route to ready goes.
      performance.mark('cordon:sheet-drawn');
      await loadSheetFont(document.documentElement.style.cssText);
      performance.mark('cordon:sheet-fonts');
      await picturesDecoded();
      await frame();
      await frame();
      if (!cancelled) await bridge.sheetReady();
    })();
    return () => {
      cancelled = true;
    };
  }, [ready, bridge]);
}
