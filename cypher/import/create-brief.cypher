// The brief and every sentence of it, the evidence that relationships point to by key, in one query.
// publishedAt (same format as importedAt) is null, so not stored, when neither the brief nor its caller says when it was published.
// $sentences: [{key, text, section, index, start, end}]
// count(*) gives one row even for a brief without sentences, so the brief is always returned.
CREATE (b:Brief {key: $key, title: $title, file: $file, importedAt: $importedAt, publishedAt: $publishedAt})
WITH b
UNWIND $sentences AS row
CREATE (b)-[:HAS_SENTENCE]->(:Sentence {key: row.key, text: row.text, section: row.section,
                                        index: row.index, start: row.start, `end`: row.`end`})
WITH count(*) AS sentences
MATCH (b:Brief {key: $key})
RETURN b
