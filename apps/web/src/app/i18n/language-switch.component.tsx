import { GlobalOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language';

const NEXT: Record<Language, Language> = { vi: 'en', en: 'vi' };

/**
 * A toggle rather than a dropdown: with two languages one click is enough, and the label is written in the
 * target language so someone who cannot read the current one still finds it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const next = NEXT[current];
  return (
    <Tooltip title={t('language.switchTooltip')}>
      <Button
        data-testid="lang-switch"
        type="text"
        icon={<GlobalOutlined />}
        lang={next}
        onClick={() => void i18n.changeLanguage(next)}
      >
        {t(`language.name.${next}`)}
      </Button>
    </Tooltip>
  );
}
