"""Evaluation grades paid with no body named (第十五条 绩效评价结果为优秀的,给予200万元奖励;良好的,给予100万元奖励): the
kind the document's title names (…新型研发机构认定和管理办法, …科技企业孵化器管理办法) is paid, as a platform's management
rules pay the platforms they manage; for kg.extract.fundbuild (fund18a)."""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import Recipient
from kg.model import Document
from kg.vocab import Vocab

# (年度)考核结果为|优秀|的, 绩效评价为A类的, 评估等次为良好的: the grade of an evaluation, all the condition asks
def _graded() -> str:
    return (rf"(?:{cues.alternation('fund18a_evaluation')})(?:结果|等次|等级)?(?:为|被评为|评定为|达到)?"
            rf"(?:{cues.alternation('fund18a_grade')})(?:等次|等级)?(?:以上)?的?")


GRADED = cues.lazy(lambda: _graded() + "$")
GRADED_IN = cues.lazy(_graded)
# ;良好的,给予…: a grade alone, after the evaluation's first grade in the same sentence
GRADE_ALONE = cues.lazy(lambda: rf"(?:{cues.alternation('fund18a_grade')})(?:等次|等级)?的?$")
KINDS = ("PlatformType", "EnterpriseType")


def title_kind(doc: Document, vocab: Vocab, a: int, of: int) -> list[Recipient]:
    """The kind the title names, when text[a:of] (the promise's phrase) ends in an evaluation's grade; else []."""
    clause = max(doc.text.rfind(mark, a, of) for mark in ",;。\n") + 1 or a
    title = doc.meta.title or ""
    sentence = max(doc.text.rfind(mark, 0, clause) for mark in "。\n") + 1
    graded = GRADED.search(doc.text, clause, of) or (GRADE_ALONE.match(doc.text, clause, of) and GRADED_IN.search(doc.text, sentence, clause))
    if not graded or not title or doc.text.startswith(doc.text[clause:of], 0):
        return []
    kinds = [concept.label for _, _, concept in vocab.find(title, 0, len(title)) if concept.type in KINDS]
    return [Recipient(kinds[-1], None, 0, 0)] if kinds else []
