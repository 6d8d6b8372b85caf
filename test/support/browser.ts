import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * `describe` when Chromium is installed; `describe.skip` when global-setup.js found it missing
 * outside CI (it prints why). Under CI global-setup fails the run instead.
 */
export const describeBrowser = process.env.LOANBOOK_SKIP_BROWSER ? describe.skip : describe;

/**
 * Headless Chromium as this machine allows it: no sandbox (tests run as root), and none of the
 * background connections to Google that a closed network refuses at every start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
