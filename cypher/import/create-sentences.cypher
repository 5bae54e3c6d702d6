// Every sentence of the brief, the evidence that relationships point to by key.
// $rows: [{key, text, section, index, start, end}]
MATCH (b:Brief {key: $briefKey})
UNWIND $rows AS row
CREATE (b)-[:HAS_SENTENCE]->(:Sentence {key: row.key, text: row.text, section: row.section,
                                        index: row.index, start: row.start, `end`: row.`end`})
