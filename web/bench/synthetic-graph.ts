import type { ApiNode, ApiRelationship } from "../src/types";
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from "../src/graph/style";

/** A deterministic pseudo-random generator, so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A graph shaped like the product's: clusters of entities of the five types, three relationships
 * per node, most inside a cluster, with positions already laid out (the benchmark measures
 * drawing, not the layout, which runs in a worker).
 */
export function syntheticGraph(nodeCount: number, edgesPerNode = 3) {
  const next = random(42);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const nodes: ApiNode[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < nodeCount; i++) {
    const cluster = i % clusters;
    const angle = (cluster / clusters) * Math.PI * 2;
    const key = `entity:${i}`;
    nodes.push({
      id: `n${i}`,
      key,
      labels: ["Entity", ENTITY_TYPES[i % ENTITY_TYPES.length]],
      properties: { key, name: `Entity ${i}`, aliases: [] },
    });
    positions.set(key, {
      x: Math.cos(angle) * 100 + (next() - 0.5) * 40,
      y: Math.sin(angle) * 100 + (next() - 0.5) * 40,
    });
  }
  const relationships: ApiRelationship[] = [];
  for (let i = 0; i < nodeCount * edgesPerNode; i++) {
    const from = Math.floor(next() * nodeCount);
    const sameCluster = next() < 0.8;
    let to = sameCluster ? (from + clusters * (1 + Math.floor(next() * 20))) % nodeCount : Math.floor(next() * nodeCount);
    if (to === from) to = (from + 1) % nodeCount;
    relationships.push({
      id: `r${i}`,
      type: RELATIONSHIP_TYPES[i % RELATIONSHIP_TYPES.length],
      start: `n${from}`,
      end: `n${to}`,
      properties: { briefs: ["b"], outlets: [] },
    });
  }
  return { nodes, relationships, positions };
}
