import { createHash } from 'node:crypto';
import pg from 'pg';

export interface ChainBreak {
  chainKey: string;
  chainPos: string;
  id: string;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'gap';
}

export interface ChainReport {
  chains: number;
  entries: number;
  firstBreak: ChainBreak | null;
}

const ZERO = '0'.repeat(64);

/**
 * Recomputes every chain of the audit log in Node (independently of the database's trigger) and
 * names the first broken link: an entry whose content no longer matches its hash, whose previous
 * hash is not its predecessor's hash, or a missing position. Run as the owner, which sees all chains.
 */
export async function verifyAuditChain(ownerUrl: string): Promise<ChainReport> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const cursorSql = `select chain_key, chain_pos::text as chain_pos, id::text as id,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
        coalesce(actor_id::text, '') as actor_id, coalesce(tenant_id::text, '') as tenant_id,
        coalesce(agency_id::text, '') as agency_id, coalesce(request_id, '') as request_id, action, object_type,
        coalesce(object_id, '') as object_id, coalesce(before::text, '') as before, coalesce(after::text, '') as after,
        prev_hash, hash
      from audit_log a order by a.chain_key, a.chain_pos`;
    const { rows } = await client.query(cursorSql);
    let chains = 0;
    let prevKey: string | null = null;
    let prevHash = ZERO;
    let expectedPos = 1n;
    for (const r of rows) {
      if (r.chain_key !== prevKey) {
        chains++;
        prevKey = r.chain_key;
        prevHash = ZERO;
        expectedPos = 1n;
      }
      const at = { chainKey: r.chain_key, chainPos: r.chain_pos, id: r.id };
      if (BigInt(r.chain_pos) !== expectedPos) return { chains, entries: rows.length, firstBreak: { ...at, reason: 'gap' } };
      if (r.prev_hash !== prevHash) return { chains, entries: rows.length, firstBreak: { ...at, reason: 'prev-hash-mismatch' } };
      const payload = [r.prev_hash, r.chain_key, r.chain_pos, r.id, r.occurred_at, r.actor_id, r.tenant_id, r.agency_id,
        r.request_id, r.action, r.object_type, r.object_id, r.before, r.after].join('|');
      const hash = createHash('sha256').update(payload, 'utf8').digest('hex');
      if (hash !== r.hash) return { chains, entries: rows.length, firstBreak: { ...at, reason: 'hash-mismatch' } };
      prevHash = r.hash;
      expectedPos++;
    }
    return { chains, entries: rows.length, firstBreak: null };
  } finally {
    await client.end();
  }
}
