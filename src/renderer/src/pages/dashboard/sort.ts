// How the dashboard's hires table filters and orders its rows.
import type { DashboardRow } from '@shared/progress/report';
import type { TransitionStatus } from '@shared/progress/progress';

export type SortKey = 'name' | 'weeksIn' | 'readiness' | 'status' | 'nextCheckIn' | 'overdueItems';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

// Most in need of attention first.
const statusOrder: Record<TransitionStatus, number> = {
  stalled: 0,
  slipping: 1,
  'on-track': 2,
  'not-started': 3,
  'no-plan': 4,
};

function compare(key: SortKey) {
  return (a: DashboardRow, b: DashboardRow): number => {
    switch (key) {
      case 'name':
        return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
      case 'status':
        return statusOrder[a.status] - statusOrder[b.status];
      case 'nextCheckIn':
        return (a.nextCheckIn ?? '9999').localeCompare(b.nextCheckIn ?? '9999');
      case 'readiness':
        return (a.readiness ?? -1) - (b.readiness ?? -1);
      default:
        return a[key] - b[key];
    }
  };
}

/** The rows whose name contains `search` and (when set) have `status`, in the order asked for. */
export function visibleRows(
  rows: readonly DashboardRow[],
  filter: { search: string; status: '' | TransitionStatus },
  sort: Sort,
): DashboardRow[] {
  const wanted = filter.search.trim().toLowerCase();
  const list = rows.filter(
    (r) => (!filter.status || r.status === filter.status) && r.name.toLowerCase().includes(wanted),
  );
  const sorted = list.sort(compare(sort.key));
  return sort.descending ? sorted.reverse() : sorted;
}
