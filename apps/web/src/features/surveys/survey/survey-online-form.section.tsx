import { useEffect, useState } from 'react';
import { PrinterOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SurveyScope, SurveyStatus } from '@partrack/shared';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { useAgencyTree } from '../../agencies/use-agency-tree.hook';
import { SurveyOnlineFormTargetDocument } from '../graphql/survey-online-form.operations';
import { surveyFormPath } from '../public-form/survey-public-form.api';

interface SurveyOnlineFormSectionProps {
  survey: { id: string; title: string; status: SurveyStatus; scope: SurveyScope; agencyId?: string | null };
}

/** The QR code of a link, as a PNG data URL (an <img>, so it prints and saves like any picture). */
function useQrCode(text: string | null): { src: string | null; failed: boolean } {
  const [state, setState] = useState<{ text: string; src: string | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (!text) return;
    let live = true;
    // Loaded on demand: the QR encoder stays out of the survey page's chunk until someone asks for a code.
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 320 }),
      )
      .then(
        (src) => live && setState({ text, src, failed: false }),
        () => live && setState({ text, src: null, failed: true }),
      );
    return () => {
      live = false;
    };
  }, [text]);
  return state && state.text === text ? state : { src: null, failed: false };
}

/**
 * Opens the QR code alone in a new window and prints it: the survey's title, the agency's name, the code and
 * the link in plain text for whoever cannot scan. Built with DOM calls (no inline script, the CSP allows none).
 */
function printQr(src: string, lines: { heading: string; title: string; agency: string; url: string }): void {
  const win = window.open('', '_blank', 'width=640,height=860');
  if (!win) return;
  const doc = win.document;
  doc.title = lines.title;
  doc.body.style.cssText = 'font-family: sans-serif; text-align: center; padding: 24px;';
  const add = (tag: string, text: string, css = '') => {
    const el = doc.createElement(tag);
    el.textContent = text;
    el.style.cssText = css;
    doc.body.appendChild(el);
  };
  add('h1', lines.heading, 'font-size: 26px;');
  add('h2', lines.agency, 'font-size: 22px;');
  add('p', lines.title, 'font-size: 16px;');
  const img = doc.createElement('img');
  img.alt = lines.agency;
  img.style.cssText = 'width: 320px; height: 320px;';
  img.onload = () => {
    win.focus();
    win.print();
  };
  img.src = src;
  doc.body.appendChild(img);
  add('p', lines.url, 'font-size: 14px; word-break: break-all;');
}

/**
 * For an OPEN survey: the public form's link and QR code for one agency (docs/surveys.md "The online form"),
 * to print for the agency's one-stop desk. An AGENCY survey has its one agency; other scopes pick any agency of
 * the survey's province.
 */
export function SurveyOnlineFormSection({ survey }: SurveyOnlineFormSectionProps) {
  const { t } = useTranslation();
  const fixed = survey.scope === SurveyScope.AGENCY ? (survey.agencyId ?? null) : null;
  const [picked, setPicked] = useState<string | null>(null);
  const open = survey.status === SurveyStatus.OPEN;
  // Nothing is read until asked for: most visits of the page are about the results.
  const [shown, setShown] = useState(false);
  const { data } = useQuery(SurveyOnlineFormTargetDocument, {
    variables: { id: survey.id },
    skip: !open || !shown,
  });
  const agencyId = fixed ?? picked;
  const url = agencyId ? `${window.location.origin}${surveyFormPath(survey.id, agencyId)}` : null;
  const qr = useQrCode(shown ? url : null);
  // The same (cached) tree the picker reads: the agency's name for the QR's caption and print.
  const { forest } = useAgencyTree({
    includeInactive: false,
    rootId: data?.survey?.provinceId ?? null,
    skip: !open || !shown || !data,
  });
  const agencyName = (agencyId && forest.byId.get(agencyId)?.row.name) || '';
  if (!open) return null;

  return (
    <Card title={t('surveyForm.online.title')} data-testid="survey-online-form">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('surveyForm.online.hint')}</Typography.Text>
        {!shown && (
          <Button
            icon={<QrcodeOutlined />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setShown(true)}
            data-testid="survey-online-form-show"
          >
            {t('surveyForm.online.show')}
          </Button>
        )}
        {shown && data && (
          <Form layout="vertical" style={{ maxWidth: 520 }}>
            <Form.Item label={t('surveyForm.online.agency')} style={{ marginBottom: 0 }}>
              <AgencyPicker
                data-testid="survey-online-form-agency"
                rootId={data.survey.provinceId}
                value={agencyId}
                disabled={fixed !== null}
                placeholder={t('surveyForm.online.pickAgency')}
                onChange={setPicked}
              />
            </Form.Item>
          </Form>
        )}
        {shown && data && url && (
          <Flex gap={16} wrap align="flex-start">
            {qr.src && (
              <img
                src={qr.src}
                width={200}
                height={200}
                alt={t('surveyForm.online.qrAlt', { agency: agencyName })}
                data-testid="survey-online-form-qr"
              />
            )}
            {qr.failed && <Alert type="error" showIcon title={t('surveyForm.online.qrError')} />}
            <Flex vertical gap={8} style={{ minWidth: 0, flex: '1 1 240px' }}>
              <Typography.Text strong>{t('surveyForm.online.link')}</Typography.Text>
              <Typography.Link
                href={url}
                target="_blank"
                copyable
                data-testid="survey-online-form-link"
                style={{ wordBreak: 'break-all' }}
              >
                {url}
              </Typography.Link>
              <Button
                icon={<PrinterOutlined />}
                disabled={!qr.src}
                style={{ alignSelf: 'flex-start' }}
                data-testid="survey-online-form-print"
                onClick={() =>
                  qr.src &&
                  printQr(qr.src, {
                    heading: t('surveyForm.online.printTitle'),
                    title: survey.title,
                    agency: agencyName,
                    url,
                  })
                }
              >
                {t('surveyForm.online.print')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
