import type { Scene } from "./scene";
import type { ProjectedScene } from "./projected-scene";
import { LabelPlacement } from "./label-placement";
import { TextWidths } from "./text-widths";

const LABEL_FONT = "12px system-ui, sans-serif";
const EDGE_LABEL_FONT = "11px system-ui, sans-serif";
const LABEL_HEIGHT = 14;
const EDGE_LABEL_HEIGHT = 13;
const LABEL_COLOR = "#212529";
const HALO = "rgba(255, 255, 255, 0.9)";
/** Below this rendered radius a node is labelled only when it must be. */
const LABEL_MIN_RADIUS = 4;
const MAX_LABELS = 200;

/**
 * Labels nodes, then edges, where there is room for them: the biggest nodes first, forced labels
 * (pinned, selected, new) whatever the room, edge labels in what room is left.
 */
export class LabelPainter {
  private readonly nodeWidths = new TextWidths(LABEL_FONT);
  private readonly edgeWidths = new TextWidths(EDGE_LABEL_FONT);

  constructor(private readonly scene: Scene) {}

  paint(context: CanvasRenderingContext2D, projected: ProjectedScene, edges: boolean): void {
    const placement = new LabelPlacement(projected.projection.width, projected.projection.height);
    this.paintNodeLabels(context, projected, placement);
    if (edges) this.paintEdgeLabels(context, projected, placement);
  }

  /** The hovered node's label, on a plate so it reads over anything (drawn on its own layer). */
  paintHoverLabel(context: CanvasRenderingContext2D, projected: ProjectedScene, index: number): void {
    const label = this.scene.nodes[index].label;
    if (!label) return;
    context.font = LABEL_FONT;
    context.textAlign = "left";
    context.textBaseline = "middle";
    const width = this.nodeWidths.of(label);
    const gap = Math.max(projected.radius[index], 3) * 1.3 + 6;
    const right = projected.x[index] + gap;
    const left = right + width > projected.projection.width ? projected.x[index] - gap - width : right;
    context.fillStyle = HALO;
    context.fillRect(left - 3, projected.y[index] - LABEL_HEIGHT / 2 - 1, width + 6, LABEL_HEIGHT + 2);
    context.fillStyle = LABEL_COLOR;
    context.fillText(label, left, projected.y[index]);
  }

  /**
   * Edge labels come after node labels and take only the room left: along the line, where the
   * line is long enough to hold the text, and clear of other labels (unless forced: the selected
   * edge, new ones).
   */
  private paintEdgeLabels(context: CanvasRenderingContext2D, projected: ProjectedScene, placement: LabelPlacement): void {
    context.font = EDGE_LABEL_FONT;
    context.textAlign = "center";
    context.textBaseline = "bottom";
    context.lineWidth = 3;
    context.strokeStyle = HALO;
    const widths = this.edgeWidths;
    for (const edge of this.scene.edges) {
      if (!edge.label || !projected.mayEdgeCrossScreen(edge.source, edge.target)) continue;
      const x1 = projected.x[edge.source], y1 = projected.y[edge.source];
      const x2 = projected.x[edge.target], y2 = projected.y[edge.target];
      const width = widths.of(edge.label);
      const room = Math.hypot(x2 - x1, y2 - y1) - projected.radius[edge.source] - projected.radius[edge.target];
      if (room < width + 8 && !edge.forceLabel) continue;
      let angle = Math.atan2(y2 - y1, x2 - x1);
      // Text reads left to right whichever way the edge points.
      if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI;
      const [midX, midY] = [(x1 + x2) / 2, (y1 + y2) / 2];
      const [cos, sin] = [Math.abs(Math.cos(angle)), Math.abs(Math.sin(angle))];
      const boxWidth = width * cos + EDGE_LABEL_HEIGHT * sin;
      const boxHeight = width * sin + EDGE_LABEL_HEIGHT * cos;
      const box = { x: midX - boxWidth / 2, y: midY - boxHeight / 2, width: boxWidth, height: boxHeight };
      if (!placement.tryPlace(box, edge.forceLabel)) continue;
      context.save();
      context.translate(midX, midY);
      context.rotate(angle);
      context.strokeText(edge.label, 0, -2);
      context.fillStyle = edge.color;
      context.fillText(edge.label, 0, -2);
      context.restore();
    }
  }

  private labelCandidates(projected: ProjectedScene): number[] {
    const nodes = this.scene.nodes;
    const candidates: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node.label) continue;
      if (!node.forceLabel && projected.radius[i] < LABEL_MIN_RADIUS) continue;
      if (projected.isNodeOnScreen(i, 100)) candidates.push(i);
    }
    candidates.sort((a, b) => Number(nodes[b].forceLabel) - Number(nodes[a].forceLabel) || projected.radius[b] - projected.radius[a]);
    return candidates;
  }

  private paintNodeLabels(context: CanvasRenderingContext2D, projected: ProjectedScene, placement: LabelPlacement): void {
    const nodes = this.scene.nodes;
    context.font = LABEL_FONT;
    context.textAlign = "left";
    context.textBaseline = "middle";
    context.lineWidth = 3;
    context.strokeStyle = HALO;
    context.fillStyle = LABEL_COLOR;
    let placed = 0;
    for (const index of this.labelCandidates(projected)) {
      if (placed >= MAX_LABELS) break;
      const node = nodes[index];
      const must = node.forceLabel;
      const width = this.nodeWidths.of(node.label);
      const gap = projected.radius[index] + 4;
      // Right of the node, or left of it where the right would run off the view.
      const right = projected.x[index] + gap;
      const left = right + width > projected.projection.width ? projected.x[index] - gap - width : right;
      const box = { x: left, y: projected.y[index] - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
      if (!placement.tryPlace(box, must)) continue;
      context.strokeText(node.label, left, projected.y[index]);
      context.fillText(node.label, left, projected.y[index]);
      placed++;
    }
  }
}
