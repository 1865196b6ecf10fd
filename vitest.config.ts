import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Query modules are server-only in the app; in tests they run in plain Node.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{db,lib,scripts}/**/*.test.ts"],
    environment: "node",
    setupFiles: ["lib/testing/setup-db.ts"],
    pool: "forks",
  },
});
