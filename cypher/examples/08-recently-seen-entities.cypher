// Entities that appeared in the latest briefs, with every name they have been given.
MATCH (e:Entity)
RETURN e.name AS name, [label IN labels(e) WHERE label <> 'Entity'][0] AS type, e.aliases AS aliases,
       e.firstSeen AS firstSeen, e.lastSeen AS lastSeen
ORDER BY e.lastSeen DESC, e.name
LIMIT 50
