import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../graph/store";

/**
 * Composites sigma's layers into one PNG. The WebGL layers do not keep their drawing buffer,
 * so the view is rendered and copied within the same task, before the browser clears it.
 */
export function viewToPng(sigma: Sigma<NodeAttributes, EdgeAttributes>): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement("canvas");
  output.width = width * ratio;
  output.height = height * ratio;
  const context = output.getContext("2d");
  if (!context) return Promise.reject(new Error("Canvas 2D is unavailable"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  sigma.refresh();
  const canvases = sigma.getCanvases();
  for (const layer of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
    const canvas = canvases[layer];
    if (canvas) context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
}
