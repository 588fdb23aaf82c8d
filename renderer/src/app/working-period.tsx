// One fiscal year and one period for the whole app: the header picks them, every page reads them.
// The fiscal year is kept in the settings (it survives a restart); the period is the session's.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Period } from '../../../common/plan-document/schema.js';
import { call } from '../api/client.js';
import { useCall } from '../api/use-call.js';

export interface WorkingPeriod {
  /** Known fiscal years, newest last (as the backend lists them). */
  years: string[];
  /** The fiscal year today falls in (Asia/Dhaka). */
  currentYear: string;
  fiscalYear: string;
  period: Period;
  setFiscalYear: (label: string) => Promise<void>;
  setPeriod: (period: Period) => void;
  /** Reloads the list of years (after an import adds one). */
  reloadYears: () => Promise<void>;
}

const Context = createContext<WorkingPeriod | null>(null);

export function WorkingPeriodProvider({ children, loading, failed }: { children: ReactNode; loading: ReactNode; failed: (error: unknown) => ReactNode }) {
  const info = useCall('fiscalYears.list', {});
  const [period, setPeriod] = useState<Period>('H1');
  const { refresh } = info;
  const currentYear = info.data?.current;

  const setFiscalYear = useCallback(async (label: string) => {
    // The current year is stored as "no pick", so the app moves on with the calendar.
    await call('settings.update', { fiscalYear: label === currentYear ? null : label });
    await refresh();
  }, [currentYear, refresh]);

  const value = useMemo<WorkingPeriod | null>(() => info.data ? {
    years: info.data.years,
    currentYear: info.data.current,
    fiscalYear: info.data.selected,
    period,
    setFiscalYear,
    setPeriod,
    reloadYears: refresh,
  } : null, [info.data, period, setFiscalYear, refresh]);

  if (!value) return <>{info.error ? failed(info.error) : loading}</>;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWorkingPeriod(): WorkingPeriod {
  const value = useContext(Context);
  if (!value) throw new Error('useWorkingPeriod outside WorkingPeriodProvider');
  return value;
}
