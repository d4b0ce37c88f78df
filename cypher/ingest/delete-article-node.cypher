// Deletes the Article node itself (after its contribution was detached). Returns how many.
// $articleId: string — article id
// returns: deleted: int
MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(*) AS deleted
