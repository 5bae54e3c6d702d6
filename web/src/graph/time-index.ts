import type { ViewGraph } from "./store";

function toTime(value: unknown): number | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

/**
 * When each element entered the graph: a relationship at the import of the first brief that
 * states it, a node at its `firstSeen` or, failing that, at its earliest relationship.
 */
export class TimeIndex {
  private readonly importedAt = new Map<string, number>();

  setBriefs(briefs: { key: string; importedAt?: string }[]): void {
    for (const brief of briefs) {
      const time = toTime(brief.importedAt);
      if (time !== null) this.importedAt.set(brief.key, time);
    }
  }

  range(): [number, number] | null {
    const times = [...this.importedAt.values()];
    if (times.length === 0) return null;
    return [Math.min(...times), Math.max(...times)];
  }

  edgeTime(graph: ViewGraph, edge: string): number | null {
    const properties = graph.getEdgeAttribute(edge, "properties");
    const briefs = Array.isArray(properties.briefs) ? properties.briefs : [];
    let earliest: number | null = null;
    for (const key of briefs) {
      const time = this.importedAt.get(String(key));
      if (time !== undefined && (earliest === null || time < earliest)) earliest = time;
    }
    return earliest ?? toTime(properties.firstReported);
  }

  nodeTime(graph: ViewGraph, node: string): number | null {
    const seen = toTime(graph.getNodeAttribute(node, "properties").firstSeen);
    if (seen !== null) return seen;
    let earliest: number | null = null;
    graph.forEachEdge(node, (edge) => {
      const time = this.edgeTime(graph, edge);
      if (time !== null && (earliest === null || time < earliest)) earliest = time;
    });
    return earliest;
  }
}
