import type { ApiNode, ApiRelationship, Props } from "../../src/types";

/** An entity as the API returns it: element id "n:" + key unless given. */
export function entity(key: string, type: string, properties: Props = {}, id = `n:${key}`): ApiNode {
  return { id, key, labels: ["Entity", type], properties: { key, name: key, ...properties } };
}

export function relationship(id: string, type: string, start: ApiNode, end: ApiNode, properties: Props = {}): ApiRelationship {
  return { id, type, start: start.id, end: end.id, properties };
}
