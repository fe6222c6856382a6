import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ParEvidenceRecordType } from '@partrack/shared';

/** A record of the assessed agency that may be cited as evidence, as the picker lists it. */
@ObjectType()
export class ParEvidenceCandidate {
  @Field(() => ParEvidenceRecordType)
  recordType: ParEvidenceRecordType;

  @Field(() => ID)
  recordId: string;

  @Field({ description: 'The label the evidence will carry: task code and title, report period, indicator…' })
  label: string;

  @Field(() => Date, { nullable: true, description: 'When the record was last written; newest first' })
  date: Date | null;
}
