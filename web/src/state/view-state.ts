import type { TimeAxis } from "../graph/time-index";

/** What decides how the graph in view is drawn: filters, time cut-off, focus, selection, new items. */
export class ViewState {
  hiddenTypes = new Set<string>();
  hiddenRelTypes = new Set<string>();
  /** Elements first seen after this instant (ms) are hidden; null shows everything. */
  timeCutoff: number | null = null;
  /** The axis the analyst chose for the time slider; it applies once some brief has a publication time. */
  timeAxis: TimeAxis = "imported";
  /** Nodes and edges to emphasise (a path, a neighbourhood); empty emphasises nothing. */
  focusNodes = new Set<string>();
  focusEdges = new Set<string>();
  selectedNode: string | null = null;
  selectedEdge: string | null = null;
  newNodes = new Set<string>();
  newEdges = new Set<string>();
  private readonly listeners: (() => void)[] = [];

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  setFocus(nodes: Iterable<string>, edges: Iterable<string>): void {
    this.focusNodes = new Set(nodes);
    this.focusEdges = new Set(edges);
    this.changed();
  }

  clearFocus(): void {
    this.setFocus([], []);
  }
}
