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
 * a node at the earliest of its relationships in view and of the brief it was first seen in.
 */
export class TimeIndex {
  private readonly briefs = new Map<string, BriefTimes>();
  /** Briefs by import time: `firstSeen` and `firstReported` are the import time of a brief, so they lead back to it. */
  private readonly importedBy = new Map<number, Set<string>>();
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
      const imported = toTime(brief.importedAt) ?? known?.imported ?? null;
      this.briefs.set(brief.key, { imported, published: toTime(brief.publishedAt) ?? known?.published ?? null });
      if (imported === null) continue;
      const keys = this.importedBy.get(imported);
      if (keys) keys.add(brief.key);
      else this.importedBy.set(imported, new Set([brief.key]));
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

  /**
   * An import time (`firstSeen`, `firstReported`) moved onto the current axis: on the publication axis, the
   * earliest time of the briefs imported at that moment, or the import time itself when none is known.
   */
  private importedAtOnAxis(imported: number | null): number | null {
    if (imported === null || this.current === "imported") return imported;
    let earliest: number | null = null;
    for (const key of this.importedBy.get(imported) ?? []) {
      const time = this.briefTime(key);
      if (time !== null && (earliest === null || time < earliest)) earliest = time;
    }
    return earliest ?? imported;
  }

  edgeTime(graph: ViewGraph, edge: string): number | null {
    const properties = graph.getEdgeAttribute(edge, "properties");
    const briefs = Array.isArray(properties.briefs) ? properties.briefs : [];
    let earliest: number | null = null;
    for (const key of briefs) {
      const time = this.briefTime(String(key));
      if (time !== null && (earliest === null || time < earliest)) earliest = time;
    }
    return earliest ?? this.importedAtOnAxis(toTime(properties.firstReported));
  }

  nodeTime(graph: ViewGraph, node: string): number | null {
    const seen = this.importedAtOnAxis(toTime(graph.getNodeAttribute(node, "properties").firstSeen));
    if (seen !== null && this.current === "imported") return seen;
    // On the publication axis the brief first seen in (by import) need not be the first published: a
    // relationship in view may tell of an earlier one.
    let earliest: number | null = seen;
    graph.forEachEdge(node, (edge) => {
      const time = this.edgeTime(graph, edge);
      if (time !== null && (earliest === null || time < earliest)) earliest = time;
    });
    return earliest;
  }
}
