import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** One line of output, from a service, from PostgreSQL, or from the runner itself (`system`). */
export interface LogLine {
  source: string;
  stream: 'stdout' | 'stderr';
  text: string;
}

export type LogSink = (line: LogLine) => void;

/**
 * Prints a line with its source's name in front. The services already print `[vest] …`, so a
 * line that starts with its own prefix is printed as it is.
 */
export function printLogLine({ source, stream, text }: LogLine): void {
  const prefix = `[${source}]`;
  const line = text.startsWith(prefix) ? text : `${prefix} ${text}`;
  (stream === 'stderr' ? process.stderr : process.stdout).write(`${line}\n`);
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** "code 1" or "signal SIGKILL", for messages. */
export function describeExit({ code, signal }: ExitInfo): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

const GUARD = path.join(__dirname, 'child-guard.js');
const KEPT_STDERR_LINES = 15;

/**
 * One running Node service process (`node <entry>`), with its output forwarded line by line and
 * its last stderr lines kept for the message when it fails.
 */
export class ServiceProcess {
  readonly exited: Promise<ExitInfo>;
  private readonly child: ChildProcess;
  private readonly recentStderr: string[] = [];
  private exitInfo: ExitInfo | undefined;
  private stopping: Promise<void> | undefined;

  constructor(
    readonly name: string,
    entry: string,
    env: NodeJS.ProcessEnv,
    cwd: string,
    log: LogSink,
  ) {
    this.child = spawn(process.execPath, ['--require', GUARD, entry], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: a Ctrl-C in the terminal then reaches only the runner, which
      // stops the services in order (gateway first) instead of all of them at once.
      detached: true,
    });
    this.exited = new Promise((resolve) => {
      this.child.once('error', (error) => {
        // Spawning itself failed (no exit event follows).
        this.recentStderr.push(error.message);
        this.exitInfo ??= { code: null, signal: null };
        resolve(this.exitInfo);
      });
      // 'close' rather than 'exit': it comes after the last output line is read.
      this.child.once('close', (code, signal) => {
        this.exitInfo ??= { code, signal };
        resolve(this.exitInfo);
      });
    });
    createInterface({ input: this.child.stdout! }).on('line', (text) => log({ source: name, stream: 'stdout', text }));
    createInterface({ input: this.child.stderr! }).on('line', (text) => {
      this.recentStderr.push(text);
      if (this.recentStderr.length > KEPT_STDERR_LINES) this.recentStderr.shift();
      log({ source: name, stream: 'stderr', text });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exitInfo !== undefined;
  }

  /** Whether the exit was asked for by stop(). */
  get wasStopped(): boolean {
    return this.stopping !== undefined;
  }

  lastStderrLines(count = 5): string[] {
    return this.recentStderr.slice(-count);
  }

  /**
   * SIGTERM (the services stop cleanly on it), SIGKILL when that takes longer than the timeout;
   * `onKill` hears of the SIGKILL, so a service that does not stop by itself gets noticed.
   */
  stop(timeoutMs: number, onKill?: () => void): Promise<void> {
    this.stopping ??= (async () => {
      if (this.exitInfo) return;
      this.child.kill('SIGTERM');
      const killer = setTimeout(() => {
        onKill?.();
        this.child.kill('SIGKILL');
      }, timeoutMs);
      await this.exited;
      clearTimeout(killer);
    })();
    return this.stopping;
  }

  /**
   * Sends SIGTERM without waiting: the runner's last resort when its own process is exiting and
   * can wait for nothing. The service then stops itself cleanly.
   */
  terminateNow(): void {
    if (!this.exitInfo && !this.stopping) this.child.kill('SIGTERM');
  }
}
