import { fallbackKey, fallbackName } from './draft-naming';
import type { DraftLevelTargets, IndicatorDraft } from './indicator-draft.types';
import { findIndicatorSubject } from './indicator-subject.vocabulary';
import { inferReformArea } from './reform-area.inference';
import type { TargetPhrase } from './target-phrase.recognizer';
import type { LevelGroup, TargetSegment } from './target-segment.splitter';

/** One Part I line as the later steps see it: `folded` has the offsets of `text`. */
export interface LineText {
  line: number;
  text: string;
  folded: string;
}

interface Subject {
  text: string;
  folded: string;
}

const UNKNOWN_SUBJECT_NOTE =
  'Subject not in the indicator vocabulary: key and name were derived from the wording, so rewording changes them';
const STRICT_NOTE = 'The plan says strictly more ("trên"); recorded as AT_LEAST';
const INDEX_START = /(?<![a-z])chi so\s/g;

function subjectOf(source: LineText, from: number, to: number, phrase: TargetPhrase): Subject {
  const join = (s: string) => `${s.slice(from, phrase.start)} ${s.slice(phrase.end, to)}`.trim();
  return { text: join(source.text), folded: join(source.folded) };
}

function draftOf(
  source: LineText,
  sourceText: string,
  subject: Subject,
  phrase: TargetPhrase,
): IndicatorDraft {
  const known = findIndicatorSubject(phrase.unit, subject.folded);
  const area = inferReformArea(subject.folded, phrase.unit);
  return {
    key: known?.key ?? fallbackKey(subject.folded),
    line: source.line,
    sourceText,
    name: known?.name ?? fallbackName(subject.text, subject.folded, phrase.unit),
    unit: phrase.unit,
    direction: phrase.direction,
    target: phrase.value,
    levelTargets: null,
    aggregation: known?.aggregation ?? (phrase.unit === 'RANK' ? 'NONE' : 'RATIO'),
    areaCode: area.areaCode,
    notes: [
      ...(known?.notes ?? [UNKNOWN_SUBJECT_NOTE]),
      ...area.notes,
      ...(phrase.strict ? [STRICT_NOTE] : []),
    ],
  };
}

/**
 * Where one rank phrase covers several indices ("Chỉ số cải cách hành chính, Chỉ số hài lòng … thuộc
 * nhóm 25 …"), the words before it are cut at each "Chỉ số" so each index gets its own subject.
 */
function rankSubjects(source: LineText, segment: TargetSegment): Subject[] {
  const { phrase } = segment;
  const before = source.folded.slice(segment.start, phrase.start);
  const starts = [...before.matchAll(INDEX_START)].map((m) => segment.start + m.index);
  if (starts.length < 2) return [subjectOf(source, segment.start, segment.end, phrase)];
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? phrase.start;
    const after = (s: string) => s.slice(phrase.end, segment.end);
    const piece = (s: string) => `${s.slice(start, end)} ${after(s)}`.trim();
    return { text: piece(source.text), folded: piece(source.folded) };
  });
}

export function draftsOfSegment(source: LineText, segment: TargetSegment): IndicatorDraft[] {
  const sourceText = source.text.slice(segment.start, segment.end);
  const subjects =
    segment.phrase.unit === 'RANK'
      ? rankSubjects(source, segment)
      : [subjectOf(source, segment.start, segment.end, segment.phrase)];
  return subjects.map((subject) => draftOf(source, sourceText, subject, segment.phrase));
}

export function draftOfLevelGroup(source: LineText, group: LevelGroup): IndicatorDraft {
  const levelTargets: DraftLevelTargets = {};
  group.segments.forEach((s) => (levelTargets[s.level] = s.phrase.value));
  const [first] = group.segments;
  const province = levelTargets.PROVINCE;
  // The subject is read from the whole list so that the predicate after the last level counts too.
  const subject = {
    text: group.segments.map((s) => subjectOf(source, s.start, s.end, s.phrase).text).join(' '),
    folded: group.segments.map((s) => subjectOf(source, s.start, s.end, s.phrase).folded).join(' '),
  };
  const phrase = { ...first.phrase, value: province ?? first.phrase.value };
  const draft = draftOf(source, source.text.slice(group.start, group.end), subject, phrase);
  const notes = [
    `No province-wide figure is stated; target repeats the ${province === undefined ? 'first level' : 'province-level'} figure`,
  ];
  if (group.segments.some((s) => s.phrase.direction !== first.phrase.direction)) {
    notes.push('The levels state different kinds of bound; direction follows the first');
  }
  return { ...draft, levelTargets, notes: [...draft.notes, ...notes] };
}
