// Blocks until every index is online, so the first queries after a migration can use them.
// returns: nothing
CALL db.awaitIndexes(300)
