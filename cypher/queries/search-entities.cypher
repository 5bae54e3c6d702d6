// Every entity with its degree (relations of the eleven types, either direction), to build the search index.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[r:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO]-(:Entity)
RETURN e, count(r) AS degree
