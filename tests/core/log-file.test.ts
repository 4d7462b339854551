// The log file in the data folder: a fault inside a call is written with its channel, error code and
// stack, and never with what the manager typed (a private note, a hire's name), even when the
// error's own message quotes it. app.logFile tells Settings where the file is.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/core';
import { describeFault, LOG_FILE } from '../../src/main/core/log';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
beforeEach(async () => {
  env = await openTempCore({ now: () => new Date('2027-03-01T10:00:00') });
});
afterEach(() => env.cleanup());

/** A trigger that fails the write with the typed text as its message, as a faulty migration might. */
function failWritesQuoting(sql: string): void {
  const db = new Database(join(env.dataDir, DATABASE_FILE));
  db.exec(sql);
  db.close();
}

const PRIVATE_NOTE = 'Private: going through a divorce, keep this between us';
const NAME = 'Zdzisława Quintero-Obuya';

describe('log file', () => {
  it('says where it is: rolebridge.log in the data folder', async () => {
    expect(valueOf(await env.core.call('app.logFile', {}))).toEqual({ file: join(env.dataDir, LOG_FILE) });
  });

  it('writes a failing hire with its channel, code and stack, without the name or the notes', async () => {
    failWritesQuoting(
      `CREATE TRIGGER quote BEFORE INSERT ON hires BEGIN SELECT RAISE(ABORT, NEW.name || ' ' || NEW.notes); END;`,
    );
    const result = await env.core.call('hires.create', {
      name: NAME,
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-03-01',
      notes: PRIVATE_NOTE,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const log = readFileSync(join(env.dataDir, LOG_FILE), 'utf8');
    expect(log).toMatch(/\[error\] hires\.create failed: SqliteError SQLITE_CONSTRAINT_TRIGGER/);
    expect(log).toMatch(/^\s+at /m);
    expect(log).not.toContain('divorce');
    expect(log).not.toContain('Zdzis');
    expect(log).not.toContain('Quintero');
  });

  it('writes a failing check-in without its private note', async () => {
    const hire = valueOf(
      await env.core.call('hires.create', {
        name: NAME,
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    valueOf(await env.core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
    const [first] = valueOf(await env.core.call('checkIns.schedule', { hireId: hire.id }));
    failWritesQuoting(
      `CREATE TRIGGER quote BEFORE UPDATE ON check_ins BEGIN SELECT RAISE(ABORT, NEW.private_notes); END;`,
    );
    const result = await env.core.call('checkIns.complete', {
      id: first?.id ?? '',
      heldOn: first?.scheduledOn ?? '',
      sharedNotes: 'We went through the roadmap.',
      privateNotes: PRIVATE_NOTE,
      pulses: [],
      newActionItems: [],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const log = readFileSync(join(env.dataDir, LOG_FILE), 'utf8');
    expect(log).toContain('checkIns.complete failed');
    expect(log).not.toContain('divorce');
  });

  it('writes nothing for refused input: a validation error is the caller’s, not a fault', async () => {
    const result = await env.core.call('hires.create', { name: PRIVATE_NOTE });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(existsSync(join(env.dataDir, LOG_FILE))).toBe(false);
  });

  it('describes a fault by name, code and frames only', () => {
    const error = Object.assign(new Error(`cannot save ${PRIVATE_NOTE}`), { code: 'SQLITE_FULL' });
    const text = describeFault(error);
    expect(text.split('\n')[0]).toBe('Error SQLITE_FULL');
    expect(text).not.toContain('divorce');
    expect(describeFault(Object.assign(new Error('x'), { code: PRIVATE_NOTE })).split('\n')[0]).toBe('Error');
    expect(describeFault(PRIVATE_NOTE)).toBe('a thrown string');
  });
});
