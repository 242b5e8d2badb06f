"""The labelled set of unreadable report files (`tests/fixtures/eval/documents/`) is whole and true.

Every label has its fields and its files; the scans are image-only PDFs (pdfminer finds no text
and no font); the image articles link exactly the images the label lists; the .doc and .wps
are OLE2 files with a Word `WordDocument` stream (and the .wps the WPS build property); the
.ofd are OFD packages whose text is the label's. Where LibreOffice is installed, the text it
reads from the .doc and .wps files is the label's too. The set stays small enough to commit.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import urljoin

import olefile
import pytest
from pdfminer.high_level import extract_text
from pdfminer.pdfpage import PDFPage

from tests.fixtures.eval.documents.reading import ofd_text, squeeze

ROOT = Path(__file__).resolve().parent / "fixtures" / "eval" / "documents"
LABELS = json.loads((ROOT / "labels.json").read_text(encoding="utf-8"))
CASES = LABELS["cases"]
FIELDS = ("id", "kind", "tool", "title", "expected_text", "region", "report_year", "is_report", "notes")
KINDS = {"scan_pdf", "image_article", "doc", "wps", "ofd"}


def of_kind(kind: str) -> list[dict]:
    """The cases of one kind."""
    return [c for c in CASES if c["kind"] == kind]


def test_the_set_has_every_kind_and_unique_ids():
    counts = {k: len(of_kind(k)) for k in KINDS}
    assert counts == {"scan_pdf": 7, "image_article": 2, "doc": 3, "wps": 2, "ofd": 2}
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    assert [c["id"] for c in CASES if not c["is_report"]] == ["scan_zhaoxian_xxgk_2022"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_every_label_is_complete(case):
    missing = [f for f in FIELDS if case.get(f) in (None, "")]
    assert not missing, missing
    assert isinstance(case["report_year"], int) and 2015 <= case["report_year"] <= 2025
    lines = case["expected_text"].split("\n")
    assert all(line.strip() for line in lines), "no empty lines"
    assert case["title"] not in lines, "the title line is not part of the body"
    assert not any(re.fullmatch(r"[—-]\s*\d+\s*[—-]", line) for line in lines), "no page numbers"
    assert len(case["expected_text"]) >= 300
    if case["kind"] == "image_article":
        assert (ROOT / case["page"]["file"]).is_file()
        assert all((ROOT / image["file"]).is_file() for image in case["images"])
    else:
        assert (ROOT / case["file"]).is_file()
        assert case["file"].endswith("." + {"scan_pdf": "pdf"}.get(case["kind"], case["kind"]))


def test_report_texts_are_all_different():
    firsts = [c["expected_text"][:60] for c in CASES]
    assert len(firsts) == len(set(firsts))


@pytest.mark.parametrize("case", of_kind("scan_pdf"), ids=lambda c: c["id"])
def test_scans_are_image_only_pdfs(case):
    path = ROOT / case["file"]
    raw = path.read_bytes()
    assert extract_text(str(path)).strip() == ""
    assert b"/Font" not in raw
    with path.open("rb") as fh:
        pages = list(PDFPage.get_pages(fh))
    assert len(pages) == case["notes"]["pages"]
    assert 2 <= len(pages) <= 4 or not case["is_report"]
    assert raw.count(b"/Subtype /Image") == len(pages)


def test_one_scan_is_four_pages_one_grey_one_bitonal_and_one_has_a_table():
    scans = of_kind("scan_pdf")
    assert any(c["notes"]["pages"] == 4 for c in scans)
    modes = [c["notes"]["noise"].rsplit("mode ", 1)[1] for c in scans]
    assert "L" in modes and "1" in modes and "RGB" in modes
    assert len({c["notes"]["dpi"] for c in scans}) >= 3
    tables = [c for c in scans if "\t" in c["expected_text"]]
    assert [c["id"] for c in tables] == ["scan_rongjiang_2023"]
    assert "\n附件\n" in tables[0]["expected_text"]


@pytest.mark.parametrize("case", of_kind("image_article"), ids=lambda c: c["id"])
def test_image_articles_show_only_their_page_images(case):
    page = (ROOT / case["page"]["file"]).read_text(encoding="utf-8")
    srcs = re.findall(r'<img[^>]*\ssrc="([^"]+)"', page)
    body = [s for s in srcs if "banner" not in s]
    assert body == [image["src"] for image in case["images"]]
    assert 2 <= len(body) <= 3
    for image in case["images"]:
        assert urljoin(case["page"]["url"], image["src"]) == image["url"]
        data = (ROOT / image["file"]).read_bytes()
        magic = b"\xff\xd8\xff" if image["file"].endswith(".jpg") else b"\x89PNG\r\n\x1a\n"
        assert data.startswith(magic)
    kinds = {image["file"].rsplit(".", 1)[1] for c in of_kind("image_article") for image in c["images"]}
    assert kinds == {"jpg", "png"}
    assert case["title"] in page and "发布" in page


@pytest.mark.parametrize("case", of_kind("doc") + of_kind("wps"), ids=lambda c: c["id"])
def test_doc_and_wps_are_word_97_ole_files(case):
    path = ROOT / case["file"]
    assert olefile.isOleFile(str(path))
    with olefile.OleFileIO(str(path)) as ole:
        assert ole.exists("WordDocument") and ole.exists("1Table")
        fib = ole.openstream("WordDocument").read(4)
        assert struct.unpack("<HH", fib)[0] == 0xA5EC  # wIdent of a Word 97 FIB
        summary = ole.openstream("\x05DocumentSummaryInformation").read()
    mark = b"KSOProductBuildVer" in summary or "KSOProductBuildVer".encode("utf-16-le") in summary
    assert mark == (case["kind"] == "wps")


def test_docs_have_a_table_a_running_head_and_a_footnote():
    features = " ".join(c["notes"]["feature"] for c in of_kind("doc"))
    assert "table" in features and "running head" in features and "footnote" in features
    assert [c["id"] for c in of_kind("doc") if c.get("footnotes")] == ["doc_jiexiu_2021"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_label_text_from_doc_and_wps(tmp_path):
    cases = of_kind("doc") + of_kind("wps")
    for case in cases:
        shutil.copy(ROOT / case["file"], tmp_path / (case["id"] + ".doc"))
    cmd = ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
           "txt:Text (encoded):UTF8", "--outdir", str(tmp_path)]
    cmd += [str(tmp_path / (c["id"] + ".doc")) for c in cases]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    for case in cases:
        got = squeeze((tmp_path / (case["id"] + ".txt")).read_text(encoding="utf-8-sig"))
        for note in case.get("footnotes", []):
            got = got.replace(squeeze(note), "")
        want = squeeze(case["title"] + case["expected_text"])
        if case.get("footnotes"):  # the footnote mark "1" stands in the body text
            got, want = (re.sub(r"(?<=\D)1(?=\D)", "", s) for s in (got, want))
        assert got == want, case["id"]


@pytest.mark.parametrize("case", of_kind("ofd"), ids=lambda c: c["id"])
def test_ofds_are_packages_whose_text_is_the_label(case):
    data = (ROOT / case["file"]).read_bytes()
    z = zipfile.ZipFile(io.BytesIO(data))
    ofd = z.read("OFD.xml").decode("utf-8")
    root = re.search(r"<ofd:DocRoot>([^<]+)</ofd:DocRoot>", ofd).group(1)
    assert root in z.namelist()
    contents = [n for n in z.namelist() if n.endswith("Content.xml")]
    assert contents and all(b"<ofd:TextObject" in z.read(n) for n in contents)
    standard = 'xmlns:ofd="http://www.ofdspec.org/2016"' in ofd
    assert standard == case["id"].endswith("_spec")
    got = re.sub(r"—\d+—", "", squeeze(ofd_text(data)))
    assert got == squeeze(case["title"] + case["expected_text"])


def test_the_set_is_small_enough_to_commit():
    size = sum(p.stat().st_size for p in ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert size < 8.5 * 2**20
