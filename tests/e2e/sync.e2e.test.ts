import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer } from '../../scripts/couch-test-server.mjs';
import { launchBrowser, newContext } from './browser';
import { BASE_URL } from './config';

type CouchServer = Awaited<ReturnType<typeof startCouchServer>>;

let browser: Browser;
let couch: CouchServer;
beforeAll(async () => {
  [browser, couch] = await Promise.all([launchBrowser(), startCouchServer()]);
});
afterAll(async () => {
  await browser.close();
  await couch.stop();
});

const titleBox = (page: Page) => page.getByRole('textbox', { name: /^Title/ }).first();
const departmentBox = (page: Page) => page.getByRole('textbox', { name: /^Department/ }).first();
const syncStatus = (page: Page) => page.locator('.app-sync-status');

async function saved(page: Page) {
  await page
    .locator('.app-save-status')
    .getByText(/^Saved on this device/)
    .waitFor();
}

async function home(page: Page) {
  await page.goto(BASE_URL);
  await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
}

async function turnOnSync(page: Page, dbUrl: string) {
  await home(page);
  await page.getByRole('button', { name: 'Set up sync' }).click();
  await page.getByRole('textbox', { name: 'Database address' }).fill(dbUrl);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await upToDate(page);
}

async function upToDate(page: Page) {
  await syncStatus(page).getByText('up to date.').waitFor({ timeout: 30_000 });
}

interface ServerDoc {
  _rev: string;
  _conflicts?: string[];
  record: { meta: { title: string; department: string } };
}

async function serverDoc(dbUrl: string, id: string): Promise<ServerDoc | undefined> {
  const res = await fetch(`${dbUrl}/${encodeURIComponent(`assessment:${id}`)}?conflicts=true`);
  return res.ok ? ((await res.json()) as ServerDoc) : undefined;
}

