// Holds the locale in use and redraws the app when the manager picks another in Settings: format
// functions read the locale when they run, so everything below is drawn again with the new one.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { applyLocale } from './locale';

interface LocaleState {
  /** The tag in use (`en-GB`, `de`). */
  tag: string;
  /** Switches to a locale ('' follows the system) and redraws. */
  choose(choice: string): Promise<void>;
}

const LocaleContext = createContext<LocaleState>({ tag: 'en-GB', choose: async () => {} });

export function LocaleGate({ initial, children }: { initial: string; children: ReactNode }) {
  const [state, setState] = useState({ tag: initial, generation: 0 });
  const choose = useCallback(async (choice: string) => {
    const tag = await applyLocale(choice);
    setState((s) => ({ tag, generation: s.generation + 1 }));
  }, []);
  return (
    <LocaleContext.Provider value={{ tag: state.tag, choose }}>
      <div key={state.generation} style={{ display: 'contents' }}>
        {children}
      </div>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}
