// Which of the given ids an entity has.
// $ids: [string] — entity ids
// returns: id: string
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
