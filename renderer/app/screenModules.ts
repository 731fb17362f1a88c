/**
 * Loaders of the screens that load when first opened, each started at most once. Kept
 * free of React so the entry script can start the map screen's code while the store
 * opens, when the app starts on the map (a reload there, the wall screen).
 */
function screenModule<M>(load: () => Promise<M>): { load: () => Promise<M>; loaded: () => M | undefined } {
  let started: Promise<M> | undefined;
  let module: M | undefined;
  return {
    load: () => {
      started ??= load().then((m) => {
        module = m;
        return m;
      });
      return started;
    },
    loaded: () => module,
  };
}

export const mapScreenModule = screenModule(() => import('../features/map/MapScreen'));
