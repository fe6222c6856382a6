import { SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Col, Flex, Input, Popconfirm, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { SubmitParExplanationsDocument } from '../graphql/par-appraisal.operations';
import { differingItems, filledExplanations } from './par-appraisal.util';
import { ParAssessmentHeader } from './par-assessment-header.component';
import {
  evidenceByCriterion,
  itemFieldErrors,
  leafItems,
  scoresByCriterion,
} from './par-assessment-items.util';
import { ParField, ParItemCard, ParItemCards } from './par-item-card.component';
import { ParPointsValue } from './par-score-field.component';
import { ParSelfSide } from './par-self-side.component';

/**
 * The agency's explanations (giải trình) of the items the council appraised differently, sent once before the
 * deadline. Explanations are optional: sending none accepts the appraisal. Nothing is stored before sending.
 */
export function ParExplanation({
  assessment,
  refetch,
}: {
  assessment: ParAssessmentDetailFragment;
  refetch: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const [submit, submitting] = useMutation(SubmitParExplanationsDocument);
  const scores = useMemo(() => scoresByCriterion(assessment.scores), [assessment.scores]);
  const evidence = useMemo(() => evidenceByCriterion(assessment.evidence), [assessment.evidence]);
  const items = useMemo(
    () => differingItems(leafItems(assessment.framework?.criteria ?? []), scores),
    [assessment.framework?.criteria, scores],
  );
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  const [apiErrors, setApiErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const filled = filledExplanations(items, texts);

  const onSubmit = async () => {
    setFailure(null);
    try {
      await submit({
        variables: { input: { id: assessment.id, version: assessment.version, explanations: filled } },
      });
      void message.success(
        filled.length > 0 ? t('parIndex.appraisal.explained') : t('parIndex.appraisal.accepted'),
      );
    } catch (caught) {
      const { byCriterion, other } = itemFieldErrors(toApiError(caught).fieldErrors, 'explanations', filled);
      setApiErrors(byCriterion);
      setFailure(byCriterion.size > 0 && other.length === 0 ? null : caught);
    }
  };

  const actions = (
    <Popconfirm
      title={t('parIndex.appraisal.explainConfirm')}
      description={
        filled.length > 0
          ? t('parIndex.appraisal.explainConfirmN', { n: filled.length })
          : t('parIndex.appraisal.explainConfirmNone')
      }
      okText={t('parIndex.appraisal.explainSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'par-explanation-submit-ok' }}
      onConfirm={() => void onSubmit()}
    >
      <Button
        type="primary"
        icon={<SendOutlined />}
        loading={submitting.loading}
        data-testid="par-explanation-submit"
      >
        {t('parIndex.appraisal.explainSubmit')}
      </Button>
    </Popconfirm>
  );

  return (
    <Flex vertical gap={16} data-testid="par-explanation">
      <ParAssessmentHeader assessment={assessment} actions={actions} />
      <Alert
        type="warning"
        showIcon
        data-testid="par-explanation-due"
        title={
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('parIndex.appraisal.explanationDueOn', { date: fmt.date(assessment.explanationDue) })}
          </Typography.Text>
        }
        description={t('parIndex.appraisal.explanationHint')}
      />
      {failure !== null && (
        <ApiErrorAlert
          error={failure}
          // The texts stay: they were never saved, and they do not depend on the version read.
          onReload={() => {
            setFailure(null);
            refetch();
          }}
        />
      )}
      <ParItemCards
        testId="par-explanation-items"
        items={items}
        empty={t('parIndex.appraisal.noDifferences')}
        renderItem={(item) => {
          const id = item.criterion.id;
          const score = scores.get(id);
          const error = apiErrors.get(id);
          return (
            <ParItemCard item={item}>
              <Row gutter={[16, 12]}>
                <Col xs={24} md={12}>
                  <ParSelfSide item={item} score={score} evidence={evidence.get(id) ?? []} />
                </Col>
                <Col xs={24} md={12}>
                  <Flex vertical gap={8}>
                    <ParField label={t('parIndex.appraisal.points')}>
                      <ParPointsValue
                        criterion={item.criterion}
                        points={score?.appraisedPoints}
                        testId={`par-appraised-${item.criterion.code}`}
                      />
                    </ParField>
                    <ParField label={t('parIndex.appraisal.councilReason')}>
                      {score?.appraisalReason ?? '—'}
                    </ParField>
                    <ParField label={t('parIndex.appraisal.explanation')}>
                      <Input.TextArea
                        data-testid={`par-explanation-${item.criterion.code}`}
                        aria-label={t('parIndex.appraisal.explanationOf', { code: item.criterion.code })}
                        placeholder={t('parIndex.appraisal.explanationPlaceholder')}
                        value={texts[id] ?? ''}
                        maxLength={4000}
                        autoSize={{ minRows: 2, maxRows: 8 }}
                        status={error ? 'error' : undefined}
                        onChange={(event) => setTexts({ ...texts, [id]: event.target.value })}
                      />
                    </ParField>
                    {error && <Typography.Text type="danger">{error}</Typography.Text>}
                  </Flex>
                </Col>
              </Row>
            </ParItemCard>
          );
        }}
      />
    </Flex>
  );
}
