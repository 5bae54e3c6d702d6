import { api } from "../api";
import type { BriefDocument } from "../types";
import { typeStyle } from "../graph/style";
import { errorMessage, formatTime, h } from "./dom";

/** Opens a brief with the entities extracted from it marked in its text. */
export class BriefDialog {
  constructor(private readonly dialog: HTMLDialogElement, private readonly showEntity: (key: string) => void) {
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  async open(key: string): Promise<void> {
    this.dialog.replaceChildren(h("p", {}, "Loading brief…"));
    if (!this.dialog.open) this.dialog.showModal();
    try {
      this.render(await api.brief(key));
    } catch (error) {
      this.dialog.replaceChildren(h("p", { class: "error", role: "alert" }, errorMessage(error)), this.closeButton());
    }
  }

  private closeButton(): HTMLButtonElement {
    return h("button", { type: "button", class: "close", onclick: () => this.dialog.close() }, "Close");
  }

  private render(brief: BriefDocument): void {
    const sections = new Map<string, HTMLElement>();
    const body = h("div", { class: "brief-text" });
    for (const sentence of [...brief.sentences].sort((a, b) => a.index - b.index)) {
      const sectionName = sentence.section || "Text";
      let section = sections.get(sectionName);
      if (!section) {
        section = h("p", {});
        sections.set(sectionName, section);
        body.append(h("h3", {}, sectionName), section);
      }
      section.append(this.markEntities(brief, sentence.text, sentence.index), " ");
    }
    this.dialog.replaceChildren(
      h("header", {}, h("h2", { id: "brief-title" }, brief.title || brief.file), this.closeButton()),
      h("p", { class: "muted" }, `${brief.file} · imported ${formatTime(brief.importedAt)}` +
        (brief.publishedAt ? ` · published ${formatTime(brief.publishedAt)}` : "")),
      h("div", { class: "brief-entities", "aria-label": "Extracted entities", role: "list" }, ...brief.entities.map((entity) =>
        h("button", {
          type: "button",
          role: "listitem",
          class: "entity-chip",
          style: `--type-color:${typeStyle(entity.type).color}`,
          onclick: () => {
            this.dialog.close();
            this.showEntity(entity.key);
          },
        }, `${entity.name} (${entity.type})`))),
      body,
    );
  }

  /** Marks every surface form of the entities that the brief links to this sentence. */
  private markEntities(brief: BriefDocument, text: string, index: number): DocumentFragment {
    const forms: { phrase: string; type: string; name: string }[] = [];
    for (const entity of brief.entities) {
      if (entity.sentences.length > 0 && !entity.sentences.includes(index)) continue;
      for (const phrase of [entity.name, ...entity.aliases]) {
        if (phrase.trim().length > 1) forms.push({ phrase, type: entity.type, name: entity.name });
      }
    }
    forms.sort((a, b) => b.phrase.length - a.phrase.length);
    const fragment = document.createDocumentFragment();
    if (forms.length === 0) {
      fragment.append(text);
      return fragment;
    }
    const pattern = new RegExp(forms.map((f) => f.phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const form = forms.find((f) => f.phrase.toLowerCase() === match[0].toLowerCase());
      const start = match.index ?? 0;
      fragment.append(text.slice(last, start));
      fragment.append(h("mark", {
        class: "entity",
        style: `--type-color:${typeStyle(form?.type ?? "").color}`,
        title: form ? `${form.name} (${form.type})` : "",
      }, match[0]));
      last = start + match[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }
}
