import { useState } from 'react';
import { OperatorDialog } from '../features/operator/OperatorDialog';
import { useActiveSite } from '../hooks/useActiveSite';
import { useHashRoute } from '../hooks/useHashRoute';
import { useSetting } from '../hooks/useSetting';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { RouteView } from './RouteView';

export function Shell() {
  const route = useHashRoute();
  const site = useActiveSite();
  const operator = useSetting('operator');
  const [changing, setChanging] = useState(false);
  // Nothing can be changed without an operator, so the question is asked at start.
  const mustSignIn = operator === null;

  return (
    <div className="shell">
      <Header site={site ?? null} operator={operator ?? null} onChangeOperator={() => setChanging(true)} />
      <NavBar route={route} />
      <main className="main" id="main">
        {site !== undefined && <RouteView route={route} site={site} />}
      </main>
      <OperatorDialog open={mustSignIn || changing} siteId={site?.id} canCancel={!mustSignIn} onDone={() => setChanging(false)} />
    </div>
  );
}
