import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ImportFormat } from '@partrack/shared';
import { IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: '1-based line in the submitted content' })
  line: number;

  @Field()
  message: string;
}

@ObjectType()
export class AgencyImportResult {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when the changes were written (not a dry run and no errors)' })
  applied: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [ImportError], { description: 'Any error means nothing was written' })
  errors: ImportError[];
}

@InputType()
export class ImportAgenciesInput {
  @Field(() => ImportFormat)
  @IsEnum(ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The file content (UTF-8 text)' })
  @IsString()
  content: string;

  @Field({ nullable: true, defaultValue: true, description: 'Default true: report only, write nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
