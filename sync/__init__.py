"""The teacher's record and how it travels: journal, device identity, teachers, bundles, hub.

No Qt, no vlc, no reportlab here (tests/test_layering.py keeps it so): user-facing text is made
in app/ from the structured errors of sync.errors.
"""
