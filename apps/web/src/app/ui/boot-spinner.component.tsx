import { useTranslation } from 'react-i18next';

const STYLE = `
@keyframes partrack-spin { to { transform: rotate(360deg); } }
.partrack-boot { display: flex; min-height: 60vh; align-items: center; justify-content: center; }
.partrack-boot > span { width: 32px; height: 32px; border: 3px solid #d6e0ee; border-top-color: #1d4e89;
  border-radius: 50%; animation: partrack-spin 0.8s linear infinite; }
`;

/** Shown before antd has loaded, so it is plain HTML and CSS on purpose. */
export function BootSpinner() {
  const { t } = useTranslation();
  return (
    <div className="partrack-boot" role="status" aria-live="polite" aria-label={t('common.loading')}>
      <style>{STYLE}</style>
      <span />
    </div>
  );
}
