import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComingSoonSection } from '../../app/router/app.routes';

/** Says plainly that the section is not built yet; no sample data that could be mistaken for real figures. */
export function ComingSoonPage({ section }: { section: ComingSoonSection }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t(`comingSoon.${section}.title`)}
      subTitle={
        <>
          <strong>{t('comingSoon.badge')}</strong> — {t(`comingSoon.${section}.description`)}
        </>
      }
    />
  );
}
