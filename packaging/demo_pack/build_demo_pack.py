"""Build the signed demo content pack from content/demo_pack/: make its narrated videos, then
`pack build` with the demo publisher key. Idempotent: nothing is redone while its inputs are
unchanged.

    python packaging/demo_pack/build_demo_pack.py [--out app/bundled/demo-pack]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "content" / "demo_pack"
OUT = ROOT / "app" / "bundled" / "demo-pack"  # where app/demo.py finds it (packaging/shipped.py)
KEY = SRC / "keys" / "demo-publisher.key"
PASSPHRASE = b"songpei-demo-publisher"  # public on purpose: see content/demo_pack/keys/README.md


def inputs_digest() -> str:
    h = hashlib.sha256()
    for p in sorted(SRC.rglob("*")):
        if p.is_file() and "keys" not in p.relative_to(SRC).parts:
            h.update(str(p.relative_to(SRC)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    videos = subprocess.run([sys.executable, str(Path(__file__).with_name("make_videos.py"))])
    if videos.returncode != 0:
        return videos.returncode
    stamp = args.out / ".inputs"
    digest = inputs_digest()
    if stamp.exists() and stamp.read_text() == digest and any(args.out.glob("*.songpack")):
        print(f"demo pack up to date in {args.out}")
        return 0

    if str(ROOT) not in sys.path:  # this tree's code, not an installed copy of it
        sys.path.insert(0, str(ROOT))
    from app.media_probe import MediaProbe
    from content.keys import load_private
    from content.pack_build import build

    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    built = build(
        SRC, load_private(KEY, PASSPHRASE, role="publisher"), args.out, duration_of=MediaProbe()
    )
    stamp.write_text(digest)
    print(f"built {built.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
