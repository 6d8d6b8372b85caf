type PgliteModule = typeof import('@electric-sql/pglite');

interface ProcessWithBuiltins {
  getBuiltinModule?: (id: 'node:module') => typeof import('node:module');
}

let loaded: PgliteModule | undefined;

/**
 * PGlite, loaded by Node's own module loader.
 *
 * PGlite's Emscripten glue calls `import()` while it starts. Jest runs every module it loads
 * in a vm context that cannot serve `import()` (short of `--experimental-vm-modules`), and
 * the failure surfaces as an uncaught exception that kills the test process. Going through
 * `process.getBuiltinModule` sidesteps jest's registry; outside jest it is the same loader
 * and module cache as a plain `require`.
 */
export function loadPglite(): PgliteModule {
  if (!loaded) {
    const nodeModule = (process as ProcessWithBuiltins).getBuiltinModule?.('node:module');
    const nodeRequire = nodeModule ? nodeModule.createRequire(__filename) : require;
    loaded = nodeRequire('@electric-sql/pglite') as PgliteModule;
  }
  return loaded;
}
