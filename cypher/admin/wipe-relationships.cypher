// Deletes up to $limit relationships (tests and benchmarks only). wipeGraph (src/db/wipe-graph.ts)
// repeats it until none is left before deleting nodes: a batch of nodes that holds a hub of a
// large graph would otherwise DETACH DELETE hundreds of thousands of relationships in one
// transaction and exceed Neo4j's transaction memory.
// $limit: int — relationships per transaction
// returns: deleted: int
MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
