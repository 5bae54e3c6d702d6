import { api } from "../api";
import type { EntitySuggestion } from "../types";
import { typeStyle } from "../graph/style";
import { h } from "./dom";

let instances = 0;

/**
 * A search field that suggests entities as you type (GET /api/entities?q=) and reports the one
 * chosen by click or keyboard (arrows, Enter, Escape).
 */
export class EntitySearch {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private suggestions: EntitySuggestion[] = [];
  private active = -1;
  private pending: AbortController | null = null;
  private debounce: number | undefined;
  chosen: EntitySuggestion | null = null;

  constructor(label: string, private readonly onChoose: (entity: EntitySuggestion) => void, placeholder = "") {
    const id = `entity-search-${++instances}`;
    this.input = h("input", {
      type: "search",
      id,
      "aria-label": label,
      placeholder,
      autocomplete: "off",
      "aria-autocomplete": "list",
      "aria-controls": `${id}-list`,
      "aria-expanded": "false",
    });
    this.list = h("ul", { id: `${id}-list`, role: "listbox", class: "suggestions", "aria-label": `${label} suggestions`, hidden: true });
    this.element = h("div", { class: "entity-search" }, this.input, this.list);
    this.input.addEventListener("input", () => this.schedule());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => window.setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    window.clearTimeout(this.debounce);
    this.chosen = null;
    this.debounce = window.setTimeout(() => void this.fetch(), 120);
  }

  private async fetch(): Promise<void> {
    const text = this.input.value.trim();
    this.pending?.abort();
    if (text.length === 0) {
      this.close();
      return;
    }
    const controller = new AbortController();
    this.pending = controller;
    try {
      const suggestions = await api.searchEntities(text, 10, controller.signal);
      if (controller.signal.aborted) return;
      this.show(suggestions);
    } catch (error) {
      if (!controller.signal.aborted) this.show([]);
      if ((error as Error).name !== "AbortError") console.warn("search failed", error);
    }
  }

  private show(suggestions: EntitySuggestion[]): void {
    this.suggestions = suggestions;
    this.active = suggestions.length > 0 ? 0 : -1;
    this.list.replaceChildren(
      ...suggestions.map((s, index) =>
        h("li", {
          role: "option",
          id: `${this.list.id}-${index}`,
          "aria-selected": "false",
          onmousedown: (event: Event) => {
            event.preventDefault();
            this.choose(index);
          },
        },
        h("span", { class: "swatch", style: `background:${typeStyle(s.type).color}` }),
        h("span", { class: "name" }, s.name),
        h("span", { class: "type" }, `${s.type} · ${s.degree}`)),
      ),
    );
    if (suggestions.length === 0) this.list.append(h("li", { class: "empty", role: "presentation" }, "No matching entity"));
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.markActive();
  }

  private markActive(): void {
    this.list.querySelectorAll("[role=option]").forEach((item, index) => {
      item.setAttribute("aria-selected", String(index === this.active));
    });
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (this.suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
      this.markActive();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private choose(index: number): void {
    const entity = this.suggestions[index];
    if (!entity) return;
    this.chosen = entity;
    this.input.value = entity.name;
    this.close();
    this.onChoose(entity);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }
}
