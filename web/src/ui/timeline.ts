import { api } from "../api";
import type { Explorer } from "../explorer";
import type { TimeAxis, TimeStep } from "../graph/time-index";
import type { BriefRef } from "../types";
import { h } from "./dom";

const DAY = 24 * 3600 * 1000;

const AXIS_NAMES: Record<TimeAxis, string> = { imported: "Import time", published: "Publication time" };

function shorten(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * A slider over the briefs in time order: moving it back hides what arrived later; Play replays.
 * The axis is import time or, once any brief has one, publication time; each stop is one distinct
 * time, so briefs published the same day appear together.
 */
export class Timeline {
  private readonly titles = new Map<string, string>();
  private steps: TimeStep[] = [];
  private readonly slider = h("input", { type: "range", min: 0, max: 0, value: 0, step: 1, "aria-label": AXIS_NAMES.imported });
  private readonly axisSelect = h("select", { id: "timeline-axis", hidden: true },
    h("option", { value: "imported" }, AXIS_NAMES.imported),
    h("option", { value: "published" }, AXIS_NAMES.published));
  private readonly label = h("output", { class: "muted small" }, "All briefs");
  private readonly play = h("button", { type: "button" }, "Play");
  private timer: number | undefined;

  constructor(element: HTMLElement, private readonly explorer: Explorer) {
    this.slider.addEventListener("input", () => this.apply());
    this.axisSelect.addEventListener("change", () => {
      this.explorer.view.timeAxis = this.axisSelect.value === "published" ? "published" : "imported";
      this.followChosenAxis();
    });
    this.play.addEventListener("click", () => this.toggle());
    // The chosen axis is part of the view: a restored view or a shared link may bring another one.
    explorer.view.onChange(() => this.followChosenAxis());
    // "Time" names the axis choice ("Time: Publication time"); the slider is named after the axis it moves along.
    element.append(h("label", { class: "timeline-label", for: "timeline-axis" }, "Time"), this.axisSelect, this.slider, this.play, this.label);
  }

  async load(): Promise<void> {
    try {
      this.setBriefs(await api.briefs());
    } catch (error) {
      console.warn("briefs unavailable", error);
    }
  }

  add(brief: BriefRef): void {
    this.setBriefs([brief]);
  }

  private get time() {
    return this.explorer.time;
  }

  private setBriefs(briefs: BriefRef[]): void {
    const atEnd = this.atEnd();
    this.time.setBriefs(briefs);
    for (const brief of briefs) this.titles.set(brief.key, brief.title);
    this.axisSelect.hidden = !this.time.hasPublicationTimes();
    if (!this.followChosenAxis()) this.refresh(atEnd);
  }

  /** Moves onto the chosen axis where it differs from the one shown; the publication axis needs a brief with a publication time. */
  private followChosenAxis(): boolean {
    const axis = this.time.hasPublicationTimes() ? this.explorer.view.timeAxis : "imported";
    if (axis === this.time.axis) return false;
    this.setAxis(axis);
    return true;
  }

  private setAxis(axis: TimeAxis): void {
    this.stop();
    this.time.setAxis(axis);
    this.axisSelect.value = axis;
    this.slider.setAttribute("aria-label", AXIS_NAMES[axis]);
    // The same position means another moment on the other axis; showing everything is the one that stays true.
    this.refresh(true);
  }

  private refresh(toEnd: boolean): void {
    const shown = this.steps[Number(this.slider.value)]?.time;
    this.steps = this.time.steps();
    this.slider.max = String(Math.max(0, this.steps.length - 1));
    if (toEnd || shown === undefined) this.slider.value = this.slider.max;
    // A brief arriving mid-replay may take a stop before the one shown: stay at the same moment, not the same index.
    else this.slider.value = String(Math.max(0, this.steps.filter((step) => step.time <= shown).length - 1));
    this.apply();
  }

  private atEnd(): boolean {
    return Number(this.slider.value) >= this.steps.length - 1;
  }

  private apply(): void {
    const step = this.steps[Number(this.slider.value)];
    const all = this.atEnd() || !step;
    this.explorer.view.timeCutoff = all ? null : step.time;
    this.label.textContent = all ? this.describeAll() : this.describe(step);
    this.label.title = this.label.textContent;
    this.slider.setAttribute("aria-valuetext", this.label.textContent);
    this.explorer.view.changed();
  }

  private describeAll(): string {
    const total = this.steps.length === 0 ? 0 : this.steps[this.steps.length - 1].upTo;
    return [`All ${plural(total, "brief")}`, this.fallbackNote()].filter(Boolean).join(" · ");
  }

  private describe(step: TimeStep): string {
    const total = this.steps[this.steps.length - 1].upTo;
    const byImport = step.briefs.every((key) => this.time.placedByImport(key));
    const when = this.time.axis === "imported"
      ? `Imported by ${new Date(step.time).toLocaleString()}`
      : byImport
        ? `Up to ${new Date(step.time).toLocaleString()} (import time: no publication date)`
        : `Published by ${this.formatPublished(step.time)}`;
    const first = this.titles.get(step.briefs[0]) ?? step.briefs[0];
    const arriving = step.briefs.length === 1 ? `“${shorten(first)}”` : `“${shorten(first)}” and ${step.briefs.length - 1} more`;
    return [`${when} · ${step.upTo} of ${plural(total, "brief")} (${arriving})`, this.fallbackNote()].filter(Boolean).join(" · ");
  }

  /** On the publication axis, say how many briefs stand at their import time instead. */
  private fallbackNote(): string {
    if (this.time.axis !== "published") return "";
    const count = this.time.placedByImportCount();
    return count === 0 ? "" : `${plural(count, "brief")} without a publication date placed at import time`;
  }

  /** A publication date without a time of day (midnight UTC) reads as that calendar date, in any zone. */
  private formatPublished(time: number): string {
    const date = new Date(time);
    return time % DAY === 0
      ? date.toLocaleDateString(undefined, { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" })
      : date.toLocaleString();
  }

  private toggle(): void {
    if (this.timer !== undefined) {
      this.stop();
      return;
    }
    this.slider.value = "0";
    this.apply();
    this.play.textContent = "Pause";
    this.timer = window.setInterval(() => {
      const next = Number(this.slider.value) + 1;
      this.slider.value = String(next);
      this.apply();
      if (next >= this.steps.length - 1) this.stop();
    }, 800);
  }

  private stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = "Play";
  }
}
