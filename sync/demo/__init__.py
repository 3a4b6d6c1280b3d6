"""Demo data: simulated school laptops and a whole demo county, built by driving the real
parts (journal, signed pack, encrypted bundles, import, decisions, receipts). The one room
that may import both wings, as well as sync.base and content/."""
