// Every property key used on a node.
MATCH (n)
UNWIND keys(n) AS key
RETURN DISTINCT key
