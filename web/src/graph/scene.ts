import type { ViewGraph } from "./store";
import type { ViewState } from "../state/view-state";
import type { TimeIndex } from "./time-index";
import { DIM_COLOR, NEW_COLOR, type Shape } from "./style";

/** A node as drawn: the view's filters, focus, selection and news applied. */
export interface SceneNode {
  key: string;
  x: number;
  y: number;
  size: number;
  color: string;
  shape: Shape;
  label: string;
  /** Labelled whatever the room: pinned, selected, new. */
  forceLabel: boolean;
  highlighted: boolean;
  zIndex: number;
}

export interface SceneEdge {
  key: string;
  /** Indexes into the scene's nodes. */
  source: number;
  target: number;
  color: string;
  size: number;
  label: string | null;
  /** Labelled whatever the room: the selected edge, new ones. */
  forceLabel: boolean;
  zIndex: number;
}

/** What is visible, in drawing order (lower zIndex first). */
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  indexOf: Map<string, number>;
}

/** A selected node's edges are labelled only when there are few enough to read. */
const EDGE_LABEL_DEGREE = 10;

/** Smaller marks for bigger graphs: clearer, and far less to fill per frame. */
function detailScale(order: number): number {
  return Math.min(1, Math.max(0.3, Math.sqrt(300 / Math.max(order, 1))));
}

function byZIndex<T extends { zIndex: number }>(a: T, b: T): number {
  return a.zIndex - b.zIndex;
}

/** Decides, for every node and edge in the graph, whether and how it is drawn. */
export class SceneBuilder {
  constructor(private readonly graph: ViewGraph, private readonly view: ViewState, private readonly time: TimeIndex) {}

  build(): Scene {
    const scale = detailScale(this.graph.order);
    const nodes: SceneNode[] = [];
    this.graph.forEachNode((key, data) => {
      if (!this.isNodeHidden(key, data.entityType)) nodes.push(this.sceneNode(key, scale));
    });
    nodes.sort(byZIndex);
    const indexOf = new Map<string, number>();
    nodes.forEach((node, index) => indexOf.set(node.key, index));
    const edges: SceneEdge[] = [];
    this.graph.forEachEdge((key, data, source, target) => {
      const from = indexOf.get(source);
      const to = indexOf.get(target);
      if (from === undefined || to === undefined || this.view.hiddenRelTypes.has(data.relType)) return;
      if (this.view.timeCutoff !== null) {
        const time = this.time.edgeTime(this.graph, key);
        if (time !== null && time > this.view.timeCutoff) return;
      }
      edges.push(this.sceneEdge(key, source, target, from, to, scale));
    });
    edges.sort(byZIndex);
    return { nodes, edges, indexOf };
  }

  /** Moves the scene's nodes to where the graph has them now (the layout runs while we draw). */
  updatePositions(scene: Scene): void {
    for (const node of scene.nodes) {
      if (!this.graph.hasNode(node.key)) continue;
      const data = this.graph.getNodeAttributes(node.key);
      node.x = data.x;
      node.y = data.y;
    }
  }

  private isNodeHidden(key: string, entityType: string): boolean {
    if (this.view.hiddenTypes.has(entityType)) return true;
    if (this.view.timeCutoff === null) return false;
    const time = this.time.nodeTime(this.graph, key);
    return time !== null && time > this.view.timeCutoff;
  }

  private sceneNode(key: string, scale: number): SceneNode {
    const data = this.graph.getNodeAttributes(key);
    const focused = this.view.focusNodes.size === 0 || this.view.focusNodes.has(key);
    const isNew = this.view.newNodes.has(key);
    const selected = key === this.view.selectedNode;
    let color = focused ? data.color : DIM_COLOR;
    if (isNew && !focused) color = NEW_COLOR;
    return {
      key,
      x: data.x,
      y: data.y,
      size: data.size * scale,
      color,
      shape: data.type as Shape,
      label: focused || isNew ? data.label : "",
      forceLabel: Boolean(data.fixed) || selected || isNew,
      highlighted: isNew || selected,
      zIndex: selected ? 2 : focused ? 1 : 0,
    };
  }

  private sceneEdge(key: string, source: string, target: string, from: number, to: number, scale: number): SceneEdge {
    const data = this.graph.getEdgeAttributes(key);
    const selected = this.view.selectedNode;
    const aroundSelection = (selected === source || selected === target) && this.graph.degree(selected) <= EDGE_LABEL_DEGREE;
    const inFocus = this.view.focusEdges.has(key);
    const emphasised = inFocus || key === this.view.selectedEdge || aroundSelection;
    const edge: SceneEdge = {
      key,
      source: from,
      target: to,
      color: data.color,
      size: Math.max(1, data.size * scale),
      label: null,
      forceLabel: false,
      zIndex: 0,
    };
    if (this.view.focusEdges.size > 0 && !inFocus) {
      edge.color = DIM_COLOR;
    } else if (emphasised) {
      edge.label = data.relType;
      edge.zIndex = 1;
    }
    if (key === this.view.selectedEdge) {
      edge.size += 2;
      edge.forceLabel = true;
    }
    if (this.view.newEdges.has(key)) {
      edge.color = NEW_COLOR;
      edge.label = data.relType;
      edge.forceLabel = true;
    }
    return edge;
  }
}
