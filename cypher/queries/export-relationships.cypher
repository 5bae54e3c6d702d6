// Every relationship, for export.
MATCH ()-[r]->()
RETURN r
