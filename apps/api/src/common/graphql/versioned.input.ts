import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID } from 'class-validator';
import { msg } from '../validation/validation-messages';

/**
 * Updates name the record and the version the client read (optimistic locking). Not a TypeScript abstract
 * class so the mapped-type helpers take it: `IntersectionType(VersionedInput, PartialType(CreateXInput))`.
 */
@InputType({ isAbstract: true })
export class VersionedInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @IsInt()
  version: number;
}
