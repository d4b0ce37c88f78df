// Counters and offsets as integers: graphs written before they were stored as integers hold
// Floats in Entity.mentionCount, HAS_ENTITY.mentionCount, Sentence.index/start/end,
// MENTIONS.start/end and Article.sentenceCount. Converts whatever is still a Float (a no-op on a
// graph written since; it reads each of these properties once per start-up).
// returns: nothing
CALL () {
  MATCH (e:Entity) WHERE e.mentionCount IS :: FLOAT
  SET e.mentionCount = toInteger(e.mentionCount)
}
CALL () {
  MATCH ()-[h:HAS_ENTITY]->() WHERE h.mentionCount IS :: FLOAT
  SET h.mentionCount = toInteger(h.mentionCount)
}
CALL () {
  MATCH (s:Sentence) WHERE s.index IS :: FLOAT OR s.start IS :: FLOAT OR s.end IS :: FLOAT
  SET s.index = toInteger(s.index), s.start = toInteger(s.start), s.end = toInteger(s.end)
}
CALL () {
  MATCH ()-[m:MENTIONS]->() WHERE m.start IS :: FLOAT OR m.end IS :: FLOAT
  SET m.start = toInteger(m.start), m.end = toInteger(m.end)
}
CALL () {
  MATCH (a:Article) WHERE a.sentenceCount IS :: FLOAT
  SET a.sentenceCount = toInteger(a.sentenceCount)
}
