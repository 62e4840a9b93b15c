import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { coreResolvers } from '@dsg/server-core';
import { organisationResolvers } from '@dsg/server-organisations';
import { identityResolvers } from '@dsg/server-identity';
import { taskBookResolvers } from '@dsg/server-task-book';
import { reportingResolvers } from '@dsg/server-reporting';
import { evidenceResolvers } from '@dsg/server-evidence';

export const SCHEMA_HEADER = '# Generated from the code-first resolvers by `npm run schema`. Do not edit: review it like code.\n\n';

/** The gateway's SDL, built from the resolver classes alone (no database, no server). */
export async function printGatewaySchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create([...coreResolvers, ...organisationResolvers, ...identityResolvers, ...taskBookResolvers, ...evidenceResolvers, ...reportingResolvers]);
    return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
