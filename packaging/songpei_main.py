"""The packaged program's entry point: the same `songpei` command as in the source tree."""

from app.cli import main

raise SystemExit(main())
