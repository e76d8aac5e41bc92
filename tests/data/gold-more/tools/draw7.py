"""Seventh draw (session 15): documents not yet annotated that promise money or set goals."""
import csv, random, re, sys
from pathlib import Path
C = Path("/work/shared/corpus-dev")
done = {p.name[:4] for p in Path("/work/main/tests/data/gold-more/docs").glob("*.txt")}
PROMISE = re.compile(r"(给予|給予).{0,30}?(奖励|獎勵|补助|補助|资助|資助|补贴|補貼|扶持|支持)|(补助|補助|资助|資助|奖励|獎勵|补贴|補貼|贴息|貼息).{0,10}?(资金|資金|经费|經費)|到20\d\d年|力争|力爭|不少于|不少於|达到\d|達到\d|培育\d|建设\d|建設\d|新增\d|\d+(\.\d+)?\s*(万元|亿元|萬元|億元)")
PENALTY = re.compile(r"罚|没收|赔偿|罰|沒收|賠償")
rows = list(csv.DictReader(open(C / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"))
eligible = []
for r in rows:
    key = Path(r["file"]).name[:4]
    if key in done or int(r["han_chars"]) > 8000:
        continue
    text = (C / r["file"]).read_text(encoding="utf-8")
    sents = [s for s in re.split(r"[。！？；;!?\n]", text) if s and not PENALTY.search(s)]
    if sum(1 for s in sents if PROMISE.search(s)) >= 3:
        eligible.append(r)
print(len(eligible), "eligible of", len(rows), "; already annotated", len(done))
for r in random.Random(20261127).sample(eligible, 9):
    print(Path(r["file"]).name, r["kind"], r["han_chars"], r["title"][:60])
