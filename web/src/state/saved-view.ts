import type { TimeAxis } from "../graph/time-index";

/** What a view is, independent of where it is kept (localStorage or the URL). */
export interface SavedNode {
  key: string;
  x: number;
  y: number;
  fixed: boolean;
}

export interface SavedView {
  nodes: SavedNode[];
  camera: { x: number; y: number; ratio: number } | null;
  hiddenTypes: string[];
  hiddenRelTypes: string[];
  selected: string | null;
  /** The time slider's axis; views saved before there was a choice are on import time. */
  timeAxis: TimeAxis;
}

const STORAGE_KEY = "graphexplorer.view";
/** Beyond this many nodes the URL keeps only keys; positions stay in localStorage. */
const URL_POSITION_LIMIT = 150;
/** Beyond this many the URL would be too long to share; the view then lives in localStorage only. */
const URL_NODE_LIMIT = 400;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function axisOf(value: unknown): TimeAxis {
  return value === "published" ? "published" : "imported";
}

function finite(value: string | undefined): number | null {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(number) ? number : null;
}

/** A camera the renderer can take: finite numbers and a positive zoom ratio; anything else is no camera. */
function usableCamera(value: unknown): SavedView["camera"] {
  const camera = value as { x?: unknown; y?: unknown; ratio?: unknown } | null;
  if (!camera || typeof camera !== "object" || ![camera.x, camera.y, camera.ratio].every(Number.isFinite)) return null;
  return (camera.ratio as number) > 0 ? { x: camera.x as number, y: camera.y as number, ratio: camera.ratio as number } : null;
}

export function saveToStorage(view: SavedView): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(view));
  } catch {
    // storage full or disabled: the URL still carries the view
  }
}

export function loadFromStorage(): SavedView | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    if (!value || !Array.isArray(value.nodes)) return null;
    return {
      nodes: value.nodes.filter((n: SavedNode) => typeof n?.key === "string" && Number.isFinite(n.x) && Number.isFinite(n.y)),
      camera: usableCamera(value.camera),
      hiddenTypes: Array.isArray(value.hiddenTypes) ? value.hiddenTypes : [],
      hiddenRelTypes: Array.isArray(value.hiddenRelTypes) ? value.hiddenRelTypes : [],
      selected: typeof value.selected === "string" ? value.selected : null,
      timeAxis: axisOf(value.timeAxis),
    };
  } catch {
    return null;
  }
}

/**
 * `#n=key~x~y~p,…&c=x~y~ratio&ht=…&hr=…&s=key&t=published`: readable, and every part optional.
 * `t` is written only for the publication axis, so links from before the choice read as import time.
 */
export function toHash(view: SavedView): string {
  const withPositions = view.nodes.length <= URL_POSITION_LIMIT;
  const params = new URLSearchParams();
  if (view.nodes.length > 0 && view.nodes.length <= URL_NODE_LIMIT) {
    params.set("n", view.nodes.map((n) => withPositions
      ? [n.key, round(n.x), round(n.y), n.fixed ? "p" : ""].join("~").replace(/~$/, "")
      : n.key).join(","));
  }
  if (view.camera) params.set("c", [round(view.camera.x * 1000) / 1000, round(view.camera.y * 1000) / 1000, round(view.camera.ratio * 1000) / 1000].join("~"));
  if (view.hiddenTypes.length) params.set("ht", view.hiddenTypes.join(","));
  if (view.hiddenRelTypes.length) params.set("hr", view.hiddenRelTypes.join(","));
  if (view.selected) params.set("s", view.selected);
  if (view.timeAxis === "published") params.set("t", view.timeAxis);
  return params.toString();
}

/** The view in a hash, or null when it names neither entities nor a time axis. */
export function fromHash(hash: string): SavedView | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const nodesText = params.get("n") ?? "";
  const timeAxisText = params.get("t");
  if (!nodesText && timeAxisText !== "published") return null;
  const nodes: SavedNode[] = nodesText.split(",").filter(Boolean).map((entry) => {
    const [key, x, y, flag] = entry.split("~");
    return { key, x: finite(x) ?? Number.NaN, y: finite(y) ?? Number.NaN, fixed: flag === "p" };
  });
  const camera = params.get("c")?.split("~").map((part) => finite(part));
  return {
    nodes,
    camera: camera && camera.length === 3 && camera.every((v) => v !== null) && (camera[2] ?? 0) > 0
      ? { x: camera[0] as number, y: camera[1] as number, ratio: camera[2] as number }
      : null,
    hiddenTypes: params.get("ht")?.split(",").filter(Boolean) ?? [],
    hiddenRelTypes: params.get("hr")?.split(",").filter(Boolean) ?? [],
    selected: params.get("s"),
    timeAxis: axisOf(timeAxisText),
  };
}
