/**
 * The construction-task tree (建设任务): 一级任务 → 二级任务 → 举措/项目, at most three levels.
 *
 * Tasks are stored flat (id, parentId, position). Codes such as "1.2.3" are never stored: they are
 * derived from the order of siblings, so inserting, moving or deleting a task renumbers the codes
 * of its siblings automatically, exactly as the colleges renumber their Word/Excel task books.
 *
 * Every mutation is *planned* here and applied by the caller: a plan lists only the rows whose
 * parent or position actually changes, with sibling positions renumbered 0..n-1 so that gaps and
 * duplicates left by earlier edits heal on the next edit of the same sibling group.
 */

/** Level-1 tasks have depth 1; 举措/项目 have depth 3. */
export const MAX_TASK_DEPTH = 3;

export interface TreeNode {
  id: string;
  parentId: string | null;
  position: number;
}

/** A row to update: its new parent and position (unchanged rows are never listed). */
export interface NodeChange {
  id: string;
  parentId: string | null;
  position: number;
}

export interface InsertPlan {
  /** Position to give the new node. */
  position: number;
  /** Existing siblings whose position changes. */
  changes: NodeChange[];
}

export interface MovePlan {
  /** The moved node (if its parent or position changes) and every renumbered sibling. */
  changes: NodeChange[];
}

export interface DeletePlan {
  /** The node and its whole subtree, children before parents (safe for row-by-row FK deletes). */
  deleteIds: string[];
  /** Remaining siblings whose position changes as the gap closes. */
  changes: NodeChange[];
}

export type TreeErrorCode = 'MAX_DEPTH' | 'CYCLE' | 'NOT_FOUND' | 'BAD_INDEX' | 'DUPLICATE_ID';

/** A refused tree operation or malformed input; `code` lets the API map it to a user message. */
export class TreeError extends Error {
  readonly code: TreeErrorCode;

  constructor(code: TreeErrorCode, message: string) {
    super(message);
    this.name = 'TreeError';
    this.code = code;
  }
}

/** Sibling order: by position, ties by id (plain code-unit order, locale-independent and stable). */
export function compareSiblings(a: TreeNode, b: TreeNode): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Code of every node: "1", "1.2", "1.2.3". Codes are 1-based and contiguous per sibling group
 * whatever gaps or duplicates the stored positions have, so they never depend on edit history.
 */
export function computeCodes(nodes: readonly TreeNode[]): Map<string, string> {
  const tree = indexTree(nodes);
  const codes = new Map<string, string>();
  const visit = (parentId: string | null, prefix: string): void => {
    tree.childrenOf(parentId).forEach((child, i) => {
      const code = prefix + String(i + 1);
      codes.set(child.id, code);
      visit(child.id, code + '.');
    });
  };
  visit(null, '');
  return codes;
}

/** Ids of all descendants of `id` (not `id` itself), depth-first in code order. */
export function descendants(nodes: readonly TreeNode[], id: string): string[] {
  const tree = indexTree(nodes);
  tree.get(id);
  return tree.descendantsOf(id);
}

/** Depth of a node: 1 for a level-1 task, 3 for a 举措/项目. */
export function depthOf(nodes: readonly TreeNode[], id: string): number {
  return indexTree(nodes).depthOf(id);
}

/** Number of levels in the subtree rooted at `id`, counting the node itself (a leaf has 1). */
export function subtreeHeight(nodes: readonly TreeNode[], id: string): number {
  const tree = indexTree(nodes);
  tree.get(id);
  return tree.heightOf(id);
}

/**
 * Plans inserting a new node under `parentId` (null: a level-1 task) at `index` among the parent's
 * children (0 = first; omitted or equal to the child count = last). Out-of-range or non-integer
 * indexes are refused (BAD_INDEX) rather than clamped: they mean the client saw a stale tree.
 */
export function planInsert(nodes: readonly TreeNode[], parentId: string | null, index?: number): InsertPlan {
  const tree = indexTree(nodes);
  if (parentId !== null) tree.get(parentId);
  const depth = parentId === null ? 1 : tree.depthOf(parentId) + 1;
  if (depth > MAX_TASK_DEPTH) {
    throw new TreeError('MAX_DEPTH', `A task at depth ${depth} would exceed the maximum depth of ${MAX_TASK_DEPTH}`);
  }
  const siblings = tree.childrenOf(parentId);
  const at = checkIndex(index, siblings.length);
  const changes = renumber([...siblings.slice(0, at), null, ...siblings.slice(at)], parentId);
  return { position: at, changes };
}

/**
 * Plans moving `id` (with its subtree) under `newParentId` at `index`, where `index` is the node's
 * place in the destination's child list *after* the move (for a move within the same parent: in
 * the list without the node). The index is refused, not clamped, when outside 0..count (BAD_INDEX).
 * Refuses moving a node under itself or a descendant (CYCLE) and moves that would push any node of
 * the subtree below depth 3 (MAX_DEPTH). The old sibling group is closed up.
 */
