// Shapes of the HTTP/SignalR contract (notes/api.md). Graph values are the same everywhere.

export type Props = Record<string, unknown>;

export interface ApiNode {
  id: string;
  key: string | null;
  labels: string[];
  properties: Props;
}

export interface ApiRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Props;
}

export interface ApiPath {
  nodes: ApiNode[];
  relationships: ApiRelationship[];
}

export interface EntitySuggestion {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  degree: number;
}

export interface BriefRef {
  key: string;
  title: string;
  file: string;
  importedAt?: string;
  /** When the brief says (or its importer said) it was published; null or absent when unknown. */
  publishedAt?: string | null;
}

export interface EntityDetails {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  description: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  node: ApiNode;
  mentions: number;
  relationshipCounts: Record<string, number>;
  briefs: BriefRef[];
}

export interface Neighbourhood {
  center: ApiNode;
  nodes: ApiNode[];
  relationships: ApiRelationship[];
  total: number;
  offset: number;
  limit: number;
}

export interface Sentence {
  key: string;
  text: string;
  section: string;
  index: number;
  start: number;
  end: number;
}

export interface EvidenceItem {
  brief: BriefRef;
  sentence: Sentence;
  outlets: { key: string; name: string }[];
}

export interface Evidence {
  relationship: ApiRelationship;
  source: ApiNode;
  target: ApiNode;
  evidence: EvidenceItem[];
}

export interface BriefSummary extends BriefRef {
  publishedAt: string | null;
  sentenceCount: number;
  entityCount: number;
}

export interface BriefEntity {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  sentences: number[];
}

export interface BriefDocument extends BriefRef {
  publishedAt: string | null;
  sentences: Sentence[];
  entities: BriefEntity[];
  relationships: ApiRelationship[];
}

export interface ImportResult {
  brief: BriefRef;
  skipped: boolean;
  entitiesAdded: number;
  relationshipsAdded: number;
  nodes: ApiNode[];
  relationships: ApiRelationship[];
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  graph: { nodes: ApiNode[]; relationships: ApiRelationship[] };
  stats: Record<string, unknown>;
  truncated: boolean;
}

export interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface BriefImported {
  brief: BriefRef;
  nodes: ApiNode[];
  relationships: ApiRelationship[];
}

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface Problem {
  title: string;
  status: number;
  detail?: string;
  code?: string | null;
  position?: { offset: number; line: number; column: number } | null;
}
