import type { GraphRenderer } from "../graph/renderer";

/** The view as a PNG at the screen's pixel density, on white, with every label and edge drawn. */
export function viewToPng(renderer: GraphRenderer): Promise<Blob> {
  const { width, height } = renderer.viewportSize;
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement("canvas");
  output.width = Math.max(1, Math.round(width * ratio));
  output.height = Math.max(1, Math.round(height * ratio));
  const context = output.getContext("2d");
  if (!context) return Promise.reject(new Error("Canvas 2D is unavailable"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  renderer.paintOnto(context);
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
}
