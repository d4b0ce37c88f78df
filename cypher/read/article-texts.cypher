// Full texts of articles by id: loaded only when a query selects Article.text.
// $ids: [string] — article ids
// returns: id: string, text: string
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
