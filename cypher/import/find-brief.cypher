// A brief's key is the hash of its content, so finding it means this exact text was imported before.
MATCH (b:Brief {key: $key})
RETURN b
