// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { errorMessage, formatTime, h, highlightPhrases } from "../../src/ui/dom";

/** The fragment as text with marks shown as [..], so assertions read like what the analyst sees. */
function shown(fragment: DocumentFragment): string {
  return [...fragment.childNodes].map((node) => node.nodeName === "MARK" ? `[${node.textContent}]` : node.textContent).join("");
}

describe("highlightPhrases", () => {
  it("marks every mention, whatever its case, keeping the text as written", () => {
    expect(shown(highlightPhrases("Hun Manet met HUN MANET's rivals.", ["hun manet"])))
      .toBe("[Hun Manet] met [HUN MANET]'s rivals.");
  });

  it("prefers the longest phrase where phrases overlap", () => {
    expect(shown(highlightPhrases("Prime Minister Hun Manet and Hun Sen", ["Hun", "Hun Manet", "Hun Sen"])))
      .toBe("Prime Minister [Hun Manet] and [Hun Sen]");
  });

  it("treats phrases as plain text, not patterns", () => {
    expect(shown(highlightPhrases("AT&T (US) and C++ users; ATxT", ["AT&T (US)", "C++", "A.T"])))
      .toBe("[AT&T (US)] and [C++] users; ATxT");
  });

  it("ignores single letters and blank phrases, and leaves text without phrases alone", () => {
    expect(shown(highlightPhrases("a b c", ["a", " ", ""]))).toBe("a b c");
    expect(highlightPhrases("plain", []).childNodes).toHaveLength(1);
  });

  it("puts the class on the marks only when given", () => {
    const withClass = highlightPhrases("Acme Corp", ["Acme"], "subject");
    const without = highlightPhrases("Acme Corp", ["Acme"]);
    expect(withClass.querySelector("mark")?.getAttribute("class")).toBe("subject");
    expect(without.querySelector("mark")?.hasAttribute("class")).toBe(false);
  });

  it("inserts text, never markup", () => {
    const fragment = highlightPhrases("<b>Acme</b> <img src=x>", ["Acme"]);
    expect(fragment.querySelectorAll("b, img")).toHaveLength(0);
    expect(fragment.textContent).toBe("<b>Acme</b> <img src=x>");
  });
});

describe("h", () => {
  it("sets attributes, skips false and undefined ones, and wires listeners", () => {
    let clicks = 0;
    const button = h("button", { type: "button", disabled: true, hidden: false, title: undefined, tabindex: 0, onclick: () => clicks++ }, "Go", null, false);
    expect(button.getAttribute("type")).toBe("button");
    expect(button.hasAttribute("disabled")).toBe(true);
    expect(button.hasAttribute("hidden")).toBe(false);
    expect(button.hasAttribute("title")).toBe(false);
    expect(button.getAttribute("tabindex")).toBe("0");
    expect(button.textContent).toBe("Go");
    button.dispatchEvent(new Event("click"));
    expect(clicks).toBe(1);
  });
});

describe("formatTime", () => {
  it("says unknown for a missing time and shows an unreadable one as it came", () => {
    expect(formatTime(null)).toBe("unknown");
    expect(formatTime(undefined)).toBe("unknown");
    expect(formatTime("")).toBe("unknown");
    expect(formatTime("sometime in May")).toBe("sometime in May");
  });

  it("shows a time in local form, not as the raw ISO text", () => {
    const text = formatTime("2024-03-05T10:20:00Z");
    expect(text).not.toBe("2024-03-05T10:20:00Z");
    expect(text).toContain("2024");
  });
});

describe("errorMessage", () => {
  it("gives an error's message, or the thrown value as text", () => {
    expect(errorMessage(new Error("server unreachable"))).toBe("server unreachable");
    expect(errorMessage("timeout")).toBe("timeout");
    expect(errorMessage(404)).toBe("404");
  });
});
