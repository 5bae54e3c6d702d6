// Relations of one type (the importer puts one of the eleven relation types of GOLD-FORMAT.md in place of
// {{type}}: relationship types cannot be parameters in Cypher). One relationship per (source, type, target);
// each brief that states it again adds its evidence: the brief, the sentences, the outlets and the claims,
// each list kept free of duplicates.
// A brief is written once and its rows are one per (source, type, target), so the relationship is new exactly
// when this brief is its only evidence: no second lookup is needed to tell.
// $rows: [{source, target, sentences (sentence keys), outlets (outlet keys), claims, confidence}]
UNWIND $rows AS row
MATCH (source:Entity {key: row.source}), (target:Entity {key: row.target})
MERGE (source)-[r:{{type}}]->(target)
  ON CREATE SET r.briefs = [], r.sentences = [], r.outlets = [], r.confidence = row.confidence, r.firstReported = $seen
SET r.briefs = r.briefs + CASE WHEN $briefKey IN r.briefs THEN [] ELSE [$briefKey] END,
    r.sentences = r.sentences + [k IN row.sentences WHERE NOT k IN r.sentences],
    r.outlets = r.outlets + [o IN row.outlets WHERE NOT o IN r.outlets],
    r.claim = reduce(c = r.claim, claim IN row.claims |
                CASE WHEN c IS NULL THEN claim
                     WHEN claim IN split(c, '; ') THEN c
                     ELSE c + '; ' + claim END),
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.lastReported = $seen
RETURN r, r.briefs = [$briefKey] AS added
