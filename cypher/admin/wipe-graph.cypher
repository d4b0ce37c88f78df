// Deletes every node and relationship (tests and benchmarks only); constraints and indexes stay.
// returns: nothing
MATCH (n) DETACH DELETE n
