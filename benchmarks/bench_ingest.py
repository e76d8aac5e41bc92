"""Benchmark: reading time per format per MB (median of N runs), next to extraction time for the same documents.

Writes the seeds in every form users have them into a temporary folder (UTF-8, GB18030, UTF-16,
Big5 for the Traditional seed, DOCX, a saved web page, and PDFs exported by LibreOffice and
printed by chromium when those are installed), then times `kg.ingest.read` per file and the rest
of the pipeline (normalise → segment → extract) on what was read. MB are of the files on disk;
extraction is per MB of the same files, so the two columns compare directly.

Run:  python benchmarks/bench_ingest.py [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from bench_build import median_seconds  # noqa: E402  (this folder is on sys.path when run as a script)
from formats import chromium_pdf, docx_bytes, gov_page, libreoffice_pdf  # noqa: E402

from kg import ingest, pipeline  # noqa: E402
from kg import vocab as vocabulary  # noqa: E402
from kg.extract import extract  # noqa: E402


def write_forms(folder: Path) -> dict[str, list[Path]]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    forms: dict[str, list[Path]] = defaultdict(list)
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        for form, suffix, data in [
            ("utf-8", ".txt", text.encode("utf-8")),
            ("gb18030", ".txt", text.encode("gb18030")),
            ("utf-16", ".txt", text.encode("utf-16")),
            ("docx", ".docx", docx_bytes(text, header="某市人民政府文件")),
            ("html", ".html", gov_page(text).encode("utf-8")),
        ] + ([("big5", ".txt", text.encode("big5"))] if seed.name.startswith("000") else []):
            path = folder / form / f"{seed.stem}{suffix}"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            forms[form].append(path)
    if shutil.which("soffice"):
        (folder / "pdf-libreoffice").mkdir()
        forms["pdf-libreoffice"] = libreoffice_pdf(forms["docx"], folder / "pdf-libreoffice")
    if shutil.which("chromium"):
        (folder / "pdf-chromium").mkdir()
        forms["pdf-chromium"] = [chromium_pdf(page, folder / "pdf-chromium" / f"{page.stem}.pdf") for page in forms["html"]]
    return forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    vocab = vocabulary.load()
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        forms = write_forms(Path(tmp))
        print(f"median of {args.runs} runs; 'read' is kg.ingest.read, 'extract' normalise → segment → extract of what was read;")
        print("per MB of the files as written (file MB), and per MB of the text read, as UTF-8 (text MB)")
        print(f"{'form':16} {'files':>5} {'file MB':>8} {'text MB':>8} {'read s':>8} {'read s/file MB':>15} {'read s/text MB':>15} {'extract s/text MB':>18}")
        for form, paths in forms.items():
            megabytes = sum(p.stat().st_size for p in paths) / 1e6
            read = median_seconds(lambda: [ingest.read(p) for p in paths], args.runs)
            docs = [ingest.read(p) for p in paths]
            work = median_seconds(lambda: [extract(pipeline.prepare(d, vocab), vocab) for d in docs], args.runs)
            text = sum(len(d.original.encode("utf-8")) for d in docs) / 1e6
            print(f"{form:16} {len(paths):5d} {megabytes:8.3f} {text:8.3f} {read:8.3f} {read / megabytes:15.2f} {read / text:15.2f} {work / text:18.2f}")


if __name__ == "__main__":
    main()
