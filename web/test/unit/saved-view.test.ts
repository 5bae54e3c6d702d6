import { describe, expect, it, vi } from "vitest";
import { fromHash, loadFromStorage, saveToStorage, toHash, type SavedNode, type SavedView } from "../../src/state/saved-view";
import { useMemoryStorage } from "./memory-storage";

const STORAGE_KEY = "graphexplorer.view";

function view(nodes: SavedNode[], rest: Partial<SavedView> = {}): SavedView {
  return { nodes, camera: null, hiddenTypes: [], hiddenRelTypes: [], selected: null, timeAxis: "imported", ...rest };
}

function nodes(count: number): SavedNode[] {
  return Array.from({ length: count }, (_, i) => ({ key: `person:p${i}`, x: i * 1.5, y: 10 - i, fixed: i % 2 === 0 }));
}

describe("view in the URL", () => {
  it("round-trips a view: positions to two decimals, pins, camera, filters, selection", () => {
    const saved = view(
      [
        { key: "person:hun-manet", x: 12.3456, y: -7.891, fixed: true },
        { key: "country:cambodia", x: 0, y: 3, fixed: false },
      ],
      {
        camera: { x: 0.51234, y: 0.49876, ratio: 1.25 },
        hiddenTypes: ["Outlet", "Event"],
        hiddenRelTypes: ["REPORTS_ON"],
        selected: "country:cambodia",
      });
    expect(fromHash(`#${toHash(saved)}`)).toEqual({
      nodes: [
        { key: "person:hun-manet", x: 12.35, y: -7.89, fixed: true },
        { key: "country:cambodia", x: 0, y: 3, fixed: false },
      ],
      camera: { x: 0.51234, y: 0.49876, ratio: 1.25 },
      hiddenTypes: ["Outlet", "Event"],
      hiddenRelTypes: ["REPORTS_ON"],
      selected: "country:cambodia",
      timeAxis: "imported",
    });
  });

  it("carries the publication time axis as t=published", () => {
    const hash = toHash(view(nodes(2), { timeAxis: "published" }));
    expect(new URLSearchParams(hash).get("t")).toBe("published");
    expect(fromHash(`#${hash}`)?.timeAxis).toBe("published");
  });

  it("leaves the import time axis out of the URL, so links stay as they were", () => {
    const saved = view(nodes(2), { selected: "person:p1" });
    expect(toHash(saved)).toBe(toHash({ ...saved, timeAxis: "published" }).replace("&t=published", ""));
    expect(new URLSearchParams(toHash(saved)).has("t")).toBe(false);
  });

  it("opens a link from before the axis choice on import time", () => {
    const back = fromHash("#n=person:hun-manet~1~2~p,country:cambodia~3~4&c=0.5~0.5~1&ht=Event&s=person:hun-manet");
    expect(back).toEqual({
      nodes: [{ key: "person:hun-manet", x: 1, y: 2, fixed: true }, { key: "country:cambodia", x: 3, y: 4, fixed: false }],
      camera: { x: 0.5, y: 0.5, ratio: 1 },
      hiddenTypes: ["Event"],
      hiddenRelTypes: [],
      selected: "person:hun-manet",
      timeAxis: "imported",
    });
  });

  it("reads an unknown axis as import time", () => {
    for (const t of ["", "Published", "imported", "publication", "%00"]) {
      expect(fromHash(`#n=person:a&t=${t}`)?.timeAxis).toBe("imported");
    }
  });

  it("keeps the publication axis of an empty view, with no entities", () => {
    const hash = toHash(view([], { timeAxis: "published" }));
    expect(hash).toBe("t=published");
    expect(fromHash(`#${hash}`)).toEqual(view([], { timeAxis: "published" }));
  });

  it("keeps keys with non-Latin letters and URL characters intact", () => {
    const keys = ["person:ngô-đình-diệm", "organization:at&t", "event:a=b?c#d", "person:Сергей"];
    const back = fromHash(toHash(view(keys.map((key) => ({ key, x: 1, y: 2, fixed: false })), { selected: keys[1] })));
    expect(back?.nodes.map((n) => n.key)).toEqual(keys);
    expect(back?.selected).toBe(keys[1]);
  });

  it("leaves positions out of the URL for a big view, keeping every key", () => {
    const back = fromHash(toHash(view(nodes(200))));
    expect(back?.nodes).toHaveLength(200);
    expect(back?.nodes[7].key).toBe("person:p7");
    expect(Number.isFinite(back?.nodes[7].x)).toBe(false);
    expect(back?.nodes.some((n) => n.fixed)).toBe(false);
  });

  it("keeps positions up to 150 nodes", () => {
    const back = fromHash(toHash(view(nodes(150))));
    expect(back?.nodes[149]).toEqual({ key: "person:p149", x: 223.5, y: -139, fixed: false });
  });

  it("leaves a view too big to share out of the URL", () => {
    expect(fromHash(toHash(view(nodes(401))))).toBeNull();
    expect(fromHash(toHash(view(nodes(400))))?.nodes).toHaveLength(400);
  });

  it("writes nothing for an empty view", () => {
    expect(toHash(view([]))).toBe("");
  });

  it("reads no view from hashes that are not one", () => {
    for (const hash of ["", "#", "#/about", "#n=", "#c=1~2~3", "#%E0%A4%A", "#s=person:x&ht=Event", "#t=imported", "#t=x&s=person:x"]) {
      expect(fromHash(hash)).toBeNull();
    }
  });

  it("reads a hand-edited hash without inventing positions or a camera", () => {
    const back = fromHash("#n=person:a~abc~,person:b~1~2~p,person:c~Infinity~1&c=1~2~0");
    expect(back?.nodes.map((n) => n.key)).toEqual(["person:a", "person:b", "person:c"]);
    expect(Number.isFinite(back?.nodes[0].x) || Number.isFinite(back?.nodes[0].y)).toBe(false);
    expect(back?.nodes[1]).toEqual({ key: "person:b", x: 1, y: 2, fixed: true });
    expect(Number.isFinite(back?.nodes[2].x)).toBe(false);
    expect(back?.camera).toBeNull();
  });

  it("accepts only a complete camera with a positive zoom ratio", () => {
    const camera = (c: string) => fromHash(`#n=person:a&c=${c}`)?.camera;
    expect(camera("0.5~0.5~2")).toEqual({ x: 0.5, y: 0.5, ratio: 2 });
    expect(camera("0.5~0.5")).toBeNull();
    expect(camera("0.5~0.5~-1")).toBeNull();
    expect(camera("0.5~x~1")).toBeNull();
    expect(camera("0.5~~1")).toBeNull();
    expect(camera("1~2~3~4")).toBeNull();
  });
});

