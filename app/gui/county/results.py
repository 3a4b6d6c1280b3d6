"""An import's per-bundle outcome in words (ImportResult fields → a sentence and a kind)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sync.county.hub import ImportResult

from ...messages import bundle_reason, bundle_refusal, flag_name, tr

translate = QCoreApplication.translate


def result_kind(r: ImportResult) -> str:
    """'good', 'same' (nothing new), 'held' (a person must decide) or 'bad' (refused)."""
    if r.status == "refused":
        return "bad"
    if r.status in ("quarantined", "waiting") or r.conflicts:
        return "held"
    return "same" if r.status == "already-had" else "good"


def result_text(r: ImportResult) -> str:
    who = r.device_id or Path(r.source).name
    records = (
        tr(translate("ImportResults", "records %1–%2"), str(r.seq_first), str(r.seq_last))
        if r.seq_last
        else ""
    )
    if r.status == "imported":
        line = tr(
            translate("ImportResults", "%1, %2: imported, %3 new records, %4 already here"),
            who,
            records,
            r.new_events,
            r.already,
        )
    elif r.status == "already-had":
        line = tr(
            translate("ImportResults", "%1, %2: already imported before; nothing added"),
            who,
            records,
        )
    elif r.status == "waiting":
        line = tr(
            translate(
                "ImportResults",
                "%1, %2: still waiting for this laptop to be approved (see Laptops)",
            ),
            who,
            records,
        )
    elif r.status == "quarantined":
        why = bundle_reason(r.reason)
        if r.detail:
            why += tr(translate("ImportResults", " (schools: %1)"), r.detail)
        line = tr(translate("ImportResults", "%1, %2: held in quarantine: %3"), who, records, why)
    else:  # named by its file: a refused bundle's device may be a forgery's claim
        line = tr(
            translate("ImportResults", "%1: refused: %3"),
            Path(r.source).name,
            records,
            bundle_refusal(r.reason, r.detail),
        )
    if r.conflicts:
        line += tr(
            translate(
                "ImportResults",
                "; %1 records contradict the county's copy and are held in quarantine",
            ),
            str(r.conflicts),
        )
    if r.flags:
        line += tr(
            translate("ImportResults", "; to look at: %1"), "；".join(map(flag_name, r.flags))
        )
    return line


def summary_text(results: list[ImportResult]) -> str:
    if not results:
        return translate(
            "ImportResults",
            "No bundles were found there. Bundles are in the drive's songpei/to-county folder.",
        )
    kinds = [result_kind(r) for r in results]
    return tr(
        translate(
            "ImportResults",
            "%1 bundles: %2 imported, %3 already here, %4 held for a decision, %5 refused.",
        ),
        str(len(results)),
        str(kinds.count("good")),
        str(kinds.count("same")),
        str(kinds.count("held")),
        str(kinds.count("bad")),
    )
