import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { KeyValueStore } from '../storage/safeStorage';
import { progressRecord, type Progress } from './progress';

interface ProgressValue {
  progress: Progress;
  updateProgress: (change: (progress: Progress) => Progress) => void;
  /** Stored progress was corrupt or from an unknown version and has been reset. */
  wasReset: boolean;
  /** Storage is unavailable (private mode): progress lasts for this page only. */
  persistent: boolean;
}

const ProgressContext = createContext<ProgressValue | null>(null);

export function ProgressProvider({ store, children }: { store: KeyValueStore; children: ReactNode }) {
  const record = useMemo(() => progressRecord(store), [store]);
  const [initial] = useState(() => record.read());
  const [progress, setProgress] = useState(initial.value);
  const written = useRef(initial.value);

  useEffect(() => {
    if (progress === written.current) return;
    written.current = progress;
    record.write(progress);
  }, [record, progress]);

  const value = useMemo<ProgressValue>(
    () => ({
      progress,
      updateProgress: setProgress,
      wasReset: initial.status === 'reset',
      persistent: store.persistent,
    }),
    [progress, initial.status, store.persistent],
  );
  return <ProgressContext.Provider value={value}>{children}</ProgressContext.Provider>;
}

export function useProgress(): ProgressValue {
  const value = useContext(ProgressContext);
  if (!value) throw new Error('useProgress needs a <ProgressProvider>');
  return value;
}
