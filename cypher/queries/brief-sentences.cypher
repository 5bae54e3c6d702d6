// The sentences of a brief in reading order.
MATCH (:Brief {key: $key})-[:HAS_SENTENCE]->(s:Sentence)
RETURN s
ORDER BY s.index
