// One achievement for the period from what the report gives: the period's own column,
// or its quarters rolled up by the calculation method (shared/domain.md §4, roll-up).
import { quartersOf } from '../../../common/fiscal-year/fiscal-year.js';
import type { Indicator, Period, Unit, Value } from '../../../common/plan-document/schema.js';
import { formOf, present, type Present, type ValueForm } from './comparable-values.js';
import type { Finding, Method } from '../../../common/score-document/schema.js';

export interface RollUpResult {
  achievement: Value;
  /** The method actually used: `reported` whenever the period's own column holds a value. */
  method: Method;
  findings: Finding[];
}

/**
 * The default method. The form of the targets decides it, as it decides the comparison;
 * the unit column only tells number (sum) from percent (average), or stands in when no
 * target is defined: date → date, number → sum, percent → average.
 */
export function defaultMethod(unit: Unit | null, targetForm: ValueForm | null): Method {
  if (targetForm === 'date') return 'date';
  if (targetForm === 'number') return unit === 'percent' ? 'average' : 'sum';
  if (unit === 'date') return 'date';
  return unit === 'percent' ? 'average' : 'sum';
}

export function rollUp(indicator: Pick<Indicator, 'achievements'>, period: Period, method: Method): RollUpResult {
  const own = present(indicator.achievements[period]);
  if (own !== null) return { achievement: own, method: 'reported', findings: [] };
  if (method === 'reported') return { achievement: null, method, findings: [] };

  const values = quartersOf(period)
    .filter((quarter) => quarter !== period)
    .map((quarter) => present(indicator.achievements[quarter]))
    .filter((value): value is Present => value !== null);
  if (values.length === 0) return { achievement: null, method, findings: [] };

  const expected = expectedForm(method);
  const usable = expected === null ? values : values.filter((v) => formOf(v) === expected);
  const findings: Finding[] = [];
  if (usable.length === 0) {
    // Nothing of the method's form: pass the latest value on, so scoring reports what is wrong with it.
    findings.push({
      severity: 'warning',
      code: 'method-form-mismatch',
      message: `method ${method} expects ${expected === 'date' ? 'dates' : 'numbers'} in the quarters; took the latest value as reported`,
    });
    return { achievement: values[values.length - 1]!, method, findings };
  }
  if (usable.length < values.length) {
    findings.push({
      severity: 'warning',
      code: 'rollup-ignored-values',
      message: `method ${method} ignored ${values.length - usable.length} quarter value(s) that are not ${expected === 'date' ? 'dates' : 'numbers'}`,
    });
  }
  return { achievement: combine(usable, method), method, findings };
}

function expectedForm(method: Method): ValueForm | null {
  if (method === 'date') return 'date';
  if (method === 'sum' || method === 'average') return 'number';
  return null;
}

function combine(values: Present[], method: Method): Value {
  switch (method) {
    case 'date':
      // ISO dates sort as strings in calendar order.
      return [...(values as string[])].sort()[0]!;
    case 'sum':
      return (values as number[]).reduce((sum, v) => sum + v, 0);
    case 'average':
      return (values as number[]).reduce((sum, v) => sum + v, 0) / values.length;
    default:
      // cumulative: each quarter reports the total to date, so the latest one stands.
      return values[values.length - 1]!;
  }
}
