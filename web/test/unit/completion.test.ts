import { describe, expect, it } from "vitest";
import { complete } from "../../src/cypher/completion";
import type { Schema } from "../../src/types";

const schema: Schema = {
  labels: ["Entity", "Person", "Organization", "Outlet", "Country", "Event"],
  relationshipTypes: ["LEADS", "MEMBER_OF", "LOCATED_IN", "LINKED_TO", "SUPPORTS"],
  propertyKeys: ["name", "aliases", "firstSeen", "key"],
};

/** Completes at the caret marked "‸" in the query. */
function at(marked: string, parameters: string[] = []) {
  const caret = marked.indexOf("‸");
  return complete(marked.replace("‸", ""), caret, schema, parameters);
}

describe("complete", () => {
  it("offers labels after a colon in a node pattern, case-insensitively", () => {
    expect(at("MATCH (p:pe‸")).toEqual({ from: 9, items: ["Person"] });
    expect(at("MATCH (p:O‸")?.items).toEqual(["Organization", "Outlet"]);
  });

  it("offers every label right after the colon", () => {
    expect(at("MATCH (p:‸")?.items).toEqual(schema.labels);
  });

  it("offers relationship types after a colon or a bar inside brackets", () => {
    expect(at("MATCH (a)-[r:L‸")?.items).toEqual(["LEADS", "LOCATED_IN", "LINKED_TO"]);
    expect(at("MATCH (a)-[:LEADS|M‸")).toEqual({ from: 18, items: ["MEMBER_OF"] });
  });

  it("goes back to labels in the node pattern after a relationship", () => {
    expect(at("MATCH (a:Person)-[:LEADS]->(b:Org‸")?.items).toEqual(["Organization"]);
  });

  it("offers property keys after a dot and parameters after a dollar", () => {
    expect(at("MATCH (n) WHERE n.al‸")).toEqual({ from: 18, items: ["aliases"] });
    expect(at("MATCH (n) WHERE n.key = $‸", ["key", "keys", "limit"])?.items).toEqual(["key", "keys", "limit"]);
    expect(at("RETURN $li‸", ["key", "limit"])?.items).toEqual(["limit"]);
  });

  it("offers keywords for a bare word of two letters or more", () => {
    expect(at("MATCH (n) RE‸")).toEqual({ from: 10, items: ["RETURN", "REMOVE"] });
    expect(at("MATCH (n) R‸")).toBeNull();
  });

  it("completes the word at the caret, not the end of the query", () => {
    const query = "MATCH (p:Pe) RETURN p";
    expect(complete(query, 11, schema, [])).toEqual({ from: 9, items: ["Person"] });
  });

  it("offers nothing once the word is complete or when nothing matches", () => {
    expect(at("MATCH (p:Person‸")).toBeNull();
    expect(at("MATCH (p:Zz‸")).toBeNull();
    expect(at("", [])).toBeNull();
  });

  it("keeps the list short", () => {
    const many: Schema = { ...schema, propertyKeys: Array.from({ length: 30 }, (_, i) => `p${i}`) };
    expect(complete("n.p", 3, many, [])?.items).toHaveLength(12);
  });
});
