/** Comments one address may post per window before being asked to wait. */
export const COMMENT_RATE_LIMIT = 5;
export const COMMENT_RATE_WINDOW_MS = 10 * 60_000;

/** Replies deeper than this are shown at this depth, so threads never shrink to a sliver. */
export const MAX_COMMENT_DEPTH = 3;

export const COMMENT_AWAITING_MODERATION = "Thanks, your comment is awaiting moderation.";
export const COMMENT_PUBLISHED = "Your comment is published.";

type FlatComment = { id: number; parentId: number | null };
export type CommentNode<T extends FlatComment> = T & { depth: number; replies: CommentNode<T>[] };

/**
 * Nests a flat, oldest-first list by parentId, keeping the input order at every level. A reply
 * whose parent is not in the list (not approved, or removed) is shown at the top level rather
 * than lost; replies below `maxDepth` are attached to their deepest visible ancestor.
 */
export function buildCommentTree<T extends FlatComment>(flat: T[], maxDepth = MAX_COMMENT_DEPTH): CommentNode<T>[] {
  const placed = new Map<number, CommentNode<T>>();
  const attachedTo = new Map<number, CommentNode<T>>();
  const roots: CommentNode<T>[] = [];
  for (const comment of flat) {
    const node: CommentNode<T> = { ...comment, depth: 1, replies: [] };
    // Only already-placed parents count, which also makes cycles in bad data harmless.
    let parent = comment.parentId === null ? undefined : placed.get(comment.parentId);
    while (parent && parent.depth >= maxDepth) parent = attachedTo.get(parent.id);
    if (parent) {
      node.depth = parent.depth + 1;
      parent.replies.push(node);
      attachedTo.set(node.id, parent);
    } else {
      roots.push(node);
    }
    placed.set(node.id, node);
  }
  return roots;
}
