import type { Schema } from "../types";
import { KEYWORDS } from "./tokenizer";

export interface Completion {
  /** Where the replaced word starts in the query. */
  from: number;
  items: string[];
}

/** Inside a node pattern "(" a colon starts a label; inside "[" a relationship type. */
function patternContext(text: string): "node" | "relationship" | null {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ")" || c === "]") depth++;
    else if (c === "(" || c === "[") {
      if (depth === 0) return c === "(" ? "node" : "relationship";
      depth--;
    }
  }
  return null;
}

/** Suggests labels, relationship types, property keys, parameters or keywords for the word at the caret. */
export function complete(query: string, caret: number, schema: Schema, parameters: string[]): Completion | null {
  const before = query.slice(0, caret);
  const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(before)?.[0] ?? "";
  const from = caret - word.length;
  const trigger = before[from - 1];
  let candidates: string[];
  if (trigger === ":" || (trigger === "|" && patternContext(before.slice(0, from)) === "relationship")) {
    candidates = patternContext(before.slice(0, from)) === "relationship" ? schema.relationshipTypes : schema.labels;
  } else if (trigger === ".") {
    candidates = schema.propertyKeys;
  } else if (trigger === "$") {
    candidates = parameters;
  } else {
    if (word.length < 2) return null;
    candidates = KEYWORDS;
  }
  const lower = word.toLowerCase();
  const items = candidates.filter((c) => c.toLowerCase().startsWith(lower) && c !== word).slice(0, 12);
  return items.length > 0 ? { from, items } : null;
}
