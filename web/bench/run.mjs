// Rendering benchmark (not a test): builds bench/ with Vite, opens it in headless Chromium and
// prints, per graph size, the time to the first full render and the frame times while panning.
// Usage: node bench/run.mjs [--peers] [sizes...]   (default sizes 1000 5000 20000)
// --peers measures sigma.js and Cytoscape.js (both WebGL) on the same graphs in the same run.
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromium } from "playwright-core";
import { descendantsCpuMs } from "./cpu-time.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.join(here, "artifacts", "site");
const args = process.argv.slice(2);
const renderers = args.includes("--peers") ? ["canvas", "sigma", "cytoscape"] : ["canvas"];
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(1000, 5000, 20000);

await build({ configFile: path.join(here, "vite.config.ts"), root: here, logLevel: "warn" });

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = http.createServer((req, res) => {
  const file = path.join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const rows = [];
try {
  for (const renderer of renderers) {
    for (const n of sizes) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${base}/index.html?n=${n}&renderer=${renderer}`);
      await page.waitForFunction(() => window.bench || window.benchError, null, { timeout: 600_000 });
      const failure = await page.evaluate(() => window.benchError);
      if (failure) throw new Error(failure);
      const cpuBefore = descendantsCpuMs();
      const intervals = await page.evaluate(() => window.bench.pan());
      const cpuPerFrame = (descendantsCpuMs() - cpuBefore) / intervals.length;
      const row = await page.evaluate(() => ({ renderer: window.bench.renderer, nodes: window.bench.nodes, edges: window.bench.edges, firstRenderMs: window.bench.firstRenderMs }));
      rows.push({ ...row, medianFrameMs: percentile(intervals, 0.5), p95FrameMs: percentile(intervals, 0.95), cpuPerFrame });
      console.error(`${row.renderer} ${n}: first render ${row.firstRenderMs.toFixed(0)} ms, pan median ${percentile(intervals, 0.5).toFixed(1)} ms`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

const pad = (text, width) => String(text).padStart(width);
const [load] = fs.readFileSync("/proc/loadavg", "utf8").split(" ");
console.log(`\nHeadless Chromium (--disable-gpu: Canvas 2D and WebGL drawn in software), 900×700 canvas, 3 edges per node; load average ${load} on ${os.cpus().length} cores`);
console.log(`${"renderer".padEnd(28)}${pad("nodes", 8)}${pad("edges", 8)}${pad("first render ms", 17)}${pad("pan median ms", 15)}${pad("pan p95 ms", 12)}${pad("CPU ms/frame", 14)}`);
for (const r of rows) {
  console.log(`${r.renderer.padEnd(28)}${pad(r.nodes, 8)}${pad(r.edges, 8)}${pad(r.firstRenderMs.toFixed(0), 17)}${pad(r.medianFrameMs.toFixed(1), 15)}${pad(r.p95FrameMs.toFixed(1), 12)}${pad(r.cpuPerFrame.toFixed(1), 14)}`);
}
console.log("CPU ms/frame: CPU time of all browser processes during the pan divided by frames (what a frame costs without other load).");
console.log("targets: 5,000 nodes first render < 1000 ms, pan median < 33 ms");
