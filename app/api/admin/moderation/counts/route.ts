import { countQueues, listClaimsFor } from "@/db/queries/moderation-queues";
import { getCurrentUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { PRIVATE_CACHE } from "@/lib/cache-headers";
import { filterOf, queueParamsSchema } from "@/lib/moderation-desk/queues";

export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": PRIVATE_CACHE };

/**
 * Live queue lengths for the desk's tabs and the nav (polled every 15 s), under the desk's
 * filters when given, and who is reviewing which of the listed comments (`?ids=1,2,3`).
 * Checks the session and the permission itself: the proxy only guards /admin pages.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in again." }, { status: 401, headers: HEADERS });
  if (!can(user.role, "comments.moderate")) {
    return Response.json({ error: "You do not have permission to do that." }, { status: 403, headers: HEADERS });
  }
  const url = new URL(request.url);
  const params = queueParamsSchema.parse(Object.fromEntries(url.searchParams));
  const ids = (url.searchParams.get("ids") ?? "")
    .split(",")
    .slice(0, 100)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const claims: Record<string, string> = {};
  for (const [id, claim] of listClaimsFor(ids)) if (claim.userId !== user.id) claims[id] = claim.name;
  return Response.json(
    { counts: countQueues(filterOf(params)), overall: countQueues(), claims },
    { headers: HEADERS },
  );
}
