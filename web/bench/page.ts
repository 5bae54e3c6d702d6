import { GraphStore } from "../src/graph/store";
import { GraphRenderer } from "../src/graph/renderer";
import { TimeIndex } from "../src/graph/time-index";
import { ViewState } from "../src/state/view-state";
import { syntheticGraph } from "./synthetic-graph";
import { measureCytoscape } from "./cytoscape-run";
import { measureSigma } from "./sigma-run";
import { dragAcross, layoutShift, measureFrames, nextFrame } from "./frames";

/**
 * What the page reports once the graph is drawn; `pan` then drags across it, and `layout` moves
 * every node a little each frame, as the layout worker does, so every frame is drawn afresh.
 */
export interface BenchPage {
  renderer: string;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  pan(): Promise<number[]>;
  layout(): Promise<number[]>;
}

async function measureCanvas(nodeCount: number): Promise<BenchPage> {
  const { nodes, relationships, positions } = syntheticGraph(nodeCount);
  const container = document.getElementById("graph") as HTMLElement;
  const start = performance.now();
  const store = new GraphStore();
  store.addAll(nodes, relationships);
  store.graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions.get(key) }));
  const renderer = new GraphRenderer(store.graph, container, new ViewState(), new TimeIndex(), {
    nodeClick: () => undefined, nodeDoubleClick: () => undefined, nodeDown: () => undefined,
    edgeClick: () => undefined, stageClick: () => undefined, nodeMoved: () => undefined,
  });
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  renderer.camera.setState({ ratio: 0.6 });
  await nextFrame();
  return {
    renderer: "GraphExplorer (Canvas 2D)",
    nodes: store.graph.order,
    edges: store.graph.size,
    firstRenderMs,
    pan: () => dragAcross(renderer.canvas, "pointer"),
    layout: () => measureFrames((step) => store.graph.updateEachNodeAttributes(
      (_key, attributes) => ({ ...attributes, x: attributes.x + layoutShift(step) }), { attributes: ["x"] })),
  };
}

const params = new URLSearchParams(location.search);
const nodeCount = Number(params.get("n") ?? 1000);
const container = document.getElementById("graph") as HTMLElement;
const measures: Record<string, () => Promise<BenchPage>> = {
  canvas: () => measureCanvas(nodeCount),
  sigma: () => measureSigma(nodeCount, container),
  cytoscape: () => measureCytoscape(nodeCount, container),
};
(measures[params.get("renderer") ?? "canvas"] ?? measures.canvas)().then(
  (bench) => Object.assign(window, { bench }),
  (error) => Object.assign(window, { benchError: String(error) }),
);
