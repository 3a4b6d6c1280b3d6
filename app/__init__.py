"""What people see and touch: the Qt GUI, the command line, printing. Only this package imports
PySide6, vlc or reportlab."""
