import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');

/** Where each app's build puts its entry point (the build keeps the repository's layout). */
export const BUILT_MAIN = {
  api: resolve(REPOSITORY_ROOT, 'dist/apps/api/apps/api/src/main.js'),
  worker: resolve(REPOSITORY_ROOT, 'dist/apps/worker/apps/worker/src/main.js'),
} as const;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One line of an app's log: a JSON object (see libs/config/src/app-logger.ts). */
export type LogLine = Record<string, unknown>;

const running = new Set<BuiltApp>();

/** A built app running as a child process, with its output kept for assertions. */
export class BuiltApp {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;
  private exit: Exit | undefined;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolveExit) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        running.delete(this);
        resolveExit(this.exit);
      }),
    );
  }

  /**
   * Starts `node [nodeArgs] <main.js>` with exactly `env` as its environment, so nothing from the
   * machine running the tests leaks into the app's configuration.
   */
  static start(
    main: string,
    env: Record<string, string>,
    nodeArgs: readonly string[] = [],
  ): BuiltApp {
    if (!existsSync(main)) {
      throw new Error(
        `${main} is missing: build the apps first (npx nx run-many -t build -p api worker)`,
      );
    }
    const app = new BuiltApp(
      spawn(process.execPath, [...nodeArgs, main], { cwd: REPOSITORY_ROOT, env, stdio: 'pipe' }),
    );
    running.add(app);
    return app;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exit !== undefined;
  }

  /** Resolves once the output contains `text`; fails early, with the output, if the app exits first. */
  async waitForOutput(text: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.stdout.includes(text)) {
      if (this.exit)
        throw new Error(
          `exited (${JSON.stringify(this.exit)}) before printing "${text}"\n${this.output()}`,
        );
      if (Date.now() > deadline)
        throw new Error(`no "${text}" within ${timeoutMs} ms\n${this.output()}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }

  /** Resolves with GET `url`'s status once the app answers it at all. */
  async waitForHttp(url: string, timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.exit)
        throw new Error(`exited (${JSON.stringify(this.exit)}) before answering\n${this.output()}`);
      try {
        return (await fetch(url)).status;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`${url} did not answer within ${timeoutMs} ms\n${this.output()}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
  }

  async waitForExit(timeoutMs = 20_000): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`still running after ${timeoutMs} ms\n${this.output()}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (!this.exit) this.child.kill(signal);
    return this.waitForExit();
  }

  /** The complete lines written to stdout so far, each parsed; fails on one that is not JSON. */
  logLines(): LogLine[] {
    return this.stdout
      .split('\n')
      .slice(0, -1)
      .map((line) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          parsed = undefined;
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          throw new Error(`a stdout line is not a JSON object: ${line}\n${this.output()}`);
        }
        return parsed as LogLine;
      });
  }

  output(): string {
    return `--- stdout\n${this.stdout}--- stderr\n${this.stderr}`;
  }
}

/** Kills whatever a test left running, so one failure does not leave processes behind. */
export async function stopBuiltApps(): Promise<void> {
  await Promise.all(
    [...running].map(async (app) => {
      if (app.hasExited) return;
      await app.stop('SIGTERM').catch(() => app.stop('SIGKILL'));
    }),
  );
}
