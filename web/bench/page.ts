import { GraphStore } from "../src/graph/store";
import { GraphRenderer } from "../src/graph/renderer";
import { TimeIndex } from "../src/graph/time-index";
import { ViewState } from "../src/state/view-state";
import { syntheticGraph } from "./synthetic-graph";
import { measureCytoscape } from "./cytoscape-run";
import { nextFrame, panFrames } from "./frames";

/** What the page reports once the graph is drawn; `pan` then drags across it. */
export interface BenchPage {
  renderer: string;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  pan(): Promise<number[]>;
}

/** Pans the way a user does: press on the canvas, move a few pixels every frame, release. */
async function dragAcross(layer: HTMLElement): Promise<number[]> {
  const rect = layer.getBoundingClientRect();
  let x = rect.left + rect.width / 2;
  let y = rect.top + rect.height / 2;
  const fire = (type: string) => layer.dispatchEvent(new MouseEvent(type, {
    clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: type === "mouseup" ? 0 : 1,
  }));
  fire("mousedown");
  const intervals = await panFrames((step) => {
    x += step % 60 < 30 ? 6 : -6;
    y += 1;
    fire("mousemove");
  });
  fire("mouseup");
  return intervals;
}

async function measureSigma(nodeCount: number): Promise<BenchPage> {
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
  // Sigma settings to try, e.g. ?settings={"hideEdgesOnMove":true}
  renderer.sigma.setSettings(JSON.parse(params.get("settings") ?? "{}"));
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  renderer.sigma.getCamera().setState({ ratio: 0.6 });
  await nextFrame();
  return {
    renderer: "sigma.js (WebGL)",
    nodes: store.graph.order,
    edges: store.graph.size,
    firstRenderMs,
    pan: () => dragAcross(renderer.sigma.getCanvases().mouse),
  };
}

const params = new URLSearchParams(location.search);
const nodeCount = Number(params.get("n") ?? 1000);
const container = document.getElementById("graph") as HTMLElement;
(params.get("renderer") === "cytoscape" ? measureCytoscape(nodeCount, container) : measureSigma(nodeCount)).then(
  (bench) => Object.assign(window, { bench }),
  (error) => Object.assign(window, { benchError: String(error) }),
);
