import { describe, expect, it } from 'vitest';
import {
  computeCodes,
  depthOf,
  descendants,
  MAX_TASK_DEPTH,
  planDelete,
  planInsert,
  planMove,
  subtreeHeight,
  TreeError,
  type NodeChange,
  type TreeNode,
} from './task-tree.js';

const n = (id: string, parentId: string | null, position: number): TreeNode => ({ id, parentId, position });

/**
 * 1 a            2 b          3 c
 *   1.1 a1         2.1 b1
 *     1.1.1 a1x
 *     1.1.2 a1y
 *   1.2 a2
 */
const TREE: TreeNode[] = [
  n('a', null, 0), n('b', null, 1), n('c', null, 2),
  n('a1', 'a', 0), n('a2', 'a', 1),
  n('a1x', 'a1', 0), n('a1y', 'a1', 1),
  n('b1', 'b', 0),
];

/** Applies a plan the way the repository would: update changed rows, add/remove rows. */
function apply(nodes: TreeNode[], changes: NodeChange[], opts: { add?: TreeNode; remove?: string[] } = {}): TreeNode[] {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const result = nodes
    .filter((x) => !opts.remove?.includes(x.id))
    .map((x) => ({ ...x, ...(byId.get(x.id) ?? {}) }));
  if (opts.add) result.push(opts.add);
  return result;
}

function codesOf(nodes: TreeNode[]): Record<string, string> {
  return Object.fromEntries(computeCodes(nodes));
}

/** Sibling positions of every group are exactly 0..n-1 (the normalised state every plan produces). */
function expectNormalised(nodes: TreeNode[], parentId: string | null): void {
  const positions = nodes.filter((x) => x.parentId === parentId).map((x) => x.position).sort((p, q) => p - q);
  expect(positions).toEqual(positions.map((_, i) => i));
}

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TreeError);
    return (e as TreeError).code;
  }
  return undefined;
}

describe('computeCodes', () => {
  it('derives dotted 1-based codes from sibling order', () => {
    expect(codesOf(TREE)).toEqual({ a: '1', a1: '1.1', a1x: '1.1.1', a1y: '1.1.2', a2: '1.2', b: '2', b1: '2.1', c: '3' });
  });

  it('is contiguous regardless of gaps or negative positions', () => {
    const gappy = [n('x', null, 10), n('y', null, 35), n('z', null, -4), n('y1', 'y', 100), n('y2', 'y', 7)];
    expect(codesOf(gappy)).toEqual({ z: '1', x: '2', y: '3', y2: '3.1', y1: '3.2' });
  });

  it('breaks position ties by id, independent of input order', () => {
    const dup = [n('q', null, 0), n('m', null, 0), n('p', null, 0), n('m2', 'm', 5), n('m1', 'm', 5)];
    const expected = { m: '1', m1: '1.1', m2: '1.2', p: '2', q: '3' };
    expect(codesOf(dup)).toEqual(expected);
    expect(codesOf([...dup].reverse())).toEqual(expected);
  });

  it('uses code-unit order (not locale) for id ties', () => {
    expect(codesOf([n('b', null, 0), n('B', null, 0), n('a', null, 0)])).toEqual({ B: '1', a: '2', b: '3' });
  });

  it('returns an empty map for an empty tree', () => {
    expect(computeCodes([]).size).toBe(0);
  });

  it('refuses malformed input', () => {
    expect(errorCode(() => computeCodes([n('a', null, 0), n('a', null, 1)]))).toBe('DUPLICATE_ID');
    expect(errorCode(() => computeCodes([n('a', 'ghost', 0)]))).toBe('NOT_FOUND');
    expect(errorCode(() => computeCodes([n('a', 'a', 0)]))).toBe('CYCLE');
    expect(errorCode(() => computeCodes([n('r', null, 0), n('a', 'b', 0), n('b', 'a', 0)]))).toBe('CYCLE');
    expect(errorCode(() => computeCodes([n('a', null, Number.NaN)]))).toBe('BAD_INDEX');
  });
});

