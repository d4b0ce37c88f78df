// Writes one MENTIONS relationship per mention, from its sentence, with exact offsets. CREATE:
// the sentences are new in this transaction (see upsert-entities for why not MERGE). Offsets are
// stored as integers.
// $mentions: [{sentenceId: string, entityId: string, start: number, end: number, text: string}] — one per mention
// returns: nothing
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {start: toInteger(row.start), end: toInteger(row.end), text: row.text}]->(e)
