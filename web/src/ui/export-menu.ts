import type { Explorer } from "../explorer";
import { download } from "../export/download";
import { viewToPng } from "../export/png-export";
import { viewToSvg } from "../export/svg-export";
import { viewToGraphMl, viewToJson } from "../export/data-export";
import { errorMessage, h } from "./dom";

/** Export of the view (PNG, SVG) and of its data (JSON, GraphML). */
export function createExportMenu(element: HTMLElement, explorer: Explorer, status: (text: string) => void): void {
  const renderer = explorer.renderer;
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  const actions: Record<string, () => Promise<void> | void> = {
    png: async () => download(await viewToPng(renderer), `graph-${stamp()}.png`),
    svg: () => download(new Blob([viewToSvg(renderer.currentView())], { type: "image/svg+xml" }), `graph-${stamp()}.svg`),
    json: () => download(new Blob([viewToJson(explorer.graph)], { type: "application/json" }), `graph-${stamp()}.json`),
    graphml: () => download(new Blob([viewToGraphMl(explorer.graph)], { type: "application/xml" }), `graph-${stamp()}.graphml`),
  };
  const select = h("select", { "aria-label": "Export" },
    h("option", { value: "" }, "Export…"),
    h("option", { value: "png" }, "View as PNG"),
    h("option", { value: "svg" }, "View as SVG"),
    h("option", { value: "json" }, "Data as JSON"),
    h("option", { value: "graphml" }, "Data as GraphML"));
  select.addEventListener("change", async () => {
    const action = actions[select.value];
    select.value = "";
    if (!action) return;
    try {
      await action();
    } catch (error) {
      status(`Export failed: ${errorMessage(error)}`);
    }
  });
  element.append(select);
}
