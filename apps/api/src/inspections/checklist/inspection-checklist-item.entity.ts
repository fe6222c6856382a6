import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InspectionChecklistResult } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { Inspection } from '../inspection.entity';

registerEnumType(InspectionChecklistResult, { name: 'InspectionChecklistResult' });

/** A link the team cites for an item: minutes, photos or documents kept elsewhere (the agency's portal, a drive). */
@ObjectType()
export class InspectionChecklistEvidence {
  @Field({ description: 'http:// or https://' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What it shows, shown instead of the link' })
  label: string | null;
}

/**
 * One line of an inspection's checklist (bảng kiểm): an area or criterion of the province's PAR framework, or a
 * line the coordinator wrote, with what the team found, a note and the evidence links.
 */
@ObjectType()
@Entity('inspection_checklist_item')
@Index(['inspectionId', 'position'], { unique: true })
export class InspectionChecklistItem extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  inspectionId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  inspection?: Inspection;

  @Field(() => Int, { description: 'Order in the checklist, from 1' })
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The framework area\'s or criterion\'s code ("1", "1.2"); null for a written line',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  sourceCode: string | null;

  @Field(() => InspectionChecklistResult, { nullable: true, description: 'Null while not assessed' })
  @Column({
    type: 'enum',
    enum: InspectionChecklistResult,
    enumName: 'inspection_checklist_result',
    nullable: true,
  })
  result: InspectionChecklistResult | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Field(() => [InspectionChecklistEvidence])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: InspectionChecklistEvidence[];
}

/** An item counts as filled once it has a result, a note or evidence: the checklist is then no longer rebuilt. */
export function isFilled(item: Pick<InspectionChecklistItem, 'result' | 'note' | 'evidence'>): boolean {
  return item.result !== null || item.note !== null || item.evidence.length > 0;
}
