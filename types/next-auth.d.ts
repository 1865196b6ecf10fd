import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role: Role;
    stamp: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; stamp: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id: string;
    role: Role;
    stamp: string;
  }
}
