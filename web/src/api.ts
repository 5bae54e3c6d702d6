import type {
  BriefDocument, BriefSummary, CypherResult, EntityDetails, EntitySuggestion, Evidence,
  ImportResult, Neighbourhood, ApiPath, Problem, Schema,
} from "./types";

/** A failed request, carrying the server's problem details when it sent them. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
}

async function toProblem(response: Response): Promise<Problem> {
  try {
    const body = await response.json();
    if (body && typeof body.title === "string") return body as Problem;
  } catch {
    // not JSON: fall through to the status line
  }
  return { title: response.statusText || "Request failed", status: response.status };
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new ApiError(await toProblem(response));
  return (await response.json()) as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const api = {
  searchEntities: (q: string, limit = 10, signal?: AbortSignal) =>
    getJson<EntitySuggestion[]>(`/api/entities${query({ q, limit })}`, { signal }),
  entity: (key: string) => getJson<EntityDetails>(`/api/entities/${encodeURIComponent(key)}`),
  neighbours: (key: string, options: { types?: string[]; relTypes?: string[]; limit?: number; offset?: number } = {}) =>
    getJson<Neighbourhood>(`/api/entities/${encodeURIComponent(key)}/neighbours${query({
      types: options.types?.join(","),
      relTypes: options.relTypes?.join(","),
      limit: options.limit,
      offset: options.offset,
    })}`),
  evidence: (relationshipId: string) =>
    getJson<Evidence>(`/api/relationships/${encodeURIComponent(relationshipId)}/evidence`),
  paths: (from: string, to: string, maxHops = 4, k = 3) =>
    getJson<{ paths: ApiPath[] }>(`/api/paths${query({ from, to, maxHops, k })}`),
  briefs: () => getJson<BriefSummary[]>("/api/briefs"),
  brief: (key: string) => getJson<BriefDocument>(`/api/briefs/${encodeURIComponent(key)}`),
  cypher: (queryText: string, parameters: Record<string, unknown>) =>
    getJson<CypherResult>("/api/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: queryText, parameters }),
    }),
  schema: () => getJson<Schema>("/api/schema"),
};

/**
 * Uploads one brief with XMLHttpRequest, the only browser API that reports upload progress.
 * `publishedAt` (ISO 8601), when given, is stored as the brief's publication time.
 */
export function uploadBrief(body: File | string, name: string, onProgress: (fraction: number) => void,
  publishedAt?: string): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/briefs${query({ name, publishedAt })}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as ImportResult);
      else reject(new ApiError((body as Problem) ?? { title: request.statusText, status: request.status }));
    };
    request.onerror = () => reject(new ApiError({ title: "Network error", status: 0 }));
    if (typeof body === "string") {
      request.setRequestHeader("Content-Type", "text/plain; charset=utf-8");
      request.send(body);
    } else {
      const form = new FormData();
      form.append("file", body, body.name);
      request.send(form);
    }
  });
}
