import { defineConfig } from "vite";

// The server serves wwwroot at "/"; during `npm run dev` API calls go to the server (or the mock).
const apiTarget = process.env.GRAPHEXPLORER_API ?? "http://127.0.0.1:5080";

export default defineConfig({
  build: {
    // The .NET build passes the project's wwwroot; by default it is the server's.
    outDir: process.env.GRAPHEXPLORER_WEB_OUT ?? "../src/GraphExplorer.Server/wwwroot",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    // Fixed names: the .NET build lists wwwroot's files before Vite runs, and hashed names that
    // change on every build left that list naming files that no longer exist. The server's ETags
    // tell browsers when a file changed.
    rollupOptions: {
      output: { entryFileNames: "assets/[name].js", chunkFileNames: "assets/[name].js", assetFileNames: "assets/[name][extname]" },
    },
  },
  worker: { format: "es" },
  server: {
    proxy: {
      "/api": apiTarget,
      "/hubs": { target: apiTarget, ws: true },
    },
  },
});
