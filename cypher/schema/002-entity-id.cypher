// Entities are keyed by the extraction's stable id (kind + canonical name), so MERGE never duplicates.
// returns: nothing
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
