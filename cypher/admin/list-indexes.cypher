// Lists the indexes (name, type, state, labels, properties).
SHOW INDEXES YIELD name, type, state, labelsOrTypes AS labels, properties
