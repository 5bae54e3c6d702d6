// Every entity related to this one by one of the eleven relation types, either direction, with the relationship.
// The endpoint filters (labels, types) and pages the rows.
MATCH (:Entity {key: $key})-[r:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO]-(n:Entity)
RETURN r, n
