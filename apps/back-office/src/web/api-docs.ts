import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestHandler } from 'express';

/** Where the Swagger UI page loads the script below from (SwaggerModule.setup's customJs). */
export const DOCS_TOKEN_SCRIPT_PATH = '/api/docs/loanbook-token.js';

/**
 * Signs the Swagger UI in with the web app's user. The app opens /api/docs with window.open (an
 * opener, same origin), so the new tab starts with a copy of the app tab's sessionStorage, where
 * the session is (apps/web/src/auth/session.ts, key loanbook.session). The script takes the token
 * while it holds, gives it to Swagger UI's Authorize (kept in the page's memory only:
 * persistAuthorization is off) and forgets the copy, so that signing out of the app leaves no
 * token in storage. A file of its own, not an inline script: the Content-Security-Policy allows
 * scripts from this origin only. It runs after swagger-ui-init.js's window.onload made window.ui.
 */
export const DOCS_TOKEN_SCRIPT = `(function () {
  'use strict';
  var KEY = 'loanbook.session';
  var token;
  try {
    var session = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
    if (session && typeof session.token === 'string' && Date.parse(session.expiresAt) > Date.now()) {
      token = session.token;
    }
    window.sessionStorage.removeItem(KEY);
  } catch (e) {
    token = undefined;
  }
  window.opener = null;
  window.addEventListener('load', function () {
    if (token && window.ui) window.ui.preauthorizeApiKey('bearer', token);
  });
})();
`;

/** Serves DOCS_TOKEN_SCRIPT; registered before Swagger's own handlers under /api/docs. */
export function serveDocsTokenScript(app: NestExpressApplication): void {
  const script: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(DOCS_TOKEN_SCRIPT);
  };
  app.use(DOCS_TOKEN_SCRIPT_PATH, script);
}
