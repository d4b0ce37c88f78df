// Full texts of articles by id: loaded only when a query selects Article.text.
// $ids: article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
