import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
    // Builds dist/ when it is missing or older than its sources (npm test builds it just before).
    globalSetup: ["test/setup/build-dist.ts"],
  },
});
