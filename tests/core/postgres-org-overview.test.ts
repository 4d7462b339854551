// The organisation overview on PostgreSQL (PGlite, and a real server under `npm test`): the counts an
// HR/L&D lead sees, worked out for a fixed day (29 February, a Thursday) so they never depend on the
// day the test runs; nobody else may read it; and nothing personal is in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { readOrgOverview, weekBand } from '../../src/main/server/overview/org-overview';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';

const TODAY = '2028-02-29';

const ACCOUNTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at, disabled_at) VALUES
  ('lead', 'lead@example.com', 'Lena Lead', 'hr', 'scrypt$x', 't', NULL),
  ('admin', 'admin@example.com', 'Ada Admin', 'admin', 'scrypt$x', 't', NULL),
  ('m-ana', 'ana@example.com', 'Ana Manager', 'manager', 'scrypt$x', 't', NULL),
  ('m-ben', 'ben@example.com', 'Ben Manager', 'manager', 'scrypt$x', 't', NULL),
  ('m-gone', 'gone@example.com', 'Gus Gone', 'manager', 'scrypt$x', 't', '2028-02-01T00:00:00Z'),
  ('m-idle', 'idle@example.com', 'Ida Idle', 'manager', 'scrypt$x', 't', '2028-02-01T00:00:00Z');
INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, status, created_at, updated_at, manager_id) VALUES
  ('h1', 'Secret Person One', 'project-manager', 'product-manager', '2028-02-29', 'active', 't', 't', 'm-ana'),
  ('h2', 'Secret Person Two', 'project-manager', 'product-manager', '2028-01-04', 'active', 't', 't', 'm-ana'),
  ('h3', 'Secret Person Three', 'project-manager', 'product-manager', '2027-01-04', 'archived', 't', 't', 'm-ben'),
  ('h4', 'Secret Person Four', 'software-engineer', 'product-manager', '2028-03-06', 'active', 't', 't', 'm-ben'),
  ('h5', 'Secret Person Five', 'product-owner', 'product-manager', '2027-06-01', 'active', 't', 't', 'm-gone');
INSERT INTO check_ins (id, hire_id, scheduled_on, status, origin, held_on, private_notes, created_at, updated_at) VALUES
  ('c1', 'h2', '2028-02-03', 'done', 'plan', '2028-02-03', 'Secret private note', 't', 't'),
  ('c2', 'h2', '2028-01-31', 'done', 'plan', '2028-01-31', '', 't', 't'),
  ('c3', 'h2', '2028-02-28', 'scheduled', 'plan', NULL, '', 't', 't'),
  ('c4', 'h2', '2028-02-29', 'scheduled', 'plan', NULL, '', 't', 't'),
  ('c5', 'h2', '2028-03-13', 'scheduled', 'plan', NULL, '', 't', 't'),
  ('c6', 'h2', '2028-03-14', 'scheduled', 'plan', NULL, '', 't', 't'),
  ('c7', 'h2', '2028-02-20', 'cancelled', 'plan', NULL, '', 't', 't'),
  ('c8', 'h3', '2028-02-27', 'scheduled', 'plan', NULL, '', 't', 't'),
  ('c9', 'h5', '2028-02-10', 'done', 'manager', '2028-02-10', '', 't', 't');
`;

describe('weeks in', () => {
  it('counts week 1 from the start date, across 29 February and a Sunday', () => {
    expect(weekBand('2028-03-01', TODAY)).toBe('notStarted');
    expect(weekBand(TODAY, TODAY)).toBe('weeks1to4');
    expect(weekBand('2028-02-01', TODAY)).toBe('weeks5to8'); // day 28: week 5
    expect(weekBand('2028-02-02', TODAY)).toBe('weeks1to4'); // day 27: week 4
    expect(weekBand('2026-11-29', '2027-02-27')).toBe('weeks9to13'); // a Sunday start; day 90: week 13
    expect(weekBand('2026-11-29', '2027-02-28')).toBe('weeks14to26'); // day 91: week 14
    expect(weekBand('2027-06-01', TODAY)).toBe('over26');
  });
});

describeOnPostgres('the organisation overview', (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await target.open();
    await migratePostgres(db);
    await db.exec(ACCOUNTS);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('counts transitions by move, status and weeks in, for the lead', async () => {
    const overview = await readOrgOverview(db, { id: 'lead', role: 'hr' }, TODAY);
    expect(overview.asOf).toBe(TODAY);
    expect(overview.transitions).toEqual([
      {
        fromRoleId: 'project-manager',
        toRoleId: 'product-manager',
        active: 2,
        archived: 1,
        weeksIn: { notStarted: 0, weeks1to4: 1, weeks5to8: 0, weeks9to13: 1, weeks14to26: 0, over26: 0 },
      },
      {
        fromRoleId: 'product-owner',
        toRoleId: 'product-manager',
        active: 1,
        archived: 0,
        weeksIn: { notStarted: 0, weeks1to4: 0, weeks5to8: 0, weeks9to13: 0, weeks14to26: 0, over26: 1 },
      },
      {
        fromRoleId: 'software-engineer',
        toRoleId: 'product-manager',
        active: 1,
        archived: 0,
        weeksIn: { notStarted: 1, weeks1to4: 0, weeks5to8: 0, weeks9to13: 0, weeks14to26: 0, over26: 0 },
      },
    ]);
  });

  it('gives each manager their coaching load; a turned-off manager shows only while they still have hires', async () => {
    const { managers } = await readOrgOverview(db, { id: 'lead', role: 'hr' }, TODAY);
    expect(managers).toEqual([
      // c1 (3 Feb) is inside the 28 days ending 29 Feb, c2 (31 Jan) is not; c3 is overdue; c4 (today)
      // and c5 (13 Mar, day 13) are ahead, c6 (14 Mar) is past the fortnight; c7 was cancelled.
      {
        managerId: 'm-ana',
        displayName: 'Ana Manager',
        disabled: false,
        activeHires: 2,
        heldLast28Days: 1,
        scheduledNext14Days: 2,
        overdue: 1,
      },
      // h3 is archived: its one-on-one is not his load.
      {
        managerId: 'm-ben',
        displayName: 'Ben Manager',
        disabled: false,
        activeHires: 1,
        heldLast28Days: 0,
        scheduledNext14Days: 0,
        overdue: 0,
      },
      {
        managerId: 'm-gone',
        displayName: 'Gus Gone',
        disabled: true,
        activeHires: 1,
        heldLast28Days: 1,
        scheduledNext14Days: 0,
        overdue: 0,
      },
    ]);
  });

  it('holds no hire name and no note', async () => {
    const text = JSON.stringify(await readOrgOverview(db, { id: 'lead', role: 'hr' }, TODAY));
    expect(text).not.toMatch(/Secret/);
  });

  it('is refused to managers and administrators', async () => {
    await expect(readOrgOverview(db, { id: 'm-ana', role: 'manager' }, TODAY)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(readOrgOverview(db, { id: 'admin', role: 'admin' }, TODAY)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
