"""Limits for zip containers (.docx, and any other zip-based format) checked BEFORE parsing.

A .docx is a zip archive; python-docx inflates its XML parts in memory. A 1 MB file can hold
1 GiB of zeros ("zip bomb"), so the declared sizes in the central directory are checked first
(no byte is inflated), then every member is inflated in a streaming read that stops as soon as
the real output exceeds the limit — a lying central directory cannot get past it either.

:func:`check_zip_container` raises :class:`ingest.errors.UnreadableFileError` with a message
that says what to do; the loader calls it on the raw bytes before handing them to the parser.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ingest.errors import UnreadableFileError

#: total inflated bytes of all members (a 300-page Word plan is ~10–30 MiB of XML)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: inflated / compressed bytes of one member; XML compresses ~10×, zeros ~1000×
MAX_RATIO = 100.0
#: ratios are only meaningful for members larger than this (tiny members compress oddly)
RATIO_MIN_BYTES = 1024 * 1024
#: members in one archive (a .docx has ~10–100)
MAX_MEMBERS = 10_000

_READ_BLOCK = 1024 * 1024


def check_zip_container(
    path: Path | str,
    data: bytes,
    *,
    max_unpacked: int = MAX_UNPACKED_BYTES,
    max_ratio: float = MAX_RATIO,
    max_members: int = MAX_MEMBERS,
) -> None:
    """Raise UnreadableFileError if ``data`` (a zip container) would inflate beyond the limits.

    Not a zip at all is left to the parser (it reports "corrupt or not a .docx").
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        infos = archive.infolist()
        if len(infos) > max_members:
            raise UnreadableFileError(
                path, f"the archive holds {len(infos)} parts (limit {max_members}); this is not a normal document"
            )
        declared = 0
        for info in infos:
            declared += info.file_size
            _check_ratio(path, info.filename, info.file_size, info.compress_size, max_ratio)
        if declared > max_unpacked:
            raise UnreadableFileError(path, _too_big(declared, max_unpacked))
        # The central directory may lie: inflate in bounded blocks and count the real output.
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            member = 0
            try:
                with archive.open(info) as fh:
                    while block := fh.read(_READ_BLOCK):
                        member += len(block)
                        total += len(block)
                        if total > max_unpacked:
                            raise UnreadableFileError(path, _too_big(total, max_unpacked, at_least=True))
                        _check_ratio(path, info.filename, member, info.compress_size, max_ratio)
            except UnreadableFileError:
                raise
            except Exception:  # noqa: BLE001 - corrupt members are the parser's to report
                return


def _check_ratio(path: Path | str, name: str, size: int, compressed: int, max_ratio: float) -> None:
    if size >= RATIO_MIN_BYTES and size > max_ratio * max(compressed, 1):
        raise UnreadableFileError(
            path,
            f"part '{name[:80]}' inflates {size / max(compressed, 1):.0f}× (limit {max_ratio:g}×); "
            "this looks like a zip bomb, not a document — re-save it from Word/LibreOffice",
        )


def _too_big(size: int, limit: int, at_least: bool = False) -> str:
    mib = 1024 * 1024
    prefix = "more than " if at_least else ""
    return (
        f"the document unpacks to {prefix}{size / mib:.0f} MiB (limit {limit / mib:.0f} MiB); "
        "split it into smaller files or remove embedded media"
    )
