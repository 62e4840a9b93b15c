import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ARMOR_LIMITS } from '../src/app.module.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function graphqlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await graphqlFiles(p)));
    else if (e.name.endsWith('.graphql')) out.push(p);
  }
  return out;
}

/** The operation with exactly the fragments it uses (transitively). */
function withFragments(op: DefinitionNode, all: FragmentDefinitionNode[]): DocumentNode {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const f = all.find((d) => d.name.value === spread.name.value);
        if (f && !used.has(f.name.value)) {
          used.set(f.name.value, f);
          walk(f);
        }
      },
    });
  walk(op);
  return { kind: 'Document' as never, definitions: [op, ...used.values()] };
}

/**
 * The admin app's operations must pass the same validation the gateway applies, limits included
 * (a depth limit that counted fragment spreads once broke sign-in).
 */
describe('every admin operation passes the gateway’s validation and query limits', async () => {
  const schema = buildSchema(await readFile(join(ROOT, 'apps/gateway/schema.gql'), 'utf8'));
  const files = await graphqlFiles(join(ROOT, 'libs/admin'));
  const document: DocumentNode = parse((await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n'));
  const rules = new ApolloArmor(ARMOR_LIMITS).protect().validationRules;

  it('finds the admin documents', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(document.definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => [(d as { name?: { value: string } }).name?.value ?? '?', d]))(
    '%s',
    (_name, op) => {
      const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition');
      const doc = withFragments(op as DefinitionNode, fragments);
      expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
      expect(validate(schema, doc, rules as never).map((e) => e.message)).toEqual([]);
    },
  );
});
