import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanItemKind, ProductType } from '@partrack/shared';
import { AgencyGroup } from '../../agencies/agency-group.entity';
import { Agency } from '../../agencies/agency.entity';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { ImportedIndicatorDraft } from '../../indicators/indicator-drafts.writer';
import { Plan } from '../plan.entity';

export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ImportAction, { name: 'ImportAction' });

@ObjectType()
export class ResolvedAgencyName {
  @Field()
  text: string;

  @Field(() => Agency, { nullable: true })
  agency: Agency | null;

  @Field(() => AgencyGroup, { nullable: true })
  group: AgencyGroup | null;

  @Field(() => Float)
  confidence: number;
}

@ObjectType()
export class ImportedPlanItem {
  @Field(() => Int)
  line: number;

  @Field(() => PlanItemKind)
  kind: PlanItemKind;

  @Field()
  code: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  areaCode: string | null;

  @Field(() => String, { nullable: true })
  productText: string | null;

  @Field(() => ProductType, { nullable: true })
  productType: ProductType | null;

  @Field(() => String, { nullable: true })
  leadText: string | null;

  @Field(() => String, { nullable: true })
  coordinatorText: string | null;

  @Field(() => [ResolvedAgencyName], { complexity: 1 })
  leads: ResolvedAgencyName[];

  @Field(() => [ResolvedAgencyName], { complexity: 1 })
  coordinators: ResolvedAgencyName[];

  @Field(() => String, { nullable: true })
  dueLabel: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true })
  fundingText: string | null;

  @Field(() => ImportAction)
  action: ImportAction;
}

@ObjectType()
export class PlanImportProblem {
  @Field(() => Int)
  line: number;

  @Field({ description: 'ERROR blocks the import; WARNING does not' })
  severity: string;

  @Field({ description: 'EMPTY_LEAD, AGENCY_UNRESOLVED, AGENCY_FUZZY, NUMBERING_GAP, …' })
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  itemCode: string | null;

  @Field(() => String, { nullable: true, description: 'The text concerned, e.g. an unresolved agency name' })
  text: string | null;
}

@ObjectType()
export class PlanDocumentSummary {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true })
  decisionNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true })
  issuerText: string | null;

  @Field(() => Int)
  results: number;

  @Field(() => Int)
  activities: number;

  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  projects: number;
}

@ObjectType()
export class PlanImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when written (not a dry run and no ERROR problems)' })
  applied: boolean;

  @Field(() => Plan, { nullable: true })
  plan: Plan | null;

  @Field(() => PlanDocumentSummary)
  document: PlanDocumentSummary;

  @Field(() => [ImportedPlanItem], { complexity: 5, description: 'Computed in memory: priced as one object' })
  items: ImportedPlanItem[];

  @Field(() => [PlanImportProblem], { complexity: 1 })
  problems: PlanImportProblem[];

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [ImportedIndicatorDraft], {
    complexity: 1,
    description: 'Indicator drafts read from Part I; stored as DRAFT indicators on commit when new',
  })
  indicatorDrafts: ImportedIndicatorDraft[];
}
