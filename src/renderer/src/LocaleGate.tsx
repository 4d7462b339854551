// Holds the locale in use and redraws the app when the manager picks another in Settings: format
// functions read the locale when they run, so everything below is drawn again with the new one.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { applyLocale } from './locale';

interface LocaleState {
  /** Switches to a locale ('' follows the system) and redraws. */
  choose(choice: string): Promise<void>;
}

const LocaleContext = createContext<LocaleState>({ choose: async () => {} });

export function LocaleGate({ children }: { children: ReactNode }) {
  // Each switch draws the app anew (a new key), so nothing keeps text formatted the old way.
  const [generation, setGeneration] = useState(0);
  const choose = useCallback(async (choice: string) => {
    await applyLocale(choice);
    setGeneration((g) => g + 1);
  }, []);
  return (
    <LocaleContext.Provider value={{ choose }}>
      <div key={generation} style={{ display: 'contents' }}>
        {children}
      </div>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}
