import { Injectable } from '@nestjs/common';
import { ParEvidenceKind } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { notFoundAs } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, badInput, DomainError, notFound } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';
import { cleanFilename } from '../common/http/filename.util';
import { ATTACHMENT_MAX_BYTES } from '../common/http/upload-limits';
import {
  AddParEvidenceLinkInput,
  AddParEvidenceRecordInput,
  EVIDENCE_CANDIDATES_MAX,
  ParEvidenceCandidatesArgs,
} from './dto/par-evidence.input';
import { ParAssessment } from './par-assessment.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { ParCriterion } from './par-criterion.entity';
import { ParEvidence } from './par-evidence.entity';
import { EvidenceRecord, findEvidenceRecords } from './par-evidence-records';

/** Evidence items per (assessment, item): enough for a criterion's documents, bounded for the appraisal. */
export const EVIDENCE_PER_ITEM = 20;

/** Where a FILE is downloaded (GET with the same Authorization header); other kinds have no file. */
export function evidenceDownloadUrl(evidence: Pick<ParEvidence, 'id' | 'kind'>): string | null {
  return evidence.kind === ParEvidenceKind.FILE ? `/files/par-evidence/${evidence.id}` : null;
}

/** What an evidence row holds besides its place; the kind decides which fields are set. */
type EvidenceContent = Pick<ParEvidence, 'kind' | 'label'> &
  Partial<Pick<ParEvidence, 'url' | 'recordType' | 'recordId' | 'mimeType' | 'size' | 'content'>>;

/**
 * lockDraft names the assessment `id`; these inputs call it `assessmentId`, so its refusals (submitted, past
 * due) name the field the client sent.
 */
function asAssessmentField(error: unknown): never {
  if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT)
    throw badInput(error.fields.map((f) => (f.field === 'id' ? { ...f, field: 'assessmentId' } : f)));
  throw error;
}

/**
 * Evidence (minh chứng) of an agency's self-assessment: files, links and partrack records cited on a leaf
 * item. Read like the assessment; added and removed only while the assessment is writable by the caller
 * (ParAssessmentsService.lockDraft), under the assessment's row lock so the per-item limit holds.
 */
