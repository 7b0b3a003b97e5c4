-- Public votes need a voter credential that the platform issued after checking a one-time code
-- sent to the voter's phone (POST /api/v1/registry/voters/codes, then /voters/verify). A voter is
-- kept only as an HMAC-SHA-256 of the phone number under a server secret: the unsalted SHA-256
-- of an 11-digit number, as before, is reversed by hashing all of them.

-- one pending code per phone; the code itself is kept only as an HMAC too
CREATE TABLE registry.voter_code (
    phone_key   char(64) PRIMARY KEY,
    code_key    char(64) NOT NULL,
    sent_at     timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer NOT NULL DEFAULT 0
);

-- a credential is 256 random bits given to the voter once; its SHA-256 finds the voter
CREATE TABLE registry.voter_credential (
    credential_hash char(64) PRIMARY KEY,
    voter_key       char(64) NOT NULL,
    issued_at       timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL
);
CREATE INDEX voter_credential_expiry_idx ON registry.voter_credential (expires_at);

-- the ballots' voter is now the keyed hash; ballots cast before this migration keep the hash
-- their client sent (they cannot be verified after the fact, and they count as they did)
ALTER TABLE registry.vote RENAME COLUMN voter_hash TO voter_key;
ALTER INDEX registry.vote_voter_idx RENAME TO vote_voter_key_idx;
