// Full-text index over names and aliases of entities and events: powers Query.search (typo-tolerant with ~).
// returns: nothing
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Event) ON EACH [n.name, n.aliasText]
