// GraphExplorer schema: constraints and indexes for the graph model of ARCHITECTURE.md.
// Idempotent (IF NOT EXISTS); run once per database by BriefImporter.EnsureSchema().
// Statements are separated by semicolons at the end of a line.

// Every node the importer merges is found by its key; the constraints also give the key lookups an index.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT brief_key IF NOT EXISTS FOR (b:Brief) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT sentence_key IF NOT EXISTS FOR (s:Sentence) REQUIRE s.key IS UNIQUE;

// Search by name (entity search box) and listing briefs newest first.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX brief_imported_at IF NOT EXISTS FOR (b:Brief) ON (b.importedAt);
CREATE INDEX brief_file IF NOT EXISTS FOR (b:Brief) ON (b.file);
