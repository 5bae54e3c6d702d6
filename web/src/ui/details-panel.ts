import { api } from "../api";
import type { ApiNode, ApiRelationship, EntityDetails, Evidence } from "../types";
import { entityType, typeStyle } from "../graph/style";
import { errorMessage, formatTime, h, highlightPhrases } from "./dom";

export interface DetailsActions {
  expand(key: string): void;
  collapse(key: string): void;
  togglePin(key: string): void;
  remove(key: string): void;
  showEntity(key: string): void;
  showRelationship(rel: ApiRelationship): void;
  openBrief(key: string): void;
  isPinned(key: string): boolean;
  isInView(key: string): boolean;
}

function nodeName(node: ApiNode): string {
  return String(node.properties.name ?? node.key ?? node.id);
}

function nodePhrases(node: ApiNode): string[] {
  const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases.map(String) : [];
  return [nodeName(node), ...aliases];
}

function typeBadge(type: string): HTMLElement {
  return h("span", { class: "badge", style: `--type-color:${typeStyle(type).color}` }, type);
}

/** The "Details" region: an entity's card or a relationship's evidence. */
export class DetailsPanel {
  private request = 0;

  constructor(private readonly element: HTMLElement, private readonly actions: DetailsActions) {}

  clear(): void {
    this.request++;
    this.element.replaceChildren(h("p", { class: "hint" }, "Search for an entity, or click a node or an edge."));
  }

  private loading(text: string): number {
    this.element.replaceChildren(h("p", { class: "hint" }, text));
    return ++this.request;
  }

  private fail(error: unknown): void {
    this.element.replaceChildren(h("p", { class: "error", role: "alert" }, errorMessage(error)));
  }

  async showEntity(key: string): Promise<void> {
    const ticket = this.loading("Loading entity…");
    try {
      const [details, neighbourhood] = await Promise.all([api.entity(key), api.neighbours(key, { limit: 100 })]);
      if (ticket !== this.request) return;
      this.renderEntity(details, neighbourhood.nodes, neighbourhood.relationships, neighbourhood.total);
    } catch (error) {
      if (ticket === this.request) this.fail(error);
    }
  }

  private renderEntity(details: EntityDetails, nodes: ApiNode[], relationships: ApiRelationship[], total: number): void {
    const key = details.key;
    const pinned = this.actions.isPinned(key);
    const actionBar = h("div", { class: "button-row", role: "group", "aria-label": "Entity actions" },
      h("button", { type: "button", onclick: () => this.actions.expand(key) }, "Expand"),
      h("button", { type: "button", onclick: () => this.actions.collapse(key) }, "Collapse"),
      h("button", { type: "button", "aria-pressed": String(pinned), onclick: () => {
        this.actions.togglePin(key);
        void this.showEntity(key);
      } }, pinned ? "Unpin" : "Pin"),
      h("button", { type: "button", onclick: () => this.actions.remove(key) }, "Remove from view"),
    );
    const content: (Node | null)[] = [
      h("h2", {}, details.name, " ", typeBadge(details.type)),
      this.actions.isInView(key) ? actionBar : h("button", { type: "button", onclick: () => this.actions.showEntity(key) }, "Show in graph"),
      details.description ? h("p", { class: "description" }, details.description) : null,
      h("dl", { class: "facts" },
        h("dt", {}, "Type"), h("dd", {}, details.type),
        h("dt", {}, "Aliases"), h("dd", {}, details.aliases.length ? details.aliases.join(", ") : "none"),
        h("dt", {}, "Mentions"), h("dd", {}, String(details.mentions)),
        h("dt", {}, "First seen"), h("dd", {}, formatTime(details.firstSeen)),
        h("dt", {}, "Last seen"), h("dd", {}, formatTime(details.lastSeen)),
      ),
      this.renderRelationships(details, nodes, relationships, total),
      h("h3", {}, `Briefs (${details.briefs.length})`),
      h("ul", { class: "plain" }, ...details.briefs.map((brief) =>
        h("li", {}, h("button", { type: "button", class: "link", onclick: () => this.actions.openBrief(brief.key) }, brief.title || brief.file),
          h("span", { class: "muted" }, ` ${formatTime(brief.importedAt)}`)))),
    ];
    this.element.replaceChildren(...content.filter((node): node is Node => node !== null));
  }

