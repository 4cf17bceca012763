import type { MilestoneDateProblem } from '@zonehub/project-rules';
import type { FieldError } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';

/**
 * The project module's field-error words in both languages. Field errors carry their message already
 * in the caller's language (the error handler only localizes title and detail).
 */
export type ProjectFieldCode =
  | MilestoneDateProblem
  | 'taskForce.notInZone'
  | 'park.notInZone'
  | 'enterprise.notInZone'
  | 'parcel.notInZone'
  | 'building.notInZone'
  | 'user.notInZone'
  | 'phase.notInProject'
  | 'predecessor.notInProject'
  | 'predecessor.self'
  | 'calendar.yearNotCovered'
  | 'file.empty';

const WORDS: Record<Locale, Record<ProjectFieldCode, string>> = {
  'zh-CN': {
    dueBeforeStart: '截止日期不能早于计划开始日期 {plannedStartOn}',
    actualStartInFuture: '实际开始日期不能晚于今天（{today}）',
    actualDoneInFuture: '实际完成日期不能晚于今天（{today}）',
    doneBeforeStart: '实际完成日期不能早于实际开始日期',
    predecessorNotDone: '前置事项尚未完成，不能标记为完成',
    'taskForce.notInZone': '专班不属于当前开发区',
    'park.notInZone': '园区不属于当前开发区',
    'enterprise.notInZone': '企业不属于当前开发区',
    'parcel.notInZone': '地块不属于当前开发区',
    'building.notInZone': '厂房不属于当前开发区',
    'user.notInZone': '该用户不在当前开发区',
    'phase.notInProject': '该分期不属于本项目',
    'predecessor.notInProject': '前置事项须是本项目的事项',
    'predecessor.self': '事项不能以自己为前置',
    'calendar.yearNotCovered': '年份须在 2000 至 2100 之间',
    'file.empty': '文件为空',
  },
  'en-US': {
    dueBeforeStart: 'the due date cannot be before the planned start {plannedStartOn}',
    actualStartInFuture: 'the actual start cannot be after today ({today})',
    actualDoneInFuture: 'the actual completion cannot be after today ({today})',
    doneBeforeStart: 'the actual completion cannot be before the actual start',
    predecessorNotDone: 'a predecessor is not done yet, so this item cannot be done',
    'taskForce.notInZone': 'the task force is not in this zone',
    'park.notInZone': 'the park is not in this zone',
    'enterprise.notInZone': 'the enterprise is not in this zone',
    'parcel.notInZone': 'the parcel is not in this zone',
    'building.notInZone': 'the building is not in this zone',
    'user.notInZone': 'the user is not in this zone',
    'phase.notInProject': 'the phase is not of this project',
    'predecessor.notInProject': 'predecessors must be items of this project',
    'predecessor.self': 'an item cannot be its own predecessor',
    'calendar.yearNotCovered': 'the year must be between 2000 and 2100',
    'file.empty': 'the file is empty',
  },
};

export function projectFieldError(
  locale: Locale,
  field: string,
  code: ProjectFieldCode,
  params: Record<string, string | number> = {},
): FieldError {
  const text = WORDS[locale][code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
  return { field, code, message: text };
}

/** Which field each date problem is about. */
export const PROBLEM_FIELD: Record<MilestoneDateProblem, string> = {
  dueBeforeStart: 'body.dueOn',
  actualStartInFuture: 'body.actualStartOn',
  actualDoneInFuture: 'body.actualDoneOn',
  doneBeforeStart: 'body.actualDoneOn',
  predecessorNotDone: 'body.actualDoneOn',
};
