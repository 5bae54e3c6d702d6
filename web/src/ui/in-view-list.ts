import type { Explorer } from "../explorer";
import { typeStyle } from "../graph/style";
import { h } from "./dom";

/** Beyond this many entities the list names only the first ones; the canvas still shows all. */
const LIST_LIMIT = 200;

/**
 * The entities on the canvas as a list of buttons: the keyboard's way to every node
 * (Enter selects, the details panel then offers expand, collapse, pin and remove).
 */
export class InViewList {
  private readonly list = h("ul", { class: "plain in-view", "aria-label": "Entities in view" });
  private readonly summary = h("summary", {}, "Entities in view (0)");
  private timer: number | undefined;

  constructor(element: HTMLElement, private readonly explorer: Explorer, private readonly select: (key: string) => void) {
    element.append(h("details", {}, this.summary, this.list));
    explorer.onChange(() => this.schedule());
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.render(), 50);
  }

  private render(): void {
    const graph = this.explorer.graph;
    this.summary.textContent = `Entities in view (${graph.order})`;
    const entries = graph.mapNodes((key, attributes) => ({ key, label: attributes.label, type: attributes.entityType }))
      .sort((a, b) => a.label.localeCompare(b.label))
      .slice(0, LIST_LIMIT);
    this.list.replaceChildren(...entries.map((entry) =>
      h("li", {}, h("button", { type: "button", class: "link", onclick: () => this.select(entry.key) },
        h("span", { class: "swatch", style: `background:${typeStyle(entry.type).color}` }), " ", entry.label))));
    if (graph.order > LIST_LIMIT) this.list.append(h("li", { class: "muted" }, `and ${graph.order - LIST_LIMIT} more`));
  }
}
