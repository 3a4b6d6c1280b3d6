"""The school laptop: the journal (one SQLite file with its migrations) and everything written
to it — teachers and their PINs, lesson sessions, self-tests, the diagnostic, evidence and its
ratings, signed attendance — plus the drive's outbox (bundles out) and inbox (receipts in),
the station that does both at once, and the transcript's facts. It may import sync.base and
content/, never sync.county or sync.demo."""
