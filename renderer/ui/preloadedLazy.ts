import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * `React.lazy` that renders the component straight away when its code is already loaded.
 * React.lazy suspends on its first render even then (it cannot read a settled promise),
 * which costs the screen a fallback, a commit and a task before it shows. Each place it
 * is used decides once, when it mounts, so a screen is never swapped out for itself.
 */
export function preloadedLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
  loaded: () => ComponentType<P> | undefined,
): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function PreloadedLazy(props: P) {
    const [ready] = useState(loaded);
    return ready ? createElement(ready, props) : createElement(Lazy, props);
  };
}
