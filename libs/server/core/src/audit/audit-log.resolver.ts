import type { FilterQuery } from '@mikro-orm/core';
import { Field, ID, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { Db } from '../database/db.service.js';
import { Policy } from '../authz/policy.decorator.js';
import { toQuery } from '../authz/ability.js';
import { JSONScalar } from '../graphql/json.scalar.js';
import { PageArgs, connectionOf, decodeCursor, emptyConnection, encodeCursor, pageSize, type Connection } from '../graphql/pagination.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

@ObjectType('AuditLogEntry')
export class AuditLogEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String) objectType!: string;
  @Field(() => String, { nullable: true }) objectId!: string | null;
  @Field(() => JSONScalar, { nullable: true }) before!: unknown;
  @Field(() => JSONScalar, { nullable: true }) after!: unknown;
}

export const AuditLogEntryConnection = connectionOf(AuditLogEntryType, 'AuditLogEntry');

/**
 * One page of audit entries matching `where`, newest first (a chain position is the stable
 * cursor). Row-level security still decides which entries the connection may see at all.
 */
export async function auditLogPage(db: Db, where: FilterQuery<AuditLogEntry>, args: PageArgs): Promise<Connection<AuditLogEntryType>> {
  const size = pageSize(args.first);
  const em = db.em();
  const before = args.after ? { chainPos: { $lt: String(decodeCursor(args.after, 1)[0]) } } : {};
  const [rows, totalCount] = await Promise.all([
    em.find(AuditLogEntry, { $and: [where, before] }, { orderBy: { chainPos: 'desc' }, limit: size + 1 }),
    em.count(AuditLogEntry, where),
  ]);
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor([String(node.chainPos)]) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The institution's history, newest first (a chain position is the stable cursor). */
@Resolver(() => AuditLogEntryType)
export class AuditLogResolver {
  constructor(private readonly db: Db) {}

  @Policy('read', 'AuditLog')
  @Query(() => AuditLogEntryConnection)
  async auditLog(@Args() args: PageArgs): Promise<Connection<AuditLogEntryType>> {
    const where = toQuery('read', 'AuditLog');
    return where ? auditLogPage(this.db, where, args) : emptyConnection();
  }
}
