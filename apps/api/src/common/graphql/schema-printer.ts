import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** Resolver classes, as Nest's schema factory takes them. */
export type ResolverClasses = Parameters<GraphQLSchemaFactory['create']>[0];

export function printSorted(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Builds the SDL without a database or HTTP server. */
export async function buildSchemaSdl(resolvers: ResolverClasses): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(resolvers);
  await app.close();
  return printSorted(schema);
}
