// Gives entities first named by a lone word ("Halvorsen", "ICC") the fuller name an article
// linked to them uses ("Ingrid Halvorsen"). Their ids stay: ids of the fuller name redirect.
// $renames: [{id: string, name: string}] — entity id and its new name
// returns: nothing
UNWIND $renames AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.sortName = toLower(row.name)
