// Builds every web app under src/main/web/<app>/ that has a package.json, for the Maven build
// (generate-resources). Each app's Vite build writes to target/classes/web/<app>/, so the result
// travels in the jar as classpath:web/<app>. Work is skipped when it is already done:
//   npm ci         only when node_modules is missing or older than package-lock.json;
//   npm run build  only when some source file is newer than the last build's output.
// Then the entry script (what a browser must load before the first page shows) is held to the app's
// budget, `gridgov.entryBudgetKiB` in its package.json, counted gzipped as the platform sends it.
// Usage: node src/main/web/build.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_NODE_MAJOR = 18;
const webRoot = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(webRoot, '..', '..', '..');
const outputRoot = join(projectRoot, 'target', 'classes', 'web');
const force = process.argv.includes('--force');

const major = Number(process.versions.node.split('.')[0]);
if (major < MIN_NODE_MAJOR) {
  fail(`Node.js ${process.versions.node} is too old: the web apps need Node ${MIN_NODE_MAJOR} or newer`);
}

const apps = readdirSync(webRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(webRoot, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort();

for (const app of apps) {
  const dir = join(webRoot, app);
  const lock = join(dir, 'package-lock.json');
  if (!existsSync(lock)) fail(`${app}: package-lock.json is missing; run npm install in ${relative(projectRoot, dir)} and commit it`);

  // npm writes node_modules/.package-lock.json on every install, so its time says when the last install ran
  const installed = join(dir, 'node_modules', '.package-lock.json');
  if (force || !existsSync(installed) || mtime(installed) < mtime(lock)) {
    log(`${app}: npm ci`);
    run(dir, ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  }

  const built = join(outputRoot, app, 'index.html');
  const newestSource = newestFile(dir);
  if (!force && existsSync(built) && mtime(built) >= newestSource) {
    log(`${app}: up to date`);
    continue;
  }
  log(`${app}: npm run build`);
  run(dir, ['run', 'build']);
  if (!existsSync(built)) fail(`${app}: the build wrote no ${relative(projectRoot, built)}; its vite.config must set build.outDir to it`);
  checkEntryBudget(app, dir, built);
}

function checkEntryBudget(app, dir, indexHtml) {
  const budget = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).gridgov?.entryBudgetKiB;
  if (!budget) fail(`${app}: package.json names no gridgov.entryBudgetKiB (the gzipped size the entry script may reach)`);
  const entry = /<script type="module"[^>]*src="[^"]*\/(assets\/[^"]+\.js)"/.exec(readFileSync(indexHtml, 'utf8'));
  if (!entry) fail(`${app}: no entry script found in ${relative(projectRoot, indexHtml)}`);
  const kib = gzipSync(readFileSync(join(dirname(indexHtml), entry[1]))).length / 1024;
  log(`${app}: entry script ${entry[1]} is ${kib.toFixed(1)} KiB gzipped (budget ${budget} KiB)`);
  if (kib > budget) {
    fail(`${app}: the entry script grew to ${kib.toFixed(1)} KiB gzipped, over the budget of ${budget} KiB; load the new code lazily (a route's import()) or raise the budget knowingly`);
  }
}

function newestFile(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : mtime(path));
  }
  return newest;
}

function mtime(path) {
  return statSync(path).mtimeMs;
}

function run(cwd, args) {
  const result = spawnSync('npm', args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) fail(`npm ${args.join(' ')} could not start in ${relative(projectRoot, cwd)}: ${result.error.message}`);
  if (result.status !== 0) fail(`npm ${args.join(' ')} failed in ${relative(projectRoot, cwd)} (exit ${result.status})`);
}

function log(message) {
  console.log(`[web] ${message}`);
}

function fail(message) {
  console.error(`[web] ${message}`);
  process.exit(1);
}
