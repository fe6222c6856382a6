// CPU time used by the API process, by Postgres and by this process during a measured window (Linux /proc),
// to show where the CPU goes on a small machine where all three share the cores.
import fs from 'node:fs';
import os from 'node:os';

const TICK_MS = 10; // USER_HZ is 100 on every Linux we run on

function readStat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is field 3 (state), fields[1] the parent pid; utime/stime are fields 14/15, and cutime/cstime
    // (16/17) the CPU of children that exited and were reaped, such as Postgres' parallel workers.
    return {
      comm,
      ppid: Number(fields[1]),
      ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      childrenMs: (Number(fields[13]) + Number(fields[14])) * TICK_MS,
    };
  } catch {
    return undefined;
  }
}

/**
 * CPU ms used so far by the Postgres server: its live processes plus the children the postmaster has reaped
 * (backends and parallel workers come and go, so only this total gives an exact difference). With
 * `postmasterPid` (the embedded server) just that server, else every process named "postgres".
 */
function postgresMs(postmasterPid) {
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return 0;
  }
  const stats = new Map();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat && stat.comm === 'postgres') stats.set(Number(entry), stat);
  }
  let total = 0;
  for (const [pid, stat] of stats) {
    const isPostmaster = postmasterPid ? pid === postmasterPid : !stats.has(stat.ppid);
    if (postmasterPid && !isPostmaster && stat.ppid !== postmasterPid) continue;
    total += stat.ms + (isPostmaster ? stat.childrenMs : 0);
  }
  return total;
}

/** CPU ms all processes of the machine were busy (/proc/stat: user+nice+system+irq+softirq+steal). */
function machineBusyMs() {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) * TICK_MS;
  } catch {
    return 0;
  }
}

export function cpuSupported() {
  return os.platform() === 'linux' && fs.existsSync('/proc/self/stat');
}

/** A snapshot; `cpuDelta(a, b)` gives the CPU ms each side used in between. */
export function cpuSnapshot(apiPid, postmasterPid) {
  if (!cpuSupported()) return undefined;
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    api: apiPid ? (readStat(apiPid)?.ms ?? 0) : 0,
    postgres: postgresMs(postmasterPid),
    bench: (usage.user + usage.system) / 1000,
    machine: machineBusyMs(),
  };
}

export function cpuDelta(a, b) {
  if (!a || !b) return undefined;
  const postgres = b.postgres - a.postgres;
  const apiMs = b.api - a.api;
  const benchMs = b.bench - a.bench;
  return {
    wallMs: b.at - a.at,
    apiMs,
    postgresMs: postgres,
    benchMs,
    // Everything else on the machine (other people's builds and tests would show here): should be near 0.
    otherMs: Math.max(0, b.machine - a.machine - apiMs - postgres - benchMs),
  };
}
