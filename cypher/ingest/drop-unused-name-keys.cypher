// Deletes the given name keys when nothing is stored under them (keys created only to hold a
// lock while an article was linked, or left behind by a deleted entity or event).
// $keys: [string] — name keys
// returns: nothing
UNWIND $keys AS key
MATCH (k:NameKey {key: key})
WHERE NOT EXISTS { (k)-[:NAMES]->() }
DELETE k
