import { useCallback, useEffect, useState } from 'react';
import { OperatorDialog } from '../features/operator/OperatorDialog';
import { useActiveSite } from '../hooks/useActiveSite';
import { useHashRoute } from '../hooks/useHashRoute';
import { useSetting } from '../hooks/useSetting';
import { Header } from './Header';
import { keepMapSnapshot } from './keepMapSnapshot';
import { NavBar } from './NavBar';
import { prepareRoute } from './prepareRoute';
import { RouteView } from './RouteView';
import { areaOf } from './routes';
import { useServices } from './ServicesContext';

export function Shell() {
  const services = useServices();
  const prepare = useCallback((next: string, signal: AbortSignal) => prepareRoute(services, next, signal), [services]);
  const { route, pending } = useHashRoute(prepare);
  // On the map its own live queries keep it current; elsewhere its snapshot is kept ready.
  const onMap = areaOf(route) === '/map';
  useEffect(() => (onMap ? undefined : keepMapSnapshot(services)), [services, onMap]);
  const site = useActiveSite();
  const operator = useSetting('operator');
  const [changing, setChanging] = useState(false);
  // Asked at every start: the laptop may have changed hands since the last one (a
  // handover, a crash, a power cut). Nothing can be changed until it is answered.
  const [signedIn, setSignedIn] = useState(false);
  const mustSignIn = !signedIn;

  return (
    <div className="shell">
      <Header site={site ?? null} operator={operator ?? null} onChangeOperator={() => setChanging(true)} />
      <NavBar route={route} />
      {/* Busy while the next screen's data is read or its code loads: the current one stays until then. */}
      <main className="main" id="main" aria-busy={pending || undefined}>
        {site !== undefined && <RouteView route={route} site={site} />}
      </main>
      <OperatorDialog
        open={operator !== undefined && (mustSignIn || changing)}
        siteId={site?.id}
        last={operator ?? null}
        canCancel={!mustSignIn}
        onDone={() => {
          setSignedIn(true);
          setChanging(false);
        }}
      />
    </div>
  );
}
