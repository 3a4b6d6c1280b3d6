"""What people see and touch: the Qt GUI, the command line, printing. Only this package imports
PySide6, vlc or reportlab."""

from .spare_refs import hold

hold()  # before any Qt object exists: see app/spare_refs.py

# The one place the program's version is read from (`songpei --version`); a test keeps it equal
# to pyproject.toml's. A literal, not the installed distribution's metadata: the packaged app
# carries none, and a checkout may run beside another version's metadata.
__version__ = "0.1.0"
