import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { KeyValueStore } from '../storage/safeStorage';
import { settingsRecord, type Settings } from './settings';

interface SettingsValue {
  settings: Settings;
  updateSettings: (change: Partial<Omit<Settings, 'version'>>) => void;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({ store, children }: { store: KeyValueStore; children: ReactNode }) {
  const record = useMemo(() => settingsRecord(store), [store]);
  const [settings, setSettings] = useState(() => record.read().value);

  useEffect(() => record.write(settings), [record, settings]);
  useEffect(() => {
    document.documentElement.dataset.textSize = settings.textSize;
  }, [settings.textSize]);

  const value = useMemo<SettingsValue>(
    () => ({ settings, updateSettings: (change) => setSettings((previous) => ({ ...previous, ...change })) }),
    [settings],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings needs a <SettingsProvider>');
  return value;
}
