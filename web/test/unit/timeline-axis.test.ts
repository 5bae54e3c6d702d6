// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Explorer } from "../../src/explorer";
import type { BriefRef } from "../../src/types";
import { TimeIndex } from "../../src/graph/time-index";
import { ViewState } from "../../src/state/view-state";
import { Timeline } from "../../src/ui/timeline";

const IMPORTED: BriefRef[] = [
  { key: "brief:a", title: "A", file: "a.txt", importedAt: "2026-11-20T10:00:00Z" },
  { key: "brief:b", title: "B", file: "b.txt", importedAt: "2026-11-21T10:00:00Z" },
];
const PUBLISHED: BriefRef = { key: "brief:c", title: "C", file: "c.txt", importedAt: "2026-11-22T10:00:00Z", publishedAt: "2026-01-05T00:00:00Z" };

function timeline() {
  const explorer = { view: new ViewState(), time: new TimeIndex() };
  const element = document.createElement("div");
  const ui = new Timeline(element, explorer as unknown as Explorer);
  const select = element.querySelector("select") as HTMLSelectElement;
  const slider = element.querySelector("input[type=range]") as HTMLInputElement;
  return { explorer, ui, select, slider };
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

describe("Timeline axis choice", () => {
  it("records the analyst's choice in the view state, so it is saved with the view", () => {
    const { explorer, ui, select, slider } = timeline();
    [...IMPORTED, PUBLISHED].forEach((brief) => ui.add(brief));
    let changes = 0;
    explorer.view.onChange(() => changes++);
    choose(select, "published");
    expect(explorer.view.timeAxis).toBe("published");
    expect(explorer.time.axis).toBe("published");
    expect(slider.getAttribute("aria-label")).toBe("Publication time");
    expect(changes).toBeGreaterThan(0);
    choose(select, "imported");
    expect([explorer.view.timeAxis, explorer.time.axis]).toEqual(["imported", "imported"]);
  });

  it("follows an axis restored into the view state, showing it in the select and the slider", () => {
    const { explorer, ui, select, slider } = timeline();
    [...IMPORTED, PUBLISHED].forEach((brief) => ui.add(brief));
    explorer.view.timeAxis = "published";
    explorer.view.changed();
    expect(explorer.time.axis).toBe("published");
    expect(select.value).toBe("published");
    expect(slider.getAttribute("aria-label")).toBe("Publication time");
    // The brief published first now leads the slider.
    expect(explorer.time.steps()[0].briefs).toEqual(["brief:c"]);
  });

  it("keeps a restored publication axis waiting until some brief has a publication time", () => {
    const { explorer, ui, select } = timeline();
    IMPORTED.forEach((brief) => ui.add(brief));
    explorer.view.timeAxis = "published";
    explorer.view.changed();
    expect(explorer.time.axis).toBe("imported");
    expect(select.hidden).toBe(true);
    expect(explorer.view.timeAxis).toBe("published");

    ui.add(PUBLISHED);
    expect(explorer.time.axis).toBe("published");
    expect(select.hidden).toBe(false);
    expect(select.value).toBe("published");
  });

  it("shows every brief again when the axis changes", () => {
    const { explorer, ui, slider } = timeline();
    [...IMPORTED, PUBLISHED].forEach((brief) => ui.add(brief));
    slider.value = "0";
    slider.dispatchEvent(new Event("input"));
    expect(explorer.view.timeCutoff).not.toBeNull();
    explorer.view.timeAxis = "published";
    explorer.view.changed();
    expect(explorer.view.timeCutoff).toBeNull();
    expect(slider.value).toBe(slider.max);
  });
});
