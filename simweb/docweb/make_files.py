"""Write the files of the ``docweb`` profile with real tools, and their texts, under ``files/``.

    $ pip install -e '.[fixtures]' && python -m simweb.docweb.make_files

For each document of ``catalog.PLAN``: the text (a report written from a slice of a real seed report,
or a look-alike), then the file. Scans: pages typeset in 公文 layout (16 pt body, 28 characters by
22 lines, title in bold, page numbers) with a CJK font found by ``fc-list :lang=zh``, a red seal
over the signature, then paper tone, noise, specks, blur and skew, JPEG, and an image-only PDF by
img2pdf. Page images: the same pages as scanned JPEGs (TRS) or clean palette PNGs (Hanweb). ``.doc``:
a DOCX from python-docx converted by ``soffice --headless --convert-to doc`` (Word 97). ``.wps``: what
Kingsoft WPS Writer saves as ``.wps`` since WPS Office 2005 is the Word 97 binary format (an OLE2
compound file with a ``WordDocument`` stream; LibreOffice's ``writer_MS_Word_97`` type lists the
extensions ``doc wps``), and WPS marks its files with a ``KSOProductBuildVer`` custom property: so
a DOCX with that property, converted by LibreOffice to Word 97, saved as ``.wps``. ``.ofd``: a text
PDF (reportlab, STSong-Light) converted by easyofd with its text kept as OFD ``TextObject``s
(checked). The output is not byte-reproducible (LibreOffice and easyofd stamp times and ids), which
is why the files are committed; ``manifest.json`` keeps each text.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import math
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .. import files as simfiles
from .. import texts
from ..kinds.core import report_paras, rewrite, seed_slice
from .catalog import FILES_DIR, MANIFEST, PLAN, Planned

DPI = 150
PAGE = (1240, 1754)  # A4 at 150 dpi
BODY_PX = 33  # 16 pt (三号) at 150 dpi
TITLE_PX = 44
LINE_PX = 60  # 22 lines a page
LINES = 22
TOP = 200
TEXT_WIDTH = BODY_PX * 28
KSO_VERSION = "2052-11.1.0.14309"


# ----------------------------------------------------------------------------------- texts


def compose(plan: Planned) -> tuple[str, list[str]]:
    """The title and paragraphs of a planned document (the signature lines included)."""
    rng = random.Random(f"docweb|{plan.key}")
    if plan.lookalike:
        title, paras = texts.make_lookalike(rng, plan.lookalike, plan.place, plan.year)
        return title, [*paras, plan.signer, plan.date]
    paras = report_paras(rng, plan.place, plan.year, plan.stem, plan.ordinal)
    if plan.length == "short":
        head, used = [], 0
        for para in paras[:-5]:
            if used + len(para) > 850:
                break
            head.append(para)
            used += len(para)
        paras = head + paras[-5:]
    elif plan.length == "long":
        extra = []
        for n, stem in enumerate(("000", "001", "003", "004", "002")):
            extra += [rewrite(p, plan.place, plan.year, stem) for p in seed_slice(stem, 5, 3 + n)]
        paras = paras[:-6] + extra + paras[-6:]
    return plan.title, [*paras, plan.signer, plan.date]


# ----------------------------------------------------------------------------------- pages


def cjk_fonts() -> dict[str, tuple[str, int]]:
    """(file, index) of the simplified-Chinese serif fonts that ``fc-list :lang=zh`` lists."""
    out = subprocess.run(
        ["fc-list", "-f", "%{file}|%{index}|%{family}|%{style}\n", ":lang=zh"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, tuple[str, int]] = {}
    for line in out.splitlines():
        path, index, family, style = line.split("|")[:4]
        if "SC" in family.split(",")[0] and "Mono" not in family:
            kind = ("serif" if "Serif" in family else "sans") + ("-bold" if "Bold" in style else "")
            found.setdefault(kind, (path, int(index)))
    if "serif" not in found and "sans" not in found:
        raise SystemExit("no simplified-Chinese font found by fc-list :lang=zh")
    return found


class Typesetter:
    """Lays a title and paragraphs out on A4 pages in the 公文 layout and draws them."""

    def __init__(self, fonts: dict[str, tuple[str, int]]):
        from PIL import ImageFont

        def font(kinds: tuple[str, ...], size: int):
            path, index = next(fonts[k] for k in kinds if k in fonts)
            return ImageFont.truetype(path, size, index=index)

        self.body = font(("serif", "sans"), BODY_PX)
        self.title = font(("serif-bold", "sans-bold", "serif", "sans"), TITLE_PX)
        self.small = font(("sans", "serif"), 26)
        self.seal = font(("sans-bold", "serif-bold", "sans"), 30)

    def wrap(self, text: str, font, width: int, indent: int = 0) -> list[str]:
        lines, line = [], ""
        room = width - indent
        for char in text:
            if font.getlength(line + char) > room and line:
                if char in ",。、;:!?)》”’,.;:":  # no line starts with closing punctuation
                    line += char
                    continue
                lines.append(line)
                line, room = "", width
            line += char
        return [*lines, line] if line else lines

    def layout(self, title: str, paras: list[str]) -> list[list[tuple[str, str]]]:
        """Pages of (style, text) lines: title, first (indented), body, right, blank."""
        rows: list[tuple[str, str]] = [("title", t) for t in self.wrap(title, self.title, BODY_PX * 22)]
        rows.append(("blank", ""))
        body, sign = paras[:-2], paras[-2:]
        for para in body:
            lines = self.wrap(para, self.body, TEXT_WIDTH, BODY_PX * 2)
            rows += [("first" if i == 0 else "body", t) for i, t in enumerate(lines)]
        rows += [("blank", ""), ("blank", "")] + [("right", t) for t in sign]
        pages, page, used = [], [], 0.0
        for style, text in rows:
            cost = 1.6 if style == "title" else 1.0
            if used + cost > LINES and page:
                pages.append(page)
                page, used = [], 0.0
            page.append((style, text))
            used += cost
        return [*pages, page] if page else pages

    def draw(self, lines: list[tuple[str, str]], number: int, signer: str, seal: bool):
        from PIL import Image, ImageDraw

        img = Image.new("RGB", PAGE, "white")
        pen = ImageDraw.Draw(img)
        left = (PAGE[0] - TEXT_WIDTH) // 2
        y, sign_at = float(TOP), None
        for style, text in lines:
            if style == "title":
                w = self.title.getlength(text)
                pen.text(((PAGE[0] - w) / 2, y), text, font=self.title, fill="black")
                y += LINE_PX * 1.6
                continue
            if style == "right":
                w = self.body.getlength(text)
                x = left + TEXT_WIDTH - w - BODY_PX * 2
                if text == signer:
                    sign_at = (x + w / 2, y + BODY_PX / 2)
            else:
                x = left + (BODY_PX * 2 if style == "first" else 0)
            pen.text((x, y), text, font=self.body, fill="black")
            y += LINE_PX
        mark = f"— {number} —"
        pen.text(
            ((PAGE[0] - self.small.getlength(mark)) / 2, PAGE[1] - 130), mark, font=self.small, fill="black"
        )
        if seal and sign_at:
            img = self.stamp(img, sign_at, signer)
        return img

    def stamp(self, img, centre: tuple[float, float], name: str):
        """A round red seal (ring, star, the name along the arc) multiplied onto the page."""
        from PIL import Image, ImageChops, ImageDraw

        size, r = 300, 128
        seal = Image.new("RGB", (size, size), "white")
        pen = ImageDraw.Draw(seal)
        c = size / 2
        pen.ellipse((c - r, c - r, c + r, c + r), outline=(215, 35, 35), width=8)
        star = [
            (
                c + 42 * math.cos(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4),
                c - 42 * math.sin(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4),
            )
            for k in range(10)
        ]
        pen.polygon(star, fill=(215, 35, 35))
        span = min(250.0, 26.0 * len(name))
        for i, char in enumerate(name):
            angle = -span / 2 + span * (i + 0.5) / len(name)
            glyph = Image.new("L", (40, 40), 0)
            ImageDraw.Draw(glyph).text((5, 2), char, font=self.seal, fill=255)
            glyph = glyph.rotate(-angle, resample=Image.BICUBIC)
            gx = c + (r - 34) * math.sin(math.radians(angle)) - 20
            gy = c - (r - 34) * math.cos(math.radians(angle)) - 20
            seal.paste((215, 35, 35), (int(gx), int(gy)), glyph)
        layer = Image.new("RGB", img.size, "white")
        layer.paste(seal, (int(centre[0] - c), int(centre[1] - c)))
        return ImageChops.multiply(img, layer)


def scanned(img, rng: random.Random, colour: bool):
    """Paper tone, uneven light, noise, specks, a little blur and a skew of under 1.2 degrees."""
    import numpy as np
    from PIL import Image, ImageFilter

    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(img.convert("RGB" if colour else "L"), dtype=np.float32)
    h, w = arr.shape[:2]
    light = (
        np.linspace(0, rng.uniform(-14, 14), w)[None, :] + np.linspace(0, rng.uniform(-10, 10), h)[:, None]
    )
    if colour:
        light = light[:, :, None]
    arr = arr * 0.86 + 18 + light + gen.normal(0, 7, arr.shape)
    for _ in range(rng.randint(150, 400)):
        y, x = rng.randrange(h - 3), rng.randrange(w - 3)
        arr[y : y + rng.randint(1, 3), x : x + rng.randint(1, 3)] = rng.randint(40, 120)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.7))
    fill = (232, 232, 228) if colour else 230
    return out.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=fill)


def jpeg(img, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(DPI, DPI), optimize=True)
    return buf.getvalue()


def png(img) -> bytes:
    buf = io.BytesIO()
    img.quantize(colors=16).save(buf, "PNG", optimize=True, dpi=(DPI, DPI))
    return buf.getvalue()


def page_images(setter: Typesetter, plan: Planned, title: str, paras: list[str], how: str) -> list[bytes]:
    """The pages as JPEG scans (``scan``, ``jpeg``) or clean PNGs (``png``)."""
    rng = random.Random(f"docweb|scan|{plan.key}")
    pages = setter.layout(title, paras)
    out = []
    for n, lines in enumerate(pages, 1):
        last = n == len(pages)
        img = setter.draw(lines, n, plan.signer, seal=last)
        if how == "png":
            out.append(png(img))
        else:
            out.append(jpeg(scanned(img, rng, colour=last or how == "jpeg"), 38 if how == "scan" else 55))
    return out


# ----------------------------------------------------------------------------------- office


def make_docx(title: str, paras: list[str], kso: bool) -> bytes:
    """A DOCX in 公文 style (centred bold title, indented paragraphs, signature on the right);
    with ``kso``, the ``KSOProductBuildVer`` custom property WPS Office writes."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = "Administrator"
    props.comments = props.title = props.subject = props.keywords = ""
    signed = [int(n) for n in re.findall(r"\d+", paras[-1])]
    if len(signed) == 3:
        props.created = props.modified = dt.datetime(*signed, 9, 30)
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(title)
    run.bold, run.font.size = True, Pt(22)
    for para in paras[:-2]:
        p = document.add_paragraph(para)
        p.paragraph_format.first_line_indent = Pt(32)
    for line in paras[-2:]:
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    document.save(buf)
    return add_custom_property(buf.getvalue(), "KSOProductBuildVer", KSO_VERSION) if kso else buf.getvalue()


