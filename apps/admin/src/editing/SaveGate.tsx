import { createContext, type ReactNode, use, useMemo, useRef } from 'react';

type Settle = () => Promise<boolean>;

interface SaveGateValue {
  /** An editor registers how to save what it holds; returns the way to unregister. */
  register: (settle: Settle) => () => void;
  /** Saves every open editor's edits; false when one needs the person first. */
  settle: Settle;
}

const SaveGateContext = createContext<SaveGateValue>({
  register: () => () => undefined,
  settle: async () => true,
});

/**
 * Lets a workflow move, an import or anything else that changes the worksheet wait until every
 * edit on the page is saved: a submission must carry what the person sees.
 */
export function SaveGate({ children }: { children: ReactNode }) {
  const editors = useRef(new Set<Settle>());
  const value = useMemo<SaveGateValue>(
    () => ({
      register: (settle) => {
        editors.current.add(settle);
        return () => editors.current.delete(settle);
      },
      settle: async () => (await Promise.all([...editors.current].map((settle) => settle()))).every(Boolean),
    }),
    [],
  );
  return <SaveGateContext value={value}>{children}</SaveGateContext>;
}

export function useSaveGate(): SaveGateValue {
  return use(SaveGateContext);
}
