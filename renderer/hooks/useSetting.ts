import { useLive } from '../db/useLive';
import { readSetting, type SettingKey, type SettingValue } from '../../shared/domain/settingValues';
import { useServices } from '../app/ServicesContext';
import { heldSnapshot } from '../db/screenSnapshot';

/** A setting, live; `undefined` while loading, `null` when unset or unreadable. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | null | undefined {
  const { db } = useServices();
  return useLive(
    async () => {
      const row = await db.settings.get(key);
      return readSetting(key, row?.value);
    },
    [db, key],
    fromBoot(key),
  );
}

function fromBoot<K extends SettingKey>(key: K): SettingValue<K> | null | undefined {
  const snap = heldSnapshot();
  if (!snap) return undefined;
  const known: Partial<Record<SettingKey, unknown>> = {
    language: snap.language,
    theme: snap.theme,
    operator: snap.operator,
  };
  return key in known ? (known[key] as SettingValue<K> | null) : undefined;
}
