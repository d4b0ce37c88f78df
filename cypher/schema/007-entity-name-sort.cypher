// Entity lists ordered by name (keyset pagination on sortName, id).
// returns: nothing
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName, e.id)
