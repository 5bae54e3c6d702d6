import { defineConfig } from "vitest/config";

// Unit tests of the app's pure modules run in Node; the browser is covered by e2e/.
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/unit/**/*.test.ts"],
  },
});
