// The single shortest path by Cypher, the alternative to the k-shortest-paths search (compared in the benchmark).
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = shortestPath((a)-[:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO*..6]-(b))
RETURN p
