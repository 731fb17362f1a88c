import { useEffect, useState } from 'react';
import { useServices } from '../../services/useServices';

/** Whether the data is kept persistently; false until the browser has answered. */
export function usePersistence(): boolean {
  const { persistence } = useServices();
  const [persistent, setPersistent] = useState(false);
  useEffect(() => {
    let live = true;
    persistence.then(
      (p) => live && setPersistent(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [persistence]);
  return persistent;
}
