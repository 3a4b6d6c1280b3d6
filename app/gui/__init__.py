"""The desktop windows. Widgets never run SQL: they call laptop services through app.gui.ops."""
