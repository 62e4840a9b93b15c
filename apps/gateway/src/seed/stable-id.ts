import { createHash } from 'node:crypto';

/** A UUID derived from a name, so the seed gives every demo object the same id on every run. */
export function stableId(name: string): string {
  const h = createHash('sha1').update(`dsg-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
