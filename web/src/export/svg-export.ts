import type { ProjectedScene } from "../graph/projected-scene";
import { LabelPlacement } from "../graph/label-placement";
import type { Shape } from "../graph/style";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const f = (value: number) => value.toFixed(1);

function shapeElement(shape: Shape, x: number, y: number, r: number, color: string): string {
  switch (shape) {
    case "square":
      return `<rect x="${f(x - r * 0.88)}" y="${f(y - r * 0.88)}" width="${f(r * 1.76)}" height="${f(r * 1.76)}" fill="${color}"/>`;
    case "diamond":
      return `<path d="M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.2)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r * 1.2)},${f(y)}Z" fill="${color}"/>`;
    case "triangle":
      return `<path d="M${f(x)},${f(y - r * 1.25)}L${f(x + r * 1.1)},${f(y + r * 0.7)}L${f(x - r * 1.1)},${f(y + r * 0.7)}Z" fill="${color}"/>`;
    case "ring":
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r * 0.81)}" fill="#fff" stroke="${color}" stroke-width="${f(r * 0.38)}"/>`;
    default:
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${color}"/>`;
  }
}

/** Rough text width, so the SVG labels the same kind of uncluttered set of nodes as the canvas. */
const CHARACTER_WIDTH = 6.5;

/** The view as standalone SVG: what is visible, as displayed (filters, focus and highlights applied). */
export function viewToSvg(projected: ProjectedScene): string {
  const { width, height } = projected.projection;
  const { nodes, edges } = projected.scene;
  const colors = [...new Set(edges.map((edge) => edge.color))];
  const markerId = (color: string) => `arrow-${colors.indexOf(color)}`;
  const parts: string[] = [];
  for (const edge of edges) {
    if (!projected.mayEdgeCrossScreen(edge.source, edge.target)) continue;
    const x1 = projected.x[edge.source], y1 = projected.y[edge.source];
    const x2 = projected.x[edge.target], y2 = projected.y[edge.target];
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (length < 0.5) continue;
    const inset = projected.radius[edge.target] / length;
    parts.push(`<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2 - (x2 - x1) * inset)}" y2="${f(y2 - (y2 - y1) * inset)}" stroke="${edge.color}" stroke-width="${f(edge.size)}" marker-end="url(#${markerId(edge.color)})"/>`);
  }
  const placement = new LabelPlacement(width, height);
  nodes.forEach((node, index) => {
    if (!projected.isNodeOnScreen(index)) return;
    const [x, y, r] = [projected.x[index], projected.y[index], projected.radius[index]];
    parts.push(shapeElement(node.shape, x, y, r, node.color));
    if (node.highlighted) parts.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(Math.max(r, 3) * 1.3 + 2)}" fill="none" stroke="#212529" stroke-width="2"/>`);
    const box = { x: x + r + 4, y: y - 7, width: node.label.length * CHARACTER_WIDTH, height: 14 };
    if (node.label && (node.forceLabel || r >= 4) && placement.tryPlace(box, node.forceLabel)) {
      parts.push(`<text x="${f(box.x)}" y="${f(y + 4)}" font-family="system-ui, sans-serif" font-size="12" fill="#212529">${escapeXml(node.label)}</text>`);
    }
  });
  const markers = colors.map((color) =>
    `<marker id="${markerId(color)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${color}"/></marker>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${markers.join("")}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}
