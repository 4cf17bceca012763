import type { ReportPeriod } from './report-period.js';

/** The part every report model starts with. */
export interface ReportHeader {
  period: Pick<ReportPeriod, 'key' | 'start' | 'last' | 'asOf'>;
  generatedAt: string;
  taskForce: { id: string; name: string } | null;
}

export const headerOf = (period: ReportPeriod, generatedAt: string, taskForce: ReportHeader['taskForce']) => ({
  period: { key: period.key, start: period.start, last: period.last, asOf: period.asOf },
  generatedAt,
  taskForce,
});
