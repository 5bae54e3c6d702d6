import { GraphStore } from "../src/graph/store";
import { GraphRenderer } from "../src/graph/renderer";
import { TimeIndex } from "../src/graph/time-index";
import { ViewState } from "../src/state/view-state";
import { syntheticGraph } from "./synthetic-graph";
import { measureCytoscape } from "./cytoscape-run";
import { nextFrame, panFrames, percentile } from "./frames";

export interface BenchResult {
  renderer: string;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  medianFrameMs: number;
  p95FrameMs: number;
}

async function measureSigma(nodeCount: number): Promise<BenchResult> {
  const { nodes, relationships, positions } = syntheticGraph(nodeCount);
  const container = document.getElementById("graph") as HTMLElement;
  const start = performance.now();
  const store = new GraphStore();
  store.addAll(nodes, relationships);
  store.graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions.get(key) }));
  const renderer = new GraphRenderer(store.graph, container, new ViewState(), new TimeIndex(), {
    nodeClick: () => undefined, nodeDoubleClick: () => undefined, edgeClick: () => undefined,
    stageClick: () => undefined, nodeMoved: () => undefined,
  });
  const experiment = new URLSearchParams(location.search).get("exp") ?? "";
  if (experiment.includes("nolabels")) renderer.sigma.setSetting("renderLabels", false);
  if (experiment.includes("noedgeevents")) renderer.sigma.setSetting("enableEdgeEvents", false);
  if (experiment.includes("noedgelabels")) renderer.sigma.setSetting("renderEdgeLabels", false);
  if (experiment.includes("noedges")) renderer.sigma.setSetting("hideEdgesOnMove", true);
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  const camera = renderer.sigma.getCamera();
  camera.setState({ ratio: 0.6 });
  const intervals = await panFrames((step) => {
    const state = camera.getState();
    camera.setState({ x: state.x + (step % 60 < 30 ? 0.004 : -0.004), y: state.y + 0.001 });
  });
  renderer.sigma.kill();
  return {
    renderer: "sigma.js (WebGL)",
    nodes: store.graph.order,
    edges: store.graph.size,
    firstRenderMs,
    medianFrameMs: percentile(intervals, 0.5),
    p95FrameMs: percentile(intervals, 0.95),
  };
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(location.search);
  const nodeCount = Number(params.get("n") ?? 1000);
  if (params.get("renderer") === "cytoscape") {
    const result = await measureCytoscape(nodeCount, document.getElementById("graph") as HTMLElement);
    return { ...result, medianFrameMs: percentile(result.intervals, 0.5), p95FrameMs: percentile(result.intervals, 0.95) };
  }
  return measureSigma(nodeCount);
}

run().then(
  (result) => Object.assign(window, { benchResult: result }),
  (error) => Object.assign(window, { benchError: String(error) }),
);
