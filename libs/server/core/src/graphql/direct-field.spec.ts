import { describe, expect, it } from 'vitest';
import { buildSchema, graphql } from 'graphql';
import type { ModuleRef } from '@nestjs/core';
import { DirectField, applyDirectFields } from './direct-field.js';

class WidgetResolver {
  constructor(private readonly factor: number) {}

  score(parent: { base: number }, args: { times?: number | null }): number {
    return parent.base * (args.times ?? 1) * this.factor;
  }
}

// Applied by hand: this spec is compiled without decorator support.
DirectField('Widget')(WidgetResolver.prototype, 'score', Object.getOwnPropertyDescriptor(WidgetResolver.prototype, 'score')!);

const moduleRef = (instance: unknown) => ({ get: () => instance }) as unknown as ModuleRef;

describe('applyDirectFields', () => {
  it('resolves a marked field by calling the resolver instance with (parent, args)', async () => {
    const schema = buildSchema('type Widget { base: Int! score(times: Int): Int! } type Query { widget: Widget! }');
    applyDirectFields(schema, moduleRef(new WidgetResolver(10)));
    const r = await graphql({ schema, source: '{ widget { a: score b: score(times: 3) } }', rootValue: { widget: { base: 2 } } });
    expect(r).toEqual({ data: { widget: { a: 20, b: 60 } } });
  });

  it('leaves schemas without the marked type alone', () => {
    const schema = buildSchema('type Query { ping: String }');
    expect(() => applyDirectFields(schema, moduleRef(null))).not.toThrow();
  });
});
