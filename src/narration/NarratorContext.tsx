import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Narrator } from './narrator';

export const NarratorContext = createContext<Narrator | null>(null);

export function useNarrator(): Narrator {
  const narrator = useContext(NarratorContext);
  if (!narrator) throw new Error('useNarrator needs a <NarratorContext.Provider>');
  return narrator;
}

export function useNarrationStatus() {
  const narrator = useNarrator();
  return useSyncExternalStore(narrator.subscribe, narrator.getStatus);
}
