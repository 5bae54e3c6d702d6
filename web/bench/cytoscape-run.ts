import cytoscape from "cytoscape";
import { entityType, relationshipColor, typeStyle } from "../src/graph/style";
import { syntheticGraph } from "./synthetic-graph";
import { layoutShift, measureFrames, nextFrame } from "./frames";
import type { BenchPage } from "./page";

/** The same graph and pan in Cytoscape.js with its WebGL renderer, for the library choice. */
export async function measureCytoscape(nodeCount: number, container: HTMLElement): Promise<BenchPage> {
  const { nodes, relationships, positions } = syntheticGraph(nodeCount);
  const start = performance.now();
  // The WebGL switch is newer than the bundled typings.
  const webgl = { renderer: { name: "canvas", webgl: true } } as Partial<cytoscape.CytoscapeOptions>;
  const cy = cytoscape({
    ...webgl,
    container,
    layout: { name: "preset" },
    style: [
      { selector: "node", style: { "background-color": "data(color)", width: 8, height: 8, label: "data(label)", "font-size": 6, "min-zoomed-font-size": 10 } },
      { selector: "edge", style: { "line-color": "data(color)", width: 1 } },
    ],
    elements: [
      ...nodes.map((node) => ({
        data: { id: node.id, label: String(node.properties.name), color: typeStyle(entityType(node.labels)).color },
        position: positions.get(String(node.key)),
      })),
      ...relationships.map((rel) => ({ data: { id: rel.id, source: rel.start, target: rel.end, color: relationshipColor(rel.type) } })),
    ],
  });
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  return {
    renderer: "Cytoscape.js (WebGL)",
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstRenderMs,
    pan: () => measureFrames((step) => cy.panBy({ x: step % 60 < 30 ? 6 : -6, y: 1 })),
    layout: () => measureFrames((step) => cy.batch(() => cy.nodes().shift({ x: layoutShift(step), y: 0 }))),
  };
}
