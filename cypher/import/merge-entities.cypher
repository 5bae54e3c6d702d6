// Entities of one type (the importer puts one of Person, Organization, Country, Event, Outlet in place of
// {{label}}: labels cannot be parameters in Cypher). An entity is merged by its stable key; the names a new
// brief uses for it are added to its aliases, and the brief MENTIONS it.
// $rows: [{key, name, names (name and aliases), description, count, sentences (indexes)}]
MATCH (b:Brief {key: $briefKey})
UNWIND $rows AS row
OPTIONAL MATCH (known:Entity {key: row.key})
WITH b, row, known IS NULL AS added
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name,
                e.aliases = [a IN row.names WHERE a <> row.name],
                e.description = row.description,
                e.firstSeen = $seen
  ON MATCH SET e.aliases = coalesce(e.aliases, []) + [a IN row.names WHERE a <> e.name AND NOT a IN coalesce(e.aliases, [])],
               e.description = coalesce(e.description, row.description)
SET e:{{label}}, e.lastSeen = $seen
CREATE (b)-[:MENTIONS {count: row.count, sentences: row.sentences}]->(e)
RETURN e, added
