// Briefs that mention both entities, with how often each is mentioned.
// Parameters: {"a": "country:cambodia", "b": "country:thailand"}
MATCH (a:Entity {key: $a})<-[ma:MENTIONS]-(brief:Brief)-[mb:MENTIONS]->(b:Entity {key: $b})
RETURN brief.title AS brief, brief.file AS file, ma.count AS mentionsOfA, mb.count AS mentionsOfB
ORDER BY brief.importedAt DESC
