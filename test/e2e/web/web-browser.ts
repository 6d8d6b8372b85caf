import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '@loanbook/testing';
import type { Role } from '../../../apps/back-office/src/auth/roles';
import { startBackOffice, type RunningApp, type UserClient } from '../harness';
import { ensureWebBuild } from './web-support';

/** The screenshots of the main pages, 1400 px wide (git ignores them; README "Tests"). */
export const SCREENSHOTS = resolve(__dirname, '../../screenshots/web');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface WebUser {
  name: string;
  roles: Role[];
  approvalLimit?: string;
}

/** The Brussels calendar day `offset` days from today, as YYYY-MM-DD. */
export function brusselsDay(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(),
  );
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

const ROLE_LABELS: Record<Role, string> = {
  clerk: 'Dossierbeheerder',
  'credit-officer': 'Kredietofficier',
  analyst: 'Analist',
  admin: 'Beheerder',
  accountant: 'Boekhouder',
};

/**
 * A back office on PGlite in development mode (sign-in by name and roles, documents on) and a
 * Chromium for a describe block: its hooks are registered by the call. Console errors and page
 * errors (a CSP refusal among them) fail the test they happen in.
 */
export function webSuite() {
  let bo: RunningApp;
  let base = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await ensureWebBuild();
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { AUTH_SHARED_SECRET: '', DOCUMENTS: 'on', DOCUMENTS_POLL_MS: '200' },
    });
    const server = await bo.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bo?.close();
  });
  beforeEach(() => {
    problems = [];
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(problems).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'nl-BE',
      timezoneId: 'Europe/Brussels',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (m) => {
      // A refused command is logged by Chromium as a failed resource: that is the test's point.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) {
        problems.push(m.text());
      }
    });
    page.on('pageerror', (e) => problems.push(e.message));
    return page;
  }

  /** Signs in on a new page, or on the one given. */
  async function signIn(user: WebUser, page?: Page): Promise<Page> {
    const p = page ?? (await newPage());
    await p.goto(`${base}/`);
    await p.getByLabel(/^Naam/).fill(user.name);
    for (const role of user.roles) await p.getByLabel(ROLE_LABELS[role]).check();
    if (user.approvalLimit) {
      await p
        .getByLabel('Goedkeuringslimiet (kredietofficier)')
        .fill(user.approvalLimit.replace('.', ','));
    }
    await p.getByRole('button', { name: 'Aanmelden' }).click();
    await p.getByRole('heading', { name: `Goedendag, ${user.name}` }).waitFor();
    return p;
  }

  /** The same user's API client, with a token of the same sign-in endpoint. */
  async function api(user: WebUser): Promise<UserClient> {
    const res = await bo.http().post('/api/v1/dev/sign-in').send(user).expect(200);
    return bo.withToken(res.body.token as string);
  }

  /** Waits until the locator's text holds `expected` (no-break spaces read as spaces). */
  async function text(locator: Locator, expected: string | RegExp, timeout = 15_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const shown = await locator
        .first()
        .textContent()
        .catch(() => null);
      const seen = (shown ?? '').replace(/[\u00a0\u202f]/g, ' ');
      if (typeof expected === 'string' ? seen.includes(expected) : expected.test(seen)) return;
      if (Date.now() > deadline) {
        throw new Error(`expected ${String(expected)} in ${locator.toString()}, saw: ${seen}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    // From the top: the sticky header then sits where it belongs in the full-page image.
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** axe-core on the page as it is: no serious or critical violation. */
  async function accessible(page: Page): Promise<void> {
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(): Promise<{
              violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  }

  /** The error text Mantine shows for an input (its aria-describedby's error element). */
  async function fieldError(page: Page, input: Locator): Promise<Locator> {
    await input.and(page.locator('[aria-invalid="true"]')).waitFor({ timeout: 15_000 });
    const described = (await input.getAttribute('aria-describedby')) ?? '';
    const id = described.split(' ').find((d) => d.endsWith('error'));
    if (!id) throw new Error(`${input.toString()} shows no error`);
    return page.locator(`[id="${id}"]`);
  }

  return {
    base: () => base,
    backOffice: () => bo,
    newPage,
    signIn,
    api,
    text,
    shot,
    accessible,
    fieldError,
  };
}
