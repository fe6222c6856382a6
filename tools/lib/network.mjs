// Ports and HTTP readiness: is a port taken, which one is free, when does a server answer.
import net from 'node:net';
import { sleep } from './processes.mjs';

export const DEFAULT_READY_TIMEOUT_MS = 120_000;

/** True when something already listens on host:port. */
export function isPortInUse(port, host = '0.0.0.0') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err) => resolve(err.code === 'EADDRINUSE' || err.code === 'EACCES'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/** A port the OS says is free right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` until it answers 200. Rejects after `timeoutMs`, or as soon as `aborted()` returns a reason
 * (e.g. the API process died), so a crash is reported at once instead of after the timeout.
 */
export async function waitForHttpOk(
  url,
  { timeoutMs = DEFAULT_READY_TIMEOUT_MS, intervalMs = 500, aborted } = {},
) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    const reason = aborted?.();
    if (reason) throw new Error(reason);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(5000, timeoutMs)) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      last = err?.cause?.code ?? err?.message ?? String(err);
    }
    if (Date.now() >= deadline) {
      throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s (last: ${last}).`);
    }
    await sleep(intervalMs);
  }
}
