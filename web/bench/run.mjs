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
      const pan = await framesWithCpu(page, () => window.bench.pan());
      const layout = await framesWithCpu(page, () => window.bench.layout());
      const row = await page.evaluate(() => ({ renderer: window.bench.renderer, nodes: window.bench.nodes, edges: window.bench.edges, firstRenderMs: window.bench.firstRenderMs }));
      rows.push({ ...row, kind: renderer, pan, layout });
      console.error(`${row.renderer} ${n}: first render ${row.firstRenderMs.toFixed(0)} ms, pan median ${pan.median.toFixed(1)} ms, layout frame median ${layout.median.toFixed(1)} ms`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

/** Frame intervals of one measurement, and the CPU time all browser processes spent per frame. */
async function framesWithCpu(page, measure) {
  const cpuBefore = descendantsCpuMs();
  const intervals = await page.evaluate(measure);
  return {
    median: percentile(intervals, 0.5),
    p95: percentile(intervals, 0.95),
    cpu: (descendantsCpuMs() - cpuBefore) / intervals.length,
  };
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

const pad = (text, width) => String(text).padStart(width);
const [load] = fs.readFileSync("/proc/loadavg", "utf8").split(" ");
console.log(`\nHeadless Chromium (--disable-gpu: Canvas 2D and WebGL drawn in software), 900×700 canvas, 3 edges per node; load average ${load} on ${os.cpus().length} cores`);
const columns = [["first render ms", 16], ["pan median", 11], ["pan p95", 9], ["pan CPU", 9], ["layout median", 14], ["layout CPU", 11]];
console.log(`${"renderer".padEnd(28)}${pad("nodes", 7)}${pad("edges", 7)}${columns.map(([name, width]) => pad(name, width)).join("")}`);
for (const r of rows) {
  const cells = [r.firstRenderMs, r.pan.median, r.pan.p95, r.pan.cpu, r.layout.median, r.layout.cpu];
  console.log(`${r.renderer.padEnd(28)}${pad(r.nodes, 7)}${pad(r.edges, 7)}${cells.map((value, i) => pad(value.toFixed(i === 0 ? 0 : 1), columns[i][1])).join("")}`);
}
console.log("ms; pan: dragging the view; layout: every node moves each frame (the layout worker running), so each frame is drawn afresh.");
console.log("CPU: CPU time of all browser processes per frame (what a frame costs without other load; frame times are capped at 16.7 ms by vsync).");
const peers = rows.filter((r) => r.kind !== "canvas");
if (peers.length > 0) {
  console.log("\nratio = peer / ours (>1: ours is faster), same run");
  console.log(`${"peer".padEnd(28)}${pad("nodes", 7)}${pad("first render", 14)}${pad("pan CPU", 10)}${pad("layout CPU", 12)}`);
  for (const peer of peers) {
    const ours = rows.find((r) => r.kind === "canvas" && r.nodes === peer.nodes);
    if (!ours) continue;
    const ratio = (a, b) => (a / b).toFixed(2);
    console.log(`${peer.renderer.padEnd(28)}${pad(peer.nodes, 7)}${pad(ratio(peer.firstRenderMs, ours.firstRenderMs), 14)}${pad(ratio(peer.pan.cpu, ours.pan.cpu), 10)}${pad(ratio(peer.layout.cpu, ours.layout.cpu), 12)}`);
  }
}
console.log("\ntargets: 5,000 nodes first render < 1000 ms, pan median < 33 ms");
