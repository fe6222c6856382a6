import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { Role } from '@partrack/shared';
import { useSession } from '../../app/auth/session.context';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import type { PlanRowFieldsFragment } from '../../gql/graphql';
import { AgencyPicker } from '../agencies/agency-picker.component';
import { DeriveAgencyPlanDocument } from './graphql/plan.operations';
import { invalidatePlanQueries } from './plan-cache';

interface PlanDeriveModalProps {
  plan: PlanRowFieldsFragment;
  onClose: () => void;
  onDerived: (planId: string) => void;
}

/**
 * An agency's own plan from the province's. The picker offers only the agencies the user may write for:
 * the whole province for its coordinators (and admins), the user's own agency and its units otherwise.
 */
export function PlanDeriveModal({ plan, onClose, onDerived }: PlanDeriveModalProps) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session?.user;
  const wholeProvince = user?.role === Role.ADMIN || user?.role === Role.COORDINATOR;
  const [agencyId, setAgencyId] = useState<string | null>(user?.agencyId ?? null);
  const [error, setError] = useState<unknown>(null);
  const [derive, { loading }] = useMutation(DeriveAgencyPlanDocument, { update: invalidatePlanQueries });

  const submit = async () => {
    if (!agencyId) return;
    setError(null);
    try {
      const { data } = await derive({ variables: { planId: plan.id, agencyId } });
      if (data) onDerived(data.deriveAgencyPlan.id);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      open
      title={t('plan.derive.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          data-testid="plan-derive-submit"
          disabled={!agencyId}
          loading={loading}
          onClick={() => void submit()}
        >
          {t('plan.derive.submit')}
        </Button>,
      ]}
    >
      <Alert
        type="info"
        showIcon
        title={t('plan.derive.explain', { code: plan.code })}
        style={{ marginBottom: 16 }}
      />
      {error !== null && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={error} />
        </div>
      )}
      <Form layout="vertical">
        <Form.Item label={t('plan.derive.agency')} required>
          <AgencyPicker
            data-testid="plan-derive-agency"
            value={agencyId}
            onChange={setAgencyId}
            rootId={wholeProvince ? null : (user?.agencyId ?? null)}
            allowClear={false}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
