// Readiness probe: answers 1 while the database can serve a read.
RETURN 1 AS ok
