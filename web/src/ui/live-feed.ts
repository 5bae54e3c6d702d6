import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import type { Explorer } from "../explorer";
import type { BriefImported, ImportProgress } from "../types";
import { formatTime, h } from "./dom";
import { typeStyle, entityType } from "../graph/style";

/**
 * Hears briefs imported anywhere (SignalR `briefImported`), adds their entities and relations to
 * the view highlighted, and lists them under "New since you opened".
 */
export class LiveFeed {
  private readonly connection: HubConnection;
  private readonly list = h("ul", { class: "new-items plain", "aria-label": "New briefs" });
  private readonly state = h("p", { class: "muted small live-state" }, "Connecting…");
  private readonly progressListeners: ((progress: ImportProgress) => void)[] = [];
  private readonly briefListeners: ((message: BriefImported) => void)[] = [];
  private readonly seen = new Set<string>();

  constructor(element: HTMLElement, private readonly explorer: Explorer, private readonly showEntity: (key: string) => void,
    private readonly openBrief: (key: string) => void) {
    element.append(this.state, this.list);
    this.connection = new HubConnectionBuilder()
      .withUrl("/hubs/graph")
      .withAutomaticReconnect()
      .configureLogging(LogLevel.None)
      .build();
    this.connection.on("briefImported", (message: BriefImported) => this.onBriefImported(message));
    this.connection.on("importProgress", (progress: ImportProgress) => {
      for (const listener of this.progressListeners) listener(progress);
    });
    this.connection.onreconnecting(() => this.setState("Reconnecting…"));
    this.connection.onreconnected(() => this.setState("Live"));
    this.connection.onclose(() => this.setState("Offline"));
  }

  onProgress(listener: (progress: ImportProgress) => void): void {
    this.progressListeners.push(listener);
  }

  onBrief(listener: (message: BriefImported) => void): void {
    this.briefListeners.push(listener);
  }

  async start(): Promise<void> {
    try {
      await this.connection.start();
      this.setState("Live");
    } catch {
      this.setState("Offline (live updates unavailable)");
      window.setTimeout(() => {
        if (this.connection.state === HubConnectionState.Disconnected) void this.start();
      }, 5000);
    }
  }

  private setState(text: string): void {
    this.state.textContent = text;
  }

  private onBriefImported(message: BriefImported): void {
    this.explorer.time.setBriefs([message.brief]);
    const added = this.explorer.add(message.nodes, message.relationships);
    const view = this.explorer.view;
    for (const node of message.nodes) view.newNodes.add(this.explorer.store.nodeKey(node));
    for (const rel of message.relationships) if (this.explorer.graph.hasEdge(rel.id)) view.newEdges.add(rel.id);
    view.changed();
    for (const listener of this.briefListeners) listener(message);
    if (this.seen.has(message.brief.key) && added.nodes.length === 0) return;
    this.seen.add(message.brief.key);
    this.list.prepend(h("li", { class: "new-brief" },
      h("button", { type: "button", class: "link", onclick: () => this.openBrief(message.brief.key) }, message.brief.title || message.brief.file),
      h("span", { class: "muted small" }, ` ${formatTime(message.brief.importedAt)} · ${message.nodes.length} entities, ${message.relationships.length} relations`),
      h("ul", { class: "chips" }, ...message.nodes.map((node) => {
        const key = this.explorer.store.nodeKey(node);
        return h("li", {}, h("button", {
          type: "button",
          class: "entity-chip",
          style: `--type-color:${typeStyle(entityType(node.labels)).color}`,
          onclick: () => this.showEntity(key),
        }, String(node.properties.name ?? key)));
      }))));
  }
}
