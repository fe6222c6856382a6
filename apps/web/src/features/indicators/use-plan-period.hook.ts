import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { PlanStatus } from '@partrack/shared';
import type { IndicatorPlansQuery } from '../../gql/graphql';
import { IndicatorPlansDocument } from './graphql/indicator.operations';
import { defaultPeriod, isPeriodOfYear } from './indicator-period.util';
import { idParam, patchParams } from './indicator-url.util';

export type PlanOption = IndicatorPlansQuery['plans']['edges'][number]['node'];

/** The plan a screen opens on: the newest ACTIVE plan (the API lists newest years first), else the newest. */
export function defaultPlan(plans: readonly PlanOption[]): PlanOption | null {
  return plans.find((plan) => plan.status === PlanStatus.ACTIVE) ?? plans[0] ?? null;
}

/**
 * Plan and period of the indicator screens, kept in the URL (`plan`, `period`). Missing or stale values
 * fall back to the defaults without rewriting the URL, so the address only holds what the user chose.
 */
export function usePlanPeriod() {
  const [params, setParams] = useSearchParams();
  const plans = useQuery(IndicatorPlansDocument);
  const options = useMemo(() => plans.data?.plans.edges.map((edge) => edge.node) ?? [], [plans.data]);
  const wanted = idParam(params, 'plan');
  const plan = options.find((candidate) => candidate.id === wanted) ?? defaultPlan(options);
  const requested = params.get('period');
  const period = plan ? (isPeriodOfYear(requested, plan.year) ? requested : defaultPeriod(plan.year)) : null;

  const update = useCallback(
    (patch: Readonly<Record<string, string | null>>, defaults?: Readonly<Record<string, string>>) =>
      setParams((current) => patchParams(current, patch, defaults)),
    [setParams],
  );
  // A new plan may be of another year: its period starts again from the default.
  const setPlan = useCallback((id: string) => update({ plan: id, period: null }), [update]);
  const setPeriod = useCallback((value: string) => update({ period: value }), [update]);

  return {
    params,
    update,
    plans: options,
    plan,
    period,
    setPlan,
    setPeriod,
    loading: plans.loading,
    error: plans.error,
    refetch: plans.refetch,
  };
}
