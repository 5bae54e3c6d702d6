import { api } from "../api";
import type { Explorer } from "../explorer";
import type { ApiNode, ApiRelationship } from "../types";
import type { TimeAxis } from "../graph/time-index";
import { fromHash, loadFromStorage, saveToStorage, toHash, type SavedView } from "./saved-view";

const PARALLEL_REQUESTS = 6;
const CYPHER_CHUNK = 200;
const SUBGRAPH_QUERY =
  "MATCH (n:Entity) WHERE n.key IN $chunk OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m.key IN $keys RETURN n, r";

function sameKeys(a: SavedView, b: SavedView): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  const keys = new Set(a.nodes.map((n) => n.key));
  return b.nodes.every((n) => keys.has(n.key));
}

/** Keeps the view in localStorage and the URL as it changes, and rebuilds it on load. */
export class ViewPersistence {
  private timer: number | undefined;
  private restoring = false;

  constructor(private readonly explorer: Explorer) {
    explorer.onChange(() => this.schedule());
    explorer.view.onChange(() => this.schedule());
    explorer.renderer.camera.onUpdated(() => this.schedule());
  }

  private schedule(): void {
    if (this.restoring) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.save(), 300);
  }

  capture(): SavedView {
    const graph = this.explorer.graph;
    const camera = this.explorer.renderer.camera.getState();
    return {
      nodes: graph.mapNodes((key, attributes) => ({ key, x: attributes.x, y: attributes.y, fixed: Boolean(attributes.fixed) })),
      camera: graph.order > 0 ? { x: camera.x, y: camera.y, ratio: camera.ratio } : null,
      hiddenTypes: [...this.explorer.view.hiddenTypes],
      hiddenRelTypes: [...this.explorer.view.hiddenRelTypes],
      selected: this.explorer.view.selectedNode,
      timeAxis: this.explorer.view.timeAxis,
    };
  }

  save(): void {
    const view = this.capture();
    saveToStorage(view);
    const hash = toHash(view);
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
  }

  /** The URL wins over storage, so a shared link shows what its sender saw. */
  async restore(): Promise<SavedView | null> {
    const linked = fromHash(location.hash);
    const stored = loadFromStorage();
    this.restoreTimeAxis((linked ?? stored)?.timeAxis);
    // A link naming only a time axis leaves the entities to storage.
    const fromUrl = linked && linked.nodes.length > 0 ? linked : null;
    const view = fromUrl ?? stored;
    if (!view || view.nodes.length === 0) return null;
    // A reload keeps the URL from before the last moves; when storage holds the same entities it is
    // this tab's own later save, so its positions win. A link to another view keeps its own.
    const sameView = stored !== null && fromUrl !== null && sameKeys(stored, fromUrl);
    const storedPositions = new Map(stored?.nodes.map((n) => [n.key, n]) ?? []);
    this.restoring = true;
    try {
      const { nodes, relationships } = await this.fetchSubgraph(view.nodes.map((n) => n.key));
      const keys = new Set(view.nodes.map((n) => n.key));
      this.explorer.store.addAll(nodes.filter((node) => keys.has(this.explorer.store.nodeKey(node))), relationships);
      for (const saved of view.nodes) {
        if (!this.explorer.graph.hasNode(saved.key)) continue;
        const position = (sameView || !Number.isFinite(saved.x)) ? storedPositions.get(saved.key) ?? saved : saved;
        if (Number.isFinite(position.x) && Number.isFinite(position.y)) {
          this.explorer.graph.mergeNodeAttributes(saved.key, { x: position.x, y: position.y, fixed: saved.fixed || position.fixed });
        }
      }
      this.explorer.view.hiddenTypes = new Set(view.hiddenTypes);
      this.explorer.view.hiddenRelTypes = new Set(view.hiddenRelTypes);
      this.explorer.view.selectedNode = view.selected && this.explorer.graph.hasNode(view.selected) ? view.selected : null;
      this.explorer.renderer.refresh();
      const camera = sameView ? stored?.camera ?? view.camera : view.camera;
      if (camera) this.explorer.renderer.camera.setState(camera);
      this.explorer.view.changed();
      this.explorer.changed();
      return view;
    } finally {
      this.restoring = false;
    }
  }

  private restoreTimeAxis(axis: TimeAxis | undefined): void {
    if (!axis || axis === this.explorer.view.timeAxis) return;
    this.explorer.view.timeAxis = axis;
    // Saving now would write the view before its entities are back.
    this.restoring = true;
    try {
      this.explorer.view.changed();
    } finally {
      this.restoring = false;
    }
  }

  /**
   * The saved entities and the relationships among them: one Cypher read per chunk of keys, or,
   * where that fails, each entity's neighbourhood (the store drops relationships to unsaved ends).
   */
  private async fetchSubgraph(keys: string[]): Promise<{ nodes: ApiNode[]; relationships: ApiRelationship[] }> {
    const nodes: ApiNode[] = [];
    const relationships: ApiRelationship[] = [];
    for (let start = 0; start < keys.length; start += CYPHER_CHUNK) {
      const chunk = keys.slice(start, start + CYPHER_CHUNK);
      try {
        const result = await api.cypher(SUBGRAPH_QUERY, { chunk, keys });
        if (result.truncated) throw new Error("subgraph truncated");
        nodes.push(...result.graph.nodes);
        relationships.push(...result.graph.relationships);
      } catch {
        const fallback = await this.fetchNeighbourhoods(chunk);
        nodes.push(...fallback.nodes);
        relationships.push(...fallback.relationships);
      }
    }
    return { nodes, relationships };
  }

  private async fetchNeighbourhoods(keys: string[]): Promise<{ nodes: ApiNode[]; relationships: ApiRelationship[] }> {
    const nodes: ApiNode[] = [];
    const relationships: ApiRelationship[] = [];
    const queue = [...keys];
    const worker = async () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
        try {
          const neighbourhood = await api.neighbours(key, { limit: 200 });
          nodes.push(neighbourhood.center);
          relationships.push(...neighbourhood.relationships);
        } catch (error) {
          console.warn(`could not restore ${key}`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, keys.length) }, worker));
    return { nodes, relationships };
  }
}
