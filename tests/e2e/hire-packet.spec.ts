// The hire packet end to end: the manager shares it from the hire's page, the hire opens the file
// from disk (file://), rates themselves, adds a topic and a win, and saves the answers file. The
// page asks for nothing but itself, runs no script from anywhere else, and leaves private notes out.
// Back in the app, the answers are opened, previewed and added; the same answers again add nothing,
// and answers opened on another hire's page are refused with the reason.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { packetAnswers } from '../../src/shared/packet/schema';
import { addHire, call, openApp } from './app';

test('share a packet, open it from the file, answer it and save the answers', async ({ page, context }) => {
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Zoë <b>Quinn</b>',
    current: 'Project Manager',
    target: 'Product Manager',
    start: '2026-11-30',
    notes: 'PRIVATE: thinking about leaving',
  });
  await page.getByRole('link', { name: 'Zoë <b>Quinn</b>' }).click();
  await page.getByRole('button', { name: 'Create a plan without one' }).click();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();

  const sharing = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share with Zoë <b>Quinn</b>' }).click();
  const shared = await sharing;
  expect(shared.suggestedFilename()).toBe('plan-for-zoe-b-quinn-b-v1.html');
  // Saved under its own name: a browser reads a file as a web page by its .html ending.
  const packetPath = join(mkdtempSync(join(tmpdir(), 'rolebridge-packet-')), shared.suggestedFilename());
  await shared.saveAs(packetPath);
  const html = readFileSync(packetPath, 'utf8');
  expect(html).not.toContain('PRIVATE');
  expect(html).not.toContain('<b>Quinn');

  // The hire's side: the file opened from disk, every request the page makes recorded.
  const hirePage = await context.newPage();
  const requests: string[] = [];
  const finished: string[] = [];
  hirePage.on('request', (request) => requests.push(request.url()));
  hirePage.on('requestfinished', (request) => finished.push(request.url()));
  const fileUrl = pathToFileURL(packetPath).href;
  await hirePage.goto(fileUrl);
  await expect(hirePage.getByRole('heading', { name: 'Your plan, Zoë <b>Quinn</b>' })).toBeVisible();
  await expect(hirePage.getByRole('heading', { name: 'What your new role expects' })).toBeVisible();
  await expect(hirePage.getByRole('heading', { name: 'Your goals' })).toBeVisible();

  await hirePage.getByRole('radio', { name: 'Customer discovery: 2 · Practising' }).check();
  await hirePage.getByLabel('New topic').fill('How do I say no to <sales>?');
  await hirePage.getByRole('button', { name: 'Add topic' }).click();
  await expect(hirePage.getByText('How do I say no to <sales>?')).toBeVisible();
  await hirePage.getByLabel('Competency').selectOption({ label: 'Customer discovery' });
  await hirePage.getByLabel('What happened').fill('Ran my first five customer interviews');
  await hirePage.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(hirePage.getByText(/Ran my first five customer interviews/)).toBeVisible();

  const saving = hirePage.waitForEvent('download');
  await hirePage.getByRole('button', { name: 'Save my answers' }).click();
  const saved = await saving;
  const answers = packetAnswers.parse(JSON.parse(readFileSync(await saved.path(), 'utf8')));
  expect(answers.packetVersion).toBe(1);
  expect(answers.selfAssessment?.ratings).toEqual([{ competencyId: 'customer-discovery', level: 2 }]);
  expect(answers.topics).toEqual([{ text: 'How do I say no to <sales>?' }]);
  expect(answers.evidence).toEqual([
    expect.objectContaining({
      kind: 'win',
      competencyId: 'customer-discovery',
      text: 'Ran my first five customer interviews',
    }),
  ]);

  // Opening, answering and saving asked for nothing but the page itself.
  expect(requests).toEqual([fileUrl]);

  // A script from anywhere else is refused by the page's policy before it loads.
  const refused = await hirePage.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('securitypolicyviolation', (event) => done(event.violatedDirective));
        const script = document.createElement('script');
        script.src = 'https://example.com/tracker.js';
        document.body.append(script);
      }),
  );
  expect(refused).toMatch(/^script-src/);
  expect(finished).toEqual([fileUrl]);

  const answersPath = join(mkdtempSync(join(tmpdir(), 'rolebridge-answers-')), saved.suggestedFilename());
  await saved.saveAs(answersPath);

  // Back in Rolebridge: open the answers from the hire's page, see what they add, add them.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Open answers…' }).click();
  await page.getByLabel('Answers file').setInputFiles(answersPath);
  const preview = page.getByRole('region', { name: 'What the answers add' });
  await expect(preview.getByText('Customer discovery: 2 · Practising')).toBeVisible();
  await expect(preview.getByText('How do I say no to <sales>?')).toBeVisible();
  await expect(preview.getByText(/Ran my first five customer interviews/)).toBeVisible();
  await page.getByRole('button', { name: 'Add to Rolebridge' }).click();
  await expect(page.getByText('Zoë <b>Quinn</b>’s answers added')).toBeVisible();

  // Each in its place: the self-assessment, the evidence log, the next one-on-one's Goal section.
  await page.getByRole('tab', { name: /Assessments/ }).click();
  await expect(page.getByRole('cell', { name: 'Self-assessment' })).toHaveCount(1);
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await expect(
    page.getByRole('table', { name: 'Evidence log' }).getByText('Ran my first five customer interviews'),
  ).toBeVisible();
  const hireId = /hires\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  const schedule = await call<{ id: string; status: string }[]>(page.request, 'checkIns.schedule', {
    hireId,
  });
  const next = schedule.find((c) => c.status === 'scheduled');
  await page.evaluate((hash) => (window.location.hash = hash), `#/hires/${hireId}/check-ins/${next?.id}`);
  const topics = page.getByRole('region', { name: 'Topics to talk about' });
  await expect(topics.getByText('How do I say no to <sales>?')).toBeVisible();
  await expect(topics.getByText('From Zoë <b>Quinn</b>')).toBeVisible();

  // The same answers again, dropped on the hire's page: recognised, nothing doubled.
  await page.evaluate((hash) => (window.location.hash = hash), `#/hires/${hireId}?tab=evidence`);
  await expect(page.getByRole('table', { name: 'Evidence log' })).toBeVisible();
  await dropFile(page, answersPath);
  await expect(
    page.getByText('These answers are already in Rolebridge: importing them again adds nothing.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add to Rolebridge' })).toBeDisabled();
  await page.keyboard.press('Escape');
  expect(await call<unknown[]>(page.request, 'topics.list', { hireId })).toHaveLength(1);
  expect(await call<unknown[]>(page.request, 'evidence.list', { hireId })).toHaveLength(1);

  // Another hire's answers, opened on this hire's page: refused with the reason, nothing added.
  const other = await call<{ id: string }>(page.request, 'hires.create', {
    name: 'Ada Byron',
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: '2026-11-30',
  });
  await page.evaluate((hash) => (window.location.hash = hash), `#/hires/${other.id}`);
  await page.getByRole('button', { name: 'Open answers…' }).click();
  await page.getByLabel('Answers file').setInputFiles(answersPath);
  await expect(
    page
      .getByRole('alert')
      .getByText(/answers\.hireId: These answers are from Zoë <b>Quinn<\/b>’s packet, not Ada Byron’s/),
  ).toBeVisible();
  expect(await call<unknown[]>(page.request, 'evidence.list', { hireId: other.id })).toEqual([]);
});

/** Drops a file on the page as a file manager would. */
async function dropFile(page: Page, path: string): Promise<void> {
  const content = readFileSync(path, 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'answers.json', { type: 'application/json' }));
    return data;
  }, content);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}
