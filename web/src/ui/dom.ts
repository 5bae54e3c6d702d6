type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

/** Creates an element: attributes starting with "on" become listeners, booleans toggle. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing element #${id}`);
  return element as T;
}

/** Wraps each occurrence of the given phrases in <mark>, longest first, case-insensitive. */
export function highlightPhrases(text: string, phrases: string[], className = ""): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const wanted = [...new Set(phrases.filter((p) => p.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const pattern = new RegExp(wanted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    fragment.append(text.slice(last, index));
    fragment.append(h("mark", { class: className || undefined }, match[0]));
    last = index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

export function formatTime(value: string | null | undefined): string {
  if (!value) return "unknown";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
