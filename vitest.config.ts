import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Query modules are server-only in the app; in tests they run in plain Node.
      "server-only": path.resolve(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{db,lib,scripts}/**/*.test.ts"],
    environment: "node",
    setupFiles: ["lib/testing/setup-db.ts"],
    pool: "forks",
  },
});
