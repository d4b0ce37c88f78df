// The log of identity decisions (merge, split, keep apart), keyed by a generated id.
// returns: nothing
CREATE CONSTRAINT identity_decision_id IF NOT EXISTS FOR (d:IdentityDecision) REQUIRE d.id IS UNIQUE
