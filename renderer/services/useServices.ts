import { useContext } from 'react';
import { ServicesContext, type Services } from './ServicesContext';

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesContext');
  return s;
}
