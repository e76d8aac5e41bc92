"""The seeded draw of own-targets20 (session 20, tgt20): 15 corpus-dev documents to annotate for goals.
usage: python draw.py /work/shared/corpus-dev  (prints the 15 drawn, in draw order; the first 10 are draw-fit, the last 5 held)"""
import csv
import random
import re
import sys
from pathlib import Path

# the held-out documents of the protocol (never drawn) and those gold-more already annotates
HELD = set("""0074 0232 0047 0163 0134 0039 0069 0081 0080 0111 0195 0009 0078 0092 0146 0086 0013 0037 0137 0178 0006 0050
0141 0169 0186 0059 0230 0204 0180 0148 0055 0190 0109 0130 0116 0038 0112 0048 0043 0139 0073 0049 0138""".split())
GOAL = re.compile(r"到20\d\d年|力争|达到\d|不少于\d|培育\d|建设\d|新增\d|目标")

root = Path(sys.argv[1])
annotated = {p.name[:4] for p in (Path(__file__).parent.parent / "gold-more" / "docs").glob("*.txt")}
rows = list(csv.DictReader(open(root / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
eligible = [r["file"] for r in rows if Path(r["file"]).name[:4] not in HELD | annotated
            and GOAL.search((root / r["file"]).read_text(encoding="utf-8"))]
for f in random.Random(20261128).sample(eligible, 15):
    print(Path(f).name)
