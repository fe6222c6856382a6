import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

const BOX = {
  maxWidth: 560,
  margin: '15vh auto',
  padding: 24,
  fontFamily: 'system-ui, sans-serif',
  textAlign: 'center',
} as const;
const BUTTON = {
  padding: '8px 20px',
  border: 0,
  borderRadius: 6,
  background: '#1d4e89',
  color: '#fff',
  cursor: 'pointer',
} as const;

/**
 * The usual cause in production is a new deployment: the old index.html asks for chunks that no longer
 * exist, and a reload fixes it. Plain HTML on purpose: when chunks fail to load, antd may be missing too.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const staleChunk = isChunkLoadError(error);
  return (
    <div role="alert" style={BOX}>
      <h1 style={{ fontSize: 22 }}>
        {staleChunk ? t('errors.newVersionTitle') : t('errors.unexpectedTitle')}
      </h1>
      <p>{staleChunk ? t('errors.newVersionDescription') : t('errors.unexpectedDescription')}</p>
      <button type="button" style={BUTTON} onClick={() => window.location.reload()}>
        {t('common.reloadPage')}
      </button>
    </div>
  );
}
