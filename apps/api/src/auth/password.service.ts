import { Injectable } from '@nestjs/common';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@partrack/shared';
import argon2 from 'argon2';
import { availableParallelism } from 'node:os';
import { badField } from '../common/errors/domain-error';
import { Semaphore } from './semaphore';

/**
 * Argon2 hashes or verifications one process runs at once. Each takes ~100 ms of a core and runs on libuv's
 * thread pool (4 threads, shared with DNS and file I/O); left unbounded, 60 concurrent logins kept every core
 * busy for 13 s and other users' requests waited behind them. Half the cores (at least one) leaves the other
 * half for the rest of the API: on 2 cores a flood of 60 logins took 15 s with another user's p99 at 37 ms,
 * against 24 s and 221 ms with two at once (docs/performance.md). A flood queues here instead (holding no database connection: callers
 * verify outside any transaction).
 */
export const ARGON2_MAX_CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));

@Injectable()
export class PasswordService {
  private readonly slots = new Semaphore(ARGON2_MAX_CONCURRENCY);
  /** A real hash to verify against when the email is unknown, so timing does not reveal accounts. */
  private readonly dummyHash = this.slots.run(() => argon2.hash('partrack-timing-equaliser'));

  /** Argon2 work running and queued in this process (for tests and diagnostics). */
  get load(): { running: number; waiting: number } {
    return this.slots.load;
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => argon2.hash(password, { type: argon2.argon2id }));
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const against = hash ?? (await this.dummyHash);
    try {
      return await this.slots.run(() => argon2.verify(against, password));
    } catch {
      return false;
    }
  }

  assertPolicy(password: string, field = 'password'): void {
    const problem = checkPassword(password);
    if (problem === 'TOO_SHORT') throw badField(field, 'validation.minLength', { min: PASSWORD_MIN_LENGTH });
    if (problem === 'TOO_LONG') throw badField(field, 'validation.maxLength', { max: PASSWORD_MAX_LENGTH });
  }
}
