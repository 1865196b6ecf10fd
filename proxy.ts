import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";

// A convenience redirect for /admin only; pages and actions guard themselves.
const { auth } = NextAuth(authConfig);

// The `authorized` callback in auth.config.ts does the work; nothing else runs here.
const redirectWithoutSession = auth(() => undefined);

/**
 * Auth.js's middleware also re-issues the session cookie on every request, to roll its expiry.
 * A link prefetch answered just after "Sign out" then put the deleted cookie back, and the
 * person stayed signed in. This proxy only reads the session, so it sends no cookies at all;
 * sessions still roll whenever a server action runs.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const response =
    (await redirectWithoutSession(request, { params: Promise.resolve({}) })) ?? NextResponse.next();
  response.headers.delete("set-cookie");
  return response;
}

export const config = { matcher: ["/admin/:path*"] };
