// First, latest and target on the Progress tab: the radar of the first and latest assessments
// against the target levels (the shared radar, with its table fold).
import type { HireProgress } from '@shared/progress/report';
import { CompetencyRadar } from '../components/CompetencyRadar';
import { formatCalendarDate } from '../format';
import { ChartCard, Empty } from './ChartCard';

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
  const levels = (pick: (id: string, target: number) => number | undefined) =>
    Object.fromEntries(progress.competencies.map((c) => [c.id, pick(c.id, c.target)]));
  const radarSeries = [
    { kind: 'target' as const, name: 'Target', levels: levels((_, target) => target) },
    ...(latest !== first ? [{ kind: 'first' as const, name: 'First', levels: first.levels }] : []),
    { kind: 'current' as const, name: latest !== first ? 'Latest' : 'Assessed', levels: latest.levels },
  ];
  return (
    <ChartCard
      title="First, latest and target"
      caption={`First ${formatCalendarDate(first.assessedOn)}${latest !== first ? `, latest ${formatCalendarDate(latest.assessedOn)}` : ''}.`}
    >
      <CompetencyRadar
        frameworkOrder={progress.competencies}
        competencies={progress.competencies}
        series={radarSeries}
        label="First, latest and target levels"
        height={400}
      />
    </ChartCard>
  );
}
