import { describe, expect, it } from 'vitest';
import core, { namespaces } from 'virtual:partrack-core-translations';
import en from '../../i18n/locales/en.json';
import vi from '../../i18n/locales/vi.json';

// Every source file of the app; Vite keys them by their shortest path from here.
const GLOBBED = import.meta.glob<string>(['../../**/*.ts', '../../**/*.tsx', '!../../**/*.spec.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `a/b/../c` → `a/c`; paths are from src/, where '..' cannot go above. */
function normalize(parts: string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

const HERE = ['app', 'i18n'];
/** Source text by path from src/ ('main.tsx', 'app/router/app.routes.tsx'). */
const SOURCES = new Map(
  Object.entries(GLOBBED).map(([key, text]) => [normalize([...HERE, ...key.split('/')]), text]),
);

/** What the entry chunk and the login route load before the signed-in screens fetch every text. */
const FIRST_SCREEN_ROOTS = ['main.tsx', 'app/router/antd-shell.route.tsx', 'features/auth/login.page.tsx'];

const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]/g;
const TRANSLATION_KEY = /\bt\(\s*['"`]([A-Za-z]+)\./g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = normalize([...from.split('/').slice(0, -1), ...specifier.split('/')]);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => SOURCES.has(path));
}

/** The app's own files reachable by static imports (`import()` is what is fetched later). */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [, specifier] of (SOURCES.get(key) ?? '').matchAll(STATIC_IMPORT)) {
      const target = resolveImport(key, specifier);
      if (target) stack.push(target);
    }
  }
  return seen;
}

describe('the texts of the first screen', () => {
  const files = staticClosure(FIRST_SCREEN_ROOTS);

  it('are looked for in the files the login page is made of', () => {
    expect([...files]).toEqual(
      expect.arrayContaining([
        'features/auth/login-form.component.tsx',
        'app/i18n/language-switch.component.tsx',
        'app/router/route-error.page.tsx',
        'app/ui/boot-spinner.component.tsx',
      ]),
    );
  });

  it('come only from the namespaces bundled in the entry chunk', () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const [, namespace] of (SOURCES.get(file) ?? '').matchAll(TRANSLATION_KEY)) {
        if (!namespaces.includes(namespace)) outside.push(`${file}: ${namespace}.*`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('are bundled in both languages, whole', () => {
    const pick = (all: Record<string, unknown>) => Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]));
    expect(namespaces.length).toBeGreaterThan(0);
    expect(core.vi).toEqual(pick(vi));
    expect(core.en).toEqual(pick(en));
  });
});
