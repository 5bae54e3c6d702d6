// An entity's direct neighbours through the eleven relation types (not briefs, sentences or mentions).
// Parameters: {"key": "country:cambodia"}
MATCH (center:Entity {key: $key})-[r]-(neighbour:Entity)
RETURN neighbour.name AS neighbour, labels(neighbour) AS labels, type(r) AS relation,
       startNode(r) = center AS outgoing, size(r.briefs) AS briefs
ORDER BY briefs DESC, neighbour
