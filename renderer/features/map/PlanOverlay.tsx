import type { ImageOverlay as LeafletImageOverlay, LatLngBoundsExpression } from 'leaflet';
import { useEffect, useEffectEvent, useRef } from 'react';
import { ImageOverlay } from 'react-leaflet';

/**
 * The plan picture, saying once it has loaded. Its load event alone is not enough: the
 * picture is decoded ahead (preloadPlan), and react-leaflet binds event handlers in a
 * passive effect, which React may run after the browser has had time to load it (a
 * screen rendered in a transition); a missed event would leave the screen never ready.
 */
export function PlanOverlay({ url, bounds, onLoaded }: { url: string; bounds: LatLngBoundsExpression; onLoaded?: (() => void) | undefined }) {
  const layer = useRef<LeafletImageOverlay>(null);
  const loaded = useEffectEvent(() => onLoaded?.());
  // Runs after react-leaflet's own effects (children first): the layer is on the map, its image has its url.
  useEffect(() => {
    const overlay = layer.current;
    if (!overlay) return;
    const image = overlay.getElement();
    if (image?.complete && image.naturalWidth > 0) {
      loaded();
      return;
    }
    const onLoad = () => loaded();
    overlay.on('load', onLoad);
    return () => {
      overlay.off('load', onLoad);
    };
  }, [url]);
  return <ImageOverlay ref={layer} url={url} bounds={bounds} />;
}
