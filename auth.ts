import fs from "node:fs";
import path from "node:path";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { dataDir, trustedProxyHops } from "./db/config";
import { checkStaffLogin } from "./db/queries/users";
import { clientIpFrom } from "./lib/client-ip";
import { createRateLimiter } from "./lib/rate-limit";
import { loginSchema } from "./lib/validation/login";

/** AUTH_SECRET from the environment, else the one `npm start` generated into the data folder. */
function authSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  try {
    return fs.readFileSync(path.join(dataDir(), "auth-secret"), "utf8").trim();
  } catch {
    return undefined;
  }
}

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** Too many wrong passwords for this account (db/staff-sign-in.ts); the form says for how long. */
class AccountLocked extends CredentialsSignin {
  code = "locked";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}

// Ten tries a minute per address: slows guessing without locking out a busy newsroom NAT.
const loginLimiter = createRateLimiter(10, 60_000);

export const {
  handlers: { GET, POST },
  auth,
  signIn,
  signOut,
} = NextAuth({
  ...authConfig,
  secret: authSecret(),
  logger: {
    // A wrong password, a rate limit or a lockout is an expected event, not a stack trace in the
    // log. Matched on Auth.js's `type`, which subclasses inherit: class names are minified in builds.
    error(error) {
      if ("type" in error && error.type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const ip = clientIpFrom(request.headers, trustedProxyHops());
        if (!loginLimiter.hit(`login:${ip}`)) throw new RateLimited();
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkStaffLogin(parsed.data.email, parsed.data.password);
        if (!result.ok && result.reason === "locked") throw new AccountLocked(result.retryAfterMinutes);
        if (!result.ok) return null;
        const { user } = result;
        return {
          id: String(user.id),
          name: user.name,
          email: user.email,
          role: user.role,
          stamp: user.stamp,
        };
      },
    }),
  ],
});
