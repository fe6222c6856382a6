// Names, ports and folders the benchmark uses, shared by its modules and its --help text.
import path from 'node:path';
import { REPO_ROOT } from '../lib/start-config.mjs';

export const DB_NAME = 'partrack_bench';
export const INDICATOR_DB = 'partrack_bench_indicators';
export const PAR_DB = 'partrack_bench_par';
export const PG_DATA_DIR = path.join(REPO_ROOT, 'tmp', 'bench-pg');
// Not the embedded Postgres of npm start (54329) nor of the browser tests (54349): they can run meanwhile.
export const PG_PORT = 54369;
export const OUT_DIR = path.join(REPO_ROOT, 'tmp', 'bench');
export const API_BUILD = path.join(REPO_ROOT, 'dist', 'apps', 'api');
export const API_COPY = path.join(OUT_DIR, 'api-dist');
export const API_SRC = path.join(API_COPY, 'apps', 'api', 'src');
export const PAGE_SIZE = 100;
