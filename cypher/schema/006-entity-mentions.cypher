// Entity lists ordered by mention count (keyset pagination on mentionCount, id).
// returns: nothing
CREATE INDEX entity_mention_count IF NOT EXISTS FOR (e:Entity) ON (e.mentionCount, e.id)
