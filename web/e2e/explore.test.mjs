// Browser tests of what an analyst relies on beyond search and evidence: filters, capped expansion,
// collapse, pin and remove, dragging, zoom and keyboard, paths, exports, the time slider on both
// axes, live arrivals and the brief viewer. Against the real server, with its seed briefs.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { startServer } from "./support/server.mjs";
import { launchBrowser, newContext, openPage, screenshot } from "./support/browser.mjs";
import {
  DIM_COLOR, dragNode, drawnNodes, nodePoint, nodesInView, viewInUrl, viewLink, waitForLayoutToSettle, waitForNodes, waitForStillView,
} from "./support/graph-view.mjs";
import { getJson, importBrief, writeCypher } from "./support/server-api.mjs";
import { parseXml } from "./support/xml.mjs";
import { kenyaBrief } from "./support/brief.mjs";

const HUB = "organization:e2e-coalition";
const HUB_MEMBERS = 40;
const HUB_MEETINGS = 30;

const time = (iso) => new Date(iso).getTime();
const notCountry = (key) => !key.startsWith("country:");

describe("GraphExplorer for the analyst", { timeout: 600_000 }, () => {
  let server;
  let browser;
  let briefs;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    briefs = (await getJson(`${server.url}/api/briefs`)).sort((a, b) => time(a.importedAt) - time(b.importedAt));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page showing these entities, laid out and still. */
  async function openView(keys) {
    const context = await newContext(browser);
    const opened = await openPage(context, viewLink(server.url, keys));
    await waitForNodes(opened.page, keys);
    await opened.page.getByRole("button", { name: "Re-run layout" }).click();
    await waitForLayoutToSettle(opened.page);
    await waitForStillView(opened.page);
    return { context, ...opened };
  }

  async function entitiesOf(brief) {
    return (await getJson(`${server.url}/api/briefs/${encodeURIComponent(brief.key)}`)).entities.map((entity) => entity.key).sort();
  }

  /** Entities first seen in this brief (none of the earlier ones mentions them). */
  async function firstSeenIn(brief) {
    const keys = [];
    for (const key of await entitiesOf(brief)) {
      const entity = await getJson(`${server.url}/api/entities/${encodeURIComponent(key)}`);
      if (entity.firstSeen && time(entity.firstSeen) === time(brief.importedAt)) keys.push(key);
    }
    return keys;
  }

  test("unticking an entity type hides its nodes and ticking it brings them back", async () => {
    const entities = await entitiesOf(briefs[0]);
    const people = entities.filter((key) => key.startsWith("person:")).slice(0, 4);
    const organizations = entities.filter((key) => key.startsWith("organization:")).slice(0, 4);
    assert.ok(people.length >= 2 && organizations.length >= 2, `the first brief has people and organizations: ${entities.join(", ")}`);
    const { context, page, errors } = await openView([...people, ...organizations]);
    assert.deepEqual(await drawnNodes(page, [...people, ...organizations]), [...people, ...organizations], "everything is drawn at first");

    const personFilter = page.locator("#filters").getByLabel("Person", { exact: true });
    await personFilter.uncheck();
    assert.deepEqual(await drawnNodes(page, people), [], "no person is drawn once Person is unticked");
    assert.deepEqual(await drawnNodes(page, organizations), organizations, "organizations stay");
    assert.equal((await nodesInView(page)).length, people.length + organizations.length, "filtering hides, it does not remove");
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("ht") === "Person");
    await screenshot(page, "20-person-filtered-out");

    await personFilter.check();
    assert.deepEqual(await drawnNodes(page, people), people, "people are drawn again once Person is ticked");
    await screenshot(page, "21-person-filter-back");
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("a big neighbourhood asks for a filter first, shows “and N more”, and collapse, pin and remove undo it", async (t) => {
    if (!server.adminKey) {
      t.skip("needs the server's admin key (GRAPHEXPLORER_ADMIN_KEY) to create a big neighbourhood");
      return;
    }
    await writeCypher(server.url, server.adminKey, `
      CREATE (hub:Entity:Organization {key: $hub, name: 'E2E Coalition'})
      WITH hub UNWIND range(1, $members) AS i
      CREATE (:Entity:Person {key: 'person:e2e-member-' + i, name: 'E2E Member ' + i})-[:MEMBER_OF {briefs: []}]->(hub)
      WITH DISTINCT hub UNWIND range(1, $meetings) AS j
      CREATE (hub)-[:INVOLVED_IN {briefs: []}]->(:Entity:Event {key: 'event:e2e-meeting-' + j, name: 'E2E Meeting ' + j})`,
    { hub: HUB, members: HUB_MEMBERS, meetings: HUB_MEETINGS });
    const context = await newContext(browser);
    const { page, errors } = await openPage(context, viewLink(server.url, [HUB]));
    await waitForNodes(page, [HUB]);
    await waitForStillView(page);

    const hub = await nodePoint(page, HUB);
    await page.mouse.dblclick(hub.x, hub.y);
    const form = page.getByRole("form", { name: "Filter the neighbours of E2E Coalition" });
    await form.waitFor();
    assert.match(await form.innerText(), new RegExp(`has ${HUB_MEMBERS + HUB_MEETINGS} neighbours`));
    assert.deepEqual(await nodesInView(page), [HUB], "nothing is drawn before the filter is chosen");
    await screenshot(page, "22-filter-before-expanding");

    await form.getByLabel("Person", { exact: true }).uncheck();
    await form.getByRole("button", { name: /^Expand/ }).click();
    const prompt = page.locator("#expand-prompt");
    await prompt.getByText(`25 of ${HUB_MEETINGS} neighbours shown, and ${HUB_MEETINGS - 25} more.`).waitFor();
    let shown = await nodesInView(page);
    assert.equal(shown.length, 26);
    assert.ok(shown.every((key) => key === HUB || key.startsWith("event:e2e-meeting-")), `only the meetings come: ${shown.join(", ")}`);
    await screenshot(page, "23-and-n-more");

    await prompt.getByRole("button", { name: `Show ${HUB_MEETINGS - 25} more` }).click();
    await page.waitForFunction((count) => window.graphExplorer.nodes().length === count, HUB_MEETINGS + 1);
    await prompt.waitFor({ state: "hidden" });
    await waitForLayoutToSettle(page);
    await waitForStillView(page);

    // Pin one meeting, then collapse the hub: the pinned one stays, the rest goes.
    const meeting = "event:e2e-meeting-7";
    const meetingPoint = await nodePoint(page, meeting);
    await page.mouse.click(meetingPoint.x, meetingPoint.y);
    const details = page.getByRole("region", { name: "Details" });
    await details.getByRole("heading", { name: /E2E Meeting 7/ }).waitFor();
    await details.getByRole("button", { name: "Pin" }).click();
    await details.getByRole("button", { name: "Unpin", pressed: true }).waitFor();
    await page.waitForFunction((key) => new URLSearchParams(location.hash.slice(1)).get("n")?.split(",").some((n) => n.startsWith(`${key}~`) && n.endsWith("~p")), meeting);
    await screenshot(page, "24-meeting-pinned");

    const hubNow = await nodePoint(page, HUB);
    await page.mouse.click(hubNow.x, hubNow.y);
    await details.getByRole("heading", { name: /E2E Coalition/ }).waitFor();
    await details.getByRole("button", { name: "Collapse" }).click();
    await waitForNodes(page, [HUB, meeting]);
    await screenshot(page, "25-collapsed-keeps-pinned");

    await waitForStillView(page);
    const meetingAgain = await nodePoint(page, meeting);
    await page.mouse.click(meetingAgain.x, meetingAgain.y);
    await details.getByRole("heading", { name: /E2E Meeting 7/ }).waitFor();
    await details.getByRole("button", { name: "Remove from view" }).click();
    await waitForNodes(page, [HUB]);
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("a dragged node stays where it was dropped, through a re-layout and a reload", async () => {
    const keys = (await entitiesOf(briefs[briefs.length - 1])).slice(0, 8);
    const { context, page, errors } = await openView(keys);
    // A node inside the others' bounding box, dropped inside it too: the next test drags one past them all.
    const positions = await page.evaluate((keys) => keys.map((key) => [key, window.graphExplorer.nodePosition(key)]), keys);
    const extreme = new Set(["x", "y"].flatMap((axis) => {
      const sorted = [...positions].sort((a, b) => a[1][axis] - b[1][axis]);
      return [sorted[0][0], sorted[sorted.length - 1][0]];
    }));
    const dragged = keys.find((key) => !extreme.has(key));
    assert.ok(dragged, "some node is inside the others");
    const others = positions.filter(([key]) => key !== dragged).map(([, position]) => position);
    const centre = {
      x: (Math.min(...others.map((p) => p.x)) + Math.max(...others.map((p) => p.x))) / 2,
      y: (Math.min(...others.map((p) => p.y)) + Math.max(...others.map((p) => p.y))) / 2,
    };
    const start = positions.find(([key]) => key === dragged)[1];
    const target = { x: (start.x + centre.x) / 2 + 7, y: (start.y + centre.y) / 2 - 9 };
    const dropped = await dragNode(page, dragged, target);
    assert.ok(Math.hypot(dropped.x - target.x, dropped.y - target.y) < 3,
      `the node is under the pointer where it was let go (${JSON.stringify(dropped)} vs ${JSON.stringify(target)})`);
    await page.waitForFunction((key) => new URLSearchParams(location.hash.slice(1)).get("n")?.split(",").some((n) => n.startsWith(`${key}~`) && n.endsWith("~p")), dragged);
    const pinned = (await viewInUrl(page)).nodes[dragged];
    await screenshot(page, "26-dragged-and-pinned");

    await page.getByRole("button", { name: "Re-run layout" }).click();
    await waitForLayoutToSettle(page);
    await waitForStillView(page);
    await page.waitForTimeout(400);
    const afterLayout = (await viewInUrl(page)).nodes[dragged];
    assert.deepEqual(afterLayout, pinned, "the layout leaves the pinned node where it was");

    await page.reload();
    await waitForNodes(page, keys);
    await waitForStillView(page);
    const afterReload = (await viewInUrl(page)).nodes[dragged];
    assert.deepEqual(afterReload, pinned, "a reload keeps it pinned in place");
    await screenshot(page, "27-dragged-after-reload");
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("a node dragged beyond all the others stays under the pointer", async () => {
    const keys = (await entitiesOf(briefs[briefs.length - 1])).slice(0, 8);
    const { context, page, errors } = await openView(keys);
    const box = await page.locator("#graph").boundingBox();
    const positions = await page.evaluate((keys) => keys.map((key) => window.graphExplorer.nodePosition(key)), keys);
    const target = { x: Math.max(10, Math.min(...positions.map((p) => p.x)) - 60), y: Math.max(10, Math.min(...positions.map((p) => p.y)) - 60) };
    assert.ok(target.x < box.width && target.y < box.height);
    const dropped = await dragNode(page, keys[0], target);
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
    assert.ok(Math.hypot(dropped.x - target.x, dropped.y - target.y) < 3,
      `the node is under the pointer where it was let go (${JSON.stringify(dropped)} vs ${JSON.stringify(target)})`);
  });

  test("wheel and keyboard zoom and pan the view", async () => {
    const keys = (await entitiesOf(briefs[0])).slice(0, 6);
    const { context, page, errors } = await openView(keys);
    const start = await page.evaluate(() => window.graphExplorer.camera());
    const box = await page.locator("#graph").boundingBox();
    const position = await page.evaluate((key) => window.graphExplorer.nodePosition(key), keys[0]);
    // Each step waits, in the page, for the camera to arrive where the input should take it.
    const waitForCamera = (predicate, arg = null) => page.waitForFunction(predicate, arg, { timeout: 5000 });

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await waitForCamera((ratio) => window.graphExplorer.camera().ratio < ratio * 0.8, start.ratio);
    await waitForStillView(page);
    const moved = await page.evaluate((key) => window.graphExplorer.nodePosition(key), keys[0]);
    assert.ok(Math.hypot(moved.x - position.x, moved.y - position.y) > 5, "zooming in moves the nodes on screen");
    await screenshot(page, "28-wheel-zoomed");

    await page.locator("#graph").focus();
    // Each key waits for the move before it to end: a key pressed mid-move starts from where the camera is then.
    const keySteps = [
      ["0", { x: 0.5, y: 0.5, ratio: 1 }],
      ["+", { x: 0.5, y: 0.5, ratio: 1 / 1.5 }],
      ["-", { x: 0.5, y: 0.5, ratio: 1 }],
      ["ArrowRight", { x: 0.58, y: 0.5, ratio: 1 }],
      ["ArrowUp", { x: 0.58, y: 0.58, ratio: 1 }],
      ["ArrowLeft", { x: 0.5, y: 0.58, ratio: 1 }],
      ["ArrowDown", { x: 0.5, y: 0.5, ratio: 1 }],
    ];
    for (const [key, target] of keySteps) {
      await page.keyboard.press(key);
      await waitForCamera(([t, tolerance]) => {
        const c = window.graphExplorer.camera();
        return Math.abs(c.x - t.x) < tolerance && Math.abs(c.y - t.y) < tolerance && Math.abs(c.ratio - t.ratio) < tolerance;
      }, [target, 1e-9]).catch(async (error) => {
        throw new Error(`after ${key} the camera is at ${JSON.stringify(await page.evaluate(() => window.graphExplorer.camera()))}: ${error.message}`);
      });
    }
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("arrow keys pressed in quick succession add up", async () => {
    const keys = (await entitiesOf(briefs[0])).slice(0, 2);
    const context = await newContext(browser);
    const { page, errors } = await openPage(context, viewLink(server.url, keys));
    await waitForNodes(page, keys);
    await page.locator("#graph").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(400);
    const camera = await page.evaluate(() => window.graphExplorer.camera());
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
    assert.ok(Math.abs(camera.x - 0.66) < 1e-6, `two steps of 0.08 to the right from 0.5 (at ${camera.x})`);
  });

  test("paths between two entities are listed and highlighted", async () => {
    const { paths } = await getJson(`${server.url}/api/paths?from=person:hun-manet&to=country:thailand`);
    assert.ok(paths.length >= 2, "the seeds link Hun Manet to Thailand in more than one way");
    const onPaths = new Set(paths.flatMap((path) => path.nodes.map((node) => node.key)));
    const elsewhere = (await entitiesOf(briefs[0])).filter((key) => notCountry(key) && !onPaths.has(key)).slice(0, 2);
    const { context, page, errors } = await openView(elsewhere);

    const pathsPanel = page.locator("#paths");
    for (const [box, text, name] of [["Path from", "Hun Manet", /Hun Manet/], ["Path to", "Thailand", /^Thailand/]]) {
      await pathsPanel.getByRole("searchbox", { name: box }).fill(text);
      await pathsPanel.getByRole("listbox", { name: `${box} suggestions` }).getByRole("option", { name }).first().click();
    }
    await pathsPanel.getByRole("button", { name: "Find paths" }).click();
    const listed = pathsPanel.locator("ol.paths li button");
    await listed.first().waitFor();
    const texts = await listed.allInnerTexts();
    assert.equal(texts.length, paths.length, `every path is listed: ${texts.join(" | ")}`);
    for (const text of texts) assert.match(text, /^Hun Manet → .+ → Thailand$/);
    await waitForLayoutToSettle(page);
    const pathKeys = [...onPaths].filter(notCountry);
    assert.deepEqual(await drawnNodes(page, pathKeys), pathKeys, "the entities on the paths are drawn in their colours");
    await screenshot(page, "29-paths-highlighted");
    await page.getByRole("button", { name: "Fit view" }).click();
    assert.deepEqual(await drawnNodes(page, elsewhere, DIM_COLOR), elsewhere, "the others are dimmed");

    // One path alone: what only the other paths pass through is dimmed too.
    const [chosen] = paths;
    const chosenKeys = new Set(chosen.nodes.map((node) => node.key));
    const offChosen = [...onPaths].filter((key) => notCountry(key) && !chosenKeys.has(key));
    await listed.first().click();
    await page.getByRole("button", { name: "Fit view" }).click();
    assert.deepEqual(await drawnNodes(page, offChosen, DIM_COLOR), offChosen, "entities off the chosen path are dimmed");
    await screenshot(page, "30-one-path-highlighted");
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("the view exports as PNG, SVG, JSON and GraphML", async () => {
    const keys = (await entitiesOf(briefs[1])).slice(0, 8);
    const { context, page, errors } = await openView(keys);
    const shown = (await nodesInView(page)).sort();
    const edges = await page.evaluate(() => window.graphExplorer.edges());
    const exportMenu = page.getByRole("combobox", { name: "Export" });
    const exported = async (value, extension) => {
      const [download] = await Promise.all([page.waitForEvent("download"), exportMenu.selectOption(value)]);
      assert.match(download.suggestedFilename(), new RegExp(`^graph-.+\\.${extension}$`));
      const content = fs.readFileSync(await download.path());
      assert.ok(content.length > 0, `${extension} is not empty`);
      return content;
    };

    const png = await exported("png", "png");
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
    const box = await page.locator("#graph").boundingBox();
    assert.equal(png.readUInt32BE(16), Math.round(box.width), "the PNG is as wide as the view");

    const svg = parseXml((await exported("svg", "svg")).toString("utf8"));
    assert.equal(svg.root, "svg");
    const shapes = ["circle", "rect", "path"].reduce((sum, name) => sum + (svg.counts.get(name) ?? 0), 0);
    assert.ok(shapes >= shown.length, `a shape per node (${shapes} shapes, ${shown.length} nodes)`);

    const json = JSON.parse((await exported("json", "json")).toString("utf8"));
    assert.deepEqual(json.nodes.map((node) => node.key).sort(), shown, "JSON has the nodes in view");
    assert.equal(json.relationships.length, edges.length, "and their relationships");

    const graphml = parseXml((await exported("graphml", "graphml")).toString("utf8"));
    assert.equal(graphml.root, "graphml");
    assert.equal(graphml.counts.get("node"), shown.length, "GraphML has a node per entity in view");
    assert.equal(graphml.counts.get("edge") ?? 0, edges.length, "and an edge per relationship");
    await screenshot(page, "31-exported-view");
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("moving the time slider back hides what arrived later, and Play replays", async () => {
    const early = (await entitiesOf(briefs[0])).filter(notCountry).slice(0, 4);
    const late = (await firstSeenIn(briefs[briefs.length - 1])).filter(notCountry).slice(0, 4);
    assert.ok(early.length > 0 && late.length > 0, "entities of the first and only of the last brief");
    const { context, page, errors } = await openView([...early, ...late]);
    assert.deepEqual(await drawnNodes(page, [...early, ...late]), [...early, ...late]);

    const slider = page.getByRole("slider", { name: "Import time" });
    await slider.focus();
    await page.keyboard.press("Home");
    assert.match(await page.locator("#timeline output").innerText(), new RegExp(`1 of ${briefs.length} briefs`));
    assert.deepEqual(await drawnNodes(page, early), early, "the first brief's entities are there at its time");
    assert.deepEqual(await drawnNodes(page, late), [], "the last brief's entities are not there yet");
    await screenshot(page, "32-slider-at-first-brief");

    await page.keyboard.press("End");
    assert.deepEqual(await drawnNodes(page, late), late, "at the end everything is back");

    await page.getByRole("button", { name: "Play" }).click();
    await page.getByRole("button", { name: "Pause" }).waitFor();
    assert.equal(await slider.inputValue(), "0", "Play starts from the first brief");
    assert.deepEqual(await drawnNodes(page, late), [], "the replay starts before the last brief");
    await page.getByRole("button", { name: "Play" }).waitFor({ timeout: briefs.length * 800 + 5000 });
    assert.equal(await slider.inputValue(), String(briefs.length - 1), "the replay ends at the last brief");
    assert.deepEqual(await drawnNodes(page, late), late, "and shows the last brief's entities");
    await screenshot(page, "33-replayed");
    assert.deepEqual(errors, [], "no console errors");
    await context.close();
  });

  test("a brief published earlier arrives live, opens with its entities marked, and leads the publication axis, kept on reload and in the link", async () => {
    const context = await newContext(browser);
    const { page, errors } = await openPage(context, `${server.url}/`);
    await page.getByText("Live", { exact: true }).waitFor();
    const axis = page.getByRole("combobox", { name: "Time" });
    assert.equal(await axis.isVisible(), false, "no axis choice while no brief has a publication time");

    const imported = await importBrief(server.url, kenyaBrief(Date.now()), { name: "kenya-haiti.txt", publishedAt: "2020-01-05T00:00:00Z" });
    const title = imported.brief.title;
    const newBriefs = page.getByRole("list", { name: "New briefs" });
    await newBriefs.getByText(title).waitFor({ timeout: 10_000 });
    const arrived = imported.nodes.map((node) => node.key);
    await page.waitForFunction((keys) => keys.every((key) => window.graphExplorer.nodes().includes(key)), arrived);
    await screenshot(page, "34-live-arrival");

    await newBriefs.getByRole("button", { name: title }).click();
    const dialog = page.locator("#brief-dialog");
    await dialog.getByRole("heading", { name: title }).waitFor();
    const extracted = await dialog.getByRole("list", { name: "Extracted entities" }).getByRole("listitem").allInnerTexts();
    assert.ok(extracted.some((text) => /William Ruto/.test(text)), `William Ruto is among the extracted entities: ${extracted.join(", ")}`);
    const marks = await dialog.locator("mark.entity").allInnerTexts();
    assert.ok(marks.includes("William Ruto"), `his name is marked in the text: ${marks.join(", ")}`);
    assert.match(await dialog.innerText(), /published/);
    await screenshot(page, "35-brief-opened");
    await dialog.getByRole("button", { name: "Close" }).click();

    const onlyKenya = (await firstSeenIn(imported.brief)).filter(notCountry);
    assert.ok(onlyKenya.length > 0, "the brief brings entities no seed mentions");
    await waitForLayoutToSettle(page);
    const slider = page.getByRole("slider", { name: "Import time" });
    await slider.focus();
    await page.keyboard.press("Home");
    assert.deepEqual(await drawnNodes(page, onlyKenya), [], "imported last, its entities come last on the import axis");

    await axis.selectOption("published");
    const publication = page.getByRole("slider", { name: "Publication time" });
    await publication.focus();
    await page.keyboard.press("Home");
    const label = await page.locator("#timeline output").innerText();
    assert.match(label, /^Published by .*2020/, "the first stop is the 2020 publication");
    assert.ok(label.includes(title.slice(0, 40)), `and it is this brief: ${label}`);
    assert.deepEqual(await drawnNodes(page, onlyKenya), onlyKenya, "published first, its entities come first on the publication axis");
    await screenshot(page, "36-publication-axis");

    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("t") === "published");
    const link = page.url();
    await page.reload();
    await page.getByRole("slider", { name: "Publication time" }).waitFor();
    assert.equal(await page.getByRole("combobox", { name: "Time" }).inputValue(), "published", "the axis survives a reload");

    const otherContext = await newContext(browser);
    const other = await openPage(otherContext, link);
    await other.page.getByRole("slider", { name: "Publication time" }).waitFor();
    assert.equal(await other.page.getByRole("combobox", { name: "Time" }).inputValue(), "published", "the axis travels in the link");
    await waitForNodes(other.page, (await nodesInView(page)).sort());
    await screenshot(other.page, "37-publication-axis-from-link");

    assert.deepEqual(errors, [], "no console errors");
    assert.deepEqual(other.errors, [], "no console errors in the linked page");
    await context.close();
    await otherContext.close();
  });
});
