// Settings on the team server, on PGlite and on a real PostgreSQL server: the SQLite repository's
// answers for the same saves, kept per account (one account's settings never reach another).
import { afterAll, beforeEach, expect, it } from 'vitest';
import type { Settings } from '@shared/settings/schema';
import { createSettingsRepository } from '../../src/main/core/settings/repository';
import { createPostgresSettingsRepository } from '../../src/main/server/repositories/settings';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import {
  ADMIN,
  LEAD,
  MANAGER_A,
  MANAGER_B,
  scopeOf,
  sqliteDatabase,
  teamDatabases,
} from '../support/team-repositories';

const SAVES: [Partial<Settings>, string][] = [
  [
    { managerName: 'Åsa Ngũgĩ "the lead"', checkInReminders: false, coachingBudgetHours: 2.5 },
    '2028-02-29T09:00:00.000Z',
  ],
  [{ checkInMinutes: 30, checkInTime: '09:30', managerName: undefined }, '2028-03-01T09:00:00.000Z'],
  [{ checkInReminders: true, holidayCountry: '', checkInReminderMinutes: 0 }, '2028-03-02T09:00:00.000Z'],
  [{}, '2028-03-03T09:00:00.000Z'],
];

describeOnPostgres('settings repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresSettingsRepository(scopeOf(db, actor));

  it('stores what SQLite stores, save after save', async () => {
    const sqlite = createSettingsRepository(sqliteDatabase());
    expect(await as(MANAGER_A).stored()).toEqual(sqlite.stored());
    for (const [changes, at] of SAVES) {
      sqlite.save(changes, at);
      await as(MANAGER_A).save(changes, at);
      expect(await as(MANAGER_A).stored()).toEqual(sqlite.stored());
    }
    expect(
      await db.query('SELECT key, updated_at FROM account_settings WHERE key = $1', ['checkInReminders']),
    ).toEqual([{ key: 'checkInReminders', updated_at: '2028-03-02T09:00:00.000Z' }]);
  });

  it("keeps each account's settings its own", async () => {
    await as(MANAGER_A).save({ managerName: 'Ada', checkInMinutes: 60 }, '2028-02-29T09:00:00.000Z');
    expect(await as(MANAGER_B).stored()).toEqual({});
    await as(MANAGER_B).save({ managerName: 'Bea' }, '2028-03-01T09:00:00.000Z');
    await as(LEAD).save({ holidayCountry: 'DE' }, '2028-03-01T09:00:00.000Z');
    expect(await as(MANAGER_A).stored()).toEqual({ managerName: 'Ada', checkInMinutes: 60 });
    expect(await as(MANAGER_B).stored()).toEqual({ managerName: 'Bea' });
    expect(await as(LEAD).stored()).toEqual({ holidayCountry: 'DE' });
    expect(await as(ADMIN).stored()).toEqual({});
  });
});
