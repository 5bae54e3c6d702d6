// How two entities are connected through the eleven relation types (at most four hops).
// Parameters: {"from": "person:hun-manet", "to": "organization:amnesty-international"}
MATCH path = shortestPath((:Entity {key: $from})-[:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO*..4]-(:Entity {key: $to}))
RETURN [n IN nodes(path) | n.name] AS entities, [r IN relationships(path) | type(r)] AS relations
