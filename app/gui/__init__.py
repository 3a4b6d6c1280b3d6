"""The desktop windows: gui/school/ (the laptop's screens), gui/county/ (the county office's), and
what both use. Widgets never run SQL: they call the stores' services through gui.operations."""