  private renderRelationships(details: EntityDetails, nodes: ApiNode[], relationships: ApiRelationship[], total: number): HTMLElement {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const centerId = details.node.id;
    const groups = new Map<string, ApiRelationship[]>();
    for (const rel of relationships) groups.set(rel.type, [...(groups.get(rel.type) ?? []), rel]);
    const section = h("section", { class: "relationships", "aria-label": "Relationships" },
      h("h3", {}, `Relationships (${Object.values(details.relationshipCounts).reduce((a, b) => a + b, 0)})`));
    for (const [type, rels] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const count = details.relationshipCounts[type] ?? rels.length;
      section.append(h("h4", {}, `${type} (${count})`), h("ul", { class: "plain" }, ...rels.map((rel) => {
        const outgoing = rel.start === centerId;
        const other = byId.get(outgoing ? rel.end : rel.start);
        const label = other ? nodeName(other) : "?";
        return h("li", {},
          h("span", { class: "muted" }, outgoing ? "→ " : "← "),
          h("button", { type: "button", class: "link", title: "Show the evidence", onclick: () => this.actions.showRelationship(rel) }, label),
          other ? typeBadge(entityType(other.labels)) : null);
      })));
    }
    if (total > relationships.length) section.append(h("p", { class: "muted" }, `and ${total - relationships.length} more`));
    return section;
  }

  async showEvidence(relationshipId: string): Promise<Evidence | null> {
    const ticket = this.loading("Loading evidence…");
    try {
      const evidence = await api.evidence(relationshipId);
      if (ticket !== this.request) return null;
      this.renderEvidence(evidence);
      return evidence;
    } catch (error) {
      if (ticket === this.request) this.fail(error);
      return null;
    }
  }

  private renderEvidence(evidence: Evidence): void {
    const { relationship: rel, source, target } = evidence;
    const phrases = [...nodePhrases(source), ...nodePhrases(target)];
    const briefs = Array.isArray(rel.properties.briefs) ? rel.properties.briefs.length : 0;
    const outlets = Array.isArray(rel.properties.outlets) ? rel.properties.outlets.length : 0;
    const claim = rel.properties.claim;
    const entityButton = (node: ApiNode) =>
      h("button", { type: "button", class: "link", onclick: () => node.key && this.actions.showEntity(node.key) }, nodeName(node));
    this.element.replaceChildren(
      h("h2", {}, entityButton(source), " ", h("span", { class: "rel-type" }, rel.type), " ", entityButton(target)),
      claim ? h("p", { class: "claim" }, `Claim: ${String(claim)}`) : "",
      h("p", { class: "muted" }, `Stated in ${briefs} brief${briefs === 1 ? "" : "s"}, attributed to ${outlets} outlet${outlets === 1 ? "" : "s"}` +
        (typeof rel.properties.confidence === "number" ? `, confidence ${rel.properties.confidence.toFixed(2)}` : "")),
      h("h3", {}, `Evidence (${evidence.evidence.length})`),
      h("ol", { class: "evidence" }, ...evidence.evidence.map((item) =>
        h("li", {},
          h("blockquote", {}, highlightPhrases(item.sentence.text, phrases)),
          h("div", { class: "source" },
            h("button", { type: "button", class: "link", onclick: () => this.actions.openBrief(item.brief.key) }, item.brief.title || item.brief.file),
            item.sentence.section ? h("span", { class: "muted" }, ` · ${item.sentence.section}`) : null,
            item.outlets.length ? h("span", {}, ` · ${item.outlets.map((o) => o.name).join(", ")}`) : null)))),
    );
  }
}
