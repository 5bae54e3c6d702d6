import { api, ApiError } from "../api";
import { QueryHistory } from "../cypher/history";
import type { Explorer } from "../explorer";
import type { CypherResult } from "../types";
import { CypherEditor } from "./cypher-editor";
import { errorMessage, h } from "./dom";
import { resultsTable } from "./results-table";

/** Cypher console: editor, parameters, history, and results as a table or on the canvas. */
export class CypherConsole {
  private readonly editor: CypherEditor;
  private readonly parameters: HTMLTextAreaElement;
  private readonly historySelect: HTMLSelectElement;
  private readonly output = h("div", { class: "console-output", "aria-live": "polite" });
  private readonly history = new QueryHistory();
  private historyIndex = -1;
  private result: CypherResult | null = null;
  private mode: "table" | "graph" = "table";
  private schemaLoaded = false;

  constructor(private readonly element: HTMLElement, private readonly explorer: Explorer) {
    this.parameters = h("textarea", { id: "cypher-parameters", rows: 3, spellcheck: "false", class: "params" });
    this.parameters.value = "{}";
    this.editor = new CypherEditor(() => this.parameterNames(), () => void this.run(), (step) => this.stepHistory(step));
    this.editor.value = "MATCH (p:Person)-[r:LEADS]->(c) RETURN p.name AS leader, c.name AS led LIMIT 25";
    this.historySelect = h("select", { "aria-label": "History", onchange: () => this.pickHistory() });
    this.fillHistory();
    element.append(
      h("div", { class: "console-input" },
        this.editor.element,
        h("div", { class: "console-side" },
          h("label", { for: "cypher-parameters" }, "Parameters (JSON)"),
          this.parameters,
          this.historySelect,
          h("button", { type: "button", class: "primary", onclick: () => void this.run() }, "Run query"))),
      this.output,
    );
  }

  async open(): Promise<void> {
    this.element.hidden = false;
    this.editor.textarea.focus();
    if (!this.schemaLoaded) {
      try {
        this.editor.schema = await api.schema();
        this.schemaLoaded = true;
      } catch (error) {
        console.warn("schema unavailable", error);
      }
    }
  }

  private parameterNames(): string[] {
    try {
      const value = JSON.parse(this.parameters.value);
      return value && typeof value === "object" ? Object.keys(value) : [];
    } catch {
      return [];
    }
  }

  private fillHistory(): void {
    this.historySelect.replaceChildren(h("option", { value: "" }, "History…"),
      ...this.history.list().map((query, index) => h("option", { value: String(index) }, query.length > 60 ? `${query.slice(0, 57)}…` : query)));
  }

  private pickHistory(): void {
    const index = Number(this.historySelect.value);
    const query = this.history.list()[index];
    if (this.historySelect.value !== "" && query) this.editor.value = query;
    this.historySelect.value = "";
    this.editor.textarea.focus();
  }

  private stepHistory(step: number): void {
    const list = this.history.list();
    if (list.length === 0) return;
    this.historyIndex = Math.max(0, Math.min(list.length - 1, this.historyIndex + step));
    this.editor.value = list[this.historyIndex];
  }

  async run(): Promise<void> {
    const query = this.editor.value;
    let parameters: Record<string, unknown>;
    try {
      parameters = JSON.parse(this.parameters.value.trim() || "{}");
    } catch (error) {
      this.output.replaceChildren(h("p", { class: "error", role: "alert" }, `Parameters are not valid JSON: ${errorMessage(error)}`));
      return;
    }
    this.output.replaceChildren(h("p", { class: "muted" }, "Running…"));
    this.history.add(query);
    this.historyIndex = -1;
    this.fillHistory();
    try {
      this.result = await api.cypher(query, parameters);
      this.render();
    } catch (error) {
      this.showError(error);
    }
  }

  private showError(error: unknown): void {
    const problem = error instanceof ApiError ? error.problem : null;
    const position = problem?.position ?? null;
    this.editor.markError(position ? position.offset : null);
    this.output.replaceChildren(h("div", { class: "error", role: "alert" },
      h("strong", {}, problem?.code ?? "Error"),
      position ? h("span", {}, ` at line ${position.line}, column ${position.column}`) : null,
      h("pre", {}, problem?.detail ?? errorMessage(error))));
  }

  private render(): void {
    const result = this.result;
    if (!result) return;
    const switcher = h("div", { class: "button-row", role: "group", "aria-label": "Show results as" },
      h("button", { type: "button", "aria-pressed": String(this.mode === "table"), onclick: () => this.setMode("table") }, "Table"),
      h("button", { type: "button", "aria-pressed": String(this.mode === "graph"), onclick: () => this.setMode("graph") }, "Graph"));
    const stats = Object.entries(result.stats ?? {}).filter(([, v]) => typeof v === "number" && v > 0).map(([k, v]) => `${k}: ${v}`);
    const summary = h("p", { class: "muted" }, `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}` +
      (result.truncated ? " (truncated)" : "") + (stats.length ? ` · ${stats.join(", ")}` : ""));
    if (this.mode === "table") {
      this.output.replaceChildren(switcher, summary, h("div", { class: "table-wrap" }, resultsTable(result)));
      return;
    }
    const { nodes, relationships } = result.graph;
    this.explorer.add(nodes, relationships);
    const keys = nodes.map((node) => this.explorer.store.nodeKey(node));
    this.explorer.view.setFocus(keys, relationships.map((rel) => rel.id));
    this.explorer.renderer.focusOn([]);
    this.output.replaceChildren(switcher, summary,
      h("p", {}, `${nodes.length} nodes and ${relationships.length} relationships highlighted on the canvas.`));
  }

  private setMode(mode: "table" | "graph"): void {
    this.mode = mode;
    this.render();
  }
}
