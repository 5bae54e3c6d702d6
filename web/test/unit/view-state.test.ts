import { describe, expect, it } from "vitest";
import { ViewState } from "../../src/state/view-state";

describe("ViewState", () => {
  it("starts showing everything, with no focus, selection or time cut-off", () => {
    const view = new ViewState();
    expect([view.hiddenTypes.size, view.hiddenRelTypes.size, view.focusNodes.size, view.focusEdges.size]).toEqual([0, 0, 0, 0]);
    expect(view.timeCutoff).toBeNull();
    expect(view.selectedNode).toBeNull();
    expect(view.selectedEdge).toBeNull();
  });

  it("tells every listener about a change, in order", () => {
    const view = new ViewState();
    const calls: string[] = [];
    view.onChange(() => calls.push("legend"));
    view.onChange(() => calls.push("renderer"));
    view.changed();
    view.changed();
    expect(calls).toEqual(["legend", "renderer", "legend", "renderer"]);
  });

  it("focuses a path and notifies, keeping its own copy of the path", () => {
    const view = new ViewState();
    let notified = 0;
    view.onChange(() => notified++);
    const pathNodes = ["person:ann", "organization:acme"];
    view.setFocus(pathNodes, new Set(["r1"]));
    pathNodes.push("person:bob");
    expect([...view.focusNodes]).toEqual(["person:ann", "organization:acme"]);
    expect([...view.focusEdges]).toEqual(["r1"]);
    expect(notified).toBe(1);
  });

  it("clears the focus and notifies", () => {
    const view = new ViewState();
    view.setFocus(["person:ann"], ["r1"]);
    let notified = 0;
    view.onChange(() => notified++);
    view.clearFocus();
    expect(view.focusNodes.size + view.focusEdges.size).toBe(0);
    expect(notified).toBe(1);
  });

  it("focuses from one-shot iterables such as a map's keys", () => {
    const view = new ViewState();
    const distances = new Map([["person:ann", 0], ["person:bob", 1]]);
    view.setFocus(distances.keys(), [].values());
    expect([...view.focusNodes]).toEqual(["person:ann", "person:bob"]);
  });
});
