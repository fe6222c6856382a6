// Test-only: the 2022 Quảng Nam plan (shared/seed/ke-hoach-cchc-2022-quang-nam.txt), copied byte for byte.
import { readFileSync } from 'fs';
import { join } from 'path';

export const SEED_FILE = join(__dirname, '__fixtures__', 'ke-hoach-cchc-2022-quang-nam.txt');

export function loadSeedText(): string {
  return readFileSync(SEED_FILE, 'utf8');
}

/** The seed's lines, without the empty string after the final line break. */
export function seedLines(): string[] {
  return loadSeedText().replace(/\n$/, '').split('\n');
}

/** The seed cut after its first `count` lines, as a truncated upload would be. */
export function seedHead(count: number): string {
  return `${seedLines().slice(0, count).join('\n')}\n`;
}

/** The seed with 1-based line `line` replaced by `replacement` (which may hold several lines, or none). */
export function seedWithLine(line: number, replacement: string[]): string {
  const lines = seedLines();
  lines.splice(line - 1, 1, ...replacement);
  return `${lines.join('\n')}\n`;
}

/** Cell fields of a row without cells (results, activities); spread, then override what the row has. */
export const NO_CELLS = {
  productText: null,
  productType: null,
  leadText: null,
  coordinatorText: null,
  dueLabel: null,
  dueDate: null,
  fundingText: null,
};

/** Coordinator wordings the seed repeats, verbatim. */
export const ALL_LOCAL = 'Các Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố';
export const ALL_LOCAL_CAC = 'Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố';
export const ALL_LOCAL_BAN = 'Các Sở, Ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố';
