import type { Scene } from "./scene";
import type { ProjectedScene } from "./projected-scene";
import type { Shape } from "./style";
import { LabelPainter } from "./label-painter";
import { TriangleBuffer } from "./triangle-buffer";

export interface PaintOptions {
  edges: boolean;
  /** Arrowheads double the cost of edges; they are left out while the view moves. */
  arrows: boolean;
  labels: boolean;
}

/** Nodes drawn alike, filled as one path. */
interface NodeGroup {
  color: string;
  shape: Shape;
  members: number[];
}

/** Edges drawn alike, stroked as one path; their ends as indexes into the scene's nodes. */
interface EdgeGroup {
  color: string;
  width: number;
  members: number[];
  sources: Int32Array;
  targets: Int32Array;
}

const OUTLINE = "#212529";
/** An edge gets an arrowhead when the line between its nodes is this many heads long. */
const ARROW_ROOM = 4;
/** Below this radius a node is a square dot: as readable, and much cheaper to fill. */
const DOT_RADIUS = 1.5;

/**
 * Edge widths in whole pixels. One-pixel lines take the rasteriser's fast path (a tenth of the
 * cost of a 1.5 px line without a GPU), so only corroborated edges are drawn wider.
 */
function strokeWidth(size: number): number {
  return Math.max(1, Math.round(size));
}

/** Consecutive runs of the same key, kept in drawing order, each split by style. */
function groupInOrder<T, G extends { members: number[] }>(items: T[], layer: (item: T) => number, style: (item: T) => string, make: (item: T) => G): G[] {
  const groups: G[] = [];
  let currentLayer = Number.NaN;
  let byStyle = new Map<string, G>();
  items.forEach((item, index) => {
    if (layer(item) !== currentLayer) {
      currentLayer = layer(item);
      byStyle = new Map();
    }
    const key = style(item);
    let group = byStyle.get(key);
    if (!group) {
      group = make(item);
      byStyle.set(key, group);
      groups.push(group);
    }
    group.members.push(index);
  });
  return groups;
}

function addShape(path: CanvasPath, shape: Shape, x: number, y: number, r: number): void {
  if (r < DOT_RADIUS) {
    path.rect(x - r, y - r, 2 * r, 2 * r);
    return;
  }
  switch (shape) {
    case "square": {
      const half = r * 0.88;
      path.rect(x - half, y - half, 2 * half, 2 * half);
      return;
    }
    case "diamond":
      path.moveTo(x, y - r * 1.2);
      path.lineTo(x + r * 1.2, y);
      path.lineTo(x, y + r * 1.2);
      path.lineTo(x - r * 1.2, y);
      path.closePath();
      return;
    case "triangle":
      path.moveTo(x, y - r * 1.25);
      path.lineTo(x + r * 1.1, y + r * 0.7);
      path.lineTo(x - r * 1.1, y + r * 0.7);
      path.closePath();
      return;
    case "ring":
      // The hole is drawn the other way round, so non-zero filling leaves it empty.
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
      path.moveTo(x + r * 0.62, y);
      path.arc(x, y, r * 0.62, 0, Math.PI * 2, true);
      return;
    default:
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
  }
}

/**
 * Draws a scene with Canvas 2D. Marks of one style are batched into one path, so a frame costs a
 * few fills and strokes however many elements there are; off-screen marks are skipped.
 */
export class ScenePainter {
  private readonly nodeGroups: NodeGroup[];
  private readonly edgeGroups: EdgeGroup[];
  private readonly heads = new TriangleBuffer();
  private readonly labels: LabelPainter;

  constructor(private readonly scene: Scene) {
    this.labels = new LabelPainter(scene);
    this.nodeGroups = groupInOrder(scene.nodes, (n) => n.zIndex, (n) => `${n.shape}|${n.color}`, (n) => ({ color: n.color, shape: n.shape, members: [] }));
    this.edgeGroups = groupInOrder(
      scene.edges,
      (e) => e.zIndex,
      (e) => `${e.color}|${strokeWidth(e.size)}`,
      (e) => ({ color: e.color, width: strokeWidth(e.size), members: [], sources: new Int32Array(0), targets: new Int32Array(0) }),
    );
    for (const group of this.edgeGroups) {
      group.sources = Int32Array.from(group.members, (index) => scene.edges[index].source);
      group.targets = Int32Array.from(group.members, (index) => scene.edges[index].target);
    }
  }

