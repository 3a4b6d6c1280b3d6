"""Video playback behind one small interface, so the lesson window does not care whether
libvlc, QtMultimedia or the test double plays (backend.py, and choose() to pick one)."""
