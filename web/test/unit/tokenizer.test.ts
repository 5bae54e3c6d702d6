import { describe, expect, it } from "vitest";
import { tokenize, type Token } from "../../src/cypher/tokenizer";

function kinds(text: string): [Token["kind"], string][] {
  return tokenize(text).filter((t) => t.kind !== "space").map((t) => [t.kind, t.text]);
}

describe("tokenize", () => {
  it("covers the text exactly, token after token, so the highlight lines up with the textarea", () => {
    const inputs = [
      "MATCH (p:Person {name: 'Hun Manet'})-[r:LEADS]->(o) WHERE r.since > 2020 RETURN p, count(o)",
      "// a comment\nMATCH (n) /* block */ RETURN n.`odd name`, $limit",
      "'unterminated string\nMATCH",
      "/* unterminated comment",
      "€ § \u0000 \ud800 ~~~ ",
      "",
    ];
    for (const input of inputs) {
      const tokens = tokenize(input);
      expect(tokens.map((t) => t.text).join("")).toBe(input);
      let position = 0;
      for (const token of tokens) {
        expect(token.start).toBe(position);
        expect(token.text.length).toBeGreaterThan(0);
        position += token.text.length;
      }
    }
  });

  it("recognises keywords in any case", () => {
    expect(kinds("match (n) return DISTINCT n Order By n.name")).toEqual([
      ["keyword", "match"], ["punctuation", "("], ["identifier", "n"], ["punctuation", ")"],
      ["keyword", "return"], ["keyword", "DISTINCT"], ["identifier", "n"],
      ["keyword", "Order"], ["keyword", "By"], ["identifier", "n"], ["punctuation", "."], ["identifier", "name"],
    ]);
  });

  it("marks labels and relationship types with their colon, and function calls", () => {
    expect(kinds("(p:Person)-[:MEMBER_OF]->(o: Organization) RETURN toUpper(p.name)")).toEqual([
      ["punctuation", "("], ["identifier", "p"], ["label", ":Person"], ["punctuation", ")"],
      ["punctuation", "-"], ["punctuation", "["], ["label", ":MEMBER_OF"], ["punctuation", "]"],
      ["punctuation", "-"], ["punctuation", ">"],
      ["punctuation", "("], ["identifier", "o"], ["label", ": Organization"], ["punctuation", ")"],
      ["keyword", "RETURN"], ["function", "toUpper"], ["punctuation", "("], ["identifier", "p"],
      ["punctuation", "."], ["identifier", "name"], ["punctuation", ")"],
    ]);
  });

  it("keeps a quoted label with spaces in one token", () => {
    expect(kinds("(n:`Armed group`)")).toContainEqual(["label", ":`Armed group`"]);
  });

  it("reads strings with escaped quotes, numbers and parameters as single tokens", () => {
    expect(kinds(`'it\\'s' "say \\"hi\\"" 42 3.5 1e-3 $name`)).toEqual([
      ["string", "'it\\'s'"], ["string", '"say \\"hi\\""'], ["number", "42"], ["number", "3.5"],
      ["number", "1e-3"], ["parameter", "$name"],
    ]);
  });

  it("does not read a variable-length range as a decimal number", () => {
    expect(kinds("*1..3")).toEqual([
      ["punctuation", "*"], ["number", "1"], ["punctuation", "."], ["punctuation", "."], ["number", "3"],
    ]);
  });

  it("runs an unterminated string or block comment to the end instead of failing", () => {
    expect(kinds("RETURN 'abc")).toEqual([["keyword", "RETURN"], ["string", "'abc"]]);
    expect(kinds("RETURN /* note")).toEqual([["keyword", "RETURN"], ["comment", "/* note"]]);
  });

  it("ends a line comment at the line break", () => {
    expect(kinds("// find leaders\nMATCH (n)")[0]).toEqual(["comment", "// find leaders"]);
    expect(kinds("// find leaders\nMATCH (n)")[1]).toEqual(["keyword", "MATCH"]);
  });
});