def add_custom_property(data: bytes, name: str, value: str) -> bytes:
    """A DOCX with one custom document property added (docProps/custom.xml, its part and rel)."""
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
        'openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats'
        '.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"'
        f' pid="2" name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property></Properties>'
    )
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType='
                    b'"application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
                    b"</Types>",
                )
            elif info.filename == "_rels/.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCustom" Type="http://schemas.'
                    b"openxmlformats.org/officeDocument/2006/relationships/custom-properties"
                    b'" Target="docProps/custom.xml"/></Relationships>',
                )
            dst.writestr(info, body)
        dst.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def to_word97(docx_files: dict[str, bytes]) -> dict[str, bytes]:
    """Convert DOCX files to Word 97 ``.doc`` with LibreOffice, in one ``soffice`` run."""
    if not docx_files:
        return {}
    with tempfile.TemporaryDirectory(prefix="docweb-") as tmp:
        work = Path(tmp)
        for name, data in docx_files.items():
            (work / f"{name}.docx").write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{work}/profile",
                "--headless",
                "--convert-to",
                "doc:MS Word 97",
                "--outdir",
                str(work / "out"),
                *[str(work / f"{n}.docx") for n in docx_files],
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return {name: (work / "out" / f"{name}.doc").read_bytes() for name in docx_files}


