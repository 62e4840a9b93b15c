import { Injectable } from '@nestjs/common';
import { Db, type MemberDirectory } from '@dsg/server-core';
import { Membership } from './membership.entity.js';
import { UserAccount } from '../user/user-account.entity.js';

@Injectable()
export class MemberDirectoryService implements MemberDirectory {
  constructor(private readonly db: Db) {}

  async areMembersOf(tenantId: string, userIds: readonly string[]): Promise<boolean> {
    const wanted = [...new Set(userIds)];
    if (wanted.length === 0) return true;
    const rows = await this.db.em().find(Membership, { tenantId, userId: { $in: wanted }, active: true }, { fields: ['userId'] });
    return new Set(rows.map((r) => r.userId)).size === wanted.length;
  }

  async usernames(userIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.db.em().find(UserAccount, { id: { $in: ids } }, { fields: ['id', 'username'] });
    return new Map(rows.map((u) => [u.id, u.username]));
  }

  async membersByUsername(tenantId: string): Promise<Map<string, string>> {
    const em = this.db.em();
    const ids = (await em.find(Membership, { tenantId, active: true }, { fields: ['userId'] })).map((m) => m.userId);
    if (ids.length === 0) return new Map();
    const users = await em.find(UserAccount, { id: { $in: [...new Set(ids)] } }, { fields: ['id', 'username'] });
    return new Map(users.map((u) => [u.username, u.id]));
  }
}
