import { Projection, type Extent } from "./projection";
import type { CameraState } from "./camera";
import { ProjectedScene } from "./projected-scene";
import type { ScenePainter } from "./scene-painter";
import type { Scene } from "./scene";

/** How much picture is drawn beyond each side of the viewport, as a share of its larger side. */
const MARGIN = 0.25;

/**
 * A picture of the view drawn with a margin around it. While the view pans or zooms, frames move
 * and scale this picture instead of drawing every node and edge again; at rest the view is drawn
 * afresh. It stays usable while the scene it shows is unchanged and it still covers the viewport.
 */
export class ViewSnapshot {
  private readonly projection: Projection;
  private image: CanvasImageSource;

  constructor(
    scene: Scene,
    readonly version: number,
    painter: ScenePainter,
    extent: Extent,
    camera: CameraState,
    viewportWidth: number,
    viewportHeight: number,
    private readonly pixelRatio: number,
  ) {
    const margin = Math.round(MARGIN * Math.max(viewportWidth, viewportHeight));
    this.projection = new Projection(extent, camera, viewportWidth, viewportHeight, margin);
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(this.projection.width * pixelRatio);
    canvas.height = Math.ceil(this.projection.height * pixelRatio);
    const context = canvas.getContext("2d");
    if (context) {
      context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
      painter.paint(context, new ProjectedScene(scene, this.projection), { edges: true, arrows: true, labels: true });
    }
    this.image = canvas;
  }

  /** Has the browser rasterise the picture now (off the critical path) rather than on first use. */
  async rasterise(): Promise<void> {
    if (this.image instanceof HTMLCanvasElement) this.image = await createImageBitmap(this.image);
  }

  /** Draws the picture where the current projection puts it; false when it would not cover the view. */
  drawInto(context: CanvasRenderingContext2D, current: Projection): boolean {
    const topLeft = current.toViewport(this.projection.toGraph({ x: 0, y: 0 }));
    const scale = current.scale / this.projection.scale;
    const width = this.projection.width * scale;
    const height = this.projection.height * scale;
    const covers = topLeft.x <= 0 && topLeft.y <= 0 && topLeft.x + width >= current.width && topLeft.y + height >= current.height;
    if (!covers) return false;
    context.drawImage(this.image, 0, 0, this.projection.width * this.pixelRatio, this.projection.height * this.pixelRatio, topLeft.x, topLeft.y, width, height);
    return true;
  }
}
