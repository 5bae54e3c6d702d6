import Sigma from "sigma";
import { EdgeArrowProgram, NodeCircleProgram } from "sigma/rendering";
import { NodeSquareProgram } from "@sigma/node-square";
import { createNodeBorderProgram } from "@sigma/node-border";
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "./store";
import type { ViewState } from "../state/view-state";
import type { TimeIndex } from "./time-index";
import { DIM_COLOR, NEW_COLOR } from "./style";

export interface RendererEvents {
  nodeClick(key: string): void;
  nodeDoubleClick(key: string): void;
  edgeClick(id: string): void;
  stageClick(): void;
  nodeMoved(key: string): void;
}

const RingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.35 }, color: { attribute: "color" } },
    { size: { fill: true }, color: { value: "#ffffff" } },
  ],
});

/** Past this many relationships edges are hidden while the view moves (they come back at rest). */
const MOVE_EDGE_LIMIT = 1500;
/** Past this many entities labels are hidden while the view moves. */
const MOVE_LABEL_LIMIT = 2000;

/** A selected node's edges are labelled only when there are few enough to read. */
const EDGE_LABEL_DEGREE = 10;

/** Smaller marks for bigger graphs: clearer, and far less to fill per frame. */
function detailScale(order: number): number {
  return Math.min(1, Math.max(0.3, Math.sqrt(300 / Math.max(order, 1))));
}

/** Draws the graph with sigma (WebGL) and turns pointer gestures into graph events. */
export class GraphRenderer {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private draggedNode: string | null = null;
  private scale = 1;
  private dragMoved = false;

