// How many articles name each entity or report each event (Article connection totalCount).
// $ids: [string] — entity or event ids
// returns: id: string, count: int
UNWIND $ids AS id
RETURN id, COUNT { MATCH (:Article)-[:HAS_ENTITY]->(:Entity {id: id}) } + COUNT { MATCH (:Article)-[:REPORTS]->(:Event {id: id}) } AS count
