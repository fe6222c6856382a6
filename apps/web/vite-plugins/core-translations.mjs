// `virtual:partrack-core-translations`: the given top-level namespaces of every locale file, as one small
// module ({ vi: {...}, en: {...} }, and the list as `namespaces`). The entry chunk imports it instead of the whole locale files, which the
// signed-in screens fetch later (apps/web/src/app/i18n/app-i18n.ts). A separate module is needed: a bundler
// puts a module in one chunk whole, so importing part of vi.json in the entry would put all of it there.
import fs from 'node:fs';
import path from 'node:path';

const ID = 'virtual:partrack-core-translations';
const RESOLVED = `\0${ID}`;

/**
 * @param {{ localesDir: string, namespaces: readonly string[] }} options
 * @returns {import('vite').Plugin}
 */
export function coreTranslations({ localesDir, namespaces }) {
  return {
    name: 'partrack:core-translations',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const result = {};
      for (const file of fs.readdirSync(localesDir).filter((f) => f.endsWith('.json'))) {
        const full = path.join(localesDir, file);
        this.addWatchFile(full);
        const all = JSON.parse(fs.readFileSync(full, 'utf8'));
        const picked = {};
        for (const ns of namespaces) {
          if (!(ns in all)) this.error(`${file} has no "${ns}" namespace`);
          picked[ns] = all[ns];
        }
        result[path.basename(file, '.json')] = picked;
      }
      return {
        code: `export const namespaces = ${JSON.stringify(namespaces)};\nexport default ${JSON.stringify(result)};\n`,
        map: null,
      };
    },
  };
}
