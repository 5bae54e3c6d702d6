import Graph from "graphology";
import type { ApiNode, ApiRelationship } from "../types";
import { edgeWidth, entityType, nodeSize, relationshipColor, typeStyle } from "./style";

export interface NodeAttributes {
  label: string;
  entityType: string;
  key: string;
  elementId: string;
  properties: Record<string, unknown>;
  x: number;
  y: number;
  size: number;
  color: string;
  type: string;
  fixed?: boolean;
  expanded?: boolean;
  /** Node whose expansion brought this one in; collapse removes what it brought. */
  origin?: string;
}

export interface EdgeAttributes {
  relType: string;
  elementId: string;
  properties: Record<string, unknown>;
  size: number;
  color: string;
}

export type ViewGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * The graph in view. Nodes are keyed by entity key (stable across restarts, so layouts and links
 * survive); relationships by element id, mapped to node keys through the element ids we know.
 */
export class GraphStore {
  readonly graph: ViewGraph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "directed" });
  private readonly keyByElementId = new Map<string, string>();

  nodeKey(node: ApiNode): string {
    const property = node.properties.key;
    return node.key ?? (typeof property === "string" ? property : node.id);
  }

  keyOfElement(elementId: string): string | undefined {
    return this.keyByElementId.get(elementId);
  }

  /** Adds or refreshes a node; returns its key and whether it was new. */
  addNode(node: ApiNode, near?: { x: number; y: number }, origin?: string): { key: string; added: boolean } {
    const key = this.nodeKey(node);
    this.keyByElementId.set(node.id, key);
    const type = entityType(node.labels);
    const style = typeStyle(type);
    const name = node.properties.name ?? node.properties.title ?? key;
    const common = {
      label: String(name),
      entityType: type,
      key,
      elementId: node.id,
      properties: node.properties,
      color: style.color,
      type: style.shape,
    };
    if (this.graph.hasNode(key)) {
      this.graph.mergeNodeAttributes(key, common);
      return { key, added: false };
    }
    const angle = Math.random() * Math.PI * 2;
    const radius = near ? 1 + Math.random() * 2 : 10 * Math.random();
    this.graph.addNode(key, {
      ...common,
      x: (near?.x ?? 0) + radius * Math.cos(angle),
      y: (near?.y ?? 0) + radius * Math.sin(angle),
      size: nodeSize(0),
      origin,
    });
    return { key, added: true };
  }

  /** Adds a relationship when both ends are in view; returns its id, or null if an end is missing. */
  private addRelationship(rel: ApiRelationship, touched: Set<string>): string | null {
    const source = this.keyByElementId.get(rel.start);
    const target = this.keyByElementId.get(rel.end);
    if (!source || !target || !this.graph.hasNode(source) || !this.graph.hasNode(target)) return null;
    const attributes: EdgeAttributes = {
      relType: rel.type,
      elementId: rel.id,
      properties: rel.properties,
      size: edgeWidth(rel.properties),
      color: relationshipColor(rel.type),
    };
    if (this.graph.hasEdge(rel.id)) this.graph.mergeEdgeAttributes(rel.id, attributes);
    else this.graph.addDirectedEdgeWithKey(rel.id, source, target, attributes);
    touched.add(source);
    touched.add(target);
    return rel.id;
  }

  addAll(nodes: ApiNode[], relationships: ApiRelationship[], near?: { x: number; y: number }, origin?: string) {
    const addedNodes: string[] = [];
    for (const node of nodes) {
      const result = this.addNode(node, near, origin);
      if (result.added) addedNodes.push(result.key);
    }
    const edges: string[] = [];
    // Sizes follow degree; in a batch each touched node is resized once, not once per edge.
    const touched = new Set<string>();
    for (const rel of relationships) {
      const added = !this.graph.hasEdge(rel.id);
      const id = this.addRelationship(rel, touched);
      if (id && added) edges.push(id);
    }
    for (const key of touched) this.resize(key);
    return { nodes: addedNodes, edges };
  }

  remove(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const neighbours = this.graph.neighbors(key);
    this.keyByElementId.delete(this.graph.getNodeAttribute(key, "elementId"));
    this.graph.dropNode(key);
    for (const neighbour of neighbours) this.resize(neighbour);
  }

  clear(): void {
    this.graph.clear();
    this.keyByElementId.clear();
  }

  private resize(key: string): void {
    this.graph.setNodeAttribute(key, "size", nodeSize(this.graph.degree(key)));
  }
}
