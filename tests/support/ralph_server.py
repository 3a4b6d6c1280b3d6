"""Ralph's web server as the xAPI tests run it: `python -m tests.support.ralph_server PORT`.

Ralph's filesystem backend creates its statements file on the first write and refuses every
later one (it was made for a one-off dump), so a second push would fail with 500 for reasons
of the test set-up alone. Here it appends, as a stored LRS does; everything the tests look
at (validation, the 409 for a changed statement, 204 for a repeat, auth) is Ralph's own."""

from __future__ import annotations

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
