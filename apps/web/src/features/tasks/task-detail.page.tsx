import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Permission, Role } from '@partrack/shared';
import { toApiError } from '../../app/apollo/api-error';
import { useSession } from '../../app/auth/session.context';
import { useCan } from '../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { TaskDetailDocument } from './graphql/task.operations';
import { TaskFields, type TaskDetail } from './task-fields.component';
import { assignedAgencies, roleOfAgency } from './task-role.util';
import { TaskTimeline, RoleTag } from './task-timeline.component';
import { TaskUpdateForm } from './task-update-form.component';

export function TaskDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TaskDetailDocument, { variables: { id } });
  const task = data?.planItem;

  let body;
  if (loading && !task) body = <Skeleton active paragraph={{ rows: 12 }} />;
  else if (error && !task) {
    body =
      toApiError(error).code === 'NOT_FOUND' ? (
        <Empty description={t('task.detail.notFound')} />
      ) : (
        <ApiErrorAlert error={error} onRetry={() => void refetch()} />
      );
  }
  if (body || !task) return <Card>{body}</Card>;

  return (
    <Flex vertical gap={16} data-testid="task-detail">
      <div>
        <Link to={`/tasks?plan=${task.plan.id}`}>
          <ArrowLeftOutlined /> {t('task.detail.backToList')}
        </Link>
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="task-title">
          {task.code}. {task.title}
        </Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('task.detail.info')}>
            <TaskFields task={task} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <UpdateSection task={task} refetch={() => refetch()} />
            <Card title={t('task.timeline.title')}>
              <TaskTimeline updates={task.updates} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function UpdateSection({ task, refetch }: { task: TaskDetail; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const session = useSession();
  const canUpdate = useCan(Permission.TASK_UPDATE);
  const [formKey, setFormKey] = useState(0);
  const [posted, setPosted] = useState(false);
  const assignments = [...task.leads, ...task.coordinators];
  const ownAgencyId = session?.user.agencyId ?? null;
  const ownRole = roleOfAgency(assignments, ownAgencyId);
  // The province's coordinators (and admins) may record an update on behalf of any assigned agency.
  const mayActForOthers = session?.user.role === Role.ADMIN || session?.user.role === Role.COORDINATOR;
  const candidates = mayActForOthers ? assignedAgencies(assignments) : [];
  const [speakFor, setSpeakFor] = useState<string | null>(
    ownRole ? ownAgencyId : (candidates[0]?.id ?? null),
  );
  if (!canUpdate) return null;

  const chosen = candidates.find((candidate) => candidate.id === speakFor);
  const role = speakFor === ownAgencyId && ownRole ? ownRole : (chosen?.role ?? null);
  const refresh = async () => {
    await refetch();
    setFormKey((key) => key + 1);
  };

  return (
    <Card
      title={t('task.update.title')}
      extra={role ? <RoleTag role={role} /> : undefined}
      data-testid="task-update-card"
    >
      {mayActForOthers && candidates.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('task.update.speakFor')}</Typography.Text>
          <Select
            data-testid="task-update-agency"
            value={speakFor}
            onChange={(value: string) => {
              setSpeakFor(value);
              setFormKey((key) => key + 1);
            }}
            options={candidates.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.name} (${t(`task.role.${candidate.role}`)})`,
            }))}
            style={{ width: '100%' }}
          />
        </Space>
      )}
      {posted && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setPosted(false) }}
          title={t('task.update.posted')}
          style={{ marginBottom: 16 }}
          data-testid="task-update-posted"
        />
      )}
      {role && speakFor ? (
        <TaskUpdateForm
          key={`${formKey}:${speakFor}`}
          task={task}
          role={role}
          agencyId={speakFor === ownAgencyId ? null : speakFor}
          onPosted={() => {
            setPosted(true);
            void refresh();
          }}
          onReload={() => void refresh()}
        />
      ) : (
        <Alert type="info" showIcon title={t('task.update.notAssigned')} />
      )}
    </Card>
  );
}
