// Starts the real GraphExplorer server (already built in Release) on a free port with a fresh,
// temporary data folder, and stops it again. GRAPHEXPLORER_URL points the tests at a running one
// (GRAPHEXPLORER_ADMIN_KEY, if set, is its admin key, for tests that write their data with Cypher).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, log, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${log.join("")}`);
}

export async function startServer() {
  if (process.env.GRAPHEXPLORER_URL) {
    return { url: process.env.GRAPHEXPLORER_URL, adminKey: process.env.GRAPHEXPLORER_ADMIN_KEY, stop: async () => undefined };
  }
  const port = await freePort();
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "graphexplorer-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  const adminKey = randomUUID();
  const child = spawn("dotnet", [
    "run", "--project", path.join(repository, "src/GraphExplorer.Server"), "--no-build", "-c", "Release", "--",
    "--urls", url, `--GraphExplorer:DataDirectory=${dataDirectory}`, `--GraphExplorer:AdminKey=${adminKey}`,
  ], { cwd: repository, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  child.stdout.on("data", (chunk) => log.push(chunk.toString()));
  child.stderr.on("data", (chunk) => log.push(chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
          resolve();
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, log, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, adminKey, stop, log };
}
