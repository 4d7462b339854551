// bench/planner: how long generatePlan takes for each built-in move into Product Manager, and for
// 10,000 plans. Target: median at most 1 ms per plan.
import { builtInFramework as framework } from '@shared/catalog';
import { generatePlan } from '@shared/planner';
import { median, percentile, report, type Figure } from './report';

const TARGET = 'product-manager';
const froms = framework.roles.filter((r) => r.id !== TARGET).map((r) => r.id);
const input = (fromRoleId: string, i: number) => ({
  framework,
  fromRoleId,
  toRoleId: TARGET,
  // Vary the start date so no two plans share a calendar.
  startDate: new Date(Date.UTC(2027, 0, 4 + (i % 365))).toISOString().slice(0, 10),
});

for (let i = 0; i < 300; i += 1) generatePlan(input(froms[i % froms.length] as string, i));

const figures: Figure[] = [];
const all: number[] = [];
for (const from of froms) {
  const times: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const started = performance.now();
    generatePlan(input(from, i));
    times.push(performance.now() - started);
  }
  all.push(...times);
  figures.push({ name: `${from} → ${TARGET}, median`, value: median(times), unit: 'ms', target: 1 });
}
figures.push({ name: 'all moves, p95', value: percentile(all, 95), unit: 'ms' });

const started = performance.now();
for (let i = 0; i < 10_000; i += 1) generatePlan(input(froms[i % froms.length] as string, i));
const total = performance.now() - started;
figures.push({ name: '10,000 plans, total', value: total, unit: 'ms' });
figures.push({ name: '10,000 plans, per plan', value: total / 10_000, unit: 'ms', target: 1 });

const ok = report('Planner (generatePlan)', figures);
process.exitCode = ok ? 0 : 1;
