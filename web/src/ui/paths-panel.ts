import { api } from "../api";
import type { Explorer } from "../explorer";
import type { ApiPath } from "../types";
import { EntitySearch } from "./entity-search";
import { errorMessage, h } from "./dom";

/** Finds the shortest paths between two chosen entities and highlights them on the canvas. */
export class PathsPanel {
  private readonly from = new EntitySearch("Path from", () => undefined, "From…");
  private readonly to = new EntitySearch("Path to", () => undefined, "To…");
  private readonly results = h("ol", { class: "paths", "aria-live": "polite" });
  /** Paths just added are framed again once the layout has placed them: framing them at once aims at where they start. */
  private reframe: Set<string> | null = null;

  constructor(element: HTMLElement, private readonly explorer: Explorer) {
    explorer.layout.onStopped(() => {
      const keys = this.reframe;
      this.reframe = null;
      const focus = explorer.view.focusNodes;
      if (keys && keys.size === focus.size && [...keys].every((key) => focus.has(key))) explorer.renderer.focusOn([...keys]);
    });
    // A drag stops the layout too; the camera must not move under it.
    explorer.renderer.canvas.addEventListener("pointerdown", () => (this.reframe = null));
    const form = h("form", { class: "paths-form" }, this.from.element, this.to.element,
      h("button", { type: "submit" }, "Find paths"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.find();
    });
    element.append(form, this.results);
  }

  private async find(): Promise<void> {
    const from = this.from.chosen;
    const to = this.to.chosen;
    if (!from || !to) {
      this.results.replaceChildren(h("li", { class: "error" }, "Choose both entities from the suggestions."));
      return;
    }
    this.results.replaceChildren(h("li", { class: "muted" }, "Searching…"));
    try {
      const { paths } = await api.paths(from.key, to.key);
      if (paths.length === 0) {
        this.results.replaceChildren(h("li", { class: "muted" }, "No path within 4 hops."));
        this.explorer.view.clearFocus();
        return;
      }
      for (const path of paths) this.explorer.add(path.nodes, path.relationships);
      this.results.replaceChildren(...paths.map((path) =>
        h("li", {}, h("button", { type: "button", class: "link", onclick: () => this.highlight([path]) },
          path.nodes.map((node) => String(node.properties.name ?? node.key)).join(" → ")))));
      this.highlight(paths);
    } catch (error) {
      this.results.replaceChildren(h("li", { class: "error" }, errorMessage(error)));
    }
  }

  private highlight(paths: ApiPath[]): void {
    const nodes = paths.flatMap((path) => path.nodes.map((node) => this.explorer.store.nodeKey(node)));
    const edges = paths.flatMap((path) => path.relationships.map((rel) => rel.id));
    this.explorer.view.setFocus(nodes, edges);
    this.explorer.renderer.focusOn(nodes);
    this.reframe = this.explorer.layout.isRunning() ? new Set(nodes) : null;
  }
}
