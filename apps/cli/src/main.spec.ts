import { loadCliConfig, type CliIo } from './cli-context';
import { main } from './main';

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    env,
    stdout: { write: (s: string) => ((out += s), true) } as unknown as CliIo['stdout'],
    stderr: { write: (s: string) => ((err += s), true) } as unknown as CliIo['stderr'],
    out: () => out,
    err: () => err,
  };
}

const argv = (...args: string[]) => ['node', 'main.js', ...args];

describe('the loanbook command line', () => {
  it('reads the back office configuration, with LOG_LEVEL warn unless set', () => {
    expect(loadCliConfig({}).logLevel).toBe('warn');
    expect(loadCliConfig({ LOG_LEVEL: ' ' }).logLevel).toBe('warn');
    expect(loadCliConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadCliConfig({ DATA_DIR: '/tmp/x', EVENT_STORE: 'pglite' })).toMatchObject({
      dataDir: '/tmp/x',
      eventStore: 'pglite',
      projections: 'in-process',
    });
  });

  it('stops with exit code 2 and says what to set when the configuration is wrong', async () => {
    const out = io({ EVENT_STORE: 'mongo' });
    expect(await main(argv('demo'), out)).toBe(2);
    expect(out.err()).toMatch(/EVENT_STORE=mongo is not supported: set EVENT_STORE to pglite/);
  });

  it('lists its commands with --help, and refuses an unknown one with exit code 1', async () => {
    const help = io();
    expect(await main(argv('--help'), help)).toBe(0);
    expect(help.out()).toMatch(/demo[\s\S]*projections/);
    const unknown = io();
    expect(await main(argv('frobnicate'), unknown)).toBe(1);
    expect(unknown.err()).toMatch(/unknown command 'frobnicate'/);
  });

  it.each([
    [['--as-of', '2021-02-30'], /--as-of: .*2021-02-30/],
    [['--from', '1 May 2021'], /--from: /],
    [['--known-at', 'yesterday'], /--known-at: "yesterday" is not an instant/],
  ])('refuses report %j with exit code 2 before opening the store', async (options, message) => {
    const out = io({ DATA_DIR: '/nonexistent/never-made' });
    expect(await main(argv('report', ...options), out)).toBe(2);
    expect(out.err()).toMatch(message);
  });

  it('refuses report --lang of a language it does not write, naming the ones it does, as commander refuses any usage', async () => {
    const out = io({ DATA_DIR: '/nonexistent/never-made' });
    expect(await main(argv('report', '--lang', 'de'), out)).toBe(1);
    expect(out.err()).toMatch(
      /'--lang <language>' argument 'de' is invalid\. Allowed choices are nl, fr, en/,
    );
    const help = io();
    expect(await main(argv('report', '--help'), help)).toBe(0);
    expect(help.out()).toMatch(/--lang <language>[\s\S]*default: "nl"/);
  });

  it('names the projections when asked to rebuild one that does not exist', async () => {
    const out = io();
    expect(await main(argv('projections', 'rebuild', 'nope'), out)).toBe(1);
    expect(out.err()).toMatch(/there is no projection "nope": choose one of loans, inquiries/);
  });
});
