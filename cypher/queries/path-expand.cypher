// One breadth-first step of the path search: the relations around the entities with the given keys.
UNWIND $keys AS key
MATCH (node:Entity {key: key})-[relationship:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO]-(neighbour:Entity)
RETURN node, relationship, neighbour
