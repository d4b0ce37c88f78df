// Readiness probe: answers 1 while the database can serve a read.
// returns: ok: int
RETURN 1 AS ok
