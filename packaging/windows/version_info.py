"""The Windows version resource of songpei.exe and songpei-cli.exe (Properties > Details), as
the text PyInstaller reads from EXE(version=...): written by packaging/songpei.spec from
pyproject.toml's version, so the file, the wheel and the installer never disagree."""

from __future__ import annotations

import re

PRODUCT = "送培 Songpei"
DESCRIPTION = "送培 Songpei：教师信息技术应用能力提升培训离线工具"
COPYRIGHT = "© Songpei developers. GNU GPL v3 or later."
# Simplified Chinese (PRC), Unicode: the language the strings are in.
LANGUAGE, CODEPAGE = 0x0804, 1200


def numeric(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as 'rc1' or '.dev2' is left out."""
    m = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if m is None:
        raise ValueError(f"not a version: {version!r}")
    return tuple(int(g or 0) for g in m.groups()) + (0,)


def version_file(version: str, filename: str) -> str:
    nums = numeric(version)
    strings = [
        ("CompanyName", PRODUCT),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", version),
        ("InternalName", filename.removesuffix(".exe")),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", filename),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings)
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={nums},
    prodvers={nums},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '{LANGUAGE:04x}{CODEPAGE:04x}',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE:#06x}, {CODEPAGE}])])
  ]
)
"""
