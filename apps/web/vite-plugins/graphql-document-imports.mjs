// Gives every GraphQL document of the SPA its own module, so each screen's chunk carries only the documents
// it uses. Codegen's client preset puts all of them in one module (src/gql/graphql.ts, ~400 KB of ASTs) and
// its `graphql()` tag looks them up in a table that references all of them; a bundler places a module in
// one chunk whole, so any screen (the login page included) would download every operation of the app.
//
// - `graphql(`query Login …`)` in an operations file becomes an import of the document codegen generated
//   for it (`query Login` → `LoginDocument`, `fragment X` → `XFragmentDoc`), as the preset's Babel plugin
//   does (that plugin needs Babel, which this Vite setup does not run).
// - A value import of such a document from gql/graphql (`import { RefreshTokenDocument } from …`) is
//   redirected the same way. Types and enums still come from gql/graphql.
// - Each document is served as a small virtual module holding its AST, read from gql/graphql.ts.
import fs from 'node:fs';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const TAG_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*\/gql\/gql(?:\.ts)?['"];?/;
const GENERATED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]*\/gql\/graphql)(?:\.ts)?\2;?/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const VIRTUAL_PREFIX = 'virtual:partrack-gql-document/';
const RESOLVED_PREFIX = '\0partrack-gql-document:';

/** The exported name codegen gives the document whose first definition is `source`'s. */
export function documentExportName(source) {
  const match = DEFINITION.exec(source.replace(/#[^\n]*/g, ''));
  if (!match) throw new Error(`graphql(): no named operation or fragment in ${source.slice(0, 80)}`);
  const [, keyword, name] = match;
  return keyword === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
}

/** `{ RefreshTokenDocument, Role, type X as Y }` → the documents moved out, the rest kept as written. */
function splitSpecifiers(list, isDocument) {
  const kept = [];
  const documents = [];
  for (const raw of list.split(',')) {
    const specifier = raw.trim();
    if (!specifier) continue;
    const [imported, local = imported] = specifier.split(/\s+as\s+/).map((s) => s.trim());
    if (!specifier.startsWith('type ') && isDocument(imported)) documents.push({ imported, local });
    else kept.push(specifier);
  }
  return { kept, documents };
}

/**
 * @param {{ generatedFile: string }} options absolute path of the generated gql/graphql.ts
 * @returns {import('vite').Plugin}
 */
export function graphqlDocumentImports({ generatedFile }) {
  /** @type {Map<string, string> | undefined} export name → AST as JSON text */
  let generated;
  let generatedMtime = 0;
  const documents = () => {
    // Re-read when codegen rewrites the file (dev server, watch mode).
    const mtime = fs.statSync(generatedFile).mtimeMs;
    if (!generated || mtime !== generatedMtime) {
      const text = fs.readFileSync(generatedFile, 'utf8');
      generated = new Map([...text.matchAll(GENERATED_DOCUMENT)].map((m) => [m[1], m[2]]));
      generatedMtime = mtime;
    }
    return generated;
  };
  const moduleId = (name) => `${VIRTUAL_PREFIX}${name}`;

  return {
    name: 'partrack:graphql-document-imports',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? RESOLVED_PREFIX + id.slice(VIRTUAL_PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      const ast = documents().get(name);
      if (!ast) this.error(`${name} is not in ${generatedFile}; run "npm run codegen"`);
      return { code: `export default ${ast};\n`, map: null };
    },
    transform(code, id) {
      // Only the app's own modules as code: not `?raw` and other queries, not the generated files.
      if (
        id.includes('?') ||
        id.includes('/node_modules/') ||
        !/\.tsx?$/.test(id) ||
        id.includes('/src/gql/')
      ) {
        return null;
      }
      const hasTag = TAG_IMPORT.test(code);
      if (!hasTag && !code.includes('/gql/graphql')) return null;
      const imports = new Map(); // local name → document name

      let out = code;
      if (hasTag) {
        out = out.replace(CALL, (call, source) => {
          const name = documentExportName(source);
          if (!documents().has(name))
            this.error(`${id}: ${name} is not in ${generatedFile}; run "npm run codegen"`);
          imports.set(`__gql_${name}`, name);
          // Same line count as the call, so the module's lines (and the sourcemap, left as is) do not move.
          return `__gql_${name}` + '\n'.repeat(call.split('\n').length - 1);
        });
        // Drop the tag's import once no call is left (a call we could not read stays as it was).
        if (!/\bgraphql\(/.test(out)) out = out.replace(TAG_IMPORT, '');
      }
      out = out.replace(GENERATED_IMPORT, (statement, list, quote, from) => {
        const { kept, documents: moved } = splitSpecifiers(list, (name) => documents().has(name));
        if (moved.length === 0) return statement;
        for (const { imported, local } of moved) imports.set(local, imported);
        const lines = '\n'.repeat(statement.split('\n').length - 1);
        return kept.length ? `import { ${kept.join(', ')} } from ${quote}${from}${quote};${lines}` : lines;
      });
      if (imports.size === 0) return null;
      const header = [...imports]
        .map(([local, name]) => `import ${local} from '${moduleId(name)}';`)
        .join(' ');
      // On the first line, so line numbers stay those of the source.
      return { code: `${header} ${out}`, map: null };
    },
  };
}
