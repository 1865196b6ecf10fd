// The benchmark's load generator (see run.ts): autocannon, summed up as the figures the report shows.
import autocannon from "autocannon";

export type LoadOptions = { connections?: number; headers?: Record<string, string>; paths?: string[] };

/** How long to load each URL, and with how many connections unless a target says otherwise. */
export type LoadRun = { duration: number; connections: number };

export type LoadFigures = { rps: number; p50: number; p99: number; errors: number; non2xx: number; total: number };

/** autocannon on one URL, or round-robin over `paths` (so no two searches in a row are alike). */
export async function load(url: string, run: LoadRun, options: LoadOptions = {}): Promise<LoadFigures> {
  const paths = options.paths;
  let next = 0;
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
                path: paths[next++ % paths.length]!,
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
