import type { NextAuthConfig } from "next-auth";
import { NextResponse } from "next/server";

/**
 * Provider-free config shared with the proxy. The proxy only redirects a visitor without a
 * session away from /admin early; every admin page and action checks the role itself.
 */
export const authConfig = {
  pages: { signIn: "/login" },
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      if (!pathname.startsWith("/admin") || auth?.user) return true;
      // Auth.js would put the absolute URL in callbackUrl, which the login page (paths only)
      // ignores; pass the path so a deep link survives signing in.
      const login = request.nextUrl.clone();
      login.pathname = "/login";
      login.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(login);
    },
    jwt({ token, user }) {
      if (user) {
        token.id = user.id as string;
        token.role = user.role;
        // Ties the session to the password it was signed in with (see credentialStamp).
        token.stamp = user.stamp;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.id;
        session.user.role = token.role;
        session.user.stamp = token.stamp;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
