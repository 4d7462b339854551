// First, latest and target on the Progress tab: the radar of the first and latest assessments
// against the target levels, and the same figures as a table.
import type { HireProgress } from '@shared/progress/report';
import { ChartTable } from '../components/ChartTable';
import { formatCalendarDate } from '../format';
import { ChartCard, Empty } from './ChartCard';
import { ProgressRadar } from './ProgressRadar';

export function FirstLatestTarget({ progress }: { progress: HireProgress }) {
  const manager = progress.assessments.filter((a) => a.assessor === 'manager');
  const basis = manager.length > 0 ? manager : progress.assessments;
  const first = basis[0];
  const latest = basis.at(-1);
  if (!first || !latest) {
    return (
      <ChartCard title="First, latest and target">
        <Empty>The radar compares the first and latest assessments with the target once there is one.</Empty>
      </ChartCard>
    );
  }
  const data = progress.competencies.map((c) => ({
    competency: c.name,
    Target: c.target,
    First: first.levels[c.id] ?? 0,
    ...(latest !== first ? { Latest: latest.levels[c.id] ?? 0 } : {}),
  }));
  return (
    <ChartCard
      title="First, latest and target"
      caption={`First ${formatCalendarDate(first.assessedOn)}${latest !== first ? `, latest ${formatCalendarDate(latest.assessedOn)}` : ''}.`}
    >
      <ProgressRadar data={data} withLatest={latest !== first} />
      <ChartTable
        label="First, latest and target levels"
        data={data}
        dataKey="competency"
        dataKeyLabel="Competency"
        series={['First', ...(latest !== first ? ['Latest'] : []), 'Target']}
      />
    </ChartCard>
  );
}
