import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes, ViewGraph } from "../graph/store";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Draws what is visible in the view, as displayed (reducers applied), as standalone SVG. */
export function viewToSvg(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: ViewGraph): string {
  const { width, height } = sigma.getDimensions();
  const parts: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(edge);
    const from = sigma.getNodeDisplayData(source);
    const to = sigma.getNodeDisplayData(target);
    if (!display || display.hidden || !from || !to || from.hidden || to.hidden) return;
    const a = sigma.framedGraphToViewport(from);
    const b = sigma.framedGraphToViewport(to);
    parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${display.color}" stroke-width="${display.size}" marker-end="url(#arrow)"/>`);
  });
  graph.forEachNode((node) => {
    const display = sigma.getNodeDisplayData(node);
    if (!display || display.hidden) return;
    const p = sigma.framedGraphToViewport(display);
    const r = sigma.scaleSize(display.size);
    const shape = display.type === "square"
      ? `<rect x="${(p.x - r).toFixed(1)}" y="${(p.y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" fill="${display.color}"/>`
      : display.type === "ring"
        ? `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${(r * 0.82).toFixed(1)}" fill="#fff" stroke="${display.color}" stroke-width="${(r * 0.35).toFixed(1)}"/>`
        : `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${display.color}"/>`;
    parts.push(shape);
    if (display.label) {
      parts.push(`<text x="${(p.x + r + 3).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-family="system-ui, sans-serif" font-size="12">${escapeXml(display.label)}</text>`);
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#868e96"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}
