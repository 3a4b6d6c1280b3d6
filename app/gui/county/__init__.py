"""The county office's window: import drives, approve laptops, review quarantine, see who is
behind, write mail and export reports. Every read and write goes through sync/ on a worker."""