describe('depthOf / subtreeHeight / descendants', () => {
  it('depth is 1 for level-1 tasks and 3 for 举措/项目', () => {
    expect(depthOf(TREE, 'a')).toBe(1);
    expect(depthOf(TREE, 'a1')).toBe(2);
    expect(depthOf(TREE, 'a1y')).toBe(3);
    expect(depthOf(TREE, 'b1')).toBe(2);
  });

  it('height counts levels including the node itself', () => {
    expect(subtreeHeight(TREE, 'a')).toBe(3);
    expect(subtreeHeight(TREE, 'a1')).toBe(2);
    expect(subtreeHeight(TREE, 'a1x')).toBe(1);
    expect(subtreeHeight(TREE, 'b')).toBe(2);
    expect(subtreeHeight(TREE, 'c')).toBe(1);
  });

  it('descendants are listed depth-first in code order, excluding the node', () => {
    expect(descendants(TREE, 'a')).toEqual(['a1', 'a1x', 'a1y', 'a2']);
    expect(descendants(TREE, 'b')).toEqual(['b1']);
    expect(descendants(TREE, 'c')).toEqual([]);
  });

  it('refuses unknown ids', () => {
    expect(errorCode(() => depthOf(TREE, 'zz'))).toBe('NOT_FOUND');
    expect(errorCode(() => subtreeHeight(TREE, 'zz'))).toBe('NOT_FOUND');
    expect(errorCode(() => descendants(TREE, 'zz'))).toBe('NOT_FOUND');
  });
});

describe('planInsert', () => {
  it('at the front: new node is 1, every sibling shifts down', () => {
    const plan = planInsert(TREE, null, 0);
    expect(plan.position).toBe(0);
    expect(plan.changes).toEqual([
      { id: 'a', parentId: null, position: 1 },
      { id: 'b', parentId: null, position: 2 },
      { id: 'c', parentId: null, position: 3 },
    ]);
    const after = apply(TREE, plan.changes, { add: n('new', null, plan.position) });
    expect(codesOf(after)).toMatchObject({ new: '1', a: '2', a1x: '2.1.1', b: '3', b1: '3.1', c: '4' });
  });

  it('in the middle: only later siblings shift', () => {
    const plan = planInsert(TREE, 'a', 1);
    expect(plan.position).toBe(1);
    expect(plan.changes).toEqual([{ id: 'a2', parentId: 'a', position: 2 }]);
    const after = apply(TREE, plan.changes, { add: n('new', 'a', plan.position) });
    expect(codesOf(after)).toMatchObject({ a1: '1.1', new: '1.2', a2: '1.3', b: '2' });
  });

  it('at the end (explicit index or omitted): nothing shifts', () => {
    expect(planInsert(TREE, null, 3)).toEqual({ position: 3, changes: [] });
    expect(planInsert(TREE, null)).toEqual({ position: 3, changes: [] });
    const plan = planInsert(TREE, 'a1');
    const after = apply(TREE, plan.changes, { add: n('new', 'a1', plan.position) });
    expect(codesOf(after)).toMatchObject({ a1x: '1.1.1', a1y: '1.1.2', new: '1.1.3' });
  });

  it('under a leaf: position 0, no changes', () => {
    expect(planInsert(TREE, 'c', 0)).toEqual({ position: 0, changes: [] });
  });

  it('allows depth 3 and refuses depth 4', () => {
    expect(planInsert(TREE, 'b1', 0).position).toBe(0); // new node at depth 3
    expect(MAX_TASK_DEPTH).toBe(3);
    expect(errorCode(() => planInsert(TREE, 'a1x', 0))).toBe('MAX_DEPTH');
  });

  it('refuses unknown parents and out-of-range or fractional indexes', () => {
    expect(errorCode(() => planInsert(TREE, 'ghost', 0))).toBe('NOT_FOUND');
    expect(errorCode(() => planInsert(TREE, null, -1))).toBe('BAD_INDEX');
    expect(errorCode(() => planInsert(TREE, null, 4))).toBe('BAD_INDEX');
    expect(errorCode(() => planInsert(TREE, null, 1.5))).toBe('BAD_INDEX');
    expect(errorCode(() => planInsert(TREE, 'c', 1))).toBe('BAD_INDEX');
  });

  it('heals gappy positions of the sibling group it touches', () => {
    const gappy = [n('x', null, 10), n('y', null, 20), n('z', null, 30)];
    const plan = planInsert(gappy, null, 2);
    expect(plan.position).toBe(2);
    expect(plan.changes).toEqual([
      { id: 'x', parentId: null, position: 0 },
      { id: 'y', parentId: null, position: 1 },
      { id: 'z', parentId: null, position: 3 },
    ]);
    const after = apply(gappy, plan.changes, { add: n('new', null, plan.position) });
    expectNormalised(after, null);
    expect(codesOf(after)).toEqual({ x: '1', y: '2', new: '3', z: '4' });
  });

  it('is stable for duplicate positions: ties resolved by id before inserting', () => {
    const dup = [n('z', null, 0), n('x', null, 0), n('y', null, 0)];
    const plan = planInsert(dup, null, 1);
    expect(plan.changes).toEqual([
      { id: 'y', parentId: null, position: 2 },
      { id: 'z', parentId: null, position: 3 },
    ]);
    const after = apply(dup, plan.changes, { add: n('new', null, plan.position) });
    expect(codesOf(after)).toEqual({ x: '1', new: '2', y: '3', z: '4' });
  });
});

