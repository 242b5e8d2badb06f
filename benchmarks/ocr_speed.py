"""How fast OCR reads scanned report pages, on one core, beside text-layer extraction.

Each scanned PDF of the labelled documents set (`tests/fixtures/eval/documents/scan_*.pdf`)
is read page by page: rendering (pypdfium2) and recognition (RapidOCR on one thread, as the
crawl's OCR workers run it), each timed in CPU seconds of this process. The baseline, timed
in the same run, is pdfminer's extraction of the text-layer PDFs of the extraction set:
what a page costs when it does not need OCR. The engine's first page is a warm-up and is not
counted.

    $ python -m benchmarks.ocr_speed            # all scans, 1 pass
    $ python -m benchmarks.ocr_speed --passes 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from pipelines.attachments import extract_pdf
from pipelines.layout import rows_from_boxes
from pipelines.ocr import OcrReader, render_pdf_pages

EVAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval"


def cpu(function, *args):
    started = time.process_time()
    result = function(*args)
    return result, time.process_time() - started


def text_layer_seconds_per_page(passes: int) -> list[float]:
    """pdfminer's CPU seconds per page on the text-layer PDFs of the extraction set."""
    import pypdfium2

    samples = []
    for path in sorted(EVAL.glob("att_pdf_*.pdf")):
        body = path.read_bytes()
        pages = len(pypdfium2.PdfDocument(body))
        for _ in range(passes):
            _, seconds = cpu(extract_pdf, body)
            samples.append(seconds / pages)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--files", nargs="*", type=Path,
                        default=sorted((EVAL / "documents").glob("scan_*.pdf")))
    args = parser.parse_args(argv)
    reader = OcrReader()
    render_samples, ocr_samples, characters = [], [], 0
    warm = False
    for _ in range(args.passes):
        for path in args.files:
            images, render_seconds = cpu(render_pdf_pages, path.read_bytes(), 100)
            render_samples += [render_seconds / len(images)] * len(images)
            for image in images:
                boxes, seconds = cpu(reader.page_boxes, image)
                if not warm:
                    warm = True
                    continue
                ocr_samples.append(seconds)
                characters += sum(len(row.text) for row in rows_from_boxes(boxes))
    baseline = text_layer_seconds_per_page(args.passes)
    ocr = statistics.median(ocr_samples)
    render = statistics.median(render_samples)
    text_layer = statistics.median(baseline)
    print(f"scanned pages read: {len(ocr_samples)} (from {len(args.files)} files, {args.passes} passes), "
          f"{characters / max(len(ocr_samples), 1):.0f} characters a page")
    print(f"OCR, one thread:   median {ocr:.2f} CPU s a page, render {render:.3f} s "
          f"-> {1 / (ocr + render):.2f} pages a second on one core")
    print(f"text layer (pdfminer, {len(baseline)} samples): median {text_layer:.3f} CPU s a page: "
          f"OCR costs {(ocr + render) / text_layer:.0f}x as much")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
