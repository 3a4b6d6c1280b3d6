"""An import's per-bundle outcome in words (ImportResult fields → a sentence and a kind)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sync.county.hub import ImportResult

from ...messages import bundle_reason, bundle_refusal, flag_name

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
    records = (translate("ImportResults", "records %1–%2").replace("%1", str(r.seq_first)).replace("%2", str(r.seq_last))
               if r.seq_last else "")
    if r.status == "imported":
        line = translate("ImportResults", "%1, %2: imported, %3 new records, %4 already here") \
            .replace("%3", str(r.new_events)).replace("%4", str(r.already))
    elif r.status == "already-had":
        line = translate("ImportResults", "%1, %2: already imported before; nothing added")
    elif r.status == "waiting":
        line = translate("ImportResults", "%1, %2: still waiting for this laptop to be approved (see Laptops)")
    elif r.status == "quarantined":
        why = bundle_reason(r.reason)
        if r.detail:
            why += translate("ImportResults", " (schools: %1)").replace("%1", r.detail)
        line = translate("ImportResults", "%1, %2: held in quarantine: %3").replace("%3", why)
    else:  # named by its file: a refused bundle's device may be a forgery's claim
        line = translate("ImportResults", "%1: refused: %3").replace(
            "%3", bundle_refusal(r.reason, r.detail)).replace("%1", Path(r.source).name)
    if r.conflicts:
        line += translate("ImportResults", "; %1 records contradict the county's copy and are held in quarantine") \
            .replace("%1", str(r.conflicts))
    if r.flags:
        line += translate("ImportResults", "; to look at: %1").replace("%1", "；".join(map(flag_name, r.flags)))
    return line.replace("%1", who).replace("%2", records)


def summary_text(results: list[ImportResult]) -> str:
    if not results:
        return translate("ImportResults", "No bundles were found there. Bundles are in the drive's songpei/to-county "
                  "folder.")
    kinds = [result_kind(r) for r in results]
    return translate("ImportResults", "%1 bundles: %2 imported, %3 already here, %4 held for a decision, %5 refused.") \
        .replace("%1", str(len(results))).replace("%2", str(kinds.count("good"))) \
        .replace("%3", str(kinds.count("same"))).replace("%4", str(kinds.count("held"))) \
        .replace("%5", str(kinds.count("bad")))
