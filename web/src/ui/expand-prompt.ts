import { api } from "../api";
import type { ExpandFilter, ExpansionOutcome, Explorer } from "../explorer";
import { EXPAND_CAP } from "../explorer";
import { ENTITY_TYPES } from "../graph/style";
import { errorMessage, h } from "./dom";

/** Neighbourhoods bigger than this are filtered before anything is drawn. */
const BIG_NEIGHBOURHOOD = 60;

/**
 * Expansion with a cap: shows "and N more" with a button for the next page, and asks for a
 * filter first when a neighbourhood is big (the complaint about "too many neighbours").
 */
export class ExpandPrompt {
  constructor(private readonly element: HTMLElement, private readonly explorer: Explorer, private readonly status: (text: string) => void) {}

  async expand(key: string): Promise<void> {
    try {
      const details = await api.entity(key);
      const total = Object.values(details.relationshipCounts).reduce((a, b) => a + b, 0);
      if (total > BIG_NEIGHBOURHOOD) {
        this.askFilter(key, details.name, details.relationshipCounts, total);
        return;
      }
      this.report(await this.explorer.expand(key, {}), details.name);
    } catch (error) {
      this.status(`Expand failed: ${errorMessage(error)}`);
    }
  }

  report(outcome: ExpansionOutcome, name: string): void {
    const remaining = outcome.total - outcome.shown;
    this.status(`${name}: showing ${outcome.shown} of ${outcome.total} neighbours`);
    if (remaining <= 0) {
      this.hide();
      return;
    }
    this.element.replaceChildren(
      h("span", {}, `${name}: ${outcome.shown} of ${outcome.total} neighbours shown, and ${remaining} more.`),
      h("button", { type: "button", onclick: () => void this.more(outcome, name) }, `Show ${Math.min(EXPAND_CAP, remaining)} more`),
      h("button", { type: "button", onclick: () => this.askFilter(outcome.key, name, null, outcome.total) }, "Filter…"),
      h("button", { type: "button", onclick: () => this.hide() }, "Dismiss"),
    );
    this.element.hidden = false;
  }

  private async more(previous: ExpansionOutcome, name: string): Promise<void> {
    try {
      this.report(await this.explorer.expand(previous.key, previous.filter, previous.offset + EXPAND_CAP), name);
    } catch (error) {
      this.status(`Expand failed: ${errorMessage(error)}`);
    }
  }

  private askFilter(key: string, name: string, relCounts: Record<string, number> | null, total: number): void {
    const typeBoxes = ENTITY_TYPES.map((type) => h("input", { type: "checkbox", value: type, checked: true }));
    const relTypes = relCounts ? Object.keys(relCounts).sort() : [];
    const relBoxes = relTypes.map((type) => h("input", { type: "checkbox", value: type, checked: true }));
    const form = h("form", { class: "expand-filter", "aria-label": `Filter the neighbours of ${name}` },
      h("strong", {}, `${name} has ${total} neighbours. Expand only:`),
      h("div", { class: "choices" }, ...typeBoxes.map((box) => h("label", {}, box, box.value))),
      relBoxes.length ? h("div", { class: "choices" }, ...relBoxes.map((box) => h("label", {}, box, `${box.value} (${relCounts?.[box.value]})`))) : null,
      h("button", { type: "submit" }, `Expand (up to ${EXPAND_CAP})`),
      h("button", { type: "button", onclick: () => this.hide() }, "Cancel"),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const filter: ExpandFilter = {
        types: typeBoxes.filter((b) => b.checked).map((b) => b.value),
        relTypes: relBoxes.length ? relBoxes.filter((b) => b.checked).map((b) => b.value) : undefined,
      };
      void this.explorer.expand(key, filter).then((outcome) => this.report(outcome, name),
        (error) => this.status(`Expand failed: ${errorMessage(error)}`));
    });
    this.element.replaceChildren(form);
    this.element.hidden = false;
    typeBoxes[0]?.focus();
  }

  hide(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
