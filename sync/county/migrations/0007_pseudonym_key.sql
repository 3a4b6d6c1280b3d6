-- Hub version 7: the secret behind the xAPI actor's pseudonym. It was an HMAC keyed by the
-- county key's public id, so anyone holding the statements and that id could try every
-- 身份证号 and find the teacher in under a minute. The key is now 32 random bytes that only
-- this hub holds (SQLite's randomblob: a ChaCha20 generator seeded from the system's
-- randomness); the hub already holds the ID numbers themselves, so keeping it here exposes
-- nothing new, and every export from this hub gives a teacher the same actor.
INSERT OR IGNORE INTO meta (key, value) VALUES ('pseudonym_key', lower(hex(randomblob(32))));
