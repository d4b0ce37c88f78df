// How many mentions each entity has (Mention connection totalCount), counted on relationships only.
// $ids: [string] — entity ids
// returns: id: string, count: int
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id, COUNT { (a)<-[:MENTIONS]-(:Sentence) } AS count
