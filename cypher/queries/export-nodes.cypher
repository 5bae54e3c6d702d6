// Every node, for export.
MATCH (n)
RETURN n
