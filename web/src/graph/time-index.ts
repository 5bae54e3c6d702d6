import type { ViewGraph } from "./store";

/** Which time the slider replays: when briefs were imported, or when they say they were published. */
export type TimeAxis = "imported" | "published";

/** What the index needs of a brief: any brief reference or summary from the API fits. */
export interface TimedBrief {
  key: string;
  importedAt?: string;
  publishedAt?: string | null;
}

/** One stop of the slider: a time, the briefs placed exactly there, and how many are placed at or before it. */
export interface TimeStep {
  time: number;
  briefs: string[];
  upTo: number;
}

interface BriefTimes {
  imported: number | null;
  published: number | null;
}

function toTime(value: unknown): number | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

/**
 * When each element entered the graph, on the chosen axis. On the import axis a relationship is
 * placed at the import of the first brief that states it, a node at its `firstSeen` or, failing
 * that, at its earliest relationship. On the publication axis a brief is placed at its
 * `publishedAt`, or at its import when it has none; a relationship at the earliest of its briefs;
 * a node at its earliest relationship in view, since `firstSeen` is an import time.
 */
export class TimeIndex {
  private readonly briefs = new Map<string, BriefTimes>();
  private current: TimeAxis = "imported";

  get axis(): TimeAxis {
    return this.current;
  }

  setAxis(axis: TimeAxis): void {
    this.current = axis;
  }

  setBriefs(briefs: TimedBrief[]): void {
    for (const brief of briefs) {
      const known = this.briefs.get(brief.key);
      this.briefs.set(brief.key, {
        imported: toTime(brief.importedAt) ?? known?.imported ?? null,
        published: toTime(brief.publishedAt) ?? known?.published ?? null,
      });
    }
  }

  /** Whether any brief knows when it was published: only then is the publication axis worth offering. */
  hasPublicationTimes(): boolean {
    for (const times of this.briefs.values()) if (times.published !== null) return true;
    return false;
  }

  /** Where a brief sits on the current axis, or null when it has no time there. */
  briefTime(key: string): number | null {
    const times = this.briefs.get(key);
    if (!times) return null;
    return this.current === "published" ? times.published ?? times.imported : times.imported;
  }

  /** Whether the brief is on the publication axis only by its import time (it has no publication time). */
  placedByImport(key: string): boolean {
    const times = this.briefs.get(key);
    return this.current === "published" && times !== undefined && times.published === null;
  }

  /** How many briefs are placed by their import time on the current axis. */
  placedByImportCount(): number {
    let count = 0;
    for (const key of this.briefs.keys()) if (this.placedByImport(key) && this.briefTime(key) !== null) count++;
    return count;
  }

  range(): [number, number] | null {
    const steps = this.steps();
    if (steps.length === 0) return null;
    return [steps[0].time, steps[steps.length - 1].time];
  }

  /** The distinct times of the briefs on the current axis, earliest first; briefs with no time are left out. */
  steps(): TimeStep[] {
    const byTime = new Map<number, string[]>();
    for (const key of this.briefs.keys()) {
      const time = this.briefTime(key);
      if (time === null) continue;
      const keys = byTime.get(time);
      if (keys) keys.push(key);
      else byTime.set(time, [key]);
    }
    let upTo = 0;
    return [...byTime.entries()]
      .sort(([a], [b]) => a - b)
      .map(([time, briefs]) => {
        upTo += briefs.length;
        return { time, briefs: briefs.sort(), upTo };
      });
  }

  edgeTime(graph: ViewGraph, edge: string): number | null {
    const properties = graph.getEdgeAttribute(edge, "properties");
    const briefs = Array.isArray(properties.briefs) ? properties.briefs : [];
    let earliest: number | null = null;
    for (const key of briefs) {
      const time = this.briefTime(String(key));
      if (time !== null && (earliest === null || time < earliest)) earliest = time;
    }
    // firstReported is the import time of the first brief stating it: right on the import axis, and on the
    // publication axis the same fallback as a brief without a publication time.
    return earliest ?? toTime(properties.firstReported);
  }

  nodeTime(graph: ViewGraph, node: string): number | null {
    const seen = toTime(graph.getNodeAttribute(node, "properties").firstSeen);
    if (seen !== null && this.current === "imported") return seen;
    let earliest: number | null = null;
    graph.forEachEdge(node, (edge) => {
      const time = this.edgeTime(graph, edge);
      if (time !== null && (earliest === null || time < earliest)) earliest = time;
    });
    return earliest ?? seen;
  }
}
