import { Field, Int, ObjectType, ArgsType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { AppError } from '../errors/app-error.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `XConnection` and `XEdge` object types for a node type. */
export function connectionOf<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 }) first?: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

export const MAX_PAGE = 100;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === arity && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v;
  } catch {
    // fall through to the typed error
  }
  throw AppError.field('after', 'invalidCursor');
}

export function pageSize(first: number | undefined | null): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw AppError.field('first', 'outOfRange', { min: 1, max: MAX_PAGE });
  return n;
}

/**
 * Keyset pagination over (`sortKey`, id) — stable under inserts, no OFFSET scans.
 * `where` already holds the tenant filter (automatic) and the ability's conditions.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: { first?: number | null; after?: string | null },
  sortKey: keyof T & string,
  direction: 'asc' | 'desc' = 'asc',
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  let keyset: FilterQuery<T> = {} as FilterQuery<T>;
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const op = direction === 'asc' ? '$gt' : '$lt';
    keyset = { $or: [{ [sortKey]: { [op]: value } }, { [sortKey]: value, id: { [op]: id } }] } as FilterQuery<T>;
  }
  // Page and count in parallel, each on its own pooled connection (no transaction: the count is
  // informational, and an ORM transaction costs more CPU than the two statements themselves).
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: [where, keyset] } as FilterQuery<T>, {
      orderBy: { [sortKey]: direction, id: direction } as never,
      limit: size + 1,
    }),
    em.count(entity, where),
  ]);
  const page = rows.slice(0, size) as T[];
  const key = (node: T) => {
    const v = node[sortKey] as unknown;
    return v instanceof Date ? v.toISOString() : v;
  };
  const edges = page.map((node) => ({ node, cursor: encodeCursor([key(node), node.id]) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** An empty page, for queries whose rules allow nothing. */
export function emptyConnection<T>(): Connection<T> {
  return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
}
