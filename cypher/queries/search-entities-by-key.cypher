// The entities with the given keys and their degrees, to refresh the search index after an import.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
OPTIONAL MATCH (e)-[r:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO]-(:Entity)
RETURN e, count(r) AS degree
