// Colour and shape per entity type, colour per relationship type, width by corroboration.

export const ENTITY_TYPES = ["Person", "Organization", "Country", "Event", "Outlet"] as const;

export const RELATIONSHIP_TYPES = [
  "LEADS", "MEMBER_OF", "ALLEGES", "CRITICIZES", "SUPPORTS", "TENSION_WITH",
  "COOPERATES_WITH", "REPORTS_ON", "INVOLVED_IN", "LOCATED_IN", "LINKED_TO",
] as const;

/** Each entity type has its own shape, so types stay apart without colour; "ring" is a hollow circle. */
export type Shape = "circle" | "square" | "ring" | "diamond" | "triangle";

interface TypeStyle {
  color: string;
  shape: Shape;
}

const TYPE_STYLES: Record<string, TypeStyle> = {
  Person: { color: "#d9480f", shape: "circle" },
  Organization: { color: "#1c7ed6", shape: "square" },
  Country: { color: "#2b8a3e", shape: "ring" },
  Event: { color: "#ae3ec9", shape: "diamond" },
  Outlet: { color: "#e67700", shape: "triangle" },
};

const OTHER_STYLE: TypeStyle = { color: "#868e96", shape: "circle" };

const REL_COLORS: Record<string, string> = {
  LEADS: "#c92a2a",
  MEMBER_OF: "#1971c2",
  ALLEGES: "#e8590c",
  CRITICIZES: "#f03e3e",
  SUPPORTS: "#2f9e44",
  TENSION_WITH: "#a61e4d",
  COOPERATES_WITH: "#0c8599",
  REPORTS_ON: "#f08c00",
  INVOLVED_IN: "#7048e8",
  LOCATED_IN: "#5c940d",
  LINKED_TO: "#495057",
};

export function entityType(labels: string[]): string {
  return labels.find((label) => label !== "Entity") ?? labels[0] ?? "Entity";
}

export function typeStyle(type: string): TypeStyle {
  return TYPE_STYLES[type] ?? OTHER_STYLE;
}

export function relationshipColor(type: string): string {
  return REL_COLORS[type] ?? "#868e96";
}

function listSize(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Corroboration = briefs that state the relation plus distinct outlets they attribute it to. */
export function corroboration(properties: Record<string, unknown>): number {
  return Math.max(1, listSize(properties.briefs)) + listSize(properties.outlets);
}

export function edgeWidth(properties: Record<string, unknown>): number {
  // One brief: a hairline; each doubling of briefs and outlets behind it adds a pixel and a half.
  return Math.min(9, 1 + 1.5 * Math.log2(corroboration(properties)));
}

export function nodeSize(degree: number): number {
  return Math.min(22, 6 + 2.5 * Math.sqrt(degree));
}

export const DIM_COLOR = "#dee2e6";
export const NEW_COLOR = "#fab005";