describe('planMove', () => {
  it('across parents: subtree follows, old siblings close up, new siblings open up', () => {
    const plan = planMove(TREE, 'a1', 'b', 0);
    expect(plan.changes).toEqual(
      expect.arrayContaining([
        { id: 'a1', parentId: 'b', position: 0 },
        { id: 'b1', parentId: 'b', position: 1 },
        { id: 'a2', parentId: 'a', position: 0 },
      ]),
    );
    expect(plan.changes).toHaveLength(3);
    const after = apply(TREE, plan.changes);
    expect(codesOf(after)).toEqual({ a: '1', a2: '1.1', b: '2', a1: '2.1', a1x: '2.1.1', a1y: '2.1.2', b1: '2.2', c: '3' });
    expectNormalised(after, 'a');
    expectNormalised(after, 'b');
  });

  it('a leaf to depth 3 under another branch', () => {
    const after = apply(TREE, planMove(TREE, 'a1x', 'b1', 0).changes);
    expect(codesOf(after)).toMatchObject({ a1y: '1.1.1', b1: '2.1', a1x: '2.1.1' });
  });

  it('to the root level', () => {
    const after = apply(TREE, planMove(TREE, 'a1', null, 1).changes);
    expect(codesOf(after)).toEqual({ a: '1', a2: '1.1', a1: '2', a1x: '2.1', a1y: '2.2', b: '3', b1: '3.1', c: '4' });
    expectNormalised(after, null);
  });

  it('within the same parent, forwards and backwards; index counts siblings without the node', () => {
    const toFront = apply(TREE, planMove(TREE, 'c', null, 0).changes);
    expect(codesOf(toFront)).toMatchObject({ c: '1', a: '2', b: '3', b1: '3.1' });
    const toEnd = planMove(TREE, 'a', null, 2);
    expect(toEnd.changes).toEqual([
      { id: 'b', parentId: null, position: 0 },
      { id: 'c', parentId: null, position: 1 },
      { id: 'a', parentId: null, position: 2 },
    ]);
    expect(codesOf(apply(TREE, toEnd.changes))).toMatchObject({ b: '1', c: '2', a: '3', a1y: '3.1.2' });
    expect(errorCode(() => planMove(TREE, 'a', null, 3))).toBe('BAD_INDEX');
  });

  it('to its current place changes nothing', () => {
    expect(planMove(TREE, 'b', null, 1).changes).toEqual([]);
    expect(planMove(TREE, 'c', null).changes).toEqual([]); // omitted index = last
  });

  it('appends when the index is omitted', () => {
    const after = apply(TREE, planMove(TREE, 'a2', 'b').changes);
    expect(codesOf(after)).toMatchObject({ b1: '2.1', a2: '2.2' });
  });

  it('refuses moving a node under itself or any descendant', () => {
    expect(errorCode(() => planMove(TREE, 'a', 'a', 0))).toBe('CYCLE');
    expect(errorCode(() => planMove(TREE, 'a', 'a1', 0))).toBe('CYCLE');
    expect(errorCode(() => planMove(TREE, 'a', 'a1x', 0))).toBe('CYCLE');
    expect(errorCode(() => planMove(TREE, 'a1', 'a1y', 0))).toBe('CYCLE');
  });

  it('refuses moves that push the subtree below depth 3, allows those that fit exactly', () => {
    expect(errorCode(() => planMove(TREE, 'a', 'b', 0))).toBe('MAX_DEPTH'); // height 3 under depth 1
    expect(errorCode(() => planMove(TREE, 'a1', 'b1', 0))).toBe('MAX_DEPTH'); // height 2 under depth 2
    expect(errorCode(() => planMove(TREE, 'b', 'a2', 0))).toBe('MAX_DEPTH'); // height 2 under depth 2
    expect(planMove(TREE, 'b', 'c', 0).changes).toContainEqual({ id: 'b', parentId: 'c', position: 0 }); // 1 + 2 = 3
  });

  it('refuses unknown ids and out-of-range indexes', () => {
    expect(errorCode(() => planMove(TREE, 'ghost', null, 0))).toBe('NOT_FOUND');
    expect(errorCode(() => planMove(TREE, 'a2', 'ghost', 0))).toBe('NOT_FOUND');
    expect(errorCode(() => planMove(TREE, 'a2', 'b', 2))).toBe('BAD_INDEX'); // b has 1 child: 0..1
    expect(errorCode(() => planMove(TREE, 'a2', 'b', -1))).toBe('BAD_INDEX');
  });

  it('heals gappy and duplicate positions in both groups', () => {
    const messy = [n('p', null, 0), n('q', null, 1), n('p1', 'p', 5), n('p2', 'p', 5), n('p3', 'p', 9), n('q1', 'q', 40)];
    const plan = planMove(messy, 'p2', 'q', 0);
    const after = apply(messy, plan.changes);
    expectNormalised(after, 'p');
    expectNormalised(after, 'q');
    expect(codesOf(after)).toMatchObject({ p1: '1.1', p3: '1.2', p2: '2.1', q1: '2.2' });
  });
});

