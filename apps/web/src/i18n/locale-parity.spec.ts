import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import vi from './locales/vi.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [p, v] of leaves(value, path)) result.set(p, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation resources', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('have exactly the same keys in Vietnamese and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of viLeaves) {
      expect({ key, vars: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...viLeaves, ...enLeaves])
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('write Vietnamese with diacritics (no accidental unaccented copy)', () => {
    const accented = [...viLeaves.values()].filter((text) =>
      /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i.test(text),
    );
    expect(accented.length / viLeaves.size).toBeGreaterThan(0.9);
  });
});
