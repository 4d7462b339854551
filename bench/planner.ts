// bench/planner: how long generatePlan takes for every built-in transition (each move into Product
// Manager and Product Manager to Senior), with no assessment, and for 10,000 plans.
// Target: median at most 0.5 ms per plan for every transition.
import { builtInFramework as framework, builtInTransitionGuides } from '@shared/catalog';
import { generatePlan } from '@shared/planner';
import { median, percentile, report, type Figure } from './report';

const TARGET_MS = 0.5;
const moves = builtInTransitionGuides.map((g) => ({ from: g.fromRoleId, to: g.toRoleId }));
const input = (move: { from: string; to: string }, i: number) => ({
  framework,
  fromRoleId: move.from,
  toRoleId: move.to,
  // Vary the start date so no two plans share a calendar.
  startDate: new Date(Date.UTC(2027, 0, 4 + (i % 365))).toISOString().slice(0, 10),
});

for (let i = 0; i < 300; i += 1) generatePlan(input(moves[i % moves.length] as (typeof moves)[number], i));

const figures: Figure[] = [];
const all: number[] = [];
for (const move of moves) {
  const times: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const started = performance.now();
    generatePlan(input(move, i));
    times.push(performance.now() - started);
  }
  all.push(...times);
  figures.push({
    name: `${move.from} → ${move.to}, median`,
    value: median(times),
    unit: 'ms',
    target: TARGET_MS,
  });
}
figures.push({ name: 'all moves, p95', value: percentile(all, 95), unit: 'ms' });

const started = performance.now();
for (let i = 0; i < 10_000; i += 1) generatePlan(input(moves[i % moves.length] as (typeof moves)[number], i));
const total = performance.now() - started;
figures.push({ name: '10,000 plans, total', value: total, unit: 'ms' });
figures.push({ name: '10,000 plans, per plan', value: total / 10_000, unit: 'ms' });

const ok = report('Planner (generatePlan)', figures);
process.exitCode = ok ? 0 : 1;
