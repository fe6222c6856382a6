import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { nextQuestionCode, type AspectValue } from './survey-form.util';

/**
 * The questions grouped by aspect: a card per aspect (code and title) with its questions (code and text).
 * On a phone the inputs wrap under each other.
 */
export function SurveyQuestionsEditor({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const required = { required: true, whitespace: true, message: t('survey.form.validation.required') };
  return (
    <Form.List
      name="aspects"
      rules={[
        {
          validator: (_rule, aspects: AspectValue[] | undefined) =>
            aspects?.some((aspect) => aspect.questions?.length > 0)
              ? Promise.resolve()
              : Promise.reject(new Error(t('survey.form.validation.questions'))),
        },
      ]}
    >
      {(aspects, { add: addAspect, remove: removeAspect }, { errors }) => (
        <Flex vertical gap={12} data-testid="survey-form-aspects">
          {aspects.map((aspect, aspectIndex) => (
            <Card
              key={aspect.key}
              size="small"
              data-testid={`survey-form-aspect-${aspectIndex}`}
              title={
                <Flex gap={8} wrap style={{ paddingBlock: 8 }}>
                  <Form.Item
                    name={[aspect.name, 'aspectCode']}
                    rules={[required]}
                    style={{ marginBottom: 0, width: 90 }}
                  >
                    <Input
                      aria-label={t('survey.form.aspectCode')}
                      placeholder={t('survey.form.aspectCode')}
                      maxLength={20}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[aspect.name, 'aspectTitle']}
                    rules={[required]}
                    style={{ marginBottom: 0, flex: '1 1 200px' }}
                  >
                    <Input
                      aria-label={t('survey.form.aspectTitle')}
                      placeholder={t('survey.form.aspectTitle')}
                      maxLength={300}
                    />
                  </Form.Item>
                </Flex>
              }
              extra={
                <Tooltip title={t('survey.form.removeAspect')}>
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('survey.form.removeAspect')}
                    disabled={disabled}
                    onClick={() => removeAspect(aspect.name)}
                  />
                </Tooltip>
              }
            >
              <Form.List name={[aspect.name, 'questions']}>
                {(questions, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {questions.map((question) => (
                      <Flex key={question.key} gap={8} align="start" wrap>
                        <Form.Item
                          name={[question.name, 'code']}
                          rules={[required]}
                          style={{ marginBottom: 0, width: 90 }}
                        >
                          <Input
                            aria-label={t('survey.form.questionCode')}
                            placeholder={t('survey.form.questionCode')}
                            maxLength={20}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[question.name, 'text']}
                          rules={[required]}
                          style={{ marginBottom: 0, flex: '1 1 220px' }}
                        >
                          <Input.TextArea
                            aria-label={t('survey.form.questionText')}
                            placeholder={t('survey.form.questionText')}
                            autoSize={{ minRows: 1, maxRows: 4 }}
                            maxLength={1000}
                          />
                        </Form.Item>
                        <Tooltip title={t('survey.form.removeQuestion')}>
                          <Button
                            icon={<DeleteOutlined />}
                            aria-label={t('survey.form.removeQuestion')}
                            disabled={disabled}
                            onClick={() => remove(question.name)}
                          />
                        </Tooltip>
                      </Flex>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      disabled={disabled}
                      data-testid={`survey-form-add-question-${aspectIndex}`}
                      onClick={() => {
                        const current = form.getFieldValue(['aspects', aspect.name]) as
                          Partial<AspectValue> | undefined;
                        add({ code: nextQuestionCode(current), text: '' });
                      }}
                    >
                      {t('survey.form.addQuestion')}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={disabled}
            data-testid="survey-form-add-aspect"
            onClick={() => {
              const code = String(aspects.length + 1);
              addAspect({ aspectCode: code, aspectTitle: '', questions: [{ code: `${code}.1`, text: '' }] });
            }}
          >
            {t('survey.form.addAspect')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
