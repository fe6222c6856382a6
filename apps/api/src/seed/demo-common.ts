import { Role } from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../common/context/caller';

/** How demo rows sign themselves (updates, reports, figures): never mistaken for real work. */
export const DEMO_LABEL = 'Dữ liệu demo';
/** Appended to the titles of demo plans and cycles, so a list shows at once what is invented. */
export const DEMO_TITLE_SUFFIX = '(dữ liệu mẫu)';
export const DEMO_PROVINCE_CODE = 'QNA';
export const DEMO_COORDINATOR_EMAIL = 'coordinator@demo.partrack.vn';

/**
 * 0 ≤ roll < 1, stable per key, so the demo looks the same on every machine and every start. FNV-1a with a
 * murmur3 finaliser: well spread, and ten times cheaper than a SHA-256 per roll (the published cycle rolls
 * some ten thousand times on each fresh demo start).
 */
export function demoRoll(...key: (string | number)[]): number {
  const text = key.join(':');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * The demo coordinator of Sở Nội vụ as a caller: seeders that go through services (opening a cycle, copying a
 * framework, importing a plan) act as the person who would do it, so scope checks and audit rows are real.
 */
export async function demoCoordinator(db: DataSource | EntityManager): Promise<Caller> {
  const [user] = await db.query<{ id: string; email: string; agency_id: string; root: string }[]>(
    `SELECT u.id, u.email, u.agency_id, (SELECT id FROM agency WHERE code = $2) AS root
       FROM app_user u WHERE u.email = $1`,
    [DEMO_COORDINATOR_EMAIL, DEMO_PROVINCE_CODE],
  );
  if (!user) throw new Error(`the demo coordinator ${DEMO_COORDINATOR_EMAIL} is missing`);
  return {
    actor: {
      kind: 'USER',
      id: user.id,
      label: user.email,
      role: Role.COORDINATOR,
      agencyId: user.agency_id,
      provinceRootId: user.root,
    },
    requestId: 'demo-seed',
  };
}

/** A day and time in Vietnam as an instant (the demo's timestamps are written as the province lived them). */
export function vietnamTime(date: string, time = '09:00'): Date {
  return new Date(`${date}T${time}:00+07:00`);
}
