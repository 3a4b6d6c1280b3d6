"""The county office: the hub (import of bundles, quarantine, approval; one SQLite file with its
migrations), the office's decisions on evidence, the measures and listings it shows, the
per-teacher rows behind its reports, the national platform's template, .xlsx files, xAPI
statements, the targets table, and the mail of signed receipts back to the laptops. It may
import sync.base and content/, never sync.laptop or sync.demo."""
