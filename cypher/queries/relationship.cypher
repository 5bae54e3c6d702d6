// One relationship by its element id, with its endpoints.
MATCH (source)-[r]->(target)
WHERE elementId(r) = $id
RETURN r, source, target
