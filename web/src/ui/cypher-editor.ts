import { complete, type Completion } from "../cypher/completion";
import { tokenize } from "../cypher/tokenizer";
import type { Schema } from "../types";
import { h } from "./dom";

/**
 * A textarea over a highlighted copy of its text (the textarea's own glyphs are transparent),
 * with a completion list for labels, relationship types, properties, parameters and keywords.
 */
export class CypherEditor {
  readonly element: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly overlay: HTMLPreElement;
  private readonly list: HTMLUListElement;
  private completion: Completion | null = null;
  private active = 0;
  private errorOffset: number | null = null;
  schema: Schema = { labels: [], relationshipTypes: [], propertyKeys: [] };

  constructor(private readonly parameterNames: () => string[], private readonly onRun: () => void, private readonly onHistory: (step: number) => void) {
    this.textarea = h("textarea", {
      "aria-label": "Cypher query",
      spellcheck: "false",
      autocapitalize: "off",
      rows: 5,
      "aria-autocomplete": "list",
      "aria-controls": "cypher-completions",
      "aria-describedby": "cypher-help",
    });
    this.overlay = h("pre", { class: "cypher-highlight", "aria-hidden": "true" });
    this.list = h("ul", { id: "cypher-completions", role: "listbox", class: "suggestions completions", "aria-label": "Completions", hidden: true });
    this.element = h("div", { class: "cypher-editor" }, this.overlay, this.textarea, this.list,
      h("p", { id: "cypher-help", class: "muted small" }, "Ctrl+Enter runs · Tab completes · Ctrl+↑/↓ history"));
    this.textarea.addEventListener("input", () => {
      this.errorOffset = null;
      this.paint();
      this.suggest();
    });
    this.textarea.addEventListener("scroll", () => {
      this.overlay.scrollTop = this.textarea.scrollTop;
      this.overlay.scrollLeft = this.textarea.scrollLeft;
    });
    this.textarea.addEventListener("keydown", (event) => this.onKey(event));
    this.textarea.addEventListener("blur", () => window.setTimeout(() => this.closeList(), 150));
    this.paint();
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(text: string) {
    this.textarea.value = text;
    this.errorOffset = null;
    this.paint();
  }

  /** Underlines the character the server's error points at and puts the caret there. */
  markError(offset: number | null): void {
    this.errorOffset = offset;
    this.paint();
    if (offset !== null) {
      this.textarea.focus();
      this.textarea.setSelectionRange(offset, offset);
    }
  }

  private paint(): void {
    const text = this.textarea.value;
    const fragment = document.createDocumentFragment();
    for (const token of tokenize(text)) {
      const end = token.start + token.text.length;
      if (this.errorOffset !== null && this.errorOffset >= token.start && this.errorOffset < end) {
        const cut = this.errorOffset - token.start;
        fragment.append(
          h("span", { class: `tok-${token.kind}` }, token.text.slice(0, cut)),
          h("span", { class: `tok-${token.kind} error-at` }, token.text.slice(cut, cut + 1)),
          h("span", { class: `tok-${token.kind}` }, token.text.slice(cut + 1)),
        );
      } else {
        fragment.append(token.kind === "space" ? token.text : h("span", { class: `tok-${token.kind}` }, token.text));
      }
    }
    if (this.errorOffset !== null && this.errorOffset >= text.length) fragment.append(h("span", { class: "error-at" }, " "));
    fragment.append("\n");
    this.overlay.replaceChildren(fragment);
  }

  private suggest(): void {
    const caret = this.textarea.selectionStart;
    this.completion = complete(this.textarea.value, caret, this.schema, this.parameterNames());
    if (!this.completion) {
      this.closeList();
      return;
    }
    this.active = 0;
    this.list.replaceChildren(...this.completion.items.map((item, index) =>
      h("li", {
        role: "option",
        id: `cypher-completion-${index}`,
        "aria-selected": String(index === 0),
        onmousedown: (event: Event) => {
          event.preventDefault();
          this.accept(index);
        },
      }, item)));
    this.list.hidden = false;
    this.textarea.setAttribute("aria-activedescendant", "cypher-completion-0");
  }

  private closeList(): void {
    this.completion = null;
    this.list.hidden = true;
    this.textarea.removeAttribute("aria-activedescendant");
  }

  private accept(index: number): void {
    const completion = this.completion;
    if (!completion) return;
    const item = completion.items[index];
    const caret = this.textarea.selectionStart;
    this.textarea.setRangeText(item, completion.from, caret, "end");
    this.closeList();
    this.paint();
    this.textarea.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.closeList();
      this.onRun();
      return;
    }
    if ((event.ctrlKey || event.metaKey) && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      this.onHistory(event.key === "ArrowUp" ? 1 : -1);
      return;
    }
    if (!this.completion) return;
    const count = this.completion.items.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      this.active = (this.active + (event.key === "ArrowDown" ? 1 : -1) + count) % count;
      this.list.querySelectorAll("[role=option]").forEach((item, index) => item.setAttribute("aria-selected", String(index === this.active)));
      this.textarea.setAttribute("aria-activedescendant", `cypher-completion-${this.active}`);
    } else if (event.key === "Tab" || event.key === "Enter") {
      event.preventDefault();
      this.accept(this.active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.closeList();
    }
  }
}
