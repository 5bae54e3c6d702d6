// Relations stated by the most briefs: corroboration is the number of briefs and of distinct outlets.
MATCH (source:Entity)-[r]->(target:Entity)
WHERE r.briefs IS NOT NULL
RETURN source.name AS source, type(r) AS relation, target.name AS target,
       size(r.briefs) AS briefs, size(r.outlets) AS outlets, r.confidence AS confidence
ORDER BY briefs DESC, outlets DESC, confidence DESC
LIMIT 25
