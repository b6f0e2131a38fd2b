/**
 * `npm start`: runs the built api and worker side by side with labelled output. Ctrl-C (or SIGTERM)
 * stops both gracefully; if either stops on its own, the other is stopped too and the launcher
 * exits with the failing app's code, so a broken start never looks like a running one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

// Once built, this file is dist/apps/launcher/apps/launcher/src/main.js; the apps' builds sit in
// dist/apps beside it.
const DIST_APPS = resolve(__dirname, '../../../..');
const APPS = [
  { name: 'api', main: resolve(DIST_APPS, 'api/apps/api/src/main.js') },
  { name: 'worker', main: resolve(DIST_APPS, 'worker/apps/worker/src/main.js') },
];
const LABEL_WIDTH = Math.max(...APPS.map((app) => app.name.length));

let stopping = false;
const running = new Set<ChildProcess>();

function stopAll(): void {
  stopping = true;
  for (const child of running) child.kill('SIGTERM');
}

function relay(from: NodeJS.ReadableStream, to: NodeJS.WritableStream, label: string): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) =>
    to.write(`${label} | ${line}\n`),
  );
}

async function run(name: string, main: string): Promise<void> {
  const label = name.padEnd(LABEL_WIDTH);
  // The apps inherit this process's environment: their configuration is read by the apps only.
  const child = spawn(process.execPath, [main], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  relay(child.stdout, process.stdout, label);
  relay(child.stderr, process.stderr, label);
  // 'close' rather than 'exit': it comes after the last line of output has been read.
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  running.delete(child);
  if (!stopping) {
    process.stderr.write(
      `${label} | stopped on its own (${signal ?? `exit code ${code}`}); stopping the rest\n`,
    );
    process.exitCode = code || 1;
    stopAll();
  } else if (code !== 0 && !process.exitCode) {
    process.exitCode = code ?? 1;
  }
}

process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
void Promise.all(APPS.map(({ name, main }) => run(name, main)));
