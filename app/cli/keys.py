"""`songpei keys` and `songpei trust`: key pairs for publishers, the county and trainers, and
the keys a laptop trusts; the passphrase is asked here for every command that unlocks a key."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content import keys
from content.errors import KeyExists, PassphraseRequired

from ..messages import role_name, tr
from .console import say

translate = QCoreApplication.translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    secret = secret_parser()

    k = sub.add_parser(
        "keys", help=translate("cli", "make key pairs for publishers, the county and trainers")
    ).add_subparsers(dest="keys_command", metavar=translate("cli", "COMMAND"), required=True)
    new = k.add_parser(
        "new", parents=[common, secret], help=translate("cli", "make a new key pair")
    )
    new.add_argument("--role", required=True, choices=keys.ROLES)
    new.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate(
            "cli", "folder for ROLE.key (private, passphrase-protected) and ROLE.pub (public)"
        ),
    )
    new.add_argument("--name", default="", help=translate("cli", "who holds the key"))
    new.set_defaults(func=keys_new)
    rot = k.add_parser(
        "rotate",
        parents=[common, secret],
        help=translate(
            "cli", "let laptops move from an old key to a new one (signed by the old key)"
        ),
    )
    rot.add_argument("--old", required=True, type=Path, metavar="OLD.key")
    rot.add_argument("--new", required=True, type=Path, metavar="NEW.pub")
    rot.add_argument("--out", required=True, type=Path, metavar="ROTATION.json")
    rot.set_defaults(func=keys_rotate)
    rev = k.add_parser(
        "revoke",
        parents=[common, secret],
        help=translate("cli", "a county-signed list of keys laptops must stop trusting"),
    )
    rev.add_argument("--county-key", required=True, type=Path, metavar="KEY")
    rev.add_argument(
        "--serial",
        required=True,
        type=int,
        metavar="N",
        help=translate("cli", "list number; each new list needs a higher one"),
    )
    rev.add_argument("--out", required=True, type=Path, metavar="REVOKED.json")
    rev.add_argument("key_ids", nargs="+", metavar="KEY_ID")
    rev.set_defaults(func=keys_revoke)

    t = sub.add_parser(
        "trust", help=translate("cli", "the keys this laptop trusts")
    ).add_subparsers(dest="trust_command", metavar=translate("cli", "COMMAND"), required=True)
    add = t.add_parser(
        "add",
        parents=[common],
        help=translate("cli", "trust a public key, or apply a key rotation or revocation file"),
    )
    add.add_argument("key", type=Path, metavar="KEY.pub|FILE.json")
    add.set_defaults(func=trust_add)
    t.add_parser("list", parents=[common], help=translate("cli", "list trusted keys")).set_defaults(
        func=trust_list
    )


def secret_parser() -> argparse.ArgumentParser:
    """The --passphrase-file option, shared by every command that unlocks a private key."""
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument(
        "--passphrase-file",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("cli", "read the passphrase from this file (for scripts)"),
    )
    return secret


def passphrase(args: argparse.Namespace, confirm: bool = False) -> bytes:
    """From --passphrase-file (first line) or asked on the terminal; never from an argument."""
    if args.passphrase_file:
        data = keys.read_file(args.passphrase_file)
        return data.splitlines()[0] if data.strip() else b""
    if not sys.stdin.isatty():
        raise PassphraseRequired(hint="--passphrase-file")
    first = getpass.getpass(translate("cli", "Passphrase: "))
    if confirm and getpass.getpass(translate("cli", "Passphrase again: ")) != first:
        print(translate("cli", "The two passphrases differ."), file=sys.stderr)
        raise SystemExit(1)
    return first.encode("utf-8")


def keys_new(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.base.durable import atomic_create_bytes

    pw = passphrase(args, confirm=True)
    key = keys.generate(args.role, args.name)
    args.out.mkdir(parents=True, exist_ok=True)
    private, public = args.out / f"{args.role}.key", args.out / f"{args.role}.pub"
    for p in (private, public):
        if p.exists():
            raise KeyExists(path=str(p))
    sealed = key.to_bytes(pw)
    if not atomic_create_bytes(private, sealed, mode=0o600):
        raise KeyExists(path=str(private))
    atomic_create_bytes(public, key.public.to_bytes())
    print(
        tr(
            translate(
                "cli",
                "Made key %1 (fingerprint %2): private key %3 (passphrase-protected), "
                "public key %4.",
            ),
            key.public.key_id,
            key.public.fingerprint,
            str(private),
            str(public),
        )
    )
    return 0


def keys_rotate(args: argparse.Namespace, data_dir: Path) -> int:
    import time

    from content import trust_mail
    from sync.base.durable import atomic_write_bytes

    new = keys.load_public(args.new)
    old = keys.load_private(args.old, passphrase(args), role=new.role)
    atomic_write_bytes(args.out, trust_mail.rotation(old, new, time.time_ns() // 1_000_000))
    print(
        tr(
            translate("cli", "Wrote %1: laptops that trust %2 will also trust %3."),
            str(args.out),
            old.public.key_id,
            new.key_id,
        )
    )
    return 0


def keys_revoke(args: argparse.Namespace, data_dir: Path) -> int:
    import time

    from content import trust_mail
    from sync.base.durable import atomic_write_bytes

    county = keys.load_private(args.county_key, passphrase(args), role="county")
    atomic_write_bytes(
        args.out,
        trust_mail.revocation(county, args.serial, args.key_ids, time.time_ns() // 1_000_000),
    )
    print(
        tr(
            translate("cli", "Wrote revocation list %1 (number %2): %3 keys."),
            str(args.out),
            str(args.serial),
            str(len(set(args.key_ids))),
        )
    )
    return 0


def _laptop(data_dir: Path):
    from sync.laptop.laptop import Laptop

    return Laptop.open(data_dir)


def trust_add(args: argparse.Namespace, data_dir: Path) -> int:
    data = keys.read_file(args.key)
    if data.lstrip().startswith(b'{"body"'):
        with _laptop(data_dir) as laptop:
            store = laptop.apply_trust_mail(data, str(args.key))
        print(
            tr(
                translate("cli", "Applied %1: %2 keys trusted, %3 revoked."),
                str(args.key),
                str(len(store.entries)),
                str(len(store.revoked)),
            )
        )
        return 0
    key = keys.load_public(args.key)
    with _laptop(data_dir) as laptop:
        laptop.add_trust(key)
    say(
        tr(
            translate("cli", "Now trusting %1 key %2 (%3), fingerprint %4."),
            role_name(key.role),
            key.key_id,
            key.name or "-",
            key.fingerprint,
        )
    )
    return 0


def trust_list(args: argparse.Namespace, data_dir: Path) -> int:
    with _laptop(data_dir) as laptop:
        store = laptop.trust()
    if not store.entries:
        print(translate("cli", "No keys are trusted yet."))
    for e in store.entries:
        say(f"{role_name(e.key.role)}  {e.key.key_id}  {e.key.fingerprint}  {e.key.name}")
    return 0