describe("view in localStorage", () => {
  const storage = useMemoryStorage();

  it("round-trips a view exactly, however big", () => {
    const saved = view(nodes(1000), { camera: { x: 0.123456, y: 0.5, ratio: 0.3 }, hiddenTypes: ["Event"], selected: "person:p3" });
    saveToStorage(saved);
    expect(loadFromStorage()).toEqual(saved);
  });

  it("keeps the publication time axis", () => {
    saveToStorage(view(nodes(2), { timeAxis: "published" }));
    expect(loadFromStorage()?.timeAxis).toBe("published");
  });

  it("reads a view stored before the axis choice, or with an unknown axis, as import time", () => {
    for (const timeAxis of [undefined, "later", 3, null, { axis: "published" }]) {
      storage().setItem(STORAGE_KEY, JSON.stringify({ nodes: [{ key: "person:a", x: 1, y: 2, fixed: false }], timeAxis }));
      expect(loadFromStorage()?.timeAxis).toBe("imported");
    }
  });

  it("has no view when nothing or something else was stored", () => {
    expect(loadFromStorage()).toBeNull();
    for (const stored of ["{oops", "null", "42", JSON.stringify({ nodes: "x" }), JSON.stringify([1, 2])]) {
      storage().setItem(STORAGE_KEY, stored);
      expect(loadFromStorage()).toBeNull();
    }
  });

  it("drops saved nodes without a key or a position, and defaults missing parts", () => {
    storage().setItem(STORAGE_KEY, JSON.stringify({
      nodes: [{ key: "person:a", x: 1, y: 2, fixed: true }, { key: 7, x: 1, y: 2 }, { key: "person:b", x: "1", y: 2 }, null, { key: "person:c" }],
    }));
    expect(loadFromStorage()).toEqual(view([{ key: "person:a", x: 1, y: 2, fixed: true }]));
  });

  it("ignores a stored camera that could not be used", () => {
    for (const camera of [{ x: 1, y: 1, ratio: 0 }, { x: "a", y: 1, ratio: 1 }, { x: 1, y: 1 }, 5, "camera"]) {
      storage().setItem(STORAGE_KEY, JSON.stringify({ nodes: [], camera }));
      expect(loadFromStorage()?.camera).toBeNull();
    }
  });

  it("does not fail when storage is full or missing", () => {
    storage().failWrites = true;
    expect(() => saveToStorage(view(nodes(3)))).not.toThrow();
    vi.stubGlobal("localStorage", undefined);
    expect(() => saveToStorage(view(nodes(3)))).not.toThrow();
    expect(loadFromStorage()).toBeNull();
  });
});
