// Linking looks entities and events up by normalised name keys (src/ingest/name-keys.ts): one
// index seek per key, and MERGE on the key is how two articles naming the same new person serialise.
// returns: nothing
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE
