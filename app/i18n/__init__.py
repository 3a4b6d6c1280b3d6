"""Which language to speak and how: Qt translators for our strings and for Qt's own dialogs.

Source strings are English; zh_CN is the default and must be complete (tests check the .ts)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"  # app/translations/
LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive


def choose_language(requested: str | None = None) -> str:
    """--lang, then SONGPEI_LANG, then the system locale if it is English; otherwise Chinese."""
    lang = requested or os.environ.get("SONGPEI_LANG")
    if lang in LANGUAGES:
        return lang
    return "en" if QLocale.system().name().startswith("en") else "zh_CN"


def install(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for `lang`; returns False if our .qm is missing (setup not run)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return True
    ours = QTranslator()
    ok = ours.load(str(TRANSLATIONS / f"songpei_{lang}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return ok
