import { documentDate, documentDateTime } from '../../../documents/document-dates.js';
import type { ReportHeader } from './report-header.js';
import { KIND_TITLE, periodWords } from './report-words.js';

export interface ZoneLabel {
  name: string;
  timeZone: string;
}

/**
 * Title, file name and the lines under the title, shared by every kind. The .docx sets the title
 * without its period (专班 and kind) and the period on the line under it, so a date is
 * never broken across the title's lines; the .xlsx and the file's properties keep the whole title.
 */
export function documentHead(kind: keyof typeof KIND_TITLE, header: ReportHeader, zone: ZoneLabel) {
  const scopeName = header.taskForce?.name ?? zone.name;
  const { start, last, asOf } = header.period;
  return {
    title: `${scopeName}${periodWords(header.period.key)}${KIND_TITLE[kind]}`,
    titleParts: [scopeName, KIND_TITLE[kind]],
    dateLine: `（${periodWords(header.period.key)}）`,
    fileBase: `${KIND_TITLE[kind]}-${header.taskForce ? `${header.taskForce.name}-` : ''}${header.period.key}`,
    lines: [
      `统计期间：${documentDate(start)}至${documentDate(last)}（数据截至${documentDate(asOf)}）`,
      `范围：${scopeName}`,
      `生成时间：${documentDateTime(header.generatedAt, zone.timeZone)}`,
    ],
  };
}
