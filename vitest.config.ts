import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects: unit tests are pure and run in parallel; integration tests share the one
// Community database, so they run file by file (see tests/README.md).
export default defineConfig({
  // One instance of graphql: Vite would otherwise load graphql's ESM build for project files while
  // Pothos and graphql-yoga (loaded by Node) use its CommonJS build, and `instanceof GraphQLError`
  // checks (error masking, schema types) would fail across the two.
  resolve: { alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL("./node_modules/graphql/index.js", import.meta.url)) }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
