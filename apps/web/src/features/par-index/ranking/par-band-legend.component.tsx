import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BandLegendItem } from './par-ranking.util';
import { NO_BAND_COLOR } from './par-ranking.util';

/** Which colour is which band, named in words. */
export function ParBandLegend({ bands, unbanded }: { bands: readonly BandLegendItem[]; unbanded: boolean }) {
  const { t } = useTranslation();
  const items = [
    ...bands,
    ...(unbanded ? [{ code: '', label: t('parIndex.ranking.noBand'), color: NO_BAND_COLOR }] : []),
  ];
  return (
    <Flex gap={16} wrap style={{ marginBottom: 12 }} data-testid="par-band-legend">
      {items.map((item) => (
        <Flex key={item.code || 'none'} gap={6} align="center">
          <span
            aria-hidden
            style={{
              width: 12,
              height: 12,
              borderRadius: 2,
              background: item.color,
              display: 'inline-block',
            }}
          />
          <Typography.Text type="secondary">{item.label}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
