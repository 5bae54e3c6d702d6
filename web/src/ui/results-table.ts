import type { CypherResult } from "../types";
import { h } from "./dom";

function isNode(value: Record<string, unknown>): boolean {
  return Array.isArray(value.labels) && typeof value.id === "string" && typeof value.properties === "object";
}

function isRelationship(value: Record<string, unknown>): boolean {
  return typeof value.type === "string" && typeof value.start === "string" && typeof value.end === "string";
}

/** One cell as Cypher-like text: nodes as (:Label {…}), relationships as [:TYPE {…}]. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  const record = value as Record<string, unknown>;
  if (isNode(record)) {
    const labels = (record.labels as string[]).map((l) => `:${l}`).join("");
    const name = (record.properties as Record<string, unknown>).name;
    return `(${labels}${name !== undefined ? ` {name: ${JSON.stringify(name)}}` : ""})`;
  }
  if (isRelationship(record)) return `[:${record.type}]`;
  if (Array.isArray(record.nodes) && Array.isArray(record.relationships)) {
    return `path of ${(record.relationships as unknown[]).length} hops`;
  }
  return JSON.stringify(value);
}

export function resultsTable(result: CypherResult): HTMLTableElement {
  return h("table", { class: "results", "aria-label": "Query results" },
    h("thead", {}, h("tr", {}, ...result.columns.map((column) => h("th", { scope: "col" }, column)))),
    h("tbody", {}, ...result.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", {}, formatValue(cell)))))));
}
