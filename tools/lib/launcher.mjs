// What `npm start` and `npm run dev` have in common: the supervisor process, Postgres, the API and other
// servers as children, the banner, and one shutdown that stops them in order (build, servers, then Postgres)
// on Ctrl-C/SIGTERM/SIGHUP, when a server dies, or when the launching process goes away.
import { spawn } from 'node:child_process';
import { bannerText } from './banner.mjs';
import { prepareDatabase, stopEmbeddedPostgres } from './embedded-postgres.mjs';
import { isPortInUse, waitForHttpOk } from './network.mjs';
import { makeLogger } from './output.mjs';
import { describeExit, isRunning, localBin, run, sleep, stopChild, superviseSelf } from './processes.mjs';
import { apiChildEnv, resolveStartConfig, UsageError } from './start-config.mjs';

/** Ends the launcher's main function quietly: shutdown() is already under way and ends the process. */
class Aborted extends Error {}

export class Launcher {
  /** @param {string} name prefix of the log lines, e.g. "start" for "[start] …" */
  constructor(name) {
    this.log = makeLogger(name);
    this.config = undefined;
    this.nx = undefined;
    /** { url, label } of the database once it is ready. */
    this.database = undefined;
    /** The embedded Postgres as soon as it runs, before its database exists, so a shutdown can stop it. */
    this.pg = undefined;
    this.dbStarting = undefined;
    this.build = undefined;
    /** Servers in their own process group, by name: { child, label, graceMs }. */
    this.services = new Map();
    this.shutdownHooks = [];
    this.shuttingDown = false;
  }

  /** Runs `main`; what it throws is printed (a UsageError without its stack) and stops everything. */
  launch(main) {
    main().catch((err) => {
      if (err instanceof Aborted) return;
      this.log.error(err instanceof UsageError ? err.message : (err?.stack ?? String(err)));
      void this.shutdown(1);
    });
  }

  /**
   * In the process the user started: starts the supervisor (see superviseSelf) and returns true; the caller
   * must do nothing more. In the supervisor: reads the settings, takes over the signals and returns false.
   */
  relayToSupervisor() {
    if (superviseSelf({ onFrontGone: () => void this.shutdown(1, 'the launching process went away') })) {
      return true;
    }
    this.config = resolveStartConfig(process.env);
    this.installSignalHandlers();
    return false;
  }

  /** Fails early, with a readable message, on a Node.js or node_modules that cannot build or run the app. */
  preflight() {
    const [major] = process.versions.node.split('.').map(Number);
    if (major < 20)
      this.fail(`Node.js ${process.versions.node} is too old: partrack needs Node.js 20 or newer.`);
    this.nx = localBin('nx', this.config.repoRoot);
    if (!this.nx) this.fail('node_modules is missing or incomplete. Run "npm ci" first.');
  }

  async ensurePortFree() {
    if (await isPortInUse(this.config.port)) {
      this.fail(
        `port ${this.config.port} is already in use (another partrack?). Stop it or start with PORT=<free port>.`,
      );
    }
  }

  /** `nx <args>`, interrupted by a shutdown meanwhile; resolves with its exit code. */
  async runBuild(args) {
    const code = await run(this.nx, args, {
      cwd: this.config.repoRoot,
      onSpawn: (child) => (this.build = child),
    });
    this.build = undefined;
    return code;
  }

  /** DATABASE_URL's database, else the embedded Postgres with the app's database (see prepareDatabase). */
  async startDatabase() {
    try {
      this.dbStarting = prepareDatabase(this.config, { log: this.log, onStarted: (pg) => (this.pg = pg) });
      this.database = await this.dbStarting;
    } catch (err) {
      if (this.shuttingDown) throw new Aborted();
      this.fail(err.message);
    }
    if (this.shuttingDown) throw new Aborted();
  }

