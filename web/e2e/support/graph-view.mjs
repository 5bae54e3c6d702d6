// Reads the canvas through the app's read-only window.graphExplorer handle and clicks on it.

export async function nodesInView(page) {
  return page.evaluate(() => window.graphExplorer.nodes());
}

export async function waitForNode(page, key, timeout = 10_000) {
  await page.waitForFunction((k) => window.graphExplorer.nodes().includes(k), key, { timeout });
}

export async function waitForLayoutToSettle(page) {
  await page.waitForFunction(() => !window.graphExplorer.layoutRunning(), null, { timeout: 30_000 });
}

/** Page coordinates of a point a fraction of the way from one node to another. */
export async function pointBetween(page, fromKey, toKey, fraction) {
  const box = await page.locator("#graph").boundingBox();
  const [from, to] = await page.evaluate(([a, b]) => [window.graphExplorer.nodePosition(a), window.graphExplorer.nodePosition(b)], [fromKey, toKey]);
  return { x: box.x + from.x + (to.x - from.x) * fraction, y: box.y + from.y + (to.y - from.y) * fraction };
}

export async function nodePoint(page, key) {
  return pointBetween(page, key, key, 0);
}

/** Resolves once the camera and every node have been still for a few frames and the view is drawn at rest. */
export async function waitForStillView(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const handle = window.graphExplorer;
    const state = () => JSON.stringify([handle.camera(), handle.nodes().map((key) => handle.nodePosition(key))]);
    let last = state();
    let still = 0;
    for (let i = 0; i < 600 && still < 5; i++) {
      await frame();
      const now = state();
      still = now === last && !handle.layoutRunning() ? still + 1 : 0;
      last = now;
    }
    // The renderer paints full detail once a move has been over for a moment.
    await new Promise((resolve) => setTimeout(resolve, 250));
    await frame();
    await frame();
  });
}

/** The colour each entity type is filled with (web/src/graph/style.ts), by the prefix of its key. */
const TYPE_COLORS = {
  person: [0xd9, 0x48, 0x0f],
  organization: [0x1c, 0x7e, 0xd6],
  country: [0x2b, 0x8a, 0x3e],
  event: [0xae, 0x3e, 0xc9],
  outlet: [0xe6, 0x77, 0x00],
};
export const DIM_COLOR = [0xde, 0xe2, 0xe6];

/**
 * The keys, of those given, whose shape is painted on the canvas in the colour expected: their type's
 * colour, or `color` when given. Reads the canvas pixels around each node's position; a Country is a
 * ring, so a wider disc is searched for it.
 */
export async function drawnNodes(page, keys, color = null) {
  await waitForStillView(page);
  return page.evaluate(([keys, typeColors, color]) => {
    const canvas = document.querySelector("#graph canvas");
    const ratio = canvas.width / canvas.clientWidth;
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    const matches = (x, y, rgb) => {
      if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return false;
      const i = (y * canvas.width + x) * 4;
      return pixels.data[i + 3] === 255 && rgb.every((value, c) => Math.abs(pixels.data[i + c] - value) <= 6);
    };
    return keys.filter((key) => {
      const position = window.graphExplorer.nodePosition(key);
      const rgb = color ?? typeColors[key.split(":")[0]];
      if (!position || !rgb) return false;
      const radius = key.startsWith("country:") ? 14 : 4;
      let found = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          if (dx * dx + dy * dy <= radius * radius && matches(Math.round(position.x * ratio) + dx, Math.round(position.y * ratio) + dy, rgb)) found++;
        }
      }
      return found >= 4;
    });
  }, [keys, TYPE_COLORS, color]);
}

/** The entities the URL's view names, with their graph positions and pins (web/src/state/saved-view.ts). */
export async function viewInUrl(page) {
  const hash = new URL(page.url()).hash.slice(1);
  const params = new URLSearchParams(hash);
  const nodes = {};
  for (const entry of (params.get("n") ?? "").split(",").filter(Boolean)) {
    const [key, x, y, flag] = entry.split("~");
    nodes[key] = { x: Number(x), y: Number(y), pinned: flag === "p" };
  }
  return { nodes, timeAxis: params.get("t") };
}

/** A link that opens the app with these entities in view (positions left to the layout). */
export function viewLink(url, keys, extra = {}) {
  return `${url}/#${new URLSearchParams({ n: keys.join(","), ...extra })}`;
}

/** Waits for exactly these entities to be in view, in any order. */
export async function waitForNodes(page, keys, timeout = 15_000) {
  await page.waitForFunction((expected) => {
    const shown = window.graphExplorer.nodes();
    return shown.length === expected.length && expected.every((key) => shown.includes(key));
  }, keys, { timeout });
}

/** Drags a node with the mouse to a point of the graph view (viewport pixels); returns where it is drawn then. */
export async function dragNode(page, key, to) {
  const box = await page.locator("#graph").boundingBox();
  const from = await nodePoint(page, key);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(box.x + to.x, box.y + to.y, { steps: 12 });
  await page.mouse.up();
  await waitForStillView(page);
  return page.evaluate((k) => window.graphExplorer.nodePosition(k), key);
}
