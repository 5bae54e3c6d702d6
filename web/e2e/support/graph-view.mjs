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
