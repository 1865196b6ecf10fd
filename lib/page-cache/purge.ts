/**
 * The link between the app and the front server. Both run in one process, but Next bundles the
 * app's modules separately from the server's, so they meet on a global symbol rather than on a
 * shared module instance. Under `next start`, `next build` or a test there is no front server
 * and a purge does nothing.
 */
const PURGE_KEY = Symbol.for("gazette.page-cache.purge");

type PurgeRegistry = { [PURGE_KEY]?: () => void };

export function registerPageCachePurge(purge: () => void): () => void {
  const registry = globalThis as PurgeRegistry;
  registry[PURGE_KEY] = purge;
  return () => {
    if (registry[PURGE_KEY] === purge) delete registry[PURGE_KEY];
  };
}

/** Drops every response the front server holds; called next to each revalidatePath. */
export function purgePageCache(): void {
  (globalThis as PurgeRegistry)[PURGE_KEY]?.();
}
