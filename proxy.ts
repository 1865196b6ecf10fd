import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// A convenience redirect for /admin only; pages and actions guard themselves.
const { auth } = NextAuth(authConfig);
export const proxy = auth;

export const config = { matcher: ["/admin/:path*"] };
