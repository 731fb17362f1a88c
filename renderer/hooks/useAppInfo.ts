import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/bridge/contract';
import { useServices } from '../services/useServices';

export function useAppInfo(): AppInfo | null {
  const { bridge } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    bridge.getAppInfo().then(setInfo, () => setInfo(null));
  }, [bridge]);
  return info;
}
