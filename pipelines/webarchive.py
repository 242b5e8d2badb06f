"""The archive's WARC folder as a web archive: a CDXJ index, a pywb collection, WACZ packages.

`index_folder` writes `index.cdxj` (cdxj-indexer, sorted) and a pywb `config.yaml` into the
folder, so that `wayback` run there replays every capture at
`http://localhost:8080/archive/<14-digit time>id_/<url>`. `write_wacz` packages the captures
of a selection of reports (their versions and sightings, and the pages that linked their
attachments) as one WACZ file: their records are copied byte for byte, gzip member by gzip
member, into one WARC file, which `wacz create` indexes and packs.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from cdxj_indexer.main import write_cdx_index
from wacz.main import main as wacz_main

from archive.warc import WARC_SUFFIX, next_record_end, warc_date

INDEX_NAME = "index.cdxj"
COLLECTION = "archive"
PYWB_CONFIG = f"""# pywb configuration written by `gov-reports warc-index`: run `wayback` in this folder.
collections:
  {COLLECTION}:
    index_paths: {INDEX_NAME}
    archive_paths: ./
"""


def replay_path(fetched_at: str, url: str, collection: str = COLLECTION) -> str:
    """The pywb path that replays a capture's bytes as they were served (`id_`: unrewritten)."""
    stamp = warc_date(fetched_at).replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
    return f"/{collection}/{stamp}id_/{url}"


def index_folder(folder: Path) -> Path:
    """Write the folder's sorted CDXJ index and its pywb configuration; returns the index."""
    warcs = sorted(str(path) for path in folder.glob(f"*{WARC_SUFFIX}"))
    index = folder / INDEX_NAME
    with open(index, "w", encoding="utf-8") as output:
        if warcs:
            write_cdx_index(output, warcs, {"sort": True, "dir_root": str(folder)})
    (folder / "config.yaml").write_text(PYWB_CONFIG, encoding="utf-8")
    return index


def selected_captures(conn: sqlite3.Connection, year: int | None, province: str | None) -> list[tuple]:
    """(warc_file, offset, length) of the captures of the selected reports, in file order."""
    where, params = [], []
    if year is not None:
        where.append("r.report_year = ?")
        params.append(year)
    if province:
        where.append("r.province = ?")
        params.append(province)
    chosen = f"select id from reports r{' where ' + ' and '.join(where) if where else ''}"
    sql = f"""
        with chosen as ({chosen}),
        ids as (
            select capture_id from versions where report_id in (select id from chosen)
            union select capture_id from sightings where report_id in (select id from chosen)
        ),
        vias as (
            select distinct via_url from sightings
            where report_id in (select id from chosen) and via_url is not null
        )
        select distinct warc_file, warc_offset, warc_length from captures
        where id in (select capture_id from ids)
           or id in (select max(id) from captures where url in (select via_url from vias) group by url)
        order by warc_file, warc_offset"""
    return [tuple(row) for row in conn.execute(sql, params)]


def copy_records(base: Path, captures: list[tuple], out: Path) -> int:
    """Copy each capture's response record, and the request record after it, into `out`."""
    copied = 0
    with open(out, "wb") as output:
        for warc_file, offset, length in captures:
            path = base / warc_file
            # The request record follows its response: the next whole record, if any.
            pair_end = next_record_end(path, offset + length)
            with open(path, "rb") as handle:
                handle.seek(offset)
                output.write(handle.read(pair_end - offset))
            copied += 1
    return copied


def write_wacz(base: Path, captures: list[tuple], out: Path, title: str) -> int:
    """Package the captures' records as a WACZ file; returns how many captures it holds."""
    with tempfile.TemporaryDirectory() as scratch:
        warc = Path(scratch) / f"{out.stem}{WARC_SUFFIX}"
        copied = copy_records(base, captures, warc)
        status = wacz_main(["create", "-o", str(out), "--title", title, str(warc)])
    if status:
        raise RuntimeError(f"wacz create failed with status {status}")
    return copied
