import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/bridge/contract';
import { useServices } from '../../app/ServicesContext';

export function useAppInfo(): AppInfo | null {
  const { bridge } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    bridge.getAppInfo().then(setInfo, () => setInfo(null));
  }, [bridge]);
  return info;
}
