import type { ReportHeader } from './report-header.js';
import { KIND_TITLE, periodWords } from './report-words.js';

export interface ZoneLabel {
  name: string;
  timeZone: string;
}

/** Title, file name and the lines under the title, shared by every kind. */
export function documentHead(kind: keyof typeof KIND_TITLE, header: ReportHeader, zone: ZoneLabel) {
  const scopeName = header.taskForce?.name ?? zone.name;
  const at = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(header.generatedAt));
  return {
    title: `${scopeName}${periodWords(header.period.key)}${KIND_TITLE[kind]}`,
    fileBase: `${KIND_TITLE[kind]}-${header.taskForce ? `${header.taskForce.name}-` : ''}${header.period.key}`,
    lines: [
      `统计期间：${header.period.start} 至 ${header.period.last}（数据截至 ${header.period.asOf}）`,
      `范围：${scopeName}`,
      `生成时间：${at}`,
    ],
  };
}
