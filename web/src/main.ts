import "./styles.css";
import { Explorer } from "./explorer";
import { byId, errorMessage } from "./ui/dom";
import { EntitySearch } from "./ui/entity-search";
import { DetailsPanel } from "./ui/details-panel";
import { BriefDialog } from "./ui/brief-dialog";
import { FiltersPanel } from "./ui/filters-panel";
import { ExpandPrompt } from "./ui/expand-prompt";
import { PathsPanel } from "./ui/paths-panel";
import { CypherConsole } from "./ui/cypher-console";
import { LiveFeed } from "./ui/live-feed";
import { ImportDialog } from "./ui/import-dialog";
import { Timeline } from "./ui/timeline";
import { createExportMenu } from "./ui/export-menu";
import { InViewList } from "./ui/in-view-list";
import { bindGraphKeyboard } from "./ui/graph-keyboard";
import { ViewPersistence } from "./state/view-persistence";
import type { ApiRelationship } from "./types";

const statusElement = byId("status");
const status = (text: string) => (statusElement.textContent = text);

let details: DetailsPanel;
let expandPrompt: ExpandPrompt;

const explorer = new Explorer(byId("graph"), {
  nodeClick: (key) => selectEntity(key),
  nodeDoubleClick: (key) => void expandPrompt.expand(key),
  edgeClick: (id) => void showEdge(id),
  stageClick: () => {
    explorer.select(null);
    details.clear();
  },
});

function selectEntity(key: string): void {
  explorer.select(key);
  void details.showEntity(key);
}

async function showEntity(key: string): Promise<void> {
  try {
    const nodeKey = await explorer.showEntity(key);
    void details.showEntity(nodeKey);
  } catch (error) {
    status(`Could not show ${key}: ${errorMessage(error)}`);
  }
}

async function showEdge(id: string): Promise<void> {
  explorer.selectEdge(id);
  const elementId = explorer.graph.hasEdge(id) ? explorer.graph.getEdgeAttribute(id, "elementId") : id;
  await details.showEvidence(elementId);
}

function showRelationship(rel: ApiRelationship): void {
  if (explorer.graph.hasEdge(rel.id)) explorer.selectEdge(rel.id);
  void details.showEvidence(rel.id);
}

const briefDialog = new BriefDialog(byId<HTMLDialogElement>("brief-dialog"), (key) => void showEntity(key));
details = new DetailsPanel(byId("details"), {
  expand: (key) => void expandPrompt.expand(key),
  collapse: (key) => explorer.collapse(key),
  togglePin: (key) => explorer.togglePin(key),
  remove: (key) => {
    explorer.remove(key);
    details.clear();
  },
  showEntity: (key) => void showEntity(key),
  showRelationship,
  openBrief: (key) => void briefDialog.open(key),
  isPinned: (key) => explorer.graph.hasNode(key) && Boolean(explorer.graph.getNodeAttribute(key, "fixed")),
  isInView: (key) => explorer.graph.hasNode(key),
});
expandPrompt = new ExpandPrompt(byId("expand-prompt"), explorer, status);

const search = new EntitySearch("Search entities", (entity) => void showEntity(entity.key), "Search entities…");
byId("search").append(search.element);

new InViewList(byId("in-view"), explorer, selectEntity);
bindGraphKeyboard(byId("graph"), explorer.renderer.camera);
const filters = new FiltersPanel(byId("filters"), explorer.view, () => explorer.changed());
new PathsPanel(byId("paths"), explorer);
const timeline = new Timeline(byId("timeline"), explorer);
const live = new LiveFeed(byId("new-items"), explorer, (key) => void showEntity(key), (key) => void briefDialog.open(key));
const importDialog = new ImportDialog(byId<HTMLDialogElement>("import-dialog"), (result) => timeline.add(result.brief));
live.onBrief((message) => timeline.add(message.brief));
live.onProgress((progress) => status(`Importing ${progress.file}: ${progress.done} of ${progress.total}`));

const consoleElement = byId("console");
const cypherConsole = new CypherConsole(consoleElement, explorer);
const consoleToggle = byId("toggle-console");
consoleToggle.addEventListener("click", () => {
  const opening = consoleElement.hidden;
  consoleToggle.setAttribute("aria-expanded", String(opening));
  if (opening) void cypherConsole.open();
  else consoleElement.hidden = true;
});

byId("open-import").addEventListener("click", () => importDialog.open());
createExportMenu(byId("export"), explorer, status);
byId("fit").addEventListener("click", () => explorer.renderer.camera.animatedReset({ duration: 300 }));
byId("relayout").addEventListener("click", () => explorer.layout.run());
byId("clear-focus").addEventListener("click", () => {
  explorer.view.newNodes.clear();
  explorer.view.newEdges.clear();
  explorer.view.clearFocus();
});
byId("clear-view").addEventListener("click", () => {
  explorer.clear();
  details.clear();
  expandPrompt.hide();
});

const updateCounts = () => {
  const graph = explorer.graph;
  const counts = `${graph.order} ${graph.order === 1 ? "entity" : "entities"}, ` +
    `${graph.size} ${graph.size === 1 ? "relationship" : "relationships"}`;
  byId("graph").setAttribute("aria-label", `Graph view: ${counts}`);
  status(`${counts} in view`);
};
explorer.onChange(updateCounts);

const persistence = new ViewPersistence(explorer);
window.addEventListener("beforeunload", () => persistence.save());

/** A read-only handle for browser tests and the benchmark: where a node is on screen. */
Object.assign(window, {
  graphExplorer: {
    nodePosition: (key: string) => explorer.renderer.nodeViewportPosition(key),
    edges: () => explorer.graph.mapEdges((id, a, source, target) => ({ id, type: a.relType, source, target })),
    nodes: () => explorer.graph.nodes(),
    layoutRunning: () => explorer.layout.isRunning(),
    camera: () => explorer.renderer.camera.getState(),
  },
});

async function start(): Promise<void> {
  void live.start();
  await timeline.load();
  const restored = await persistence.restore();
  filters.sync();
  updateCounts();
  if (restored?.selected) void details.showEntity(restored.selected);
}

void start();
