import DataLoader from 'dataloader';
import { RequestContext } from '../context/request-context.js';

/**
 * A DataLoader living for one request (so batching never mixes tenants or users).
 * `key` names the relation; the batch function gets all keys asked for in one tick.
 */
export function requestLoader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
  return RequestContext.current().memo(`loader:${key}`, () => new DataLoader<K, V>(batch, { maxBatchSize: 500 }));
}

/** Orders rows by the keys they were asked for (DataLoader's contract). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = keyOf(r);
    map.set(k, [...(map.get(k) ?? []), r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
