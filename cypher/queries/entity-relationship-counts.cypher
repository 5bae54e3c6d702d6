// How many relations of each type an entity takes part in, either direction.
MATCH (:Entity {key: $key})-[r:LEADS|MEMBER_OF|ALLEGES|CRITICIZES|SUPPORTS|TENSION_WITH|COOPERATES_WITH|REPORTS_ON|INVOLVED_IN|LOCATED_IN|LINKED_TO]-(:Entity)
RETURN type(r) AS type, count(r) AS count
