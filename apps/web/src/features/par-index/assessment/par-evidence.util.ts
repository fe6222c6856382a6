import type { ApolloCache, Reference } from '@apollo/client';
import { uploadFile } from '../../../app/ui/authorized-file';
import type { ParEvidenceFieldsFragment as ParEvidenceFields } from '../../../gql/graphql';
import { ParEvidenceFieldsFragment } from '../graphql/par-evidence.operations';

/** The API's cap on one evidence file (ATTACHMENT_MAX_BYTES); checked first so a large file is not sent. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** The API accepts links of at most 2000 characters. */
export const MAX_EVIDENCE_URL_LENGTH = 2000;

/** An absolute http:// or https:// address, as the API accepts them. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
  } catch {
    return false;
  }
}

/** "850 B", "20 KB", "1,5 MB" with the language's number format. */
export function fileSizeLabel(bytes: number, number: (value: number) => string): string {
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} KB`;
  return `${number(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

/** One file as evidence of an item: multipart to the files endpoint, with the session's token. */
export async function uploadEvidenceFile(
  assessmentId: string,
  criterionId: string,
  file: File,
  language: string,
): Promise<void> {
  await uploadFile(`/files/par-evidence/${assessmentId}/${criterionId}`, file, language);
}

const assessmentRef = (cache: ApolloCache, assessmentId: string) =>
  cache.identify({ __typename: 'ParAssessment', id: assessmentId });

/**
 * Adding a link or a record answers the new evidence only; appending it to the cached assessment's list
 * shows it without reloading the whole assessment (its version does not change).
 */
export function addEvidenceToCache(cache: ApolloCache, evidence: ParEvidenceFields): void {
  cache.modify({
    id: assessmentRef(cache, evidence.assessmentId),
    fields: {
      evidence(existing: readonly Reference[] = []) {
        const ref = cache.writeFragment({
          data: { __typename: 'ParEvidence', ...evidence },
          fragment: ParEvidenceFieldsFragment,
          fragmentName: 'ParEvidenceFields',
        });
        return ref ? [...existing, ref] : existing;
      },
    },
  });
}

/** Removal answers only `true`: the evidence is taken out of the cached list and out of the cache. */
export function removeEvidenceFromCache(cache: ApolloCache, assessmentId: string, evidenceId: string): void {
  const id = cache.identify({ __typename: 'ParEvidence', id: evidenceId });
  cache.modify({
    id: assessmentRef(cache, assessmentId),
    fields: {
      evidence(existing: readonly Reference[] = [], { readField }) {
        return existing.filter((ref) => readField('id', ref) !== evidenceId);
      },
    },
  });
  if (id) cache.evict({ id });
  cache.gc();
}
