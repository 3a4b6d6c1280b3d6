"""The shared base of the school laptop and the county office: the one vocabulary of events
(type names, columns, canonical bytes, the hash chain and its check), durable writes, the
structured errors, migrations, device identity, the drive's folder layout, the bundle and
receipt file formats, the installed-pack store, and the pure helpers both sides use. It may
import content/ and the standard library, never a wing (sync.laptop, sync.county, sync.demo)."""
