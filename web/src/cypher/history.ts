const STORAGE_KEY = "graphexplorer.cypherHistory";
const MAX_ENTRIES = 50;

/** Queries run before, newest first, kept across sessions. */
export class QueryHistory {
  private entries: string[];

  constructor() {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
      this.entries = Array.isArray(stored) ? stored.filter((e): e is string => typeof e === "string") : [];
    } catch {
      this.entries = [];
    }
  }

  list(): readonly string[] {
    return this.entries;
  }

  add(query: string): void {
    const trimmed = query.trim();
    if (!trimmed) return;
    this.entries = [trimmed, ...this.entries.filter((e) => e !== trimmed)].slice(0, MAX_ENTRIES);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.entries));
    } catch {
      // storage full or disabled: the history lasts this session, and the query still runs
    }
  }
}
