import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../ui/format.js';

/** Loads a list on mount; `reload()` after a change. */
export function useList<T>(load: () => Promise<T[]>) {
  const [rows, setRows] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setRows(await load());
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure, 'La liste n’a pas pu être chargée.'));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, []);
  return { rows, error, reload, setRows };
}
