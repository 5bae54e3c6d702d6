import { api } from "./api";
import type { ApiNode, ApiRelationship } from "./types";
import { GraphStore } from "./graph/store";
import { ForceLayout } from "./graph/layout";
import { GraphRenderer, type RendererEvents } from "./graph/renderer";
import { TimeIndex } from "./graph/time-index";
import { ViewState } from "./state/view-state";

/** Neighbours fetched by one expansion; the rest is offered as "and N more". */
export const EXPAND_CAP = 25;

export interface ExpandFilter {
  types?: string[];
  relTypes?: string[];
}

export interface ExpansionOutcome {
  key: string;
  shown: number;
  total: number;
  offset: number;
  filter: ExpandFilter;
}

/** The graph operations analysts perform: show, expand, collapse, pin, remove, select. */
export class Explorer {
  readonly store = new GraphStore();
  readonly view = new ViewState();
  readonly time = new TimeIndex();
  readonly layout: ForceLayout;
  readonly renderer: GraphRenderer;
  private readonly changeListeners: (() => void)[] = [];

  constructor(container: HTMLElement, events: Omit<RendererEvents, "nodeMoved" | "nodeDown">) {
    this.layout = new ForceLayout(this.store.graph);
    this.renderer = new GraphRenderer(this.store.graph, container, this.view, this.time, {
      ...events,
      // A node about to be dragged must not be pushed around by the layout at the same time.
      nodeDown: () => this.layout.stop(),
      nodeMoved: () => this.changed(),
    });
    this.layout.onStopped(() => this.changed());
  }

  get graph() {
    return this.store.graph;
  }

  /** Called whenever what is in view or where it sits changes (for saving and the URL). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  private positionOf(key: string | undefined): { x: number; y: number } | undefined {
    if (!key || !this.graph.hasNode(key)) return undefined;
    const { x, y } = this.graph.getNodeAttributes(key);
    return { x, y };
  }

  add(nodes: ApiNode[], relationships: ApiRelationship[], nearKey?: string, origin?: string) {
    const added = this.store.addAll(nodes, relationships, this.positionOf(nearKey), origin);
    if (added.nodes.length > 0 || added.edges.length > 0) {
      this.layout.run();
      this.changed();
    }
    return added;
  }

  /**
   * Puts an entity on the canvas and selects it; its neighbourhood is listed in the details and
   * comes onto the canvas when expanded (double-click), so a search never floods the view.
   */
  async showEntity(key: string): Promise<string> {
    const details = await api.entity(key);
    const { key: nodeKey, added } = this.store.addNode(details.node, this.viewCentre());
    if (added) this.changed();
    this.select(nodeKey);
    this.renderer.focusOn([nodeKey]);
    return nodeKey;
  }

  private viewCentre(): { x: number; y: number } | undefined {
    if (this.graph.order === 0) return undefined;
    let x = 0;
    let y = 0;
    this.graph.forEachNode((_key, attributes) => {
      x += attributes.x;
      y += attributes.y;
    });
    return { x: x / this.graph.order, y: y / this.graph.order };
  }

  async expand(key: string, filter: ExpandFilter, offset = 0): Promise<ExpansionOutcome> {
    const neighbourhood = await api.neighbours(key, { ...filter, limit: EXPAND_CAP, offset });
    this.view.clearFocus();
    const centerKey = this.store.addNode(neighbourhood.center, this.positionOf(key)).key;
    this.add(neighbourhood.nodes, neighbourhood.relationships, centerKey, centerKey);
    this.graph.setNodeAttribute(centerKey, "expanded", true);
    this.changed();
    return {
      key: centerKey,
      shown: Math.min(neighbourhood.total, offset + neighbourhood.nodes.length),
      total: neighbourhood.total,
      offset,
      filter,
    };
  }

  /** Removes what expanding this node brought in, unless it is pinned, expanded or tied elsewhere. */
  collapse(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const removable = this.graph.neighbors(key).filter((neighbour) => {
      const attributes = this.graph.getNodeAttributes(neighbour);
      if (attributes.origin !== key || attributes.fixed || attributes.expanded) return false;
      return this.graph.neighbors(neighbour).every((other) => other === key);
    });
    for (const neighbour of removable) this.store.remove(neighbour);
    this.graph.setNodeAttribute(key, "expanded", false);
    this.view.changed();
    this.changed();
  }

  togglePin(key: string): boolean {
    if (!this.graph.hasNode(key)) return false;
    const fixed = !this.graph.getNodeAttribute(key, "fixed");
    this.graph.setNodeAttribute(key, "fixed", fixed);
    this.changed();
    return fixed;
  }

  remove(key: string): void {
    if (this.view.selectedNode === key) this.view.selectedNode = null;
    this.store.remove(key);
    this.view.changed();
    this.changed();
  }

  clear(): void {
    this.layout.stop();
    this.store.clear();
    this.view.selectedNode = null;
    this.view.selectedEdge = null;
    this.view.newNodes.clear();
    this.view.newEdges.clear();
    this.view.clearFocus();
    this.changed();
  }

  select(key: string | null): void {
    this.view.selectedNode = key;
    this.view.selectedEdge = null;
    this.view.changed();
    this.changed();
  }

  selectEdge(id: string | null): void {
    this.view.selectedEdge = id;
    this.view.selectedNode = null;
    this.view.changed();
  }
}
