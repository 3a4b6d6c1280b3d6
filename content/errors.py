"""The base of every error a person can act on. Errors carry a code (their class) and structured
arguments, never prose: app/messages.py words them in the user's language."""

from __future__ import annotations


class SongpeiError(Exception):
    def __init__(self, **args: object) -> None:
        super().__init__(", ".join(f"{k}={v!r}" for k, v in args.items()))
        self.args_ = args


class WrongPassphrase(SongpeiError):
    """The passphrase does not open this key file (path=...)."""


class KeyFileInvalid(SongpeiError):
    """Not a Songpei key file, or damaged (path=..., detail=...)."""


class KeyRoleMismatch(SongpeiError):
    """A key of another role was given (path=..., expected=..., found=...)."""


class PassphraseTooShort(SongpeiError):
    """A new passphrase shorter than the minimum (minimum=...)."""


class FileUnreadable(SongpeiError):
    """A file named on the command line cannot be read (path=..., reason=...)."""


class PassphraseRequired(SongpeiError):
    """No passphrase given and no terminal to ask on (hint='--passphrase-file')."""


class KeyExists(SongpeiError):
    """Refusing to overwrite an existing key file (path=...)."""