  /** Starts a server in its own process group, which only shutdown() or stopService() signal. */
  spawnService(name, { label, graceMs }, command, args, env) {
    const child = spawn(command, args, {
      cwd: this.config.repoRoot,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    this.services.set(name, { child, label, graceMs });
    return child;
  }

  service(name) {
    return this.services.get(name)?.child;
  }

  /** Stops a server outside of shutdown (e.g. to restart it); its 'exit' then finds it no longer registered. */
  async stopService(name) {
    const entry = this.services.get(name);
    this.forgetService(name);
    if (entry) await stopChild(entry.child, { graceMs: entry.graceMs, group: true, log: this.log });
  }

  forgetService(name) {
    this.services.delete(name);
  }

  /**
   * The built API on the database. `ready` resolves once /health/ready answers; it rejects as soon as the API
   * exits, or after 2 minutes.
   */
  startApi({ nodeArgs = [], serveWeb = true } = {}) {
    const env = apiChildEnv(process.env, this.config, this.database.url, { serveWeb });
    const child = this.spawnService(
      'api',
      { label: 'the API', graceMs: 10_000 },
      process.execPath,
      [...nodeArgs, this.config.apiEntry],
      env,
    );
    let exited;
    child.on('exit', (code, signal) => (exited = describeExit(code, signal)));
    const ready = waitForHttpOk(`http://127.0.0.1:${this.config.port}/health/ready`, {
      timeoutMs: 120_000,
      aborted: () => (exited ? `the API exited during start-up (${exited})` : undefined),
    });
    return { child, ready };
  }

  printBanner({ appUrl, mode }) {
    console.log(
      bannerText({
        appUrl,
        graphqlUrl: `http://localhost:${this.config.port}/graphql`,
        database: this.database.label,
        seedDemoData: this.config.seedDemoData,
        mode,
      }),
    );
  }

  /** `hook()` runs first when shutting down, before any process is stopped. */
  onShutdown(hook) {
    this.shutdownHooks.push(hook);
  }

  /** Logs `message`, stops everything with exit code 1 and ends the caller (caught by launch()). */
  fail(message) {
    this.log.error(message);
    void this.shutdown(1);
    throw new Aborted();
  }

  installSignalHandlers() {
    // Last resort if this process dies unexpectedly: do not leave the servers (own process groups) behind.
    process.on('exit', () => {
      for (const { child } of this.services.values()) {
        if (!isRunning(child)) continue;
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
      }
    });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(sig, () => {
        if (this.shuttingDown) {
          this.log(`${sig} again: still stopping (the API gets 10 s, then SIGKILL)…`);
          return;
        }
        this.log(`${sig} received: stopping`);
        void this.shutdown(0);
      });
    }
  }

  /** Stops the build, then the servers, then Postgres, prints "[name] stopped." and exits with `exitCode`. */
  async shutdown(exitCode, reason) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    const log = this.log;
    if (reason) log(`${reason}: stopping`);
    try {
      for (const hook of this.shutdownHooks) hook();
      if (this.build) await stopChild(this.build, { signal: 'SIGINT', graceMs: 5_000, log });
      await Promise.all(
        [...this.services.values()]
          .filter(({ child }) => isRunning(child))
          .map(({ child, label, graceMs }) => {
            log(`stopping ${label}…`);
            return stopChild(child, { signal: 'SIGTERM', graceMs, group: true, log });
          }),
      );
      if (this.dbStarting) {
        // Ctrl-C while Postgres was starting: let it finish so it can be stopped cleanly.
        await Promise.race([this.dbStarting.catch(() => {}), sleep(30_000)]);
      }
      if (this.pg?.embedded) {
        log('stopping the embedded Postgres…');
        await stopEmbeddedPostgres(this.pg, this.config.pgDataDir, { log });
      }
      log('stopped.');
    } catch (err) {
      log.error(`while stopping: ${err?.stack ?? err}`);
      exitCode ||= 1;
    }
    process.exit(exitCode);
  }
}