@Injectable()
export class ParEvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: ParAssessmentsService,
    private readonly audit: AuditService,
  ) {}

  async addFile(
    caller: Caller,
    assessmentId: string,
    criterionId: string,
    filename: string,
    mimeType: string,
    content: Buffer,
  ): Promise<ParEvidence> {
    if (!content.length) throw badField('content', 'import.empty');
    if (content.length > ATTACHMENT_MAX_BYTES)
      throw badField('content', 'import.tooLarge', { size: content.length, max: ATTACHMENT_MAX_BYTES });
    const label = cleanFilename(filename);
    return this.add(caller, assessmentId, criterionId, () => ({
      kind: ParEvidenceKind.FILE,
      label,
      mimeType: mimeType.slice(0, 120) || 'application/octet-stream',
      size: content.length,
      content,
    }));
  }

  addLink(caller: Caller, input: AddParEvidenceLinkInput): Promise<ParEvidence> {
    const url = input.url.trim();
    const label = input.label?.trim() || [...url].slice(0, 500).join('');
    return this.add(caller, input.assessmentId, input.criterionId, () => ({
      kind: ParEvidenceKind.URL,
      label,
      url,
    }));
  }

  addRecord(caller: Caller, input: AddParEvidenceRecordInput): Promise<ParEvidence> {
    return this.add(caller, input.assessmentId, input.criterionId, async (em, assessment) => {
      const [record] = await findEvidenceRecords(em, assessment.agencyId, {
        recordType: input.recordType,
        recordId: input.recordId,
        limit: 1,
      });
      // Another agency's record, or one that does not exist: the same answer, naming the field.
      if (!record) throw badField('recordId', 'parIndex.evidence.recordNotFound');
      const cited = await em.exists(ParEvidence, {
        where: {
          assessmentId: assessment.id,
          criterionId: input.criterionId,
          recordType: record.recordType,
          recordId: record.recordId,
        },
      });
      if (cited) throw badField('recordId', 'parIndex.evidence.citedTwice');
      return {
        kind: ParEvidenceKind.RECORD,
        label: record.label,
        recordType: record.recordType,
        recordId: record.recordId,
      };
    });
  }

  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const evidence = await em.findOne(ParEvidence, { where: { id } });
      if (!evidence) throw notFound('ParEvidence', id);
      await this.assessments
        .lockDraft(caller, evidence.assessmentId, em, true, [evidence.criterionId])
        .catch(notFoundAs('ParEvidence', id));
      // Another removal may have won the assessment's lock first.
      if (!(await em.delete(ParEvidence, { id })).affected) throw notFound('ParEvidence', id);
      await this.audit.record(em, caller, {
        action: 'parEvidence.remove',
        entityType: 'ParAssessment',
        entityId: evidence.assessmentId,
        before: evidence,
      });
      return true;
    });
  }

  /** A FILE with its bytes, when the caller may read its assessment; otherwise as if it did not exist. */
  async download(actor: Actor, id: string): Promise<ParEvidence & { content: Buffer; mimeType: string }> {
    const evidence = await this.dataSource
      .getRepository(ParEvidence)
      .createQueryBuilder('e')
      .addSelect('e.content')
      .where('e.id = :id AND e.kind = :kind', { id, kind: ParEvidenceKind.FILE })
      .getOne();
    if (!evidence?.content || !evidence.mimeType) throw notFound('ParEvidence', id);
    await this.assessments.findOne(actor, evidence.assessmentId).catch(notFoundAs('ParEvidence', id));
    return { ...evidence, content: evidence.content, mimeType: evidence.mimeType };
  }

  /** Records of the assessment's agency to cite, newest first, in one statement. */
  async candidates(actor: Actor, args: ParEvidenceCandidatesArgs): Promise<EvidenceRecord[]> {
    const assessment = await this.assessments.findOne(actor, args.assessmentId);
    return findEvidenceRecords(this.dataSource.manager, assessment.agencyId, {
      recordType: args.recordType,
      search: args.search,
      limit: Math.min(args.first ?? 20, EVIDENCE_CANDIDATES_MAX),
    });
  }

  /** Evidence of each assessment, oldest first, without file bytes: one statement for a page. */
  async evidenceOf(assessmentIds: readonly string[]): Promise<Map<string, ParEvidence[]>> {
    const rows = assessmentIds.length
      ? await this.dataSource.getRepository(ParEvidence).find({
          where: { assessmentId: In([...assessmentIds]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    const result = new Map<string, ParEvidence[]>(assessmentIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.assessmentId)?.push(row);
    return result;
  }

  /**
   * One addition: the assessment locked by lockDraft (visibility, write scope, DRAFT, due date), the item a
   * leaf of its framework, fewer than EVIDENCE_PER_ITEM items counted under that lock (so parallel additions
   * queue and cannot pass the limit together), then the content built and saved with its audit row.
   */
  private add(
    caller: Caller,
    assessmentId: string,
    criterionId: string,
    build: (em: EntityManager, assessment: ParAssessment) => EvidenceContent | Promise<EvidenceContent>,
  ): Promise<ParEvidence> {
    return this.dataSource.transaction(async (em) => {
      const { assessment } = await this.assessments
        .lockDraft(caller, assessmentId, em, true, [criterionId])
        .catch(asAssessmentField);
      await this.assertLeaf(em, assessment, criterionId);
      const count = await em.count(ParEvidence, { where: { assessmentId, criterionId } });
      if (count >= EVIDENCE_PER_ITEM)
        throw badField('criterionId', 'parIndex.evidence.tooMany', { max: EVIDENCE_PER_ITEM });
      const content = await build(em, assessment);
      const saved = await em.save(
        em.create(ParEvidence, {
          url: null,
          recordType: null,
          recordId: null,
          mimeType: null,
          size: null,
          content: null,
          ...content,
          assessmentId,
          criterionId,
          addedBy: caller.actor.label,
        }),
      );
      const { content: _bytes, ...meta } = saved;
      await this.audit.record(em, caller, {
        action: 'parEvidence.add',
        entityType: 'ParAssessment',
        entityId: assessmentId,
        after: meta,
      });
      return saved;
    });
  }

  private async assertLeaf(em: EntityManager, assessment: ParAssessment, criterionId: string) {
    const criterion = await em.findOne(ParCriterion, {
      where: { id: criterionId, frameworkId: assessment.frameworkId },
    });
    if (!criterion)
      throw badField('criterionId', 'common.notFound', { entity: 'ParCriterion', id: criterionId });
    if (await em.exists(ParCriterion, { where: { parentId: criterion.id } }))
      throw badField('criterionId', 'parIndex.evidence.notALeaf', { code: criterion.code });
  }
}
