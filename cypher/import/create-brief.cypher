// The brief itself; publishedAt is null (so not stored) when the brief does not say when it was published.
CREATE (b:Brief {key: $key, title: $title, file: $file, importedAt: $importedAt, publishedAt: $publishedAt})
RETURN b
