"""The teacher's record and how it travels, in four rooms: `base` (what both programs share:
the event vocabulary and its chain, durable writes, errors, migrations, device identity, the
bundle and receipt formats, the installed-pack store), `laptop` (the school laptop's journal
and everything written to it), `county` (the county office's hub and what it reads out of it)
and `demo` (made-up schools and a made-up county built from the real parts).

No Qt, no vlc, no reportlab here, and nothing from app/ (tests/system/test_layering.py keeps it so):
user-facing text is made in app/ from the structured errors of sync.base.errors.
"""