export function planMove(nodes: readonly TreeNode[], id: string, newParentId: string | null, index?: number): MovePlan {
  const tree = indexTree(nodes);
  const node = tree.get(id);
  if (newParentId !== null) {
    tree.get(newParentId);
    if (newParentId === id || tree.descendantsOf(id).includes(newParentId)) {
      throw new TreeError('CYCLE', `Cannot move task ${id} under itself or one of its descendants`);
    }
  }
  const parentDepth = newParentId === null ? 0 : tree.depthOf(newParentId);
  const deepest = parentDepth + tree.heightOf(id);
  if (deepest > MAX_TASK_DEPTH) {
    throw new TreeError('MAX_DEPTH', `Moving task ${id} would put tasks at depth ${deepest} (maximum ${MAX_TASK_DEPTH})`);
  }
  const newSiblings = tree.childrenOf(newParentId).filter((n) => n.id !== id);
  const at = checkIndex(index, newSiblings.length);
  const changes = renumber([...newSiblings.slice(0, at), node, ...newSiblings.slice(at)], newParentId);
  if (node.parentId !== newParentId) {
    changes.push(...renumber(tree.childrenOf(node.parentId).filter((n) => n.id !== id), node.parentId));
  }
  return { changes };
}

/** Plans deleting `id` with its whole subtree and closing up the gap among its siblings. */
export function planDelete(nodes: readonly TreeNode[], id: string): DeletePlan {
  const tree = indexTree(nodes);
  const node = tree.get(id);
  const deleteIds = [...tree.descendantsOf(id), id].sort((a, b) => tree.depthOf(b) - tree.depthOf(a));
  const changes = renumber(tree.childrenOf(node.parentId).filter((n) => n.id !== id), node.parentId);
  return { deleteIds, changes };
}

/**
 * Positions 0..n-1 for `ordered` under `parentId`; lists only the nodes whose parent or position
 * changes. A `null` slot stands for the node being inserted (it has no row yet).
 */
function renumber(ordered: readonly (TreeNode | null)[], parentId: string | null): NodeChange[] {
  const changes: NodeChange[] = [];
  ordered.forEach((n, position) => {
    if (n && (n.position !== position || n.parentId !== parentId)) changes.push({ id: n.id, parentId, position });
  });
  return changes;
}

function checkIndex(index: number | undefined, count: number): number {
  if (index === undefined) return count;
  if (!Number.isInteger(index) || index < 0 || index > count) {
    throw new TreeError('BAD_INDEX', `Index ${index} is outside 0..${count}`);
  }
  return index;
}

interface TreeIndex {
  get(id: string): TreeNode;
  childrenOf(parentId: string | null): TreeNode[];
  descendantsOf(id: string): string[];
  depthOf(id: string): number;
  heightOf(id: string): number;
}

/**
 * Indexes and validates the flat rows: duplicate ids (DUPLICATE_ID), NaN/infinite positions
 * (BAD_INDEX: they cannot be ordered), parents that do not exist (NOT_FOUND) and parent loops
 * (CYCLE) are refused, because every derived code would be wrong.
 * Depth is not checked here: an over-deep stored tree still gets codes, and mutations check it.
 */
function indexTree(nodes: readonly TreeNode[]): TreeIndex {
  const byId = new Map<string, TreeNode>();
  for (const n of nodes) {
    if (byId.has(n.id)) throw new TreeError('DUPLICATE_ID', `Duplicate task id ${n.id}`);
    if (!Number.isFinite(n.position)) throw new TreeError('BAD_INDEX', `Task ${n.id} has a non-finite position`);
    byId.set(n.id, n);
  }
  const children = new Map<string | null, TreeNode[]>();
  for (const n of nodes) {
    if (n.parentId !== null && !byId.has(n.parentId)) throw new TreeError('NOT_FOUND', `Parent ${n.parentId} of task ${n.id} not found`);
    const group = children.get(n.parentId) ?? [];
    group.push(n);
    children.set(n.parentId, group);
  }
  for (const group of children.values()) group.sort(compareSiblings);

  const depths = new Map<string, number>();
  const depthOf = (id: string): number => {
    const path: string[] = [];
    let current: string | null = get(id).id;
    while (current !== null && !depths.has(current)) {
      if (path.includes(current)) throw new TreeError('CYCLE', `Tasks ${path.join(', ')} form a parent loop`);
      path.push(current);
      current = byId.get(current)!.parentId;
    }
    let depth = current === null ? 0 : depths.get(current)!;
    for (const p of path.reverse()) depths.set(p, ++depth);
    return depths.get(id)!;
  };
  for (const n of nodes) depthOf(n.id);

  function get(id: string): TreeNode {
    const n = byId.get(id);
    if (!n) throw new TreeError('NOT_FOUND', `Task ${id} not found`);
    return n;
  }
  const childrenOf = (parentId: string | null): TreeNode[] => children.get(parentId) ?? [];
  const descendantsOf = (id: string): string[] =>
    childrenOf(id).flatMap((c) => [c.id, ...descendantsOf(c.id)]);
  const heightOf = (id: string): number => 1 + Math.max(0, ...childrenOf(id).map((c) => heightOf(c.id)));

  return { get, childrenOf, descendantsOf, depthOf, heightOf };
}
