import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ModuleRef } from '@nestjs/core';
import { CoreModule, HealthController, applyDirectFields, clientErrorStatusPlugin, formatGraphQLError, type AppConfig } from '@dsg/server-core';
import { OrganisationsModule } from '@dsg/server-organisations';
import { IdentityModule } from '@dsg/server-identity';
import { TaskBookModule } from '@dsg/server-task-book';
import { ReportingModule } from '@dsg/server-reporting';
import { EvidenceModule } from '@dsg/server-evidence';
import { featureEntities } from './entities.js';

export const MAX_QUERY_TOKENS = 3000;

/** Query limits: deep, wide or huge documents are refused before execution (BAD_USER_INPUT). */
export const ARMOR_LIMITS = {
  // Fragments do not add depth: the admin's documents are built from fragments.
  maxDepth: { n: 8, flattenFragments: true },
  maxAliases: { n: 15 },
  costLimit: { maxCost: 5000, flattenFragments: true },
  // Token limit: enforced before parsing by tokenLimitMiddleware (see create-app.ts).
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
};

function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.env !== 'production',
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: formatGraphQLError,
    // graphql-armor ships CJS typings of @apollo/server; the runtime objects are the same.
    // Cache control is on by default and wraps every field resolver (willResolveField) to compute
    // cache hints we never send (no CDN caches GraphQL here): measured ~15% of a large tree query.
    plugins: [...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>), clientErrorStatusPlugin, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, entities: featureEntities, consumeQueue: false, graphql: true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef) => ({ ...graphqlOptions(config), transformSchema: (schema) => applyDirectFields(schema, moduleRef) }),
        }),
        OrganisationsModule.forRoot({ graphql: true }),
        IdentityModule,
        TaskBookModule.forRoot({ graphql: true }),
        // Without Redis there is no worker: the gateway keeps the reporting calendar and the mail going itself.
        ReportingModule.forRoot({ graphql: true, schedule: !config.redisUrl && config.env !== 'test' ? 'interval' : 'off' }),
        EvidenceModule.forRoot({ graphql: true }),
      ],
      controllers: [HealthController],
    };
  }
}
