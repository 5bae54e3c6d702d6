// Browser tests against the real server: search → expand → evidence, reload keeps the view,
// Cypher console, and a brief imported in one page appearing live in another.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "./support/server.mjs";
import { launchBrowser, newContext, openPage, screenshot } from "./support/browser.mjs";
import { nodePoint, nodesInView, pointBetween, waitForLayoutToSettle, waitForNode } from "./support/graph-view.mjs";
import { kenyaBrief } from "./support/brief.mjs";

const HUN_MANET = "person:hun-manet";
const CAMBODIA = "country:cambodia";

describe("GraphExplorer in the browser", { timeout: 600_000 }, () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test("search Hun Manet, expand to Cambodia, read the evidence of LEADS, and a reload keeps the view", async () => {
    const context = await newContext(browser);
    const { page, errors } = await openPage(context, `${server.url}/`);

    await page.getByRole("searchbox", { name: "Search entities" }).fill("Hun Manet");
    const option = page.getByRole("option", { name: /Hun Manet/ });
    await option.waitFor();
    await screenshot(page, "01-search-suggestions");
    await option.click();
    await waitForNode(page, HUN_MANET);
    const details = page.getByRole("region", { name: "Details" });
    await details.getByRole("heading", { name: /Hun Manet/ }).waitFor();
    await details.getByText("LEADS (", { exact: false }).waitFor();
    assert.ok(!(await nodesInView(page)).includes(CAMBODIA), "Cambodia is not drawn before expanding");
    await screenshot(page, "02-hun-manet-shown");

    const hunManet = await nodePoint(page, HUN_MANET);
    await page.mouse.dblclick(hunManet.x, hunManet.y);
    await waitForNode(page, CAMBODIA);
    await waitForLayoutToSettle(page);
    await screenshot(page, "03-expanded-to-cambodia");

    const leads = (await page.evaluate(() => window.graphExplorer.edges()))
      .find((edge) => edge.type === "LEADS" && edge.source === HUN_MANET && edge.target === CAMBODIA);
    assert.ok(leads, "the LEADS edge from Hun Manet to Cambodia is drawn");
    const evidenceHeading = details.getByRole("heading", { name: /Evidence \(\d+\)/ });
    for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      const point = await pointBetween(page, HUN_MANET, CAMBODIA, fraction);
      await page.mouse.click(point.x, point.y);
      if (await evidenceHeading.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
    }
    await evidenceHeading.waitFor();
    assert.match(await details.getByRole("heading", { level: 2 }).innerText(), /Hun Manet\s+LEADS\s+Cambodia/);
    const sentence = details.locator(".evidence blockquote").first();
    assert.match(await sentence.innerText(), /Hun Manet/);
    assert.ok(await sentence.locator("mark").count() > 0, "the entities are highlighted in the sentence");
    await screenshot(page, "04-leads-evidence");

    const before = await page.evaluate(() => Object.fromEntries(window.graphExplorer.nodes().map((key) => [key, window.graphExplorer.nodePosition(key)])));
    await page.waitForFunction((count) => new URLSearchParams(location.hash.slice(1)).get("n")?.split(",").length === count,
      Object.keys(before).length);
    const link = page.url();
    await page.reload();
    await page.waitForFunction((count) => window.graphExplorer.nodes().length === count, Object.keys(before).length);
    assert.deepEqual((await nodesInView(page)).sort(), Object.keys(before).sort());
    const afterReload = await page.evaluate(() => Object.fromEntries(window.graphExplorer.nodes().map((key) => [key, window.graphExplorer.nodePosition(key)])));
    for (const [key, position] of Object.entries(before)) {
      assert.ok(Math.abs(afterReload[key].x - position.x) < 2 && Math.abs(afterReload[key].y - position.y) < 2,
        `${key} stays where it was (${JSON.stringify(position)} → ${JSON.stringify(afterReload[key])})`);
    }
    await screenshot(page, "05-after-reload");

    const freshContext = await newContext(browser);
    const shared = await openPage(freshContext, link);
    await shared.page.waitForFunction((count) => window.graphExplorer.nodes().length === count, Object.keys(before).length);
    assert.deepEqual((await nodesInView(shared.page)).sort(), Object.keys(before).sort());
    await screenshot(shared.page, "06-shared-link");

    assert.deepEqual(errors, [], "no console errors");
    assert.deepEqual(shared.errors, [], "no console errors on the shared link");
    await context.close();
    await freshContext.close();
  });

  test("a Cypher query shows its rows in a table and an error shows its position", async () => {
    const context = await newContext(browser);
    const { page, errors } = await openPage(context, `${server.url}/`);
    await page.getByRole("button", { name: "Cypher console" }).click();
    const editor = page.getByRole("textbox", { name: "Cypher query" });
    await editor.fill("MATCH (p:Person)-[:LEADS]->(c:Country) RETURN p.name AS leader, c.name AS country ORDER BY leader");
    await page.getByRole("button", { name: "Run query" }).click();
    const table = page.getByRole("table");
    await table.waitFor();
    assert.deepEqual(await table.getByRole("columnheader").allInnerTexts(), ["leader", "country"]);
    const rows = await table.locator("tbody tr").allInnerTexts();
    assert.ok(rows.some((row) => /Hun Manet\s+Cambodia/.test(row)), `a row says Hun Manet leads Cambodia: ${rows.join(" | ")}`);
    await screenshot(page, "07-cypher-table");

    await editor.fill("MATCH (n RETURN n");
    await page.getByRole("button", { name: "Run query" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.innerText(), /line 1, column \d+/);
    await screenshot(page, "08-cypher-error");
    assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), [], "no console errors besides the rejected query");
    await context.close();
  });

  test("a brief imported through the page appears live in another page", async () => {
    const watcherContext = await newContext(browser);
    const watcher = await openPage(watcherContext, `${server.url}/`);
    await watcher.page.getByText("Live", { exact: true }).waitFor();
    const importerContext = await newContext(browser);
    const importer = await openPage(importerContext, `${server.url}/`);

    await importer.page.getByRole("button", { name: "Import brief" }).click();
    await importer.page.getByRole("textbox", { name: "Brief text" }).fill(kenyaBrief(Date.now()));
    await importer.page.getByRole("button", { name: "Import text" }).click();
    const result = importer.page.getByText(/^Imported “/);
    await result.waitFor({ timeout: 30_000 });
    const title = /Imported “(.+)”/.exec(await result.innerText())[1];
    await screenshot(importer.page, "09-import-done");

    const newList = watcher.page.getByRole("list", { name: "New briefs" });
    await newList.getByText(title).waitFor({ timeout: 5000 });
    const shown = await nodesInView(watcher.page);
    assert.ok(shown.length > 0, "the new entities are drawn in the other page");
    await screenshot(watcher.page, "10-live-in-other-page");

    assert.deepEqual(watcher.errors, [], "no console errors in the watching page");
    assert.deepEqual(importer.errors, [], "no console errors in the importing page");
    await watcherContext.close();
    await importerContext.close();
  });
});
