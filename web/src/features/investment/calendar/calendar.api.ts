import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActivityKind } from '@zonehub/investment-rules';
import { api } from '../../../api/client';
import type { ListResponse } from '../../../api/types';
import { MAX_PAGE_SIZE } from '../../../app/list-search';
import type { Activity } from '../leads/lead.types';

export interface CalendarQuery {
  from: string;
  to: string;
  taskForceId?: string | undefined;
  kind?: ActivityKind | undefined;
}

/** A busy month is read in pages; past this many the calendar says it shows only part. */
const MAX_PAGES = 5;

export interface CalendarActivities {
  items: Activity[];
  total: number;
}

async function fetchRange(query: CalendarQuery): Promise<CalendarActivities> {
  const items: Activity[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await api.get<ListResponse<Activity>>('/investment/activities', {
      ...query,
      page,
      pageSize: MAX_PAGE_SIZE,
    });
    items.push(...answer.items);
    total = answer.total;
    if (items.length >= total || answer.items.length === 0) break;
  }
  return { items, total };
}

/** The activities overlapping [from, to] (GET /investment/activities), every page up to a cap. */
export function useCalendarActivities(query: CalendarQuery) {
  return useQuery({
    queryKey: ['investment', 'activities', 'calendar', query],
    queryFn: () => fetchRange(query),
    placeholderData: keepPreviousData,
  });
}
