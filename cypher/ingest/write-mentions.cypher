// Writes one MENTIONS relationship per mention, from its sentence, with exact offsets.
// $mentions: [{sentenceId, entityId, start, end, text}]
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
SET m.end = row.end, m.text = row.text
