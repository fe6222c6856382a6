import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import { parsePastedPoints, type PastedPoints } from './par-national-appraisal.util';

interface ParNationalPasteProps {
  leaves: readonly ParCriterionItem[];
  disabled?: boolean;
  onApply: (values: PastedPoints['values']) => void;
}

/**
 * Two columns (code, points) copied from the Ministry's published table into a text box fill the inputs:
 * this stands in for a file import. What cannot be read is listed, and nothing is sent until "Lưu và hoàn tất".
 */
export function ParNationalPaste({ leaves, disabled = false, onApply }: ParNationalPasteProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [result, setResult] = useState<PastedPoints | null>(null);

  const apply = () => {
    const parsed = parsePastedPoints(text, leaves);
    setResult(parsed);
    if (parsed.values.size > 0) onApply(parsed.values);
  };

  if (!open)
    return (
      <div>
        <Button
          icon={<ImportOutlined />}
          data-testid="par-national-paste-open"
          disabled={disabled}
          onClick={() => setOpen(true)}
        >
          {t('parIndex.national.ministry.paste.open')}
        </Button>
      </div>
    );

  return (
    <Card size="small" title={t('parIndex.national.ministry.paste.open')} data-testid="par-national-paste">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('parIndex.national.ministry.paste.hint')}</Typography.Text>
        <Input.TextArea
          data-testid="par-national-paste-text"
          aria-label={t('parIndex.national.ministry.paste.label')}
          value={text}
          rows={5}
          placeholder={'1.1\t0,75\n1.2.1\t1'}
          onChange={(event) => setText(event.target.value)}
        />
        <div>
          <Button
            type="primary"
            data-testid="par-national-paste-apply"
            disabled={disabled || text.trim() === ''}
            onClick={apply}
          >
            {t('parIndex.national.ministry.paste.apply')}
          </Button>
        </div>
        {result && <PasteReport result={result} />}
      </Flex>
    </Card>
  );
}

function PasteReport({ result }: { result: PastedPoints }) {
  const { t } = useTranslation();
  const problems = [
    result.unknownCodes.length > 0 &&
      t('parIndex.national.ministry.paste.unknown', { codes: result.unknownCodes.join(', ') }),
    result.unreadableLines.length > 0 &&
      t('parIndex.national.ministry.paste.unreadable', { lines: result.unreadableLines.join(', ') }),
  ].filter((text): text is string => typeof text === 'string');
  return (
    <Flex vertical gap={4} data-testid="par-national-paste-report">
      {result.values.size > 0 ? (
        <Alert
          type="success"
          showIcon
          data-testid="par-national-paste-filled"
          title={t('parIndex.national.ministry.paste.filled', { n: result.values.size })}
        />
      ) : (
        <Alert type="warning" showIcon title={t('parIndex.national.ministry.paste.nothing')} />
      )}
      {problems.map((problem) => (
        <Alert
          key={problem}
          type="warning"
          showIcon
          data-testid="par-national-paste-problem"
          title={problem}
        />
      ))}
    </Flex>
  );
}
