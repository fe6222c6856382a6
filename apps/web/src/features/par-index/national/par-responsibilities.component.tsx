import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Empty, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { useAgencyTree } from '../../agencies/use-agency-tree.hook';
import { buildCriteriaTree } from '../framework/par-criteria-tree.util';
import { AssignParResponsibilitiesDocument } from '../graphql/par-national.operations';
import { ParResponsibilityTable } from './par-responsibility-table.component';
import {
  assignmentChanges,
  listFieldErrors,
  resolveAssignments,
  savedAssignments,
  type AssignmentEdits,
} from './par-responsibility.util';

interface ParResponsibilitiesProps {
  assessment: ParNationalAssessmentFragment;
  refetch: () => void;
}

/**
 * Who answers for which items of the province's self-assessment (phân công cơ quan chủ trì). Coordinators
 * change them while it is a DRAFT; every change goes out in one call with the version read.
 */
export function ParResponsibilities({ assessment, refetch }: ParResponsibilitiesProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = useCan(Permission.PAR_CYCLE_MANAGE);
  const draft = assessment.status === ParAssessmentStatus.DRAFT;
  const editable = canManage && draft;
  const criteria = useMemo(() => assessment.framework?.criteria ?? [], [assessment.framework?.criteria]);
  const tree = useMemo(() => buildCriteriaTree(criteria), [criteria]);
  const saved = useMemo(() => savedAssignments(assessment.responsibilities), [assessment.responsibilities]);
  const [edits, setEdits] = useState<AssignmentEdits>({});
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const [assign, { loading }] = useMutation(AssignParResponsibilitiesDocument);
  const resolved = useMemo(() => resolveAssignments(criteria, saved, edits), [criteria, saved, edits]);
  const changes = useMemo(() => assignmentChanges(criteria, saved, edits), [criteria, saved, edits]);

  // The picker's own query (same variables, so one request): names of agencies picked but not saved yet.
  const agencyTree = useAgencyTree({ rootId: assessment.agencyId, skip: !editable });
  const names = useMemo(() => {
    const result = new Map<string, string>(agencyTree.rows.map((row) => [row.id, row.name]));
    for (const row of assessment.responsibilities) if (row.agency) result.set(row.agencyId, row.agency.name);
    return result;
  }, [agencyTree.rows, assessment.responsibilities]);

  const change = (criterionId: string, agencyId: string | null) => {
    setEdits((current) => ({ ...current, [criterionId]: agencyId }));
    if (rowErrors.has(criterionId))
      setRowErrors((current) => new Map([...current].filter(([key]) => key !== criterionId)));
  };

  const reset = () => {
    setEdits({});
    setRowErrors(new Map());
    setFailure(null);
  };

  const reload = () => {
    reset();
    refetch();
  };

  const save = async () => {
    if (changes.length === 0) return;
    setFailure(null);
    try {
      await assign({
        variables: { input: { id: assessment.id, version: assessment.version, assignments: changes } },
      });
      reset();
      void message.success(t('parIndex.national.assign.saved', { n: changes.length }));
    } catch (caught) {
      const { byCriterion, other } = listFieldErrors(toApiError(caught).fieldErrors, 'assignments', changes);
      setRowErrors(byCriterion);
      setFailure(byCriterion.size > 0 && other.length === 0 ? null : caught);
    }
  };

  const readOnlyReason = !draft
    ? t('parIndex.national.assign.readOnlyStatus')
    : !canManage
      ? t('parIndex.national.assign.readOnlyRole')
      : null;

  return (
    <Flex vertical gap={12} data-testid="par-national-assign">
      <Alert type="info" showIcon title={t('parIndex.national.assign.hint')} />
      {readOnlyReason && (
        <Alert type="warning" showIcon title={readOnlyReason} data-testid="par-assign-readonly" />
      )}
      {failure !== null && <ApiErrorAlert error={failure} onReload={reload} />}
      {editable && (
        <Flex gap={8} wrap justify="end">
          <Button
            icon={<UndoOutlined />}
            data-testid="par-assign-discard"
            disabled={changes.length === 0 || loading}
            onClick={reset}
          >
            {t('parIndex.national.assign.discard')}
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            data-testid="par-assign-save"
            loading={loading}
            disabled={changes.length === 0}
            onClick={() => void save()}
          >
            {changes.length > 0 ? t('parIndex.assessment.saveN', { n: changes.length }) : t('common.save')}
          </Button>
        </Flex>
      )}
      {tree.rows.length === 0 ? (
        <Empty description={t('parIndex.criteria.empty')} />
      ) : (
        <ParResponsibilityTable
          rows={tree.rows}
          branchKeys={tree.branchKeys}
          rootId={assessment.agencyId}
          resolved={resolved}
          names={names}
          errors={rowErrors}
          editable={editable}
          disabled={loading}
          onChange={change}
        />
      )}
    </Flex>
  );
}
