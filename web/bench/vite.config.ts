import { defineConfig } from "vite";

export default defineConfig({
  root: "bench",
  base: "./",
  build: { outDir: "artifacts/site", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: "warn",
});
