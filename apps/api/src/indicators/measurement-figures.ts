import { applyDecorators } from '@nestjs/common';
import { Field, Float } from '@nestjs/graphql';
import { Column } from 'typeorm';

/**
 * How a figure (value, numerator, denominator) is stored and served, shared by a measurement and each of its
 * revisions so the two never drift apart. A decorator rather than a TypeORM embedded class, which would nest
 * the fields (`measurement.figures.value`) in every service, SQL rollup and GraphQL answer.
 */
export function FigureColumn(): PropertyDecorator {
  return applyDecorators(
    Field(() => Float, { nullable: true }),
    Column({ type: 'double precision', nullable: true }),
  );
}

/** The free-text note that goes with a figure. */
export function FigureNoteColumn(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true }),
    Column({ type: 'text', nullable: true }),
  );
}
