import { describe, expect, it, vi } from "vitest";
import { QueryHistory } from "../../src/cypher/history";
import { useMemoryStorage } from "./memory-storage";

const STORAGE_KEY = "graphexplorer.cypherHistory";

describe("QueryHistory", () => {
  const storage = useMemoryStorage();

  it("lists queries newest first, trimmed", () => {
    const history = new QueryHistory();
    history.add("MATCH (n) RETURN n");
    history.add("  MATCH (p:Person) RETURN p\n");
    expect(history.list()).toEqual(["MATCH (p:Person) RETURN p", "MATCH (n) RETURN n"]);
  });

  it("moves a query run again to the top instead of listing it twice", () => {
    const history = new QueryHistory();
    history.add("A");
    history.add("B");
    history.add(" A ");
    expect(history.list()).toEqual(["A", "B"]);
  });

  it("ignores blank queries", () => {
    const history = new QueryHistory();
    history.add("   \n\t");
    history.add("");
    expect(history.list()).toEqual([]);
  });

  it("keeps the 50 newest", () => {
    const history = new QueryHistory();
    for (let i = 1; i <= 60; i++) history.add(`RETURN ${i}`);
    expect(history.list()).toHaveLength(50);
    expect(history.list()[0]).toBe("RETURN 60");
    expect(history.list()[49]).toBe("RETURN 11");
  });

  it("is still there in the next session", () => {
    new QueryHistory().add("MATCH (n:Country) RETURN n");
    expect(new QueryHistory().list()).toEqual(["MATCH (n:Country) RETURN n"]);
  });

  it("starts empty from corrupt or foreign storage, keeping only the strings", () => {
    storage().setItem(STORAGE_KEY, "{not json");
    expect(new QueryHistory().list()).toEqual([]);
    storage().setItem(STORAGE_KEY, JSON.stringify({ queries: ["RETURN 1"] }));
    expect(new QueryHistory().list()).toEqual([]);
    storage().setItem(STORAGE_KEY, JSON.stringify(["RETURN 1", 2, null, { q: 1 }, "RETURN 3"]));
    expect(new QueryHistory().list()).toEqual(["RETURN 1", "RETURN 3"]);
  });

  it("works without storage at all", () => {
    vi.stubGlobal("localStorage", undefined);
    const history = new QueryHistory();
    expect(() => history.add("RETURN 1")).not.toThrow();
    expect(history.list()).toEqual(["RETURN 1"]);
  });

  it("keeps the query in this session when storage is full, rather than failing the run", () => {
    const history = new QueryHistory();
    storage().failWrites = true;
    expect(() => history.add("RETURN 1")).not.toThrow();
    expect(history.list()).toEqual(["RETURN 1"]);
  });
});
