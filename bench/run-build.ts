/**
 * Runs one `astro build` in this process and prints its peak memory as JSON on
 * the last line: `node bench/run-build.ts <root> <outDir>`. Used by `npm run bench`.
 */
import module from 'node:module';

// As the `astro` command does outside CI: compiled modules are kept between runs.
module.enableCompileCache?.();
const { build } = await import('astro');

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: node bench/run-build.ts <root> <outDir>');
const started = performance.now();
await build({ root, outDir, logLevel: 'warn' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
