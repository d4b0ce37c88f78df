// Deletes up to $limit nodes with their relationships (tests and benchmarks only; constraints and
// indexes stay). wipeGraph (src/db/wipe-graph.ts) repeats it until nothing is left, so a large
// graph is wiped in bounded transactions instead of one that exceeds Neo4j's transaction memory.
// $limit: int — nodes per transaction
// returns: deleted: int
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
