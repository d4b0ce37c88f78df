// Deletes identity links (POSSIBLY_SAME_AS, DIFFERENT_FROM) between pairs of entities, either way.
// $pairs: [{a: string, b: string, types: [string]}] — entity ids and the link types to delete
// returns: nothing
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.a})-[l:POSSIBLY_SAME_AS|DIFFERENT_FROM]-(:Entity {id: pair.b})
WHERE type(l) IN pair.types
DELETE l
