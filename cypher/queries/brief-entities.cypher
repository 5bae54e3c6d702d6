// The entities a brief mentions, with the indexes of the sentences that mention them.
MATCH (:Brief {key: $key})-[m:MENTIONS]->(e:Entity)
RETURN e, m.sentences AS sentences
ORDER BY e.name
