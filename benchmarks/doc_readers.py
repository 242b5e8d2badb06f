"""Word 97 `.doc` and WPS `.wps` readers compared on the labelled files: text and speed.

The archive reads these files with its own reader of the binary format (`pipelines/word97.py`).
This benchmark measures it beside the maintained alternatives that are installed: antiword and
catdoc (Debian packages) and LibreOffice headless (`soffice --convert-to txt`), each on every
`.doc`/`.wps` of `tests/fixtures/eval/documents/`, as character F1 against the label and the
median wall time per file (a subprocess for the tools, a call for the reader).

    $ python -m benchmarks.doc_readers
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.eval_documents import DOCUMENTS_DIR, f1, load_cases
from pipelines.attachments import extract_word97
from pipelines.extract import clean_body


def own_reader(path: Path) -> str:
    return extract_word97(path.read_bytes(), path.suffix.lstrip(".")).text


def antiword(path: Path) -> str:
    return subprocess.run(["antiword", "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True,
                          text=True, check=True).stdout


def catdoc(path: Path) -> str:
    return subprocess.run(["catdoc", "-d", "utf-8", "-w", str(path)], capture_output=True, text=True,
                          check=True).stdout


def libreoffice(path: Path) -> str:
    with tempfile.TemporaryDirectory() as out:
        # A .wps is read by LibreOffice's Word 97 filter only under a .doc name.
        source = Path(out) / (path.stem + ".doc")
        shutil.copy(path, source)
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out,
                        str(source)], capture_output=True, check=True)
        return (Path(out) / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


READERS: dict[str, tuple[Callable[[Path], str], str | None]] = {
    "gov-reports word97": (own_reader, None),
    "antiword 0.37": (antiword, "antiword"),
    "catdoc": (catdoc, "catdoc"),
    "LibreOffice headless": (libreoffice, "soffice"),
}


def main() -> int:
    cases = [case for case in load_cases() if case["kind"] in ("doc", "wps")]
    print(f"{len(cases)} files ({', '.join(case['file'] for case in cases)})")
    print(f"{'reader':24} {'mean char F1':>12} {'worst':>7} {'median s a file':>16}")
    for name, (read, command) in READERS.items():
        if command and shutil.which(command) is None:
            print(f"{name:24} not installed")
            continue
        scores, seconds = [], []
        for case in cases:
            path = DOCUMENTS_DIR / case["file"]
            started = time.perf_counter()
            try:
                text = read(path)
            except (subprocess.CalledProcessError, OSError) as error:
                print(f"  {name} failed on {case['file']}: {error}")
                text = ""
            seconds.append(time.perf_counter() - started)
            scores.append(f1(clean_body(text, case["title"]), case["expected_text"]))
        print(f"{name:24} {statistics.mean(scores):12.3f} {min(scores):7.3f} "
              f"{statistics.median(seconds):16.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
