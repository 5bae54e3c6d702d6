// How many nodes the graph has.
MATCH (n)
RETURN count(n) AS count