  paint(context: CanvasRenderingContext2D, projected: ProjectedScene, options: PaintOptions): void {
    if (options.edges) this.paintEdges(context, projected, options.arrows);
    this.paintNodes(context, projected);
    this.paintOutlines(context, projected);
    if (options.labels) this.labels.paint(context, projected, options.edges);
  }

  /**
   * Lines go straight onto the context's path (cheaper than Path2D, which matters at tens of
   * thousands of edges); arrowheads wait in a buffer until the group's lines are stroked.
   */
  private paintEdges(context: CanvasRenderingContext2D, projected: ProjectedScene, arrows: boolean): void {
    const { x, y, radius } = projected;
    const { width, height } = projected.projection;
    for (const group of this.edgeGroups) {
      const headLength = Math.max(5, group.width * 2.2);
      const half = headLength * 0.45;
      const { sources, targets } = group;
      let heads = 0;
      context.beginPath();
      for (let i = 0; i < sources.length; i++) {
        const source = sources[i];
        const target = targets[i];
        const x1 = x[source], y1 = y[source], x2 = x[target], y2 = y[target];
        // Both ends beyond the same side: the edge cannot cross the view.
        if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
        const dx = x2 - x1;
        const dy = y2 - y1;
        const length = Math.sqrt(dx * dx + dy * dy);
        if (length < 0.5) continue;
        const rs = radius[source];
        const rt = radius[target];
        // Arrowheads only where the line is long enough to read one.
        if (!arrows || length - rs - rt < headLength * ARROW_ROOM) {
          context.moveTo(x1, y1);
          context.lineTo(x2, y2);
          continue;
        }
        const ux = dx / length;
        const uy = dy / length;
        const tipX = x2 - ux * rt;
        const tipY = y2 - uy * rt;
        const baseX = tipX - ux * headLength;
        const baseY = tipY - uy * headLength;
        context.moveTo(x1 + ux * rs, y1 + uy * rs);
        context.lineTo(baseX, baseY);
        this.heads.push(tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half);
        heads++;
      }
      context.strokeStyle = group.color;
      context.lineWidth = group.width;
      context.stroke();
      if (heads > 0) this.fillHeads(context, group.color);
    }
  }

  private fillHeads(context: CanvasRenderingContext2D, color: string): void {
    const h = this.heads.values;
    context.beginPath();
    for (let k = 0; k < this.heads.length; k += 6) {
      context.moveTo(h[k], h[k + 1]);
      context.lineTo(h[k + 2], h[k + 3]);
      context.lineTo(h[k + 4], h[k + 5]);
    }
    context.fillStyle = color;
    context.fill();
    this.heads.clear();
  }

  private paintNodes(context: CanvasRenderingContext2D, projected: ProjectedScene): void {
    const { x, y, radius } = projected;
    for (const group of this.nodeGroups) {
      context.beginPath();
      for (const index of group.members) {
        if (projected.isNodeOnScreen(index)) addShape(context, group.shape, x[index], y[index], radius[index]);
      }
      context.fillStyle = group.color;
      context.fill();
    }
  }

  /** Selected and new nodes get a dark ring around them. */
  private paintOutlines(context: CanvasRenderingContext2D, projected: ProjectedScene): void {
    this.scene.nodes.forEach((node, index) => {
      if (node.highlighted && projected.isNodeOnScreen(index, 4)) this.paintRing(context, projected, index);
    });
  }

  private paintRing(context: CanvasRenderingContext2D, projected: ProjectedScene, index: number): void {
    context.strokeStyle = OUTLINE;
    context.lineWidth = 2;
    context.beginPath();
    context.arc(projected.x[index], projected.y[index], Math.max(projected.radius[index], 3) * 1.3 + 2, 0, Math.PI * 2);
    context.stroke();
  }

  /** The node under the pointer, ringed and labelled on top of everything (drawn on its own layer). */
  paintHover(context: CanvasRenderingContext2D, projected: ProjectedScene, key: string): void {
    const index = this.scene.indexOf.get(key);
    if (index === undefined) return;
    this.paintRing(context, projected, index);
    this.labels.paintHoverLabel(context, projected, index);
  }
}
