import { DomainError } from '../../common/errors/domain-error';
import { SurveyQuestion } from '../survey-question.entity';
import { deviceDayHash, deviceIdFromCookies, DEVICE_COOKIE, newDeviceId } from './survey-form-device';
import { aspectsOf, levelsByQuestion } from './survey-public-form.service';

const Q1 = '00000000-0000-4000-8000-000000000001';
const Q2 = '00000000-0000-4000-8000-000000000002';
const Q3 = '00000000-0000-4000-8000-000000000003';
const questions = [Q1, Q2, Q3].map((id) => ({ id }));

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.fields.map((f) => `${f.field}:${f.key}`);
  }
  return [];
};

describe('levelsByQuestion', () => {
  it('gives every question of the survey a level, 0 for those left out', () => {
    const levels = levelsByQuestion(questions, { answers: [{ questionId: Q2.toUpperCase(), level: 5 }] });
    expect([...levels]).toEqual([
      [Q1, 0],
      [Q2, 5],
      [Q3, 0],
    ]);
  });

  it('names each unknown or repeated question, and refuses a form with no level on the scale', () => {
    const answers = [
      { questionId: Q1, level: 4 },
      { questionId: Q1, level: 2 },
      { questionId: '00000000-0000-4000-8000-000000000009', level: 3 },
    ];
    expect(fieldsOf(() => levelsByQuestion(questions, { answers }))).toEqual([
      'answers.1.questionId:surveyForm.duplicateQuestion',
      'answers.2.questionId:surveyForm.unknownQuestion',
    ]);
    expect(fieldsOf(() => levelsByQuestion(questions, { answers: [{ questionId: Q3, level: 0 }] }))).toEqual([
      'answers:surveyForm.empty',
    ]);
  });
});

describe('aspectsOf', () => {
  it('groups questions by aspect in the survey order', () => {
    const q = (id: string, code: string, aspectCode: string) =>
      ({ id, code, aspectCode, aspectTitle: `A${aspectCode}`, text: code }) as SurveyQuestion;
    expect(aspectsOf([q(Q1, '1.1', '1'), q(Q2, '2.1', '2'), q(Q3, '1.2', '1')])).toEqual([
      {
        code: '1',
        title: 'A1',
        questions: [
          { id: Q1, code: '1.1', text: '1.1' },
          { id: Q3, code: '1.2', text: '1.2' },
        ],
      },
      { code: '2', title: 'A2', questions: [{ id: Q2, code: '2.1', text: '2.1' }] },
    ]);
  });
});

describe('the device id', () => {
  it('is read back from the cookie header only when it is one the server could have made', () => {
    const id = newDeviceId();
    expect(deviceIdFromCookies(`a=1; ${DEVICE_COOKIE}=${id}; b=2`)).toBe(id);
    expect(deviceIdFromCookies(`${DEVICE_COOKIE}=short`)).toBeNull();
    expect(deviceIdFromCookies(`${DEVICE_COOKIE}=${id.slice(1)}%00`)).toBeNull();
    expect(deviceIdFromCookies(undefined)).toBeNull();
    expect(newDeviceId()).not.toBe(id);
  });

  it('is stored only as a hash that changes with the secret, the agency and the day', () => {
    const base = deviceDayHash('secret', 's', 'a', 'device', '2026-12-07');
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(deviceDayHash('secret', 's', 'a', 'device', '2026-12-07')).toBe(base);
    for (const other of [
      deviceDayHash('other', 's', 'a', 'device', '2026-12-07'),
      deviceDayHash('secret', 's', 'b', 'device', '2026-12-07'),
      deviceDayHash('secret', 's', 'a', 'device', '2026-12-08'),
    ])
      expect(other).not.toBe(base);
  });
});
