// One entity by its key.
MATCH (e:Entity {key: $key})
RETURN e