describe('planDelete', () => {
  it('deletes the whole subtree, children before parents, and closes the gap', () => {
    const plan = planDelete(TREE, 'a1');
    expect(new Set(plan.deleteIds)).toEqual(new Set(['a1', 'a1x', 'a1y']));
    expect(plan.deleteIds.indexOf('a1')).toBe(2);
    expect(plan.changes).toEqual([{ id: 'a2', parentId: 'a', position: 0 }]);
    const after = apply(TREE, plan.changes, { remove: plan.deleteIds });
    expect(codesOf(after)).toEqual({ a: '1', a2: '1.1', b: '2', b1: '2.1', c: '3' });
  });

  it('deleting a level-1 task renumbers the following level-1 tasks and their children', () => {
    const plan = planDelete(TREE, 'a');
    expect(plan.deleteIds).toHaveLength(5);
    const idx = (id: string) => plan.deleteIds.indexOf(id);
    expect(idx('a1x')).toBeLessThan(idx('a1'));
    expect(idx('a1y')).toBeLessThan(idx('a1'));
    expect(idx('a1')).toBeLessThan(idx('a'));
    expect(idx('a2')).toBeLessThan(idx('a'));
    const after = apply(TREE, plan.changes, { remove: plan.deleteIds });
    expect(codesOf(after)).toEqual({ b: '1', b1: '1.1', c: '2' });
  });

  it('deleting the last sibling changes no positions', () => {
    expect(planDelete(TREE, 'c')).toEqual({ deleteIds: ['c'], changes: [] });
  });

  it('normalises gappy remaining siblings', () => {
    const gappy = [n('x', null, 3), n('y', null, 8), n('z', null, 8)];
    const plan = planDelete(gappy, 'x');
    expect(plan.changes).toEqual([
      { id: 'y', parentId: null, position: 0 },
      { id: 'z', parentId: null, position: 1 },
    ]);
  });

  it('refuses unknown ids', () => {
    expect(errorCode(() => planDelete(TREE, 'ghost'))).toBe('NOT_FOUND');
  });
});
