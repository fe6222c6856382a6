import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAR_CYCLES_PATH, PAR_INDEX_PATH } from './par-framework.util';

type Section = 'frameworks' | 'cycles';

const PATHS: Readonly<Record<Section, string>> = { frameworks: PAR_INDEX_PATH, cycles: PAR_CYCLES_PATH };

/** Switches between the frameworks (bộ tiêu chí) and the yearly cycles (kỳ đánh giá) of the PAR Index. */
export function ParIndexTabs({ current }: { current: Section }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Segmented<Section>
      data-testid="par-index-tabs"
      value={current}
      onChange={(section) => void navigate(PATHS[section])}
      options={[
        { value: 'frameworks', label: t('parIndex.tabs.frameworks') },
        { value: 'cycles', label: t('parIndex.tabs.cycles') },
      ]}
      style={{ marginBottom: 12, maxWidth: '100%' }}
    />
  );
}
