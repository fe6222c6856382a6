import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParEvidenceKind, ParEvidenceRecordType } from '@partrack/shared';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';

registerEnumType(ParEvidenceKind, { name: 'ParEvidenceKind' });
registerEnumType(ParEvidenceRecordType, { name: 'ParEvidenceRecordType' });

/**
 * Evidence (minh chứng) of one item of an assessment: a file (its bytes here, uploaded over HTTP like report
 * attachments), a partrack record (type, id and the label it had when cited), or a URL.
 */
@ObjectType()
@Entity('par_evidence')
@Index(['assessmentId', 'criterionId', 'createdAt'])
@Check(`("kind" = 'FILE') = ("content" IS NOT NULL)`)
@Check(`("kind" = 'RECORD') = ("record_id" IS NOT NULL AND "record_type" IS NOT NULL)`)
@Check(`("kind" = 'URL') = ("url" IS NOT NULL)`)
export class ParEvidence {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => ParAssessment, { onDelete: 'CASCADE' })
  assessment?: ParAssessment;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => ParCriterion, { onDelete: 'RESTRICT' })
  criterion?: ParCriterion;

  @Field(() => ParEvidenceKind)
  @Column({ type: 'enum', enum: ParEvidenceKind, enumName: 'par_evidence_kind' })
  kind: ParEvidenceKind;

  @Field({ description: 'File name, record label as cited, or the title of a link' })
  @Column({ length: 500 })
  label: string;

  @Field(() => String, { nullable: true, description: 'The link (URL evidence)' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Field(() => ParEvidenceRecordType, { nullable: true })
  @Column({ type: 'enum', enum: ParEvidenceRecordType, enumName: 'par_evidence_record_type', nullable: true })
  recordType: ParEvidenceRecordType | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  mimeType: string | null;

  @Field(() => Int, { nullable: true, description: 'Bytes (FILE)' })
  @Column({ type: 'int', nullable: true })
  size: number | null;

  /** The bytes of a FILE; never selected unless downloading. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  addedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
