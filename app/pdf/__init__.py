"""The PDFs the app writes: a teacher's transcript and the county report, with the CJK font
they embed."""