  constructor(
    private readonly graph: ViewGraph,
    container: HTMLElement,
    private readonly view: ViewState,
    private readonly time: TimeIndex,
    events: RendererEvents,
  ) {
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      defaultEdgeType: "arrow",
      enableEdgeEvents: true,
      renderEdgeLabels: true,
      labelDensity: 0.5,
      stagePadding: 50,
      labelRenderedSizeThreshold: 7,
      labelFont: "system-ui, sans-serif",
      edgeLabelFont: "system-ui, sans-serif",
      zIndex: true,
      nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram, ring: RingProgram },
      edgeProgramClasses: { arrow: EdgeArrowProgram },
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    view.onChange(() => this.sigma.refresh({ skipIndexation: true }));
    for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const) {
      graph.on(event, () => this.scheduleLevelOfDetail());
    }
    this.applyLevelOfDetail();
    this.bindEvents(events);
    new ResizeObserver(() => this.sigma.scheduleRefresh()).observe(container);
  }

  private levelTimer: number | undefined;

  private scheduleLevelOfDetail(): void {
    window.clearTimeout(this.levelTimer);
    this.levelTimer = window.setTimeout(() => this.applyLevelOfDetail(), 100);
  }

  private applyLevelOfDetail(): void {
    this.scale = detailScale(this.graph.order);
    const hideEdges = this.graph.size > MOVE_EDGE_LIMIT;
    const hideLabels = this.graph.order > MOVE_LABEL_LIMIT;
    if (this.sigma.getSetting("hideEdgesOnMove") !== hideEdges) this.sigma.setSetting("hideEdgesOnMove", hideEdges);
    if (this.sigma.getSetting("hideLabelsOnMove") !== hideLabels) this.sigma.setSetting("hideLabelsOnMove", hideLabels);
  }

  private isNodeHidden(node: string, data: NodeAttributes): boolean {
    if (this.view.hiddenTypes.has(data.entityType)) return true;
    if (this.view.timeCutoff === null) return false;
    const time = this.time.nodeTime(this.graph, node);
    return time !== null && time > this.view.timeCutoff;
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = { ...data, size: data.size * this.scale };
    if (this.isNodeHidden(node, data)) return { ...display, hidden: true };
    const focused = this.view.focusNodes.size === 0 || this.view.focusNodes.has(node);
    if (!focused) {
      display.color = DIM_COLOR;
      display.label = "";
      display.zIndex = 0;
    } else {
      display.zIndex = 1;
    }
    if (this.view.newNodes.has(node)) {
      display.highlighted = true;
      display.color = focused ? data.color : NEW_COLOR;
    }
    if (node === this.view.selectedNode) {
      display.highlighted = true;
      display.zIndex = 2;
    }
    if (data.fixed) display.forceLabel = true;
    return display;
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const display: Partial<EdgeDisplayData> = { ...data, size: Math.max(1, data.size * this.scale), label: null };
    const [source, target] = this.graph.extremities(edge);
    if (
      this.view.hiddenRelTypes.has(data.relType) ||
      this.isNodeHidden(source, this.graph.getNodeAttributes(source)) ||
      this.isNodeHidden(target, this.graph.getNodeAttributes(target))
    ) {
      return { ...display, hidden: true };
    }
    if (this.view.timeCutoff !== null) {
      const time = this.time.edgeTime(this.graph, edge);
      if (time !== null && time > this.view.timeCutoff) return { ...display, hidden: true };
    }
    const selected = this.view.selectedNode;
    const aroundSelection = (selected === source || selected === target) && this.graph.degree(selected) <= EDGE_LABEL_DEGREE;
    const emphasised = this.view.focusEdges.has(edge) || edge === this.view.selectedEdge || aroundSelection;
    if (this.view.focusEdges.size > 0 && !this.view.focusEdges.has(edge)) {
      display.color = DIM_COLOR;
    } else if (emphasised) {
      display.label = data.relType;
      display.zIndex = 1;
    }
    if (edge === this.view.selectedEdge) display.size = (display.size ?? data.size) + 2;
    if (this.view.newEdges.has(edge)) {
      display.color = NEW_COLOR;
      display.label = data.relType;
    }
    return display;
  }

  private bindEvents(events: RendererEvents): void {
    const sigma = this.sigma;
    sigma.on("clickNode", ({ node }) => {
      if (!this.dragMoved) events.nodeClick(node);
    });
    sigma.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      events.nodeDoubleClick(node);
    });
    sigma.on("clickEdge", ({ edge }) => events.edgeClick(edge));
    // Double-click means "expand" here; zooming on a near miss would only move the view.
    sigma.on("doubleClickStage", ({ preventSigmaDefault }) => preventSigmaDefault());
    sigma.on("doubleClickEdge", ({ preventSigmaDefault }) => preventSigmaDefault());
    sigma.on("clickStage", () => events.stageClick());
    sigma.on("downNode", ({ node }) => {
      this.draggedNode = node;
      this.dragMoved = false;
    });
    sigma.on("moveBody", ({ event }) => {
      if (!this.draggedNode) return;
      const position = sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.draggedNode, { x: position.x, y: position.y, fixed: true });
      this.dragMoved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const release = () => {
      if (this.draggedNode && this.dragMoved) events.nodeMoved(this.draggedNode);
      this.draggedNode = null;
    };
    sigma.on("upNode", release);
    sigma.on("upStage", release);
  }

  /** Viewport position of a node, for tests and overlays. */
  nodeViewportPosition(key: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(key);
    return data ? this.sigma.framedGraphToViewport(data) : null;
  }

  /** Frames the given nodes (all of them when none are given). */
  focusOn(keys: string[]): void {
    const camera = this.sigma.getCamera();
    const positions = keys.map((key) => this.sigma.getNodeDisplayData(key)).filter((d) => d !== undefined);
    if (positions.length === 0) {
      camera.animatedReset({ duration: 300 });
      return;
    }
    if (positions.length === 1) {
      camera.animate({ x: positions[0].x, y: positions[0].y }, { duration: 300 });
      return;
    }
    const xs = positions.map((p) => p.x);
    const ys = positions.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.2, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.4));
    camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
  }
}
