import { openCore } from '../src/main/core';
const dataDir = `${process.cwd()}/out/bench-data/v1`;
const core = await openCore({ dataDir, dailyBackups: false, backgroundCheck: false });
const list = await core.call('hires.list', { status: 'active' });
const id = list.ok ? (list.value[5]?.id ?? '') : '';
for (let i = 0; i < 2; i += 1)
  for (const ch of ['hires.get', 'plans.current', 'assessments.list', 'checkIns.history', 'checkIns.schedule', 'progress.hire'] as const) {
    const t = performance.now();
    await core.call(ch, ch === 'hires.get' ? { id } : { hireId: id });
    console.log(ch, (performance.now() - t).toFixed(1));
  }
core.close();
