// The benchmark's load generator (see run.ts): autocannon, summed up as the figures the report shows.
import autocannon from "autocannon";

export type LoadOptions = {
  connections?: number;
  headers?: Record<string, string>;
  paths?: string[];
  /** Adds a parameter no request repeats, so no cache in front can answer: the render's own cost. */
  uncached?: boolean;
};

/** How long to load each URL, and with how many connections unless a target says otherwise. */
export type LoadRun = { duration: number; connections: number };

export type LoadFigures = { rps: number; p50: number; p99: number; errors: number; non2xx: number; total: number };

/** autocannon on one URL, or round-robin over `paths` (so no two searches in a row are alike). */
export async function load(url: string, run: LoadRun, options: LoadOptions = {}): Promise<LoadFigures> {
  const target = new URL(url);
  const paths = options.paths ?? (options.uncached ? [target.pathname + target.search] : undefined);
  let next = 0;
  const pathFor = (n: number) => {
    const path = paths![n % paths!.length]!;
    return options.uncached ? `${path}${path.includes("?") ? "&" : "?"}uncached=${n}` : path;
  };
  const r = await autocannon({
    url,
    connections: options.connections ?? run.connections,
    duration: run.duration,
    timeout: 10,
    headers: options.headers,
    ...(paths && paths.length > 0
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                path: pathFor(next++),
              }),
            },
          ],
        }
      : {}),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}
