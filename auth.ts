import fs from "node:fs";
import path from "node:path";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { dataDir } from "./db/config";
import { findLoginByEmail } from "./db/queries/users";
import { verifyPassword } from "./lib/auth/password";
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
    // A wrong password is an expected event, not a stack trace in the log.
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "RateLimited") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const ip = clientIpFrom(request.headers);
        if (!loginLimiter.hit(`login:${ip}`)) throw new RateLimited();
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const row = findLoginByEmail(parsed.data.email);
        const valid = await verifyPassword(row?.passwordHash ?? null, parsed.data.password);
        if (!row || !valid || !row.active) return null;
        return { id: String(row.id), name: row.name, email: row.email, role: row.role };
      },
    }),
  ],
});
