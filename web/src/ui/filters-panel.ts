import { ENTITY_TYPES, RELATIONSHIP_TYPES, relationshipColor, typeStyle } from "../graph/style";
import type { ViewState } from "../state/view-state";
import { h } from "./dom";

/** The legend doubles as the filter: one checkbox per entity type and per relationship type. */
export class FiltersPanel {
  private readonly checkboxes = new Map<string, HTMLInputElement>();

  constructor(element: HTMLElement, private readonly view: ViewState, onChange: () => void) {
    const entityList = h("fieldset", {}, h("legend", {}, "Entity types"),
      ...ENTITY_TYPES.map((type) => {
        const style = typeStyle(type);
        return this.checkbox(`type:${type}`, type, h("span", { class: `shape shape-${style.shape}`, style: `--type-color:${style.color}` }), () => {
          this.toggle(view.hiddenTypes, type);
          onChange();
        });
      }));
    const relList = h("fieldset", {}, h("legend", {}, "Relationship types"),
      ...RELATIONSHIP_TYPES.map((type) =>
        this.checkbox(`rel:${type}`, type, h("span", { class: "line", style: `background:${relationshipColor(type)}` }), () => {
          this.toggle(view.hiddenRelTypes, type);
          onChange();
        })));
    element.append(entityList, relList, h("p", { class: "muted small" }, "Edge width: number of briefs and outlets behind it."));
  }

  private checkbox(id: string, label: string, swatch: HTMLElement, onToggle: () => void): HTMLElement {
    const input = h("input", { type: "checkbox", checked: true, id: `filter-${id.replace(":", "-")}`, onchange: onToggle });
    this.checkboxes.set(id, input);
    return h("label", { class: "filter" }, input, swatch, label);
  }

  private toggle(set: Set<string>, value: string): void {
    if (set.has(value)) set.delete(value);
    else set.add(value);
    this.view.changed();
  }

  /** Brings the checkboxes in line with a restored view. */
  sync(): void {
    for (const [id, input] of this.checkboxes) {
      const [kind, name] = id.split(":");
      input.checked = !(kind === "type" ? this.view.hiddenTypes : this.view.hiddenRelTypes).has(name);
    }
  }
}
