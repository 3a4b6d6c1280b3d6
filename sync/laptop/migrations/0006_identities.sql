-- Journal version 6: the device identities this journal's one chain has had. Empty for a
-- laptop that never changed identity (meta device_id from the first event). When the county
-- approves this laptop's branch of a fork (two laptops restored from one disk image), the
-- laptop takes on a new identity (sync/laptop/rekey.py): its events before the fork point
-- stay the old device's, the rest are the new device's, and one row per identity says from
-- which sequence number on. An older program refuses the file untouched rather than read the
-- old device's events as its own.
CREATE TABLE identities (
    first_seq INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL
);
