import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';

/**
 * An assessment's final points per area (the sum of its scored items' appraised points, each kept within
 * [0, the item's maximum]), in hundredths, by kind of item. Ranking a cycle reads these ≈ 8 rows per assessment
 * instead of its ≈ 120 scores (docs/performance.md, "PAR Index ranking").
 *
 * Written ONLY by the statement triggers on `par_score` (migration ParAreaTotals), so every path that writes a
 * score — appraisal, imports, seeds, raw SQL — keeps it exact; nothing in TypeScript writes it. That is sound
 * because an item's maximum, method and place in the tree never change once scores exist: a framework is LOCKED
 * when a cycle uses it. SURVEY items are kept apart because a cycle without surveys (`surveyHeld` false) leaves
 * them out, and that flag can change after the scores.
 */
@Entity('par_area_total')
export class ParAreaTotal {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => ParAssessment, { onDelete: 'CASCADE' })
  assessment?: ParAssessment;

  @PrimaryColumn({ type: 'uuid', comment: 'The area (top-level item) the scored items belong to' })
  areaId: string;

  @ManyToOne(() => ParCriterion, { onDelete: 'CASCADE' })
  area?: ParCriterion;

  /** Items counting to the maximum, but SURVEY ones */
  @Column({ type: 'bigint', default: 0 })
  pointsH: string;

  @Column({ type: 'bigint', default: 0 })
  surveyH: string;

  @Column({ type: 'bigint', default: 0 })
  bonusH: string;

  @Column({ type: 'bigint', default: 0 })
  penaltyH: string;
}
