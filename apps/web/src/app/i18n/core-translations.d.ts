// Built by apps/web/vite-plugins/core-translations.mjs from the locale files: the namespaces (top-level keys)
// listed in vite.config.mts, which the entry chunk carries in both languages.
declare module 'virtual:partrack-core-translations' {
  export const namespaces: readonly string[];
  const resources: Record<'vi' | 'en', Record<string, unknown>>;
  export default resources;
}
