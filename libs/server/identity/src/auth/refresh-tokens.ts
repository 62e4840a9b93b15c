import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const REFRESH_COOKIE = 'dsg_rt';

export interface RefreshSecret {
  id: string;
  secret: string;
}

/** Cookie value `<token id>.<secret>`: the id finds the row, the secret proves possession. */
export function newRefreshSecret(id: string): { cookie: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { cookie: `${id}.${secret}`, hash: sha256(secret) };
}

export function parseRefreshCookie(value: string | undefined): RefreshSecret | null {
  if (!value) return null;
  const [id, secret, extra] = value.split('.');
  if (!id || !secret || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id) || secret.length > 100) return null;
  return { id, secret };
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
