// The renderer's one way to load data: a call's value, its loading state and its error in one place.
// A newer request always wins (a slow answer to an old input never overwrites a newer one), and an
// unmounted component is never updated.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiCallName, ApiInput, ApiOutput } from '../../../electron/backend/api/contract.js';
import { call } from './client.js';

export interface CallState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Asks again with the same input; resolves when the answer is in state. */
  refresh: () => Promise<void>;
}

/** Calls `name` with `input` now and whenever `key` changes (pass `skip` to wait for inputs). */
export function useCall<N extends ApiCallName>(
  name: N,
  input: ApiInput<N>,
  key: readonly unknown[] = [],
  options: { skip?: boolean } = {},
): CallState<ApiOutput<N>> {
  const [data, setData] = useState<ApiOutput<N> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(!options.skip);
  const latest = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await call(name, inputRef.current);
      if (ticket !== latest.current) return;
      setData(value);
      setError(null);
    } catch (failure) {
      if (ticket === latest.current) setError(failure);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's key says when the input changed
  }, [name, ...key]);

  useEffect(() => {
    if (options.skip) return;
    void refresh();
    const tickets = latest;
    return () => {
      tickets.current++; // answers still in flight belong to an input that is gone
    };
  }, [refresh, options.skip]);

  return { data, error, loading, refresh };
}

/** Runs `task` every `ms` while mounted, never two at once; a failed run is kept, not thrown. */
export function usePolling(task: () => Promise<void>, ms: number, active = true): void {
  const taskRef = useRef(task);
  taskRef.current = task;
  useEffect(() => {
    if (!active) return;
    let running = false;
    let stopped = false;
    const timer = setInterval(() => {
      if (running || stopped) return;
      running = true;
      taskRef.current().catch(() => undefined).finally(() => { running = false; });
    }, ms);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [ms, active]);
}
