// Counters and offsets as integers: graphs written before they were stored as integers hold
// Floats in Entity.mentionCount, HAS_ENTITY.mentionCount, Sentence.index/start/end,
// MENTIONS.start/end and Article.sentenceCount; this converts them, in one transaction. Every
// article written before has a Float sentenceCount, converted last, so the cheap test on articles
// tells whether anything is left to do: on a converted graph only the articles are read (the
// UNWIND of an empty list skips each conversion before it scans anything).
// returns: nothing
OPTIONAL MATCH (old:Article) WHERE old.sentenceCount IS :: FLOAT
WITH old LIMIT 1
WITH count(old) > 0 AS pending
CALL (pending) {
  UNWIND CASE WHEN pending THEN [true] ELSE [] END AS go
  MATCH (e:Entity) WHERE e.mentionCount IS :: FLOAT
  SET e.mentionCount = toInteger(e.mentionCount)
}
CALL (pending) {
  UNWIND CASE WHEN pending THEN [true] ELSE [] END AS go
  MATCH ()-[h:HAS_ENTITY]->() WHERE h.mentionCount IS :: FLOAT
  SET h.mentionCount = toInteger(h.mentionCount)
}
CALL (pending) {
  UNWIND CASE WHEN pending THEN [true] ELSE [] END AS go
  MATCH (s:Sentence) WHERE (s.index IS :: FLOAT OR s.start IS :: FLOAT OR s.end IS :: FLOAT)
  SET s.index = toInteger(s.index), s.start = toInteger(s.start), s.end = toInteger(s.end)
}
CALL (pending) {
  UNWIND CASE WHEN pending THEN [true] ELSE [] END AS go
  MATCH ()-[m:MENTIONS]->() WHERE (m.start IS :: FLOAT OR m.end IS :: FLOAT)
  SET m.start = toInteger(m.start), m.end = toInteger(m.end)
}
CALL (pending) {
  UNWIND CASE WHEN pending THEN [true] ELSE [] END AS go
  MATCH (a:Article) WHERE a.sentenceCount IS :: FLOAT
  SET a.sentenceCount = toInteger(a.sentenceCount)
}
