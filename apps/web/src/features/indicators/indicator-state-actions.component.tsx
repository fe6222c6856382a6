import type { ReactNode } from 'react';
import { AimOutlined, CheckOutlined, EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndicatorState } from '@partrack/shared';
import { toApiError } from '../../app/apollo/api-error';
import { useErrorMessage } from '../../app/ui/use-error-message.hook';
import { SetIndicatorStateDocument } from './graphql/indicator.operations';
import { invalidateIndicators } from './indicator-cache';

interface StatefulIndicator {
  id: string;
  code: string;
  state: IndicatorState;
  version: number;
}

interface Transition {
  to: IndicatorState;
  key: 'confirm' | 'archive' | 'restore';
  icon: ReactNode;
}

/** What a coordinator can do from each state: drafts are confirmed or archived, archives restored. */
function transitions(state: IndicatorState): Transition[] {
  switch (state) {
    case IndicatorState.DRAFT:
      return [
        { to: IndicatorState.ACTIVE, key: 'confirm', icon: <CheckOutlined /> },
        { to: IndicatorState.ARCHIVED, key: 'archive', icon: <InboxOutlined /> },
      ];
    case IndicatorState.ACTIVE:
      return [{ to: IndicatorState.ARCHIVED, key: 'archive', icon: <InboxOutlined /> }];
    case IndicatorState.ARCHIVED:
      return [{ to: IndicatorState.ACTIVE, key: 'restore', icon: <UndoOutlined /> }];
  }
}

/** Edit, target overrides and state changes of one indicator (INDICATOR_MANAGE only; the caller checks). */
export function IndicatorStateActions({
  indicator,
  onEdit,
  onTargets,
}: {
  indicator: StatefulIndicator;
  onEdit: () => void;
  onTargets: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  // The row leaves the current tab, so the lists are fetched again rather than patched.
  const [setState, { loading }] = useMutation(SetIndicatorStateDocument, { update: invalidateIndicators });

  const run = async (transition: Transition) => {
    try {
      await setState({
        variables: { input: { id: indicator.id, state: transition.to, version: indicator.version } },
      });
      void message.success(t(`indicator.actions.${transition.key}Done`, { code: indicator.code }));
    } catch (error) {
      const apiError = toApiError(error);
      // Confirming needs a target: the API names the field; say it in words the coordinator can act on.
      const missingTarget = apiError.fieldErrors.some((f) => f.field.endsWith('target'));
      void message.error(missingTarget ? t('indicator.actions.targetRequired') : errorMessage(error));
    }
  };

  return (
    <Space size={4} wrap>
      <Tooltip title={t('common.edit')}>
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('common.edit')}
          data-testid={`indicator-edit-${indicator.code}`}
          onClick={onEdit}
        />
      </Tooltip>
      <Tooltip title={t('indicator.targets.open')}>
        <Button
          size="small"
          icon={<AimOutlined />}
          aria-label={t('indicator.targets.open')}
          data-testid={`indicator-targets-${indicator.code}`}
          onClick={onTargets}
        />
      </Tooltip>
      {transitions(indicator.state).map((transition) => (
        <Popconfirm
          key={transition.key}
          title={t(`indicator.actions.${transition.key}Confirm`, { code: indicator.code })}
          okText={t(`indicator.actions.${transition.key}`)}
          cancelText={t('common.cancel')}
          onConfirm={() => void run(transition)}
        >
          <Tooltip title={t(`indicator.actions.${transition.key}`)}>
            <Button
              size="small"
              icon={transition.icon}
              loading={loading}
              aria-label={t(`indicator.actions.${transition.key}`)}
              data-testid={`indicator-${transition.key}-${indicator.code}`}
              type={transition.key === 'confirm' ? 'primary' : 'default'}
            />
          </Tooltip>
        </Popconfirm>
      ))}
    </Space>
  );
}
