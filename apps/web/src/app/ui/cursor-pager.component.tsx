import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../format/use-formatters.hook';

interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function CursorPager({
  page,
  pageSize,
  totalCount,
  hasNextPage,
  onPrevious,
  onNext,
}: CursorPagerProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">
        {t('common.totalCount', { total: number(totalCount) })}
      </Typography.Text>
      <Flex align="center" gap={8}>
        <Button
          icon={<LeftOutlined />}
          disabled={page <= 1}
          onClick={onPrevious}
          aria-label={t('common.previousPage')}
        />
        <Typography.Text>
          {t('common.pageOf', { page: number(page), pages: number(pageCount) })}
        </Typography.Text>
        <Button
          icon={<RightOutlined />}
          disabled={!hasNextPage}
          onClick={onNext}
          aria-label={t('common.nextPage')}
        />
      </Flex>
    </Flex>
  );
}
