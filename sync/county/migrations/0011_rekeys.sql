-- Hub version 11: the county's approvals of held forks. Two laptops restored from one disk
-- image share a device identity; the history that reached the county second is held whole
-- (quarantine reason 'fork'). Approving it records the branch, named by the hash of its last
-- held event (the bundle's chain_last): the next receipt for the device carries the county's
-- signed instruction naming that hash, and only the laptop whose own chain holds it takes on
-- a new device identity. The held bundle stays held until then: the laptop's first bundle
-- under its new identity (sync.base.rekey) enrols that device, names it here (new_device_id)
-- and resolves the held item; its events continue the old device's chain from fork_seq.
CREATE TABLE IF NOT EXISTS rekeys (
    device_id     TEXT NOT NULL,
    branch_head   TEXT NOT NULL,
    fork_seq      INTEGER NOT NULL,
    quarantine_id INTEGER NOT NULL,
    approved_ms   INTEGER NOT NULL,
    new_device_id TEXT,
    PRIMARY KEY (device_id, branch_head)
) WITHOUT ROWID;
