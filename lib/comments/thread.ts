import { buildCommentTree, type CommentNode } from "@/lib/comment-policy";

// How the reader's comment thread is arranged: nesting (via lib/comment-policy.ts), the
// "replying to" label of flattened replies, sort orders and pages of top-level comments.

export const COMMENT_SORTS = ["oldest", "newest", "replies"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
export const DEFAULT_COMMENT_SORT: CommentSort = "oldest";
export const COMMENT_SORT_LABELS: Record<CommentSort, string> = {
  oldest: "Oldest first",
  newest: "Newest first",
  replies: "Most replied",
};
/** Top-level comments per page; their replies always come with them. */
export const COMMENTS_PER_PAGE = 50;

export function isCommentSort(value: string): value is CommentSort {
  return (COMMENT_SORTS as readonly string[]).includes(value);
}

type Flat = { id: number; parentId: number | null; authorName: string; createdAt: Date };

export type ThreadNode<T extends Flat> = T & {
  depth: number;
  /** Set on a reply shown under an ancestor instead of its own parent (nesting stops at depth 3). */
  replyingTo: string | null;
  /** Every visible reply below, nested or flattened. */
  replyCount: number;
  replies: ThreadNode<T>[];
};

export type ThreadPage<T extends Flat> = {
  sort: CommentSort;
  page: number;
  pageCount: number;
  roots: ThreadNode<T>[];
};

/** Nests an oldest-first list and labels the flattened replies with whom they answer. */
export function arrangeThread<T extends Flat>(flat: T[]): ThreadNode<T>[] {
  const names = new Map(flat.map((c) => [c.id, c.authorName]));
  const convert = (node: CommentNode<T>, shownUnder: number | null): ThreadNode<T> => {
    const { replies, ...rest } = node;
    const children = replies.map((r) => convert(r, node.id));
    const flattened = shownUnder !== null && node.parentId !== null && node.parentId !== shownUnder;
    return {
      ...(rest as unknown as T),
      depth: node.depth,
      replyingTo: flattened ? (names.get(node.parentId!) ?? null) : null,
      replyCount: children.reduce((n, c) => n + 1 + c.replyCount, 0),
      replies: children,
    };
  };
  return buildCommentTree(flat).map((root) => convert(root, null));
}

const byNewest = <T extends Flat>(a: ThreadNode<T>, b: ThreadNode<T>) =>
  b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
const byOldest = <T extends Flat>(a: ThreadNode<T>, b: ThreadNode<T>) => -byNewest(a, b);

/** Top-level comments in the chosen order; replies under each stay oldest first. */
export function sortRoots<T extends Flat>(roots: ThreadNode<T>[], sort: CommentSort): ThreadNode<T>[] {
  const sorted = [...roots];
  if (sort === "newest") return sorted.sort(byNewest);
  if (sort === "replies") return sorted.sort((a, b) => b.replyCount - a.replyCount || byOldest(a, b));
  return sorted.sort(byOldest);
}

/** One page of the thread, or undefined past the last page (page 1 always exists). */
export function threadPage<T extends Flat>(
  flat: T[],
  sort: CommentSort,
  page: number,
  perPage = COMMENTS_PER_PAGE,
): ThreadPage<T> | undefined {
  const roots = sortRoots(arrangeThread(flat), sort);
  const pageCount = Math.max(1, Math.ceil(roots.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { sort, page, pageCount, roots: roots.slice((page - 1) * perPage, page * perPage) };
}

/** The page, in `sort` order, on which a comment appears with its top-level comment. */
export function pageOfComment<T extends Flat>(
  flat: T[],
  commentId: number,
  sort: CommentSort = DEFAULT_COMMENT_SORT,
  perPage = COMMENTS_PER_PAGE,
): number | undefined {
  const roots = sortRoots(arrangeThread(flat), sort);
  const contains = (node: ThreadNode<T>): boolean => node.id === commentId || node.replies.some(contains);
  const index = roots.findIndex(contains);
  return index < 0 ? undefined : Math.floor(index / perPage) + 1;
}

/** Where a page of the thread lives: the article itself for the default order's first page. */
export function threadPagePath(articleSlug: string, sort: CommentSort, page: number): string {
  if (sort === DEFAULT_COMMENT_SORT && page === 1) return `/articles/${articleSlug}`;
  return `/articles/${articleSlug}/comments/${sort}/${page}`;
}
