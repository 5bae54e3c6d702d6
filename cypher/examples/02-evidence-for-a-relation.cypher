// The sentences behind one relation, with the brief each comes from.
// Parameters: {"source": "person:hun-manet", "target": "country:cambodia"}
MATCH (:Entity {key: $source})-[r]->(:Entity {key: $target})
UNWIND r.sentences AS sentenceKey
MATCH (brief:Brief)-[:HAS_SENTENCE]->(sentence:Sentence {key: sentenceKey})
RETURN type(r) AS relation, brief.title AS brief, sentence.section AS section, sentence.text AS evidence
ORDER BY brief.importedAt, sentence.index
