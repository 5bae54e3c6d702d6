import type { ProjectedScene } from "./projected-scene";
import type { Point } from "./projection";

/** Extra pixels around small marks, so they can be hit without pixel-perfect aim. */
const NODE_SLOP = 3;
const EDGE_SLOP = 4;

/** The node under a viewport point: the topmost drawn (last in drawing order) wins. */
export function nodeAt(projected: ProjectedScene, point: Point): string | null {
  const nodes = projected.scene.nodes;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const dx = projected.x[i] - point.x;
    const dy = projected.y[i] - point.y;
    const reach = Math.max(projected.radius[i], 2) + NODE_SLOP;
    if (dx * dx + dy * dy <= reach * reach) return nodes[i].key;
  }
  return null;
}

function distanceToSegment(point: Point, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - x1) * dx + (point.y - y1) * dy) / lengthSquared));
  return Math.hypot(point.x - (x1 + t * dx), point.y - (y1 + t * dy));
}

/** The edge under a viewport point: the closest within reach, topmost on ties. */
export function edgeAt(projected: ProjectedScene, point: Point): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const edges = projected.scene.edges;
  for (let i = edges.length - 1; i >= 0; i--) {
    const edge = edges[i];
    const distance = distanceToSegment(point, projected.x[edge.source], projected.y[edge.source], projected.x[edge.target], projected.y[edge.target]);
    if (distance <= edge.size / 2 + EDGE_SLOP && distance < bestDistance) {
      best = edge.key;
      bestDistance = distance;
    }
  }
  return best;
}