/** Reloads the step until its fields show what sync should have brought. */
async function expectFields(page: Page, url: string, title: string, department: string) {
  await expect
    .poll(
      async () => {
        await page.goto(url);
        await titleBox(page).waitFor();
        return [await titleBox(page).inputValue(), await departmentBox(page).inputValue()];
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toEqual([title, department]);
}

describe('team sync with a CouchDB server', () => {
  it('syncs an assessment between two devices, merges offline edits, shows a conflict, refuses a hostile document and resumes after the server went away', async () => {
    const dbUrl = await couch.createDb('housing');
    const started = Date.now();
    const phase = (name: string) =>
      console.log(`${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`);
    const contexts: BrowserContext[] = [await newContext(browser), await newContext(browser)];
    const [ctxA, ctxB] = contexts as [BrowserContext, BrowserContext];
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    for (const p of [a, b]) p.on('pageerror', (e) => console.log('[pageerror]', e.message));

    // Bad addresses get a clear message at the field, and nothing starts.
    await home(a);
    await a.getByRole('button', { name: 'Set up sync' }).click();
    await a
      .getByRole('textbox', { name: 'Database address' })
      .fill('http://couch.example.gov/housing');
    await a.getByRole('button', { name: 'Turn on sync' }).click();
    await a.getByText('The address must start with https://').waitFor();
    await expect(
      a.getByRole('textbox', { name: 'Database address' }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');

    phase('Device A writes');
    // Device A writes an assessment and turns sync on: the server gets it.
    await a.getByRole('button', { name: 'New assessment' }).click();
    await titleBox(a).fill('Bus passes');
    await departmentBox(a).fill('Housing');
    await saved(a);
    const url = a.url();
    const id = /assessments\/([0-9a-f-]{36})/.exec(url)?.[1] ?? '';
    expect(id).not.toBe('');
    await turnOnSync(a, dbUrl);
    await expect
      .poll(async () => (await serverDoc(dbUrl, id))?.record.meta.title, { timeout: 30_000 })
      .toBe('Bus passes');

    phase('Device B turns');
    // Device B turns sync on and receives it.
    await turnOnSync(b, dbUrl);
    await b.getByText('Bus passes').first().waitFor({ timeout: 30_000 });
    await expectFields(b, url, 'Bus passes', 'Housing');

    phase('Offline on both, different');
    // Offline on both, different fields: both edits survive.
    await a.goto(url);
    await titleBox(a).waitFor();
    await ctxA.setOffline(true);
    await ctxB.setOffline(true);
    await titleBox(a).fill('Bus passes for youth');
    await departmentBox(b).fill('Transit');
    await Promise.all([saved(a), saved(b)]);
    await ctxA.setOffline(false);
    await ctxB.setOffline(false);
    await expect
      .poll(
        async () => {
          const doc = await serverDoc(dbUrl, id);
          return doc && [doc.record.meta.title, doc.record.meta.department, doc._conflicts ?? []];
        },
        { timeout: 30_000, interval: 500 },
      )
      .toEqual(['Bus passes for youth', 'Transit', []]);
    await expectFields(a, url, 'Bus passes for youth', 'Transit');
    await expectFields(b, url, 'Bus passes for youth', 'Transit');

    phase('Offline on both, the same');
    // Offline on both, the same field: a conflict, both texts shown, nothing lost.
    await ctxA.setOffline(true);
    await ctxB.setOffline(true);
    await titleBox(a).fill('Bus passes for youth (from A)');
    await titleBox(b).fill('Bus passes for youth (from B)');
    await Promise.all([saved(a), saved(b)]);
    await ctxA.setOffline(false);
    await ctxB.setOffline(false);
    await expect
      .poll(async () => (await serverDoc(dbUrl, id))?._conflicts?.length ?? 0, {
        timeout: 30_000,
        interval: 500,
      })
      .toBe(1);
    await home(a);
    const conflict = a.locator('.app-sync-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    await a.getByRole('heading', { name: '1 assessment was changed on two devices' }).waitFor();
    // The field is named as the wizard names it.
    await conflict.getByRole('group', { name: 'Answer: Details: Title' }).waitFor();
    await conflict
      .locator('blockquote')
      .getByText('Bus passes for youth (from A)', { exact: true })
      .waitFor();
    await conflict
      .locator('blockquote')
      .getByText('Bus passes for youth (from B)', { exact: true })
      .waitFor();
    phase('Until someone picks');
    // Until someone picks, each device keeps its own text.
    await expectFields(b, url, 'Bus passes for youth (from B)', 'Transit');
    await home(a);
    await a.getByText('Keep the text from the other device').click();
    await expect(
      a.getByRole('radio', { name: 'Keep the text from the other device' }).isChecked(),
    ).resolves.toBe(true);
    await a.getByRole('button', { name: 'Keep my choices' }).click();
    await a.locator('.app-sync-conflict').waitFor({ state: 'detached', timeout: 30_000 });
    await expect
      .poll(
        async () => {
          const doc = await serverDoc(dbUrl, id);
          return doc && [doc.record.meta.title, doc._conflicts ?? []];
        },
        { timeout: 30_000, interval: 500 },
      )
      .toEqual(['Bus passes for youth (from B)', []]);
    await expectFields(a, url, 'Bus passes for youth (from B)', 'Transit');
    await expectFields(b, url, 'Bus passes for youth (from B)', 'Transit');
    phase('The text not chosen');
    // The text not chosen is kept on device A.
    await home(a);
    const [kept] = await Promise.all([
      a.waitForEvent('download'),
      a.getByRole('button', { name: 'Download copies kept after conflicts' }).click(),
    ]);
    const keptText = await import('node:fs/promises').then(async (fs) =>
      fs.readFile(await kept.path(), 'utf8'),
    );
    expect(keptText).toContain('Bus passes for youth (from A)');

    phase('A hostile');
    // A hostile document planted on the server: refused and listed, nothing written.
    const hostileId = '11111111-2222-4333-8444-555555555555';
    const planted = await fetch(`${dbUrl}/assessment:${hostileId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'assessment',
        record: {
          schemaVersion: 2,
          id: hostileId,
          meta: { title: '<img src=x onerror=alert(1)>' },
          createdAt: 'yesterday',
        },
      }),
    });
    expect(planted.ok).toBe(true);
    await home(b);
    await b
      .getByRole('heading', { name: '1 document from the server was not accepted' })
      .waitFor({ timeout: 30_000 });
    await b.getByText(`assessment:${hostileId}`).waitFor();
    await expect(b.getByText('<img src=x onerror=alert(1)>').count()).resolves.toBe(0);
    await expect(
      b.evaluate(
        (key) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('equity-decision-tool');
            open.onsuccess = () => {
              const req = open.result
                .transaction('assessments')
                .objectStore('assessments')
                .count(key);
              req.onsuccess = () => resolve(req.result);
              req.onerror = () => reject(req.error);
            };
            open.onerror = () => reject(open.error);
          }),
        hostileId,
      ),
    ).resolves.toBe(0);

    phase('The server goes away');
    // The server goes away mid-sync and comes back (empty): devices keep working and resume.
    await b.goto(url);
    await titleBox(b).waitFor();
    await couch.kill();
    phase('killed');
    await titleBox(b).fill('Bus passes, written while the server was down');
    await saved(b);
    await couch.restart();
    await couch.createDb('housing');
    phase('restarted');
    await expect
      .poll(async () => (await serverDoc(dbUrl, id))?.record.meta.title, {
        timeout: 60_000,
        interval: 1000,
      })
      .toBe('Bus passes, written while the server was down');
    await expectFields(a, url, 'Bus passes, written while the server was down', 'Transit');

    for (const c of contexts) await c.close();
  }, 300_000);

  it('sends a deletion to the other device’s trash; an edit made after a deletion, or a restore, brings the assessment back', async () => {
    const dbUrl = await couch.createDb('parks');
    const contexts: BrowserContext[] = [await newContext(browser), await newContext(browser)];
    const [ctxA, ctxB] = contexts as [BrowserContext, BrowserContext];
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    for (const p of [a, b]) p.on('pageerror', (e) => console.log('[pageerror]', e.message));
    const card = (page: Page, title: string) =>
      page.getByRole('listitem', { name: title, exact: true });
    const trashRow = (page: Page, title: string) =>
      page.getByRole('row').filter({ hasText: title });

    async function create(page: Page, title: string): Promise<string> {
      await home(page);
      await page.getByRole('button', { name: 'New assessment' }).click();
      await titleBox(page).fill(title);
      await saved(page);
      return page.url();
    }
    async function remove(page: Page, title: string) {
      await home(page);
      await card(page, title)
        .getByRole('button', { name: `Delete ${title}`, exact: true })
        .click();
      await page.getByText(`“${title}” was deleted.`).waitFor();
    }

    // Both devices have "Park hours"; A deletes it: the server deletes it, B moves it to its trash.
    await create(a, 'Park hours');
    const urlB = await create(a, 'Pool hours');
    const poolId = /assessments\/([0-9a-f-]{36})/.exec(urlB)?.[1] ?? '';
    await turnOnSync(a, dbUrl);
    await turnOnSync(b, dbUrl);
    await card(b, 'Park hours').waitFor({ timeout: 30_000 });
    await card(b, 'Pool hours').waitFor({ timeout: 30_000 });
    await remove(a, 'Park hours');
    // B, on its list, sees it go to its trash.
    await card(b, 'Park hours').waitFor({ state: 'detached', timeout: 30_000 });
    await trashRow(b, 'Park hours').waitFor();
    await expect(card(b, 'Pool hours').count()).resolves.toBe(1);

    // B changes "Pool hours" offline while A deletes it: the change wins, and A gets it back
    // from its trash, with the change, and is told so.
    await b.goto(urlB);
    await titleBox(b).waitFor();
    await ctxB.setOffline(true);
    await titleBox(b).fill('Pool hours, longer in summer');
    await saved(b);
    await remove(a, 'Pool hours');
    await expect.poll(async () => (await serverDoc(dbUrl, poolId))?.record).toBeUndefined();
    await ctxB.setOffline(false);
    await expect
      .poll(async () => (await serverDoc(dbUrl, poolId))?.record.meta.title, { timeout: 30_000 })
      .toBe('Pool hours, longer in summer');
    await home(a);
    await card(a, 'Pool hours, longer in summer').waitFor({ timeout: 30_000 });
    const back = a.getByRole('region', { name: '1 deleted assessment is back' });
    await back.getByRole('link', { name: 'Pool hours, longer in summer' }).waitFor();
    await expect(trashRow(a, 'Pool hours').count()).resolves.toBe(0);
    // Said until dismissed, through a reload.
    await home(a);
    await back.getByRole('link', { name: 'Pool hours, longer in summer' }).waitFor();
    await back.getByRole('button', { name: 'Got it' }).click();
    await back.waitFor({ state: 'detached' });
    await home(a);
    await upToDate(a);
    await expect(back.count()).resolves.toBe(0);
    // B keeps it too; nothing was lost on either device.
    await home(b);
    await expect(card(b, 'Pool hours, longer in summer').count()).resolves.toBe(1);

    // Restoring from the trash is sent too: B brings back "Park hours", and A, which deleted it,
    // gets it back.
    await trashRow(b, 'Park hours').getByRole('button', { name: 'Restore Park hours' }).click();
    await card(b, 'Park hours').waitFor();
    await card(a, 'Park hours').waitFor({ timeout: 30_000 });
    await expect(trashRow(a, 'Park hours').count()).resolves.toBe(0);

    for (const c of contexts) await c.close();
  }, 180_000);
});
