import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, launchChromium } from '@loanbook/testing';
import { startBackOffice, testToken, type RunningApp } from './harness';
import type { Role } from '../../apps/back-office/src/auth/roles';

jest.setTimeout(120_000);

/** Where the screenshot of the Swagger UI is kept after the run (git ignores it). */
const ARTEFACTS = resolve(__dirname, '../../test-artifacts/api-docs');

/**
 * The documentation is public (issue 18): a browser opens /api/docs without a token, the page
 * loads its own assets under the back office's security headers, lists every operation, and
 * the Authorize button's token reaches the routes, which still check it.
 */
describe('the API documentation in a browser', () => {
  let bo: RunningApp;
  let base: string;
  let operations: number;

  beforeAll(async () => {
    bo = await startBackOffice('pglite');
    await bo.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(bo.app.getHttpServer().address() as AddressInfo).port}`;
    const doc = await bo.http().get('/api/docs-json').expect(200);
    operations = Object.values(doc.body.paths as Record<string, object>).reduce<number>(
      (n, item) => n + Object.keys(item).filter((k) => HTTP_METHODS.includes(k)).length,
      0,
    );
  });
  afterAll(async () => {
    await bo?.close();
  });

  it('serves the page and every asset it names, with no token', async () => {
    for (const page of ['/api/docs', '/api/docs/', '/api/docs/index.html']) {
      const res = await bo.http().get(page);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      const assets = [...res.text.matchAll(/<(?:script|link)[^>]+(?:src|href)=['"]([^'"]+)['"]/g)]
        .map((m) => new URL(m[1], `${base}${page}`))
        .filter((url) => url.origin === base);
      // The bundle, the preset, the init script (which holds the document), the css, the icons.
      expect(assets.map((url) => url.pathname.split('/').pop()).sort()).toEqual(
        [
          'favicon-16x16.png',
          'favicon-32x32.png',
          // Signs the page in with the web app's user (apps/back-office/src/web/api-docs.ts).
          'loanbook-token.js',
          'swagger-ui-bundle.js',
          'swagger-ui-init.js',
          'swagger-ui-standalone-preset.js',
          'swagger-ui.css',
        ].sort(),
      );
      for (const url of assets) {
        const asset = await bo.http().get(url.pathname);
        expect([url.pathname, asset.status]).toEqual([url.pathname, 200]);
        expect(asset.headers['content-type']).toMatch(
          /\.js$/.test(url.pathname)
            ? /javascript/
            : /\.css$/.test(url.pathname)
              ? /^text\/css/
              : /^image\/png/,
        );
      }
    }
    // The init script embeds the document with the UI's options: no token kept in localStorage.
    const init = await bo.http().get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('"persistAuthorization": false');
    expect(init.text).toContain('/api/v1/loans/{loanId}');
  });

  describeBrowser('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('lists every operation, without a CSP error, and calls a route with the token given to Authorize', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const problems = watch(page, base);
      await page.goto(`${base}/api/docs`);
      await page.locator('.opblock').first().waitFor();
      expect(await page.locator('.opblock').count()).toBe(operations);
      expect(await page.locator('.info .title').innerText()).toContain('Loanbook back office');
      mkdirSync(ARTEFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTEFACTS, 'swagger-ui.png'), fullPage: false });

      // Loaded under helmet's CSP with nothing refused, nothing asked of another origin.
      expect(problems).toEqual([]);

      // Without a token the route answers 401 from the UI as from anywhere.
      expect(await tryGetLoans(page)).toBe('401');
      expect(problems).toEqual([expect.stringMatching(/status of 401/)]);
      problems.length = 0;
      await page.locator('.btn.authorize').first().click();
      await page
        .locator('.modal-ux input')
        .first()
        .fill(await testToken({ sub: 'analyst-eva', roles: ['analyst' as Role] }));
      await page.locator('.modal-ux .auth-btn-wrapper .authorize').click();
      await page.locator('.modal-ux .btn-done').click();
      expect(await tryGetLoans(page, join(ARTEFACTS, 'swagger-ui-try-it-out.png'))).toBe('200');
      // persistAuthorization: false: the token stays in the page, not in the browser's storage.
      expect(await page.evaluate('JSON.stringify(Object.assign({}, localStorage))')).not.toMatch(
        /eyJ/,
      );

      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Console errors (a CSP refusal is one), page errors, and requests that leave the back office. */
function watch(page: Page, base: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) {
      problems.push(`request outside the back office: ${request.url()}`);
    }
  });
  return problems;
}

/** GET /api/v1/loans through the UI's "Try it out": the status it shows. */
async function tryGetLoans(page: Page, screenshot?: string): Promise<string> {
  const operation = page.locator('#operations-loans-LoansController_list');
  if (!(await operation.locator('.opblock-body').isVisible())) {
    await operation.locator('.opblock-summary').click();
  }
  const tryOut = operation.locator('.try-out__btn');
  if ((await tryOut.innerText()).trim() === 'Try it out') await tryOut.click();
  await operation.locator('.execute').click();
  const status = operation.locator('.live-responses-table .response .response-col_status');
  await status.first().waitFor();
  const text = (await status.first().innerText()).trim();
  if (screenshot) {
    await operation.locator('.live-responses-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot });
  }
  await operation.locator('.btn-clear').click();
  return text.split(/\s/)[0];
}
