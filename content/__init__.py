"""What is taught and how it is judged: catalogues, programme rules, scoring.

Pure and portable: imports neither sync/ nor app/ (tests/system/test_layering.py keeps it so).
"""
