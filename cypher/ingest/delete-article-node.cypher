// Deletes the Article node itself (after its contribution was detached). Returns how many.
// $articleId: article id
MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(*) AS deleted
