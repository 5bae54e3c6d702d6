import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewGraph } from "./store";

/**
 * ForceAtlas2 in a web worker, run in bursts after the graph changes so an idle view costs
 * nothing. Pinned nodes carry `fixed`, which FA2 leaves in place.
 */
export class ForceLayout {
  private layout: FA2Layout | null = null;
  private stopTimer: number | undefined;
  private readonly stoppedListeners: (() => void)[] = [];

  constructor(private readonly graph: ViewGraph) {}

  onStopped(listener: () => void): void {
    this.stoppedListeners.push(listener);
  }

  /** Runs the layout for a while, longer for bigger graphs. */
  run(milliseconds = Math.min(6000, 1500 + this.graph.order * 2)): void {
    if (this.graph.order < 2) return;
    if (!this.layout) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.layout = new FA2Layout(this.graph, {
        // Small views can afford overlap prevention; big ones need Barnes-Hut instead.
        settings: { ...settings, barnesHutOptimize: this.graph.order > 500, adjustSizes: this.graph.order <= 500, slowDown: 5 },
      });
    }
    this.layout.start();
    window.clearTimeout(this.stopTimer);
    this.stopTimer = window.setTimeout(() => this.stop(), milliseconds);
  }

  stop(): void {
    window.clearTimeout(this.stopTimer);
    if (this.layout?.isRunning()) {
      this.layout.stop();
      for (const listener of this.stoppedListeners) listener();
    }
  }

  isRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

}
