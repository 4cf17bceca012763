import { PROJECT_KINDS, PROJECT_STAGES } from '@zonehub/project-rules';

/** The filters GET /projects (and /projects/gantt) take, all optional strings as in the URL. */
export const PROJECT_FILTER_KEYS = [
  'q',
  'ragStatus',
  'stage',
  'taskForceId',
  'parkId',
  'kind',
  'transformation',
] as const;
export type ProjectFilterKey = (typeof PROJECT_FILTER_KEYS)[number];
export type ProjectFilter = Partial<Record<ProjectFilterKey, string>>;

export const RAG_STATUSES = ['red', 'amber', 'green', 'done'] as const;

/** The sort columns GET /projects accepts. */
export const PROJECT_SORTS = ['updatedAt', 'code', 'dueSoon', 'totalInvestmentYuan'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

const ALLOWED: Partial<Record<ProjectFilterKey, readonly string[]>> = {
  ragStatus: RAG_STATUSES,
  stage: PROJECT_STAGES,
  kind: PROJECT_KINDS,
  transformation: ['true', 'false'],
};

/**
 * Reads the project filter from the page's URL; values the server would refuse (an unknown light
 * or stage) are dropped so an old or hand-edited link still opens a working list.
 */
export function readProjectFilter(params: URLSearchParams): ProjectFilter {
  const filter: ProjectFilter = {};
  for (const key of PROJECT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    const allowed = ALLOWED[key];
    if (allowed && !allowed.includes(value)) continue;
    filter[key] = value;
  }
  return filter;
}
