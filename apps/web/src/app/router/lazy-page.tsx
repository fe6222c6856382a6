import type { ComponentType } from 'react';
import type { Permission } from '@partrack/shared';

type PageModule = Record<string, unknown>;

/**
 * Builds a react-router `lazy` loader: each screen becomes its own chunk, which is what keeps antd's heavy
 * components (Table, Tree, DatePicker, Upload) out of the initial bundle. The permission guard renders an
 * antd Result, so it is fetched alongside the page rather than shipped in the entry chunk.
 */
export function lazyPage<M extends PageModule>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  permission?: Permission,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    if (!permission) return { Component: pick(await load()) };
    const [module, { RequirePermission }] = await Promise.all([
      load(),
      import('../permissions/require-permission.component'),
    ]);
    const Page = pick(module);
    const Guarded = () => (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    );
    return { Component: Guarded };
  };
}
