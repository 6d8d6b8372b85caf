// Runs a compiled benchmark: `node bench/run.js <name> [args]` after `tsc -p bench/tsconfig.json`.
// The @loanbook/* path aliases are resolved against the compiled tree in dist/bench.
const { join } = require('node:path');
const { loadConfig, register } = require('tsconfig-paths');

const root = join(__dirname, '..');
const name = process.argv[2];
if (!name || name.startsWith('-')) {
  process.stderr.write(
    'usage: node bench/run.js <benchmark> [options], e.g. projection-catchup --events 1000000\n',
  );
  process.exit(2);
}
const config = loadConfig(root);
if (config.resultType !== 'success') throw new Error(config.message);
register({ baseUrl: join(root, 'dist', 'bench'), paths: config.paths });
process.argv.splice(2, 1);
require(join(root, 'dist', 'bench', 'bench', `${name}.js`));
