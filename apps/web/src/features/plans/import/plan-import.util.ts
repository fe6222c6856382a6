import { foldVietnamese, REFORM_AREAS } from '@partrack/shared';
import { base64Length } from '../../../app/ui/read-file';
import {
  PlanDocumentFormat,
  type AgencyOverrideInput,
  type ImportPlanDocumentInput,
  type ImportPlanDocumentMutation,
} from '../../../gql/graphql';

export type PlanImportResult = ImportPlanDocumentMutation['importPlanDocument'];
export type ImportedItem = PlanImportResult['items'][number];
export type ImportProblem = PlanImportResult['problems'][number];
export type ResolvedName = ImportedItem['leads'][number];

/** The API refuses request bodies over 100 KB; this leaves room for the query and the overrides. */
export const MAX_PLAN_TEXT_BYTES = 90 * 1024;

/**
 * DOCX and XLSX files travel base64-encoded in the same 100 KB body, a third larger than the file. The
 * encoded file may take 93 KB (about 1.5 KB go to the query, the rest to the plan fields and overrides),
 * so the file itself may have about 70 KB.
 */
export const MAX_PLAN_FILE_BASE64 = 93 * 1024;
export const MAX_PLAN_FILE_BYTES = Math.floor((MAX_PLAN_FILE_BASE64 / 4) * 3);

const FORMAT_BY_EXTENSION: Readonly<Record<string, PlanDocumentFormat>> = {
  txt: PlanDocumentFormat.Text,
  docx: PlanDocumentFormat.Docx,
  xlsx: PlanDocumentFormat.Xlsx,
};

/** The upload's format, told by its extension (the API checks the bytes); null for any other file. */
export function formatOfFileName(name: string): PlanDocumentFormat | null {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? null : (FORMAT_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null);
}

/** DOCX and XLSX are sent base64-encoded; TEXT as it is. */
export function isBinaryFormat(format: PlanDocumentFormat): boolean {
  return format !== PlanDocumentFormat.Text;
}

/** Whether a file of this format and size would still fit the request body once encoded. */
export function fileFits(format: PlanDocumentFormat, bytes: number): boolean {
  return isBinaryFormat(format) ? base64Length(bytes) <= MAX_PLAN_FILE_BASE64 : bytes <= MAX_PLAN_TEXT_BYTES;
}

/** Whether the content as it will be sent (text, or base64) fits the request body. */
export function contentFits(format: PlanDocumentFormat, content: string): boolean {
  return isBinaryFormat(format)
    ? content.length <= MAX_PLAN_FILE_BASE64
    : utf8Bytes(content) <= MAX_PLAN_TEXT_BYTES;
}

/** Below this the resolver guessed (a typo, a shortened name): the coordinator should check it. */
export const CONFIRM_BELOW = 0.95;

export type ImportTarget = 'new' | 'existing';

export interface PlanImportSource {
  /** TEXT: the pasted or uploaded text; DOCX, XLSX: the uploaded file, base64-encoded. */
  content: string;
  format: PlanDocumentFormat;
  fileName: string | null;
  /** Size of the uploaded file in bytes (null for pasted text). */
  fileSize: number | null;
  target: ImportTarget;
  /** Existing plan to import into. */
  planId: string | null;
  /** New plan. */
  code: string;
  title: string;
  year: number | null;
  ownerAgencyId: string | null;
}

export const EMPTY_PLAN_IMPORT_SOURCE: PlanImportSource = {
  content: '',
  format: PlanDocumentFormat.Text,
  fileName: null,
  fileSize: null,
  target: 'new',
  planId: null,
  code: '',
  title: '',
  year: null,
  ownerAgencyId: null,
};

/** The coordinator's choice for a piece of text the resolver could not place. */
export type OverrideChoice = { agencyId: string } | { groupId: string };

/** Keyed by the folded text, as the API matches overrides ignoring case and diacritics. */
export type OverrideChoices = Readonly<Record<string, { text: string; choice: OverrideChoice }>>;

export function overrideKey(text: string): string {
  return foldVietnamese(text);
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function toOverrideInputs(choices: OverrideChoices): AgencyOverrideInput[] {
  return Object.values(choices).map(({ text, choice }) => ({ text, ...choice }));
}

/** Builds the mutation input; optional parts are left out rather than sent as null. */
export function toImportInput(
  source: PlanImportSource,
  ownerAgencyId: string | null,
  choices: OverrideChoices,
  dryRun: boolean,
): ImportPlanDocumentInput {
  const input: ImportPlanDocumentInput = { content: source.content, format: source.format, dryRun };
  if (source.target === 'existing') {
    input.planId = source.planId;
  } else {
    input.newPlan = { code: source.code.trim(), ownerAgencyId: ownerAgencyId ?? '' };
    if (source.title.trim()) input.newPlan.title = source.title.trim();
    if (source.year) input.newPlan.year = source.year;
  }
  const overrides = toOverrideInputs(choices);
  if (overrides.length > 0) input.agencyOverrides = overrides;
  return input;
}

export function hasErrors(result: PlanImportResult): boolean {
  return result.problems.some((problem) => problem.severity === 'ERROR');
}

/** The distinct unresolved agency texts, in the order the document names them. */
export function unresolvedTexts(problems: readonly ImportProblem[]): string[] {
  const seen = new Map<string, string>();
  for (const problem of problems) {
    if (problem.code !== 'AGENCY_UNRESOLVED' || !problem.text) continue;
    const key = overrideKey(problem.text);
    if (!seen.has(key)) seen.set(key, problem.text);
  }
  return [...seen.values()];
}

export interface PreviewNode {
  item: ImportedItem;
  children: PreviewNode[];
}

export interface PreviewArea {
  /** Area code, or null for items without one. */
  code: string | null;
  roots: PreviewNode[];
  itemCount: number;
}

/**
 * Groups the parsed items by reform area (I–VII, then items without one) and nests each item under its
 * parent code; an item whose parent is in another area (or missing) starts its own branch.
 */
export function previewByArea(items: readonly ImportedItem[]): PreviewArea[] {
  const areas = new Map<string | null, PreviewArea>();
  const nodes = new Map<string, { node: PreviewNode; area: string | null }>();
  for (const item of items) {
    const area = item.areaCode ?? null;
    const group = areas.get(area) ?? { code: area, roots: [], itemCount: 0 };
    areas.set(area, group);
    group.itemCount += 1;
    const node: PreviewNode = { item, children: [] };
    const parent = item.parentCode ? nodes.get(item.parentCode) : undefined;
    if (parent && parent.area === area) parent.node.children.push(node);
    else group.roots.push(node);
    nodes.set(item.code, { node, area });
  }
  const order = (code: string | null) => REFORM_AREAS.find((area) => area.code === code)?.order ?? 99;
  return [...areas.values()].sort((a, b) => order(a.code) - order(b.code));
}

export function isLowConfidence(name: ResolvedName): boolean {
  return name.confidence < CONFIRM_BELOW;
}
