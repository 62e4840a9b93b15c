import type { Type } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

interface DirectFieldEntry {
  resolverClass: Type<unknown>;
  method: string;
  typeName: string;
}

const entries: DirectFieldEntry[] = [];

/**
 * Marks a `@ResolveField` method of a per-item field (one call per indicator of a 500-indicator
 * tree) to be called by graphql-js directly, without Nest's per-call wrapper: that wrapper builds an
 * execution context and several promises per call and measured ~40 µs each. Field resolvers get
 * no guards, pipes or interceptors here anyway (`fieldResolverEnhancers` is off), so nothing is
 * skipped. The method must take `(parent, args)`: `@Parent()` first, then `@Args()` as one object.
 */
export function DirectField(typeName: string): MethodDecorator {
  return (target, key) => {
    entries.push({ resolverClass: target.constructor as Type<unknown>, method: String(key), typeName });
  };
}

/** `transformSchema` step: points each marked field at its resolver instance's method. */
export function applyDirectFields(schema: GraphQLSchema, moduleRef: ModuleRef): GraphQLSchema {
  for (const { resolverClass, method, typeName } of entries) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[method] : undefined;
    if (!field) continue; // a schema without this feature (the worker, a partial test app)
    const instance = moduleRef.get(resolverClass, { strict: false }) as Record<string, (parent: unknown, args: unknown) => unknown>;
    const fn = instance[method]!;
    field.resolve = ((parent, args) => fn.call(instance, parent, args)) as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
