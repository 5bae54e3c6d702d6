// The briefs that mention an entity, with how often each does.
MATCH (b:Brief)-[m:MENTIONS]->(:Entity {key: $key})
RETURN b, m.count AS count
