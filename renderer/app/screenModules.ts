/**
 * Loaders of the screens that load when first opened, each started at most once (again
 * after a failed load). Kept free of React so the entry script can start the map screen's
 * code while the store opens, when the app starts on the map (a reload there, the wall
 * screen), or once the first screen is drawn, when it starts elsewhere; and so the map's
 * opening (prepareRoute) can wait for it together with its data.
 */
function screenModule<M>(load: () => Promise<M>): { load: () => Promise<M>; loaded: () => M | undefined } {
  let started: Promise<M> | undefined;
  let module: M | undefined;
  return {
    load: () => {
      started ??= load().then(
        (m) => {
          module = m;
          return m;
        },
        (err: unknown) => {
          // A failed load is tried again next time, so a prefetch that failed (a file missing
          // for a moment) does not fail the visit. Once the screen itself has failed, React keeps
          // that failure until the app is reloaded.
          started = undefined;
          throw err;
        },
      );
      return started;
    },
    loaded: () => module,
  };
}

export const mapScreenModule = screenModule(() => import('../features/map/MapScreen'));