def make_ofd(title: str, paras: list[str]) -> bytes:
    """An OFD with a text layer: a reportlab text PDF converted by easyofd (text kept)."""
    from easyofd.ofd import OFD
    from loguru import logger

    logger.remove()  # easyofd logs every font it cannot register
    pdf = simfiles.make_pdf(title, paras)
    # easyofd assembles the package in ./test of the working directory, and prints its id maps
    with (
        tempfile.TemporaryDirectory(prefix="docweb-ofd-") as tmp,
        contextlib.chdir(tmp),
        contextlib.redirect_stdout(io.StringIO()),
    ):
        data = OFD().pdf2ofd(pdf, optional_text=True)
    check_ofd(data, title)
    return data


def check_ofd(data: bytes, title: str) -> None:
    """Fail unless the OFD holds TextObjects whose text contains the title's start."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith("Content.xml"))
    codes = "".join(re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", text))
    if "<ofd:TextObject" not in text or title[:8] not in codes:
        raise SystemExit("easyofd wrote no text objects for " + title)


# ----------------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(FILES_DIR), help="folder to write the files to")
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    setter = Typesetter(cjk_fonts())
    manifest, words, written = {}, {}, {}
    for plan in PLAN:
        title, paras = compose(plan)
        entry = {
            "title": title,
            "paras": paras,
            "form": plan.form,
            "place": plan.place,
            "year": plan.year,
            "lookalike": plan.lookalike,
            "files": [],
        }
        if plan.form in ("scan", "images", "pngs"):
            how = {"scan": "scan", "images": "jpeg", "pngs": "png"}[plan.form]
            pages = page_images(setter, plan, title, paras, how)
            entry["pages"] = len(pages)
            if plan.form == "scan":
                import img2pdf

                written[f"{plan.key}.pdf"] = (plan.key, img2pdf.convert(pages))
            else:
                ext = "png" if how == "png" else "jpg"
                written.update({f"{plan.key}-{n}.{ext}": (plan.key, data) for n, data in enumerate(pages, 1)})
        elif plan.form in ("doc", "wps"):
            words[plan.key] = make_docx(title, paras, kso=plan.form == "wps")
        elif plan.form == "ofd":
            written[f"{plan.key}.ofd"] = (plan.key, make_ofd(title, paras))
        manifest[plan.key] = entry
    for key, data in to_word97(words).items():
        written[f"{key}.{manifest[key]['form']}"] = (key, data)
    for name, (key, data) in sorted(written.items()):
        (out / name).write_bytes(data)
        manifest[key]["files"].append(name)
    (out / MANIFEST.name).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    total = sum(p.stat().st_size for p in out.iterdir())
    for key, entry in manifest.items():
        size = sum((out / n).stat().st_size for n in entry["files"])
        print(
            f"{key:20s} {entry['form']:6s} pages {entry.get('pages', '-'):>3} "
            f"chars {sum(map(len, entry['paras'])):6d}  {size / 1024:8.0f} KiB  {', '.join(entry['files'])}"
        )
    print(f"total {total / 2**20:.2f} MiB in {out}")


if __name__ == "__main__":
    main()
