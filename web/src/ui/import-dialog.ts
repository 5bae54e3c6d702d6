import { uploadBrief } from "../api";
import type { ImportResult } from "../types";
import { errorMessage, h } from "./dom";

/**
 * Paste a brief or drop a file; shows upload progress and what the import added. An optional
 * publication date goes with every brief sent while it is set (a dateline in the brief is used otherwise).
 */
export class ImportDialog {
  private readonly text = h("textarea", { "aria-label": "Brief text", rows: 12, placeholder: "Paste a brief here…" });
  private readonly fileInput = h("input", { type: "file", accept: ".txt,text/plain", "aria-label": "Brief file", multiple: true });
  private readonly publishedAt = h("input", { type: "date", name: "publishedAt" });
  private readonly progress = h("progress", { max: 1, value: 0, "aria-label": "Import progress", hidden: true });
  private readonly result = h("div", { class: "import-result", role: "status", "aria-live": "polite" });

  constructor(private readonly dialog: HTMLDialogElement, private readonly onImported: (result: ImportResult) => void) {
    const drop = h("div", { class: "drop-zone" }, "Drop .txt files here, or ", this.fileInput);
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      drop.classList.remove("over");
      void this.importFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this.fileInput.addEventListener("change", () => void this.importFiles([...(this.fileInput.files ?? [])]));
    const form = h("form", { method: "dialog" },
      h("header", {}, h("h2", { id: "import-title" }, "Import brief"),
        h("button", { type: "button", class: "close", onclick: () => dialog.close() }, "Close")),
      this.text,
      h("label", {}, "Publication date (optional) ", this.publishedAt),
      h("div", { class: "button-row" }, h("button", { type: "submit", class: "primary" }, "Import text")),
      drop, this.progress, this.result);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.importText();
    });
    dialog.append(form);
  }

  open(): void {
    this.dialog.showModal();
    this.text.focus();
  }

  private async importText(): Promise<void> {
    const body = this.text.value;
    if (!body.trim()) {
      this.result.replaceChildren(h("p", { class: "error" }, "Paste the text of a brief first."));
      return;
    }
    if (await this.upload(body, "pasted-brief.txt")) this.text.value = "";
  }

  private async importFiles(files: File[]): Promise<void> {
    for (const file of files) await this.upload(file, file.name);
    this.fileInput.value = "";
  }

  private async upload(body: File | string, name: string): Promise<boolean> {
    this.progress.hidden = false;
    this.progress.value = 0;
    this.result.replaceChildren(h("p", {}, `Importing ${name}…`));
    try {
      const result = await uploadBrief(body, name, (fraction) => (this.progress.value = fraction), this.publishedAt.value || undefined);
      this.progress.value = 1;
      this.result.replaceChildren(h("p", { class: "success" },
        result.skipped
          ? `“${result.brief.title}” was already imported; nothing changed.`
          : `Imported “${result.brief.title}”: ${result.entitiesAdded} entities and ${result.relationshipsAdded} relationships added.`));
      this.onImported(result);
      return true;
    } catch (error) {
      this.result.replaceChildren(h("p", { class: "error", role: "alert" }, `${name}: ${errorMessage(error)}`));
      return false;
    }
  }
}
