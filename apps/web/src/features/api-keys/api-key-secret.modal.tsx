import { useState } from 'react';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The API stores only a hash, so this is the one and only time the secret exists on screen; the modal
 * cannot be dismissed by clicking outside, to avoid losing it by accident.
 */
export function ApiKeySecretModal({
  name,
  secret,
  onClose,
}: {
  name: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [copyFailed, setCopyFailed] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      setCopyFailed(false);
    } catch {
      // Clipboard access needs a secure context; the field stays selectable for manual copying.
      setCopyFailed(true);
    }
  };

  return (
    <Modal
      open
      title={t('apiKey.secret.title', { name })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button data-testid="api-key-secret-done" type="primary" onClick={onClose}>
          {t('apiKey.secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('apiKey.secret.warning')} style={{ marginBottom: 16 }} />
      <Flex gap={8}>
        <Input
          data-testid="api-key-secret"
          readOnly
          value={secret}
          style={{ fontFamily: 'monospace' }}
          onFocus={(event) => event.target.select()}
        />
        <Button
          data-testid="api-key-copy"
          icon={copied ? <CheckOutlined /> : <CopyOutlined />}
          onClick={() => void copy()}
        >
          {copied ? t('apiKey.secret.copied') : t('apiKey.secret.copy')}
        </Button>
      </Flex>
      {copyFailed && (
        <Alert type="error" showIcon title={t('apiKey.secret.copyFailed')} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
