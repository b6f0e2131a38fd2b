/**
 * `npm start`: runs the built api and worker side by side, their output through its own. Ctrl-C
 * (or SIGTERM) stops both gracefully; if either stops on its own, the other is stopped too and the
 * launcher exits with the failing app's code, so a broken start never looks like a running one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

// Once built, this file is dist/apps/launcher/apps/launcher/src/main.js; the apps' builds sit in
// dist/apps beside it.
const DIST_APPS = resolve(__dirname, '../../../..');
// How node runs the api wherever it is deployed (see apps/api/README.md, "Memory").
const API_NODE_ARGS = JSON.parse(
  readFileSync(resolve(DIST_APPS, '../../apps/api/node-args.json'), 'utf8'),
) as string[];
const APPS = [
  { name: 'api', main: resolve(DIST_APPS, 'api/apps/api/src/main.js'), nodeArgs: API_NODE_ARGS },
  { name: 'worker', main: resolve(DIST_APPS, 'worker/apps/worker/src/main.js'), nodeArgs: [] },
];
const LABEL_WIDTH = Math.max(...APPS.map((app) => app.name.length));

let stopping = false;
const running = new Set<ChildProcess>();

function stopAll(): void {
  stopping = true;
  for (const child of running) child.kill('SIGTERM');
}

// The apps' log lines are JSON objects that name their app: they pass as they are, so the stream
// stays JSON (and `npm start | npx pino-pretty` reads it). Anything else, such as a boot failure,
// gets its app's label.
function relay(from: NodeJS.ReadableStream, to: NodeJS.WritableStream, label: string): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) =>
    to.write(line.startsWith('{') ? `${line}\n` : `${label} | ${line}\n`),
  );
}

async function run(name: string, main: string, nodeArgs: readonly string[]): Promise<void> {
  const label = name.padEnd(LABEL_WIDTH);
  // The apps inherit this process's environment: their configuration is read by the apps only.
  const child = spawn(process.execPath, [...nodeArgs, main], { stdio: ['ignore', 'pipe', 'pipe'] });
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
void Promise.all(APPS.map(({ name, main, nodeArgs }) => run(name, main, nodeArgs)));
