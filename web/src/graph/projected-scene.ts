import type { Projection } from "./projection";
import type { Scene } from "./scene";

/** The scene's nodes in viewport pixels for one frame: centres and radii, in drawing order. */
export class ProjectedScene {
  x = new Float32Array(0);
  y = new Float32Array(0);
  radius = new Float32Array(0);

  constructor(readonly scene: Scene, readonly projection: Projection) {
    this.project();
  }

  private project(): void {
    const nodes = this.scene.nodes;
    const count = nodes.length;
    this.x = new Float32Array(count);
    this.y = new Float32Array(count);
    this.radius = new Float32Array(count);
    const projection = this.projection;
    const sizeScale = projection.sizeScale;
    for (let i = 0; i < count; i++) {
      const node = nodes[i];
      this.x[i] = projection.viewportX(node.x);
      this.y[i] = projection.viewportY(node.y);
      this.radius[i] = node.size * sizeScale;
    }
  }

  isNodeOnScreen(index: number, margin = 0): boolean {
    const r = this.radius[index] + margin;
    const x = this.x[index];
    const y = this.y[index];
    return x + r >= 0 && x - r <= this.projection.width && y + r >= 0 && y - r <= this.projection.height;
  }

  /** False only when both ends lie beyond the same side of the viewport, so the segment cannot cross it. */
  mayEdgeCrossScreen(source: number, target: number): boolean {
    const { width, height } = this.projection;
    const x1 = this.x[source], y1 = this.y[source], x2 = this.x[target], y2 = this.y[target];
    return !((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height));
  }
}
