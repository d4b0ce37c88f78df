// Sentences are keyed by article id + '#' + index: the unit of evidence.
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE
