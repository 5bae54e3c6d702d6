import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { GraphStore } from "../src/graph/store";
import { syntheticGraph } from "./synthetic-graph";
import { dragAcross, layoutShift, measureFrames, nextFrame } from "./frames";
import type { BenchPage } from "./page";

/**
 * The same graph and pan in sigma.js (WebGL), the renderer the app used before Canvas 2D: the
 * peer that shows what software WebGL costs. Edges hidden while moving, as the app had it.
 */
export async function measureSigma(nodeCount: number, container: HTMLElement): Promise<BenchPage> {
  const { nodes, relationships, positions } = syntheticGraph(nodeCount);
  const start = performance.now();
  const store = new GraphStore();
  store.addAll(nodes, relationships);
  store.graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions.get(key), type: "circle" }));
  const sigma = new Sigma(store.graph, container, {
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: EdgeArrowProgram },
    hideEdgesOnMove: store.graph.size > 1500,
    hideLabelsOnMove: store.graph.order > 2000,
    labelRenderedSizeThreshold: 7,
  });
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  sigma.getCamera().setState({ ratio: 0.6 });
  await nextFrame();
  return {
    renderer: "sigma.js (WebGL)",
    nodes: store.graph.order,
    edges: store.graph.size,
    firstRenderMs,
    // Dragged with the mouse, so sigma knows the view moves and hides edges and labels meanwhile.
    pan: () => dragAcross(sigma.getCanvases().mouse, "mouse"),
    layout: () => measureFrames((step) => store.graph.updateEachNodeAttributes(
      (_key, attributes) => ({ ...attributes, x: attributes.x + layoutShift(step) }), { attributes: ["x"] })),
  };
}
