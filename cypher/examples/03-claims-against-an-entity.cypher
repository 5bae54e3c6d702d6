// Who accuses an entity of what, and in how many briefs.
// Parameters: {"key": "country:cambodia"}
MATCH (accuser:Entity)-[r:ALLEGES]->(:Entity {key: $key})
RETURN accuser.name AS accuser, r.claim AS claims, size(r.briefs) AS briefs, r.outlets AS outlets
ORDER BY briefs DESC
