// Debian's Chromium driven by playwright-core, headless; every page records console errors.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../artifacts");

export async function launchBrowser() {
  fs.mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A 1280×800 page whose console errors and uncaught exceptions are collected in `errors`. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

export async function newContext(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 800 } });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}
