// The sentences behind a relationship ($sentences: sentence keys), each with its brief and the outlets among
// $outlets that its brief mentions.
UNWIND $sentences AS sentenceKey
MATCH (b:Brief)-[:HAS_SENTENCE]->(s:Sentence {key: sentenceKey})
OPTIONAL MATCH (b)-[:MENTIONS]->(o:Outlet)
WHERE o.key IN $outlets
RETURN b, s, collect(o) AS outlets
