// Deletes every node and relationship (tests and benchmarks only); constraints and indexes stay.
MATCH (n) DETACH DELETE n
