import { FlagOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import { ParTargetGroup } from '@partrack/shared';
import { parNationalPath } from './par-national.util';

export interface ParNationalLinkProps {
  assessmentId: string;
  /** The assessment's framework group; the link shows only for the province's own (PROVINCE) assessment. */
  targetGroup: ParTargetGroup | null | undefined;
  size?: 'small' | 'middle' | 'large';
}

/**
 * "Tự đánh giá cấp tỉnh": opens the national screens (assignments, the Ministry's points, improvement tasks)
 * of the province's own assessment. A real link (middle-click opens a tab) styled as a button.
 */
export function ParNationalLink({ assessmentId, targetGroup, size }: ParNationalLinkProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const path = parNationalPath(assessmentId);
  const href = useHref(path);
  if (targetGroup !== ParTargetGroup.PROVINCE) return null;

  const open = (event: MouseEvent<HTMLElement>) => {
    // Let the browser handle new-tab and new-window clicks; plain clicks stay in the SPA.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(path);
  };

  return (
    <Button href={href} size={size} icon={<FlagOutlined />} onClick={open} data-testid="par-national-link">
      {t('parIndex.national.link')}
    </Button>
  );
}
