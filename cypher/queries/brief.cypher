// One brief by its key.
MATCH (b:Brief {key: $key})
RETURN b
