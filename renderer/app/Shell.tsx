import { useCallback, useState } from 'react';
import { OperatorDialog } from '../features/operator/OperatorDialog';
import { MissedRoundsLog } from '../features/patrols/missed/MissedRoundsLog';
import type { Session } from '../db/queries/session';
import { useServices } from '../services/useServices';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { openScreen } from './openScreen';
import { RouteView } from './RouteView';
import { SharedDialogsHost } from './SharedDialogsHost';
import { useAutoBackup } from './useAutoBackup';
import { useLostStore } from './useLostStore';
import { LostStoreNotice } from './LostStoreNotice';
import { screens, type ScreenComponent } from './screens';
import { areaOf } from './routes';
import { useHashRoute } from './useHashRoute';
import { usePrintShortcut } from './usePrintShortcut';
import { useOpenWall } from './useOpenWall';
import { useWallShortcut } from './useWallShortcut';

export function Shell({ first, session }: { first: { route: string; screen: ScreenComponent }; session: Session }) {
  const services = useServices();
  const open = useCallback(
    (next: string, signal: AbortSignal) => openScreen(services, screens[areaOf(next)], signal),
    [services],
  );
  const { route, screen, pending } = useHashRoute(open, first);
  const { site, operator } = session;
  const [changing, setChanging] = useState(false);
  // Asked at every start: the laptop may have changed hands since the last one (a
  // handover, a crash, a power cut). Nothing can be changed until it is answered.
  const [signedIn, setSignedIn] = useState(false);
  const mustSignIn = !signedIn;
  usePrintShortcut();
  const wall = useOpenWall();
  useWallShortcut(wall.open);
  const backups = useAutoBackup(site);
  const lostStore = useLostStore(site);

  return (
    <div className="shell">
      <Header
        site={site}
        operator={operator}
        onChangeOperator={() => setChanging(true)}
        wall={wall}
        backups={backups}
      />
      <LostStoreNotice lost={lostStore.lost} onDismiss={lostStore.dismiss} />
      <MissedRoundsLog site={site} />
      <NavBar route={route} />
      {/* Busy while the next screen's code loads or its first read answers: the current one stays until then. */}
      <main className="main" id="main" aria-busy={pending || undefined}>
        <SharedDialogsHost site={site}>
          <RouteView route={route} Screen={screen} site={site} />
        </SharedDialogsHost>
      </main>
      <OperatorDialog
        open={mustSignIn || changing}
        siteId={site?.id}
        last={operator}
        canCancel={!mustSignIn}
        onDone={() => {
          setSignedIn(true);
          setChanging(false);
        }}
      />
    </div>
  );
}
