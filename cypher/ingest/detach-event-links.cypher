// Removes an article's support from participant and place links of the events it reports;
// deletes the links no other article supports.
// $articleId: string — article id
// returns: nothing
MATCH (:Article {id: $articleId})-[:REPORTS]->(ev:Event)-[l:PARTICIPATED_IN|TOOK_PLACE_IN]-()
WHERE $articleId IN l.articleIds
WITH DISTINCT l
SET l.articleIds = [x IN l.articleIds WHERE x <> $articleId]
WITH l WHERE size(l.articleIds) = 0
DELETE l
