import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parCyclePath } from '../par-framework.util';
import { parAtRiskPath, parRankingPath } from './par-ranking.util';

export type ParCycleSection = 'assessments' | 'ranking' | 'atRisk';

const PATHS: Readonly<Record<ParCycleSection, (cycleId: string) => string>> = {
  assessments: parCyclePath,
  ranking: (cycleId) => parRankingPath(cycleId),
  atRisk: parAtRiskPath,
};

/**
 * The views of one cycle: the agencies' assessments, the ranking and the points at risk. Exported for the
 * cycle page too, so the three screens link to each other the same way.
 */
export function ParCycleNav({ cycleId, current }: { cycleId: string; current: ParCycleSection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    // Three labels do not fit a phone in one row: the strip scrolls instead of pushing the page wider.
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Segmented<ParCycleSection>
        data-testid="par-cycle-nav"
        value={current}
        onChange={(section) => void navigate(PATHS[section](cycleId))}
        options={[
          { value: 'assessments', label: t('parIndex.ranking.nav.assessments') },
          { value: 'ranking', label: t('parIndex.ranking.nav.ranking') },
          { value: 'atRisk', label: t('parIndex.ranking.nav.atRisk') },
        ]}
      />
    </div>
  );
}
