// Sentences are keyed by article id + '#' + index: the unit of evidence.
// returns: nothing
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE
