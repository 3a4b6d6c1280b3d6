"""`songpei hub`: the county hub's commands (create, import, approve, approve a held fork,
mail, trust trainers and publishers, packs, reports, targets, progress, devices, the demo
county; certificates are app.cli.certificate's; projects, the roster, selections and
exemptions app.cli.projects's)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from content import keys
from content.errors import OutputFolderMissing, PathRequired

from ..messages import (
    bundle_reason,
    bundle_refusal,
    device_status,
    document_kind_name,
    flag_name,
    size_text,
    tr,
    when,
)
from . import certificate, projects
from .console import Counter, say, table
from .hub_file import open_hub
from .keys import passphrase, secret_parser

translate = QCoreApplication.translate


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    secret = secret_parser()
    h = sub.add_parser("hub", help=translate("cli", "the county hub")).add_subparsers(
        dest="hub_command", metavar=translate("cli", "COMMAND"), required=True
    )
    init = h.add_parser(
        "init", parents=[common, secret], help=translate("cli", "create a county hub")
    )
    init.add_argument("hub", type=Path, metavar="HUB.db")
    init.add_argument("--county-key", required=True, type=Path, metavar="KEY")
    init.set_defaults(func=hub_init)
    imp = h.add_parser(
        "import",
        parents=[common, secret],
        help=translate("cli", "import bundles from files, folders or whole drives"),
    )
    imp.add_argument("hub", type=Path, metavar="HUB.db")
    imp.add_argument("paths", type=Path, nargs="+", metavar=translate("cli", "PATH"))
    imp.add_argument(
        "--county-key",
        type=Path,
        metavar="KEY",
        help=translate("cli", "county key file (default: the one given at init)"),
    )
    imp.set_defaults(func=hub_import)
    appr = h.add_parser(
        "approve",
        parents=[common, secret],
        help=translate("cli", "enrol a waiting laptop and import its bundles"),
    )
    appr.add_argument("hub", type=Path, metavar="HUB.db")
    appr.add_argument("device", metavar="DEVICE")
    appr.add_argument("--county-key", type=Path, metavar="KEY")
    appr.set_defaults(func=hub_approve)
    fork = h.add_parser(
        "approve-fork",
        parents=[common],
        help=translate(
            "cli",
            "approve a held second history of a laptop (a copied disk) as a laptop of its own",
        ),
    )
    fork.add_argument("hub", type=Path, metavar="HUB.db")
    fork.add_argument("item", type=int, metavar=translate("cli", "QUARANTINE_ID"))
    fork.set_defaults(func=hub_approve_fork)
    mail = h.add_parser(
        "mail",
        parents=[common, secret],
        help=translate("cli", "write signed receipts for the laptops to the trainer's drive"),
    )
    mail.add_argument("hub", type=Path, metavar="HUB.db")
    mail.add_argument("--to", required=True, type=Path, metavar=translate("cli", "DRIVE"))
    mail.add_argument("--county-key", type=Path, metavar="KEY")
    mail.set_defaults(func=hub_mail)
    tr = h.add_parser(
        "trainer",
        parents=[common],
        help=translate("cli", "accept a trainer's signature on attendance"),
    )
    tr.add_argument("hub", type=Path, metavar="HUB.db")
    tr.add_argument("key", type=Path, metavar="TRAINER.pub")
    tr.set_defaults(func=hub_trainer)
    pub = h.add_parser(
        "publisher",
        parents=[common],
        help=translate("cli", "trust a content publisher's key at the hub"),
    )
    pub.add_argument("hub", type=Path, metavar="HUB.db")
    pub.add_argument("key", type=Path, metavar="PUBLISHER.pub")
    pub.set_defaults(func=hub_publisher)
    hp = h.add_parser(
        "pack",
        parents=[common],
        help=translate(
            "cli", "give the hub a published pack, so hours are capped as on the laptops"
        ),
    )
    hp.add_argument("hub", type=Path, metavar="HUB.db")
    hp.add_argument("pack", type=Path, metavar="PACK")
    hp.set_defaults(func=hub_pack)
    rep = h.add_parser(
        "report",
        parents=[common],
        help=translate(
            "cli",
            "export every teacher's hours in the platform's template (CSV or Excel), the "
            "county report (PDF) or xAPI statements",
        ),
    )
    rep.add_argument("hub", type=Path, metavar="HUB.db")
    rep.add_argument("--format", choices=["csv", "xlsx", "pdf", "xapi"], default="csv")
    rep.add_argument("--out", type=Path, metavar=translate("cli", "FILE"))
    rep.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help=translate(
            "cli",
            "with --format pdf: the figures of this year, against its targets (default: the "
            "latest year in the targets)",
        ),
    )
    rep.add_argument(
        "--template",
        type=Path,
        metavar="TEMPLATE.json",
        help=translate(
            "cli", "with csv or xlsx: the platform's column template (default: the built-in one)"
        ),
    )
    rep.add_argument(
        "--lrs",
        metavar="URL",
        help=translate(
            "cli", "with --format xapi: also send the statements to this learning record store"
        ),
    )
    rep.add_argument("--lrs-user", default="", metavar=translate("cli", "USER"))
    rep.add_argument("--lrs-password-file", type=Path, metavar=translate("cli", "FILE"))
    rep.set_defaults(func=hub_report)
    tg = h.add_parser(
        "targets",
        parents=[common],
        help=translate(
            "cli",
            "load the targets table (专任教师总数 and yearly targets per district) from CSV "
            "or Excel (.xlsx)",
        ),
    )
    tg.add_argument("hub", type=Path, metavar="HUB.db")
    tg.add_argument("file", type=Path, metavar="TARGETS.csv|TARGETS.xlsx")
    tg.set_defaults(func=hub_targets)
    pr = h.add_parser(
        "progress",
        parents=[common],
        help=translate("cli", "who is behind: finished teachers against each district's target"),
    )
    pr.add_argument("hub", type=Path, metavar="HUB.db")
    pr.add_argument("--year", type=int, required=True, metavar="YYYY")
    pr.set_defaults(func=hub_progress)
    dev = h.add_parser(
        "devices",
        parents=[common],
        help=translate("cli", "list laptops: enrolled, waiting for approval, revoked"),
    )
    dev.add_argument("hub", type=Path, metavar="HUB.db")
    dev.set_defaults(func=hub_devices)
    sd = h.add_parser(
        "school-documents",
        parents=[common],
        help=translate(
            "cli",
            "整校推进: each school's development plan and school-based training plan, when they "
            "arrived and the county's rating",
        ),
    )
    sd.add_argument("hub", type=Path, metavar="HUB.db")
    sd.add_argument(
        "--school", metavar=translate("cli", "SCHOOL"), help=translate("cli", "one school only")
    )
    sd.set_defaults(func=hub_school_documents)
    demo = h.add_parser(
        "demo",
        parents=[common],
        help=translate(
            "cli",
            "build a 2.0 demo county (2019–2023): a hub over simulated school laptops in the "
            "Guang'an districts",
        ),
    )
    demo.add_argument("folder", type=Path, metavar=translate("cli", "FOLDER"))
    demo.add_argument(
        "--scale",
        type=float,
        default=None,
        metavar="S",
        help=translate(
            "cli",
            "size against the demo's targets table (1: about 32,000 teachers, built in about "
            "an hour; by default about 100, in seconds)",
        ),
    )
    demo.set_defaults(func=hub_demo)
    certificate.add_hub_parsers(h, common, secret)
    projects.add_hub_parsers(h, common)


def _county(args: argparse.Namespace, hub) -> keys.PrivateKey:
    path = args.county_key or hub.county_key_path
    key = keys.load_private(path, passphrase(args), role="county")
    hub.check_key(key, path)
    return key


def hub_init(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county.hub import Hub

    key = keys.load_private(args.county_key, passphrase(args), role="county")
    Hub.init(args.hub, key, args.county_key).close()
    print(
        tr(translate("cli", "Created county hub %1 for key %2."), str(args.hub), key.public.key_id)
    )
    return 0


def _print_results(results) -> int:
    worst = 0
    for r in results:
        rng = f"{r.seq_first}–{r.seq_last}" if r.seq_last else ""
        who = r.device_id or Path(r.source).name
        if r.status == "imported":
            line = tr(
                translate("cli", "%1 %2: imported, %3 new events, %4 already here"),
                who,
                rng,
                r.new_events,
                r.already,
            )
        elif r.status == "already-had":
            line = tr(translate("cli", "%1 %2: already imported, nothing added"), who, rng)
        elif r.status == "waiting":
            line = tr(
                translate("cli", "%1 %2: still waiting for the device to be approved"), who, rng
            )
        elif r.status == "quarantined":
            line = tr(
                translate("cli", "%1 %2: held in quarantine: %3"),
                who,
                rng,
                bundle_reason(r.reason) + (f" ({r.detail})" if r.detail else ""),
            )
        else:  # named by its file: a refused bundle's device may be a forgery's claim
            line = tr(
                translate("cli", "%1 %2: refused: %3"),
                Path(r.source).name,
                rng,
                bundle_refusal(r.reason, r.detail),
            )
        if r.status == "quarantined" and r.reason == "fork":
            line += " " + tr(
                translate("cli", "(quarantine item %1: songpei hub approve-fork HUB %1)"),
                str(r.quarantine_id),
            )
        if r.conflicts:
            line += " " + tr(
                translate("cli", "(%1 conflicting events held in quarantine)"), str(r.conflicts)
            )
        if r.flags:
            line += " " + tr(translate("cli", "[flags: %1]"), "; ".join(map(flag_name, r.flags)))
        say(line)
        worst = max(worst, 1 if r.refused else 0)
    if not results:
        print(translate("cli", "No bundles found."))
    return worst


def hub_import(args: argparse.Namespace, data_dir: Path) -> int:
    with open_hub(args.hub) as hub, Counter(translate("cli", "bundles imported: %1 of %2")) as n:
        return _print_results(hub.import_paths(args.paths, _county(args, hub), n))


def hub_approve(args: argparse.Namespace, data_dir: Path) -> int:
    with open_hub(args.hub) as hub:
        return _print_results(hub.approve(args.device, _county(args, hub)))


def hub_approve_fork(args: argparse.Namespace, data_dir: Path) -> int:
    with open_hub(args.hub) as hub:
        device = next((q.device_id for q in hub.quarantined() if q.id == args.item), "")
        hub.approve_fork(args.item)
    say(
        tr(
            translate(
                "cli",
                "Approved: the laptop holding this history takes on a new identity when it "
                "applies the next receipts for %1 (songpei hub mail); its records are imported "
                "from its next bundle. The other laptop is unaffected.",
            ),
            device,
        )
    )
    return 0


def hub_mail(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county.mail import write_mail

    with open_hub(args.hub) as hub:
        written = write_mail(hub, args.to, _county(args, hub))
    print(tr(translate("cli", "Wrote %1 receipts to the drive."), str(len(written))))
    return 0


def hub_trainer(args: argparse.Namespace, data_dir: Path) -> int:
    key = keys.load_public(args.key)
    with open_hub(args.hub) as hub:
        hub.add_trainer(key, str(args.key))
    say(
        tr(
            translate("cli", "Attendance signed by trainer %1 (%2) is now accepted."),
            key.name or "-",
            key.fingerprint,
        )
    )
    return 0


def hub_publisher(args: argparse.Namespace, data_dir: Path) -> int:
    key = keys.load_public(args.key)
    with open_hub(args.hub) as hub:
        hub.add_publisher(key)
    say(
        tr(
            translate("cli", "The hub now trusts publisher %1 (%2)."),
            key.name or key.key_id,
            key.fingerprint,
        )
    )
    return 0


def hub_pack(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.base.library import find_packs

    with open_hub(args.hub) as hub:
        for folder in find_packs(args.pack):
            r = hub.install_pack(folder)
            say(
                tr(
                    translate("cli", "The hub now counts hours with %1 version %2."),
                    r.manifest.title,
                    str(r.manifest.version),
                )
            )
    return 0


def _check_out(path: Path | None) -> Path:
    """Refuse before any work: no --out, or a folder that is not there."""
    if path is None:
        raise PathRequired(option="--out")
    if not path.absolute().parent.is_dir():
        raise OutputFolderMissing(path=str(path.absolute().parent), option="--out")
    return path


def hub_report(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county.platform_template import load_template

    from ..exports import export_report

    if args.format == "xapi":
        return _xapi(args)
    out = _check_out(args.out)
    template = load_template(args.template) if args.template else None
    if args.format == "pdf":
        from ..pdf.fonts import pdf_font

        pdf_font()  # no CJK font: say so before reading the hub
    with open_hub(args.hub) as hub:
        teachers, done = export_report(hub, args.format, out, year=args.year, template=template)
    print(
        tr(
            translate("cli", "Wrote %1: %2 teachers, %3 of them have met the requirements."),
            str(out),
            str(teachers),
            str(done),
        )
    )
    return 0


def _xapi(args: argparse.Namespace) -> int:
    from sync.county import xapi

    if args.out is not None:
        _check_out(args.out)
    with open_hub(args.hub) as hub:
        if args.out is not None:
            n = xapi.write_file(hub, args.out)
            print(tr(translate("cli", "Wrote %1 xAPI statements to %2."), str(n), str(args.out)))
        if args.lrs:
            secret = (
                keys.read_file(args.lrs_password_file).decode("utf-8").strip()
                if args.lrs_password_file
                else ""
            )
            with Counter(translate("cli", "statements sent to the LRS: %1 of %2")) as sent:
                r = xapi.post(hub, args.lrs, args.lrs_user, secret, progress=sent)
            print(
                tr(
                    translate(
                        "cli",
                        "Sent %1 statements to the LRS in %2 batches (%3 of them it held "
                        "already, never stored twice; %4 retries).",
                    ),
                    str(r.sent),
                    str(r.batches),
                    str(r.already),
                    str(r.retries),
                )
            )
        if args.out is None and not args.lrs:
            raise PathRequired(option="--out")
    return 0


def hub_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.demo import county as county_demo

    scale = county_demo.DEFAULT_SCALE if args.scale is None else args.scale
    if not 0 < scale <= 1.5:
        print(translate("cli", "The scale must be above 0 and at most 1.5."), file=sys.stderr)
        return 2
    found = county_demo.built(args.folder)
    if found is None:
        print(
            tr(translate("cli", "Building the demo county in %1 …"), str(args.folder)),
            file=sys.stderr,
        )
        started = time.monotonic()
        with Counter(translate("cli", "laptop %1 of %2")) as counter:

            def step(name: str) -> None:
                counter.finish()
                say(_demo_step(name), file=sys.stderr)
                counter.words = _demo_count(name)

            found = county_demo.build(args.folder, scale, progress=counter, step=step)
        print(
            tr(
                translate("cli", "Built in %1 minutes."),
                f"{(time.monotonic() - started) / 60:.1f}",
            ),
            file=sys.stderr,
        )
    print(
        tr(
            translate(
                "cli", "Demo county: %1 laptops, %2 teachers. County key %3 (passphrase in %4)."
            ),
            str(found.laptops),
            str(found.teachers),
            str(found.key_path),
            str(found.passphrase_path),
        ),
        file=sys.stderr,
    )
    print(found.hub_path)
    return 0


def _demo_step(name: str) -> str:
    """What the demo county's build is doing (sync.demo.county.STEPS)."""
    return {
        "keys": translate("cli", "Making the county's keys and the demo content pack …"),
        "laptops": translate(
            "cli", "Simulating the school laptops: teachers enrol, study and export their bundles …"
        ),
        "import": translate("cli", "The county imports the laptops' bundles …"),
        "decisions": translate("cli", "The county decides on practice evidence (学时认定) …"),
        "receipts": translate("cli", "Receipts go back to the laptops …"),
    }.get(name, name)


def _demo_count(name: str) -> str:
    """How far a step of the demo county's build has come: %1 done of %2."""
    return {
        "import": translate("cli", "bundle %1 of %2"),
        "decisions": translate("cli", "submission %1 of %2"),
        "receipts": translate("cli", "laptop %1 of %2"),
    }.get(name, translate("cli", "laptop %1 of %2"))


def hub_targets(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county.report_figures import target_years
    from sync.county.targets_file import parse_targets_file

    targets = parse_targets_file(keys.read_file(args.file), str(args.file))
    with open_hub(args.hub) as hub:
        hub.set_targets(targets)
    years = target_years(targets)
    print(
        tr(
            translate("cli", "Loaded targets for %1 districts (%2)."),
            str(len(targets)),
            "、".join(map(str, years)),
        )
    )
    return 0


def hub_progress(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county.measures import summary
    from sync.county.report_figures import covers_districts
    from sync.county.teacher_rows import teacher_rows

    from ..pdf.county_report import rate_text

    with open_hub(args.hub) as hub:
        catalog, rules = hub.content()
        people = teacher_rows(hub, catalog, rules, args.year)
        rows = summary(hub, args.year, "district", rows=people)
        rows += summary(hub, args.year, "county", rows=people)
    print(
        tr(
            translate(
                "cli",
                "District | teachers | target %1 | taking part | participation | "
                "pass rate | completion | finished in %1 | behind",
            ),
            str(args.year),
        )
    )
    city = covers_districts([r.key[0] for r in rows if r.level == "district"])
    total = translate("cli", "City total") if city else translate("cli", "County total")
    for r in rows:
        name = (
            total
            if r.level == "county"
            else r.key[0] or translate("cli", "(school not matched to a district)")
        )
        say(
            " | ".join(
                [
                    name,
                    _dash(r.teachers_total),
                    _dash(r.target),
                    str(r.active),
                    rate_text(r.participation_rate),
                    rate_text(r.pass_rate),
                    rate_text(r.completion_rate),
                    str(r.finished),
                    _dash(r.behind),
                ]
            )
        )
    return 0


def _dash(v: int | None) -> str:
    return "-" if v is None else str(v)


def hub_devices(args: argparse.Namespace, data_dir: Path) -> int:
    import json

    with open_hub(args.hub) as hub:
        rows = hub.devices()
        for device_id, status, schools, key in rows:
            say(
                f"{device_id}  {device_status(status)}  {keys.fingerprint(key)}  "
                f"{'、'.join(json.loads(schools))}"
            )
        if not rows:
            print(translate("cli", "No laptops have sent anything yet."))
    return 0


def hub_school_documents(args: argparse.Namespace, data_dir: Path) -> int:
    from sync.county import school_documents as docs

    with open_hub(args.hub) as hub:
        found = docs.documents(hub, args.school)
        schools = [args.school] if args.school else docs.known_schools(hub)
        rows = docs.by_school(found, schools)
    levels = {"pass": translate("cli", "pass"), "fail": translate("cli", "fail")}
    lines = []
    for row in rows:
        for kind, doc in row.latest.items():
            if doc is None:
                lines.append(
                    [row.school, document_kind_name(kind), translate("cli", "not arrived")]
                    + [""] * 4
                )
                continue
            for d in (doc, *(e for e in row.earlier if e.kind == kind)):
                rating = d.rating
                lines.append(
                    [
                        row.school,
                        document_kind_name(kind)
                        if d is doc
                        else tr(translate("cli", "%1 (replaced)"), document_kind_name(kind)),
                        when(d.filed_ms),
                        f"{d.name} ({size_text(d.size)})",
                        d.device_id,
                        levels[rating.level] if rating else translate("cli", "not rated yet"),
                        f"{rating.officer} {when(rating.rated_ms)} {rating.comment}".strip()
                        if rating
                        else "",
                    ]
                )
    if not lines:
        say(translate("cli", "No school has sent its plans yet, and no teacher is enrolled."))
        return 0
    header = [
        translate("cli", "School"),
        translate("cli", "Document"),
        translate("cli", "Filed"),
        translate("cli", "File"),
        translate("cli", "Laptop"),
        translate("cli", "County"),
        translate("cli", "Rated by, when, comment"),
    ]
    for line in table(header, lines):
        say(line)
    return 0
