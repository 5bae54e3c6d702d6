// Every property key used on a relationship.
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN DISTINCT key
