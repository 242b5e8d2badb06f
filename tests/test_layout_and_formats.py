"""Positioned text to paragraphs, OFD packages, the Word 97 text stream, and when OCR runs.

Pure functions on hand-built input: the boxes an OCR engine or an OFD page gives, OFD
packages written here, Word's special characters, article pages whose body is page images.
The readers on real files (LibreOffice's `.doc`, scans, OFDs made by a real writer) are
measured on the labelled set in `tests/test_documents_eval.py`.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from parsel import Selector

from archive.records import DocumentOutcome, DocumentStatus
from crawler.discovery.pages import MAX_PAGE_IMAGES, content_images
from crawler.items import FetchedDocument
from crawler.multipage import HeldDocuments
from crawler.seeds import Seed
from pipelines.attachments import TextSource, extract_attachment, extract_ofd
from pipelines.layout import TextBox, paragraphs_from_rows, rows_from_boxes
from pipelines.ofd import OfdFileError, delta_x, ofd_text
from pipelines.reader import ReadDocument, wants_ocr
from pipelines.word97 import NotWordFile, clean_word_text, piece_table, word_document_text
from vocabulary.metadata import PageFields

H = 20  # character height of the hand-made rows


def row(text: str, left: float, top: float, right: float) -> TextBox:
    return TextBox(text, left, top, right, top + H)


def test_boxes_on_one_line_are_joined_left_to_right_and_cells_keep_a_space():
    boxes = [TextBox("成效", 300, 102, 340, 120), TextBox("一、主要", 100, 100, 180, 121),
             TextBox("35件", 600, 101, 640, 119), TextBox("下一行", 100, 140, 160, 160)]
    rows = rows_from_boxes(boxes)
    assert [r.text for r in rows] == ["一、主要 成效 35件", "下一行"]
    assert rows[0].left == 100 and rows[0].right == 640


def test_paragraphs_start_at_indents_headings_and_after_short_rows():
    page = [
        row("某县人民政府关于2023年法治政府建设情况的报告", 160, 0, 540),  # centred title
        row("2023年，我县坚持以习近平法治思想为指导，全面推进", 140, 40, 700),  # indented
        row("法治政府建设，现将有关情况报告如下。", 100, 80, 460),  # short: ends the paragraph
        row("一、主要举措", 100, 120, 220),  # heading
        row("（一）加强组织领导。县政府常务会议专题研究法治", 140, 160, 700),
        row("政府建设工作5次，制定年度工作要点。", 100, 200, 700),
        row("— 1 —", 380, 260, 420),  # page number
    ]
    text = paragraphs_from_rows([page])
    assert text.split("\n") == [
        "某县人民政府关于2023年法治政府建设情况的报告",
        "2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下。",
        "一、主要举措",
        "（一）加强组织领导。县政府常务会议专题研究法治政府建设工作5次，制定年度工作要点。",
    ]


def test_a_paragraph_runs_on_to_the_next_page_unless_the_page_starts_indented():
    first = [row("二、存在的问题", 100, 0, 260),
             row("一是法治宣传的针对性还不强，二是行政执法", 140, 40, 700)]
    second = [row("人员的素质有待提高。", 100, 0, 320), row("三、下一步工作", 100, 40, 260)]
    third = [row("新起一段。", 140, 0, 300)]
    assert paragraphs_from_rows([first, second, third]).split("\n") == [
        "二、存在的问题", "一是法治宣传的针对性还不强，二是行政执法人员的素质有待提高。",
        "三、下一步工作", "新起一段。"]


# --- OFD ---

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def ofd_package(pages: list[str], document_root: str = "Doc_0/Document.xml") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("OFD.xml", f'<ofd:OFD {NS} Version="1.0"><ofd:DocBody><ofd:DocRoot>'
                                    f'{document_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        entries = "".join(f'<ofd:Page ID="{n + 10}" BaseLoc="Pages/Page_{n}/Content.xml"/>'
                          for n in range(len(pages)))
        package.writestr("Doc_0/Document.xml", f'<ofd:Document {NS}><ofd:Pages>{entries}'
                                               f'</ofd:Pages></ofd:Document>')
        for n, layer in enumerate(pages):
            package.writestr(f"Doc_0/Pages/Page_{n}/Content.xml",
                             f'<ofd:Page {NS}><ofd:Content><ofd:Layer ID="1">{layer}'
                             f'</ofd:Layer></ofd:Content></ofd:Page>')
    return buffer.getvalue()


def text_object(text: str, x: float, y: float, size: float = 5.0, delta: str | None = None) -> str:
    delta = delta or f"g {len(text) - 1} {size}"
    return (f'<ofd:TextObject ID="2" Boundary="{x} {y} 170 {size * 1.5}" Font="3" Size="{size}">'
            f'<ofd:TextCode X="0" Y="{size}" DeltaX="{delta}">{text}</ofd:TextCode></ofd:TextObject>')


def test_ofd_text_objects_become_paragraphs_across_pages():
    first = (text_object("二、主要举措", 25, 30)
             + text_object("县政府常务会议专题研究法治政府建设工作五次，", 35, 40)
             + text_object("制定年度工作要点，明确责任分工和完成时限，压实", 25, 48))
    second = text_object("并逐项抓好落实。", 25, 30) + text_object("三、下一步工作", 25, 38)
    text, pages = ofd_text(ofd_package([first, second]))
    assert pages == 2
    assert text.split("\n") == [
        "二、主要举措",
        "县政府常务会议专题研究法治政府建设工作五次，制定年度工作要点，明确责任分工和完成时限，压实并逐项抓好落实。",
        "三、下一步工作"]


def test_ofd_glyph_advances_expand_repeats():
    assert delta_x("g 3 4.5 2", 6, 5.0) == [4.5, 4.5, 4.5, 2.0, 5.0]
    assert delta_x(None, 3, 5.0) == [5.0, 5.0]


def test_an_ofd_of_page_images_is_a_scan_and_a_broken_one_is_corrupt():
    image_only = ofd_package(['<ofd:ImageObject ID="4" Boundary="0 0 210 297" ResourceID="5"/>'])
    assert extract_ofd(image_only).status == DocumentStatus.NO_TEXT_LAYER
    broken = ofd_package([text_object("文字", 25, 30)], document_root="Doc_9/Document.xml")
    with pytest.raises(OfdFileError, match="Doc_9"):
        ofd_text(broken)
    assert extract_attachment(broken, "http://x.gov.cn/a.ofd").status == DocumentStatus.CORRUPT


def test_an_ofd_attachment_is_read_and_says_so():
    body = ofd_package([text_object("某县2023年法治政府建设工作报告的正文内容，共有足够的文字。", 25, 30)])
    result = extract_attachment(body, "http://x.gov.cn/upload/report.ofd")
    assert result.kind == "ofd" and result.source == TextSource.OFD
    assert "法治政府建设工作报告" in result.text


# --- Word 97 ---

def test_word_fields_keep_their_results_and_marks_end_lines():
    raw = ("一、主要举措\r详见\x13 HYPERLINK \"http://x\" \x14网站\x15。\x07\x07"
           "页码\x13 PAGE \x14\x133\x15\x15\x0b第二行\x01\x08\x1e完")
    assert clean_word_text(raw) == "一、主要举措\n详见网站。\n页码\n第二行-完"


def test_a_piece_table_maps_unicode_and_compressed_pieces():
    # Two pieces: characters 0-3 as UTF-16 at byte 1024, 3-5 compressed at byte 2048 (fc 4096).
    plc = (b"".join(n.to_bytes(4, "little") for n in (0, 3, 5))
           + b"\x00\x00" + (1024).to_bytes(4, "little") + b"\x00\x00"
           + b"\x00\x00" + (0x40000000 | 4096).to_bytes(4, "little") + b"\x00\x00")
    clx = b"\x01\x02\x00ab" + b"\x02" + len(plc).to_bytes(4, "little") + plc
    pieces = piece_table(clx)
    assert [(p.cp_start, p.cp_end, p.offset, p.compressed) for p in pieces] == [
        (0, 3, 1024, False), (3, 5, 2048, True)]


def test_bytes_that_only_look_like_a_doc_are_unsupported_not_read():
    fake = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    with pytest.raises(NotWordFile):
        word_document_text(b"plain text, no OLE2 header")
    result = extract_attachment(fake, "http://x.gov.cn/a.doc")
    assert result.kind == "doc" and result.status in (DocumentStatus.UNSUPPORTED, DocumentStatus.CORRUPT)


# --- when OCR runs ---

SEED = Seed(name="某县", url="http://www.x.gov.cn/", level="county")


def fetched(url: str, is_attachment: bool, link_text: str = "", via_title: str | None = None,
            page_images: list | None = None) -> FetchedDocument:
    return FetchedDocument(url=url, http_status=200, body=b"", content_type="", declared_encoding=None,
                           is_attachment=is_attachment, fetched_at="2024-04-01T00:00:00+00:00", site=SEED,
                           link_text=link_text, via_fields=PageFields(title=via_title) if via_title else None,
                           page_images=page_images or [])


def scan_outcome(doc: FetchedDocument) -> DocumentOutcome:
    return DocumentOutcome(url=doc.url, site_key=SEED.key, kind="pdf", status=DocumentStatus.NO_TEXT_LAYER,
                           title=None, reason="0 characters on 3 pages", fetched_at=doc.fetched_at)


def test_ocr_runs_on_scans_linked_as_reports_only():
    report = fetched("http://www.x.gov.cn/a.pdf", True, "某县2023年法治政府建设工作报告.pdf")
    via_article = fetched("http://www.x.gov.cn/b.pdf", True, "附件1.pdf",
                          via_title="某县人民政府关于2023年法治政府建设情况的报告")
    other = fetched("http://www.x.gov.cn/c.pdf", True, "2023年度政府信息公开工作年度报告.pdf")
    assert wants_ocr(report, scan_outcome(report))
    assert wants_ocr(via_article, scan_outcome(via_article))
    assert not wants_ocr(other, scan_outcome(other))


def test_ocr_runs_on_an_article_that_is_only_page_images():
    images = [("http://www.x.gov.cn/W1.jpg", b"jpeg")]
    article = fetched("http://www.x.gov.cn/t1.html", False, page_images=images)

    def read(body: str) -> ReadDocument:
        return ReadDocument(article, "html", "某县2023年法治政府建设工作报告", body, PageFields())

    assert wants_ocr(article, read("发布日期：2024-03-28"))
    assert not wants_ocr(article, read("正文" * 200))
    assert not wants_ocr(fetched("http://www.x.gov.cn/t2.html", False), read(""))


def test_content_images_leave_out_chrome_icons_and_data_urls():
    html = """<html><body>
      <div class="header"><img src="/images/logo.png"></div>
      <div class="article"><p><img src="./W020240328_1.jpg"></p>
        <p><a href="./W020240328_2.png"><img src="./W020240328_2.png" width="800"></a></p>
        <img src="/icons/print.gif" width="16" height="16"><img src="data:image/png;base64,AAAA">
        <img src="./W020240328_1.jpg"><img style="width:12px" src="/x.png"></div>
      <div id="footer"><img src="/images/dzjg.png"></div></body></html>"""
    selector = Selector(text=html)
    assert content_images(selector, "http://www.x.gov.cn/zwgk/202403/t20240328_1.html") == ["http://www.x.gov.cn/zwgk/202403/W020240328_1.jpg",
                                        "http://www.x.gov.cn/zwgk/202403/W020240328_2.png"]
    many = "".join(f'<img src="/u/{n}.jpg">' for n in range(40))
    assert len(content_images(Selector(text=many), "http://x.gov.cn/")) == MAX_PAGE_IMAGES


def test_held_page_images_come_back_in_the_article_order():
    held = HeldDocuments()
    article = fetched("http://www.x.gov.cn/t1.html", False)
    urls = ["http://www.x.gov.cn/p2.png", "http://www.x.gov.cn/p1.jpg"]
    held.hold(article, urls)
    assert held.arrived(article.url, urls[1], b"one", image=True) is None
    released = held.arrived(article.url, urls[0], b"two", image=True)
    assert released.page_images == [(urls[0], b"two"), (urls[1], b"one")]
    assert released.continued_pages == []
