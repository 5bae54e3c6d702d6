// Every brief with how many sentences it has and how many entities it mentions, newest first.
MATCH (b:Brief)
OPTIONAL MATCH (b)-[:HAS_SENTENCE]->(s:Sentence)
WITH b, count(s) AS sentenceCount
OPTIONAL MATCH (b)-[:MENTIONS]->(e:Entity)
RETURN b, sentenceCount, count(e) AS entityCount
ORDER BY b.importedAt DESC, b.key
