"""kg.extract.funding: promises of money and support (cases written for these tests)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

# A small vocabulary in the shape of ontology/vocab: the recipients the cases name.
TURTLE = """
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix v: <https://w3id.org/policy-kg/test/> .
v:hebei a kg:Region ; skos:prefLabel "河北省"@zh .
v:lab a kg:PlatformType ; skos:prefLabel "重点实验室"@zh .
v:tic a kg:PlatformType ; skos:prefLabel "技术创新中心"@zh .
v:erc a kg:PlatformType ; skos:prefLabel "工程研究中心"@zh .
v:etc a kg:PlatformType ; skos:prefLabel "企业技术中心"@zh .
v:design a kg:PlatformType ; skos:prefLabel "高精尖设计中心"@zh .
v:incubator a kg:PlatformType ; skos:prefLabel "科技企业孵化器"@zh .
v:pilot a kg:PlatformType ; skos:prefLabel "中试基地"@zh ; skos:altLabel "中试平台"@zh .
v:park a kg:PlatformType ; skos:prefLabel "科技创新园区"@zh ; skos:altLabel "市级科技创新园区"@zh .
v:tto a kg:PlatformType ; skos:prefLabel "技术转移机构"@zh .
v:station a kg:PlatformType ; skos:prefLabel "院士工作站"@zh .
v:partner a kg:PlatformType ; skos:prefLabel "院士合作重点单位"@zh .
v:hte a kg:EnterpriseType ; skos:prefLabel "高新技术企业"@zh .
v:sme a kg:EnterpriseType ; skos:prefLabel "科技型中小企业"@zh .
v:chain a kg:EnterpriseType ; skos:prefLabel "链主企业"@zh .
v:base a kg:Programme ; skos:prefLabel "产业筑基工程"@zh .
"""

# recipient, level, amount_yuan, cap, ratio, one_off, condition, instrument
Row = tuple[str, str | None, str | None, bool, str | None, bool, str | None, str | None]


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.from_graph(Graph().parse(data=TURTLE, format="turtle"))


def rows(text: str, vocab: vocabulary.Vocab) -> list[Row]:
    doc = from_text(text, vocab)
    return [
        (
            f.recipient,
            f.level,
            None if f.amount_yuan is None else str(f.amount_yuan),
            f.cap,
            None if f.ratio is None else str(f.ratio),
            f.one_off,
            f.condition,
            f.instrument,
        )
        for f in funding.extract(doc, vocab)
    ]


LAB = "对新认定的国家级、省级、市级重点实验室,分别给予最高1000万元、100万元、10万元奖补经费。"
CENTRES = "对新认定的国家级、省级技术创新中心、工程研究中心和企业技术中心,分别给予50万元、30万元奖励。"

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "levels and amounts distributed, 最高 is a cap",
        LAB,
        [
            ("重点实验室", "国家级", "10000000", True, None, False, "新认定", "奖补经费"),
            ("重点实验室", "省级", "1000000", True, None, False, "新认定", "奖补经费"),
            ("重点实验室", "市级", "100000", True, None, False, "新认定", "奖补经费"),
        ],
    ),
    (
        "a list of recipients, one fact per recipient and level",
        CENTRES,
        [
            (name, level, amount, False, None, False, "新认定", "奖励")
            for name in ("技术创新中心", "工程研究中心", "企业技术中心")
            for level, amount in (("国家级", "500000"), ("省级", "300000"))
        ],
    ),
    (
        "one-off, with a condition",
        "对从省外引进的高新技术企业,一次性给予50万元奖励;对新认定的高新技术企业,给予20万元奖励。",
        [
            ("高新技术企业", None, "500000", False, None, True, "从省外引进", "奖励"),
            ("高新技术企业", None, "200000", False, None, False, "新认定", "奖励"),
        ],
    ),
    (
        "省 before a term is a level",
        "对新认定的省科技型中小企业,给予2000元奖励。",
        [("科技型中小企业", "省级", "2000", False, None, False, "新认定", "奖励")],
    ),
    (
        "a ratio with a cap",
        "对在唐建设的科技成果转化中试基地(平台),给予设备投资额30%、最高1000万元补贴。",
        [("中试基地(平台)", None, "10000000", True, "0.3", False, "在唐建设", "补贴")],
    ),
    (
        "‰ with a cap; the list 技术转移、技术交易机构 shares its head word",
        "对技术转移、技术交易机构促成企业转化科技成果的,给予技术合同交易额1‰、最高20万元的补贴。",
        [
            ("技术转移机构", None, "200000", True, "0.001", False, "促成企业转化科技成果", "补贴"),
            ("技术交易机构", None, "200000", True, "0.001", False, "促成企业转化科技成果", "补贴"),
        ],
    ),
    (
        "1:1 matching, recipient inside a clause ending in 的",
        "获批省级院士合作重点单位的,按省级资助标准给予1:1匹配资金资助。",
        [("院士合作重点单位", "省级", None, False, "1", False, "获批", "匹配资金资助")],
    ),
    (
        "不高于 is a cap; the level is stripped from the name",
        "对新认定的市级科技创新园区,按绩效评价结果给予不高于50万元资金支持。",
        [("科技创新园区", "市级", "500000", True, None, False, "新认定", "资金支持")],
    ),
    (
        "support without an amount; the surface name as written",
        "对中试平台服务能力提升予以资金支持。",
        [("中试平台", None, None, False, None, False, "服务能力提升", "资金支持")],
    ),
    (
        "recipients named before the promise, in the same paragraph",
        "支持企业技术中心、高精尖设计中心创新能力提升,对创新投入大、成效显著的视情予以奖励。",
        [
            ("企业技术中心", None, None, False, None, False, "创新投入大、成效显著", "奖励"),
            ("高精尖设计中心", None, None, False, None, False, "创新投入大、成效显著", "奖励"),
        ],
    ),
    (
        "以奖励、补贴等方式鼓励…",
        "以奖励、补贴等方式鼓励链主企业组织上下游企业开展联合攻关。",
        [("链主企业", None, None, False, None, False, "组织上下游企业开展联合攻关", "奖励、补贴")],
    ),
    (
        "a noun phrase outside the vocabulary",
        "对发展前景好、经济附加值高的重大成果转化项目,适当提高奖励。",
        [("重大成果转化项目", None, None, False, None, False, "发展前景好、经济附加值高", "奖励")],
    ),
    (
        "funding for setting up a platform goes to the platform",
        "对获批设立河北省院士工作站的企事业单位,给予一次性100万元建站奖励。",
        [("院士工作站", "省级", "1000000", False, None, True, "获批设立", "建站奖励")],
    ),
    (
        "a programme as recipient",
        "支持开展产业筑基工程,按照产业筑基工程实施方案给予资金奖补。",
        [("产业筑基工程", None, None, False, None, False, None, "资金奖补")],
    ),
    (
        "the money word after the verb, not the one in the condition",
        "对获得市级奖励的项目,给予50万元补贴。",
        [("项目", None, "500000", False, None, False, "获得市级奖励", "补贴")],
    ),
    (
        "amounts that pair with no level or recipient give one fact each",
        "对获得科学技术奖一等奖、二等奖的项目,分别给予100万元、50万元奖励。",
        [
            ("项目", None, "1000000", False, None, False, "一等奖", "奖励"),  # issue 10: 分别 maps amounts onto grades
            ("项目", None, "500000", False, None, False, "二等奖", "奖励"),
        ],
    ),
    (
        "an amount makes 支持 money; 最高 before the money word",
        "经认定的市级工程技术研究中心,最高给予30万元支持。",
        [("工程技术研究中心", "市级", "300000", True, None, False, "经认定", "支持")],
    ),
    (
        "Traditional text",
        "對新認定的國家級、省級科技企業孵化器,分別給予50萬元、30萬元獎補經費。",
        [
            ("科技企业孵化器", "国家级", "500000", False, None, False, "新认定", "奖补经费"),
            ("科技企业孵化器", "省级", "300000", False, None, False, "新认定", "奖补经费"),
        ],
    ),
]

NOTHING = [
    ("a mechanism, not money", "明确激励机制和奖励机制。"),
    ("a tax rule", "深化落实科技成果转化现金奖励个人所得税等相关政策。"),
    ("support without a money word", "对“双一流”建设院校来唐办学的,采取“一事一议”办法给予支持。"),
    ("a goal in money", "到2025年,技术合同成交额达到200亿元。"),
    ("a programme's name", "实施科技创新人才资助计划。"),
    ("a date and a document number", "京经信发〔2023〕30号 2023年6月19日"),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_funding(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


@pytest.mark.parametrize("text", [case[1] for case in NOTHING], ids=[case[0] for case in NOTHING])
def test_not_funding(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


def test_evidence_is_the_promise_quoted_exactly(vocab: vocabulary.Vocab) -> None:
    doc = from_text("一、总则\n" + LAB, vocab, "x")
    facts = funding.extract(doc, vocab)
    assert {f.evidence.quote for f in facts} == {LAB.rstrip("。")}
    assert all(f.doc == "x" and doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)


def test_traditional_quote_is_from_the_original(vocab: vocabulary.Vocab) -> None:
    doc = from_text("對新認定的高新技術企業,給予20萬元獎勵。", vocab)
    (fact,) = funding.extract(doc, vocab)
    assert fact.evidence.quote == "對新認定的高新技術企業,給予20萬元獎勵"
    assert fact.recipient == "高新技术企业"


# ---------------------------------------------------------------- issue 10: funding as a clause grammar


def brief(text: str, vocab: vocabulary.Vocab) -> list[tuple]:
    doc = from_text(text, vocab)
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap,
             None if f.ratio is None else str(f.ratio), f.instrument) for f in funding.extract(doc, vocab)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对人工智能、区块链、量子信息领域企业,给予最高50万元奖励。",
         [("人工智能领域企业", None, 500000, True, None, "奖励"), ("区块链领域企业", None, 500000, True, None, "奖励"),
          ("量子信息领域企业", None, 500000, True, None, "奖励")]),
        ("对评为A级、AA级、AAA级的企业,分别给予10万元、20万元、30万元奖励。",
         [("企业", None, 100000, False, None, "奖励"), ("企业", None, 200000, False, None, "奖励"), ("企业", None, 300000, False, None, "奖励")]),
        ("对新认定的高新技术企业,市财政给予20万元奖励。", [("高新技术企业", None, 200000, False, None, "奖励")]),
        ("对获得授权的发明专利,每件给予5000元资助。", [("发明专利", None, 5000, False, None, "资助")]),
        ("对获得授权的发明专利,县级以上专利行政部门应当予以奖励。", [("发明专利", None, None, False, None, "奖励")]),
        ("按研发投入的20%给予补助,单个企业不超过300万元。", [("企业", None, 3000000, True, "0.2", "补助")]),
        ("对符合条件的企业给予新台币一百万元补助。", [("企业", None, 1000000, False, None, "补助")]),
        ("向科技型中小企业发放创新券,每家每年最高20万元。", [("科技型中小企业", None, 200000, True, None, "创新券")]),
        ("对社会资本投资的项目给予股权投资支持,最高1亿元。", [("项目", None, 100000000, True, None, "股权投资")]),
        ("对科技型中小企业给予贷款贴息。", [("科技型中小企业", None, None, False, None, "贷款贴息")]),
        ("设立专项资金,加大对重点产业化项目、重点研发平台和创新型领军企业支持,各分园配套支持。",
         [("重点产业化项目", None, None, False, None, "专项资金"), ("重点研发平台", None, None, False, None, "专项资金"),
          ("创新型领军企业", None, None, False, None, "专项资金")]),
        # a reward a unit owes its own staff (dev/ 0181 annotates it ambiguous): no line since recall10c
        ("对发明人、设计人和对转化专利做出重要贡献的人员给予奖励。", []),
        ("实施科技创新人才资助计划,每年支持30名左右杰出青年和10个左右优秀创新团队。",
         [("杰出青年", None, None, False, None, "资助"), ("优秀创新团队", None, None, False, None, "资助")]),
        # negatives: a list that ends in no recipient's head; support with no fund; a rule about money;
        # a programme without a money word
        ("实施人才计划,每年支持30名青年。", []),
        ("对重大技术、设备、装置引进适度予以奖励。", []),
        ("加大对重点产业化项目的支持力度。", []),
        ("完善科技奖励机制。", []),
    ],
)
def test_issue_10_funding_grammar(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fund set up for a purpose: whom it is for, without the verb before and 发展/建设 after
        ("区县人民政府应当设立知识产权专项资金,用于知识产权事业的发展。", [("知识产权事业", None, None, False, None, "专项资金")]),
        ("省级财政安排专项资金用于支持工业设计发展。", [("工业设计", None, None, False, None, "专项资金")]),
        ("县级以上人民政府应当安排资金,支持中小企业公共服务平台建设。", [("中小企业公共服务平台", None, None, False, None, "资金")]),
        # budget for a government's own work (dev/ 0181 annotates it ambiguous): no line since recall10c
        ("县级以上人民政府应当安排必要的经费,用于商标的注册、运用和保护工作。", []),
        # money as the aspect of the support
        ("对新建的院士工作站,按照规定在资金等方面给予支持。", [("院士工作站", None, None, False, None, "资金支持")]),
        ("对引进的高层次人才,在资金、住房等方面给予支持。", [("高层次人才", None, None, False, None, "资金支持")]),
        # 在对 opens the recipients; 单位和个人 is one recipient, whoever they are
        ("在对完成人、参与人和有突出贡献的人员给予奖励。",  # (做出重要贡献的人员: a unit's own staff since recall10c)
         [("人员", None, None, False, None, "奖励"), ("完成人", None, None, False, None, "奖励"), ("参与人", None, None, False, None, "奖励")]),
        ("对在标准化工作中做出显著成绩的单位和个人,给予表彰和奖励。", [("单位和个人", None, None, False, None, "奖励")]),
        # 对 right after the body that pays (and its modal verb)
        ("人力资源社会保障部门会同财政部门对所在企业按规定给予培训补贴。", [("所在企业", None, None, False, None, "补贴")]),
        ("县级以上人民政府有关部门应当对主导制定标准的中小企业给予资助。", [("中小企业", None, None, False, None, "资助")]),
        # the means named before the verb of support, with 通过 and a comma
        ("可以通过贷款贴息、创新券等方式,鼓励和支持科技型中小企业开展质押贷款。",
         [("科技型中小企业", None, None, False, None, "贷款贴息、创新券")]),
        # a modal verb or an aspect (在…方面) after the recipients is no part of them
        ("对做出突出贡献的单位和个人,应当给予表彰和奖励。", [("单位和个人", None, None, False, None, "奖励")]),
        ("对校企合作良好的企业,在科学研究等方面优先给予资金支持。", [("企业", None, None, False, None, "资金支持")]),
        # … but 在 opening the clause that names them is where they are
        ("在国家技术创新中心建设和运营不同阶段,采取多种方式给予资金支持。", [("技术创新中心", "国家级", None, False, None, "资金支持")]),
        # Taiwan's laws: 之 for 的, the amount in 新臺幣 after the money word used as a verb
        ("對符合條件之企業,補助新臺幣五百萬元。", [("企业", None, 5000000, False, None, "补助")]),
        ("对新认定的高新技术企业之一给予奖励。", [("高新技术企业", None, None, False, None, "奖励")]),
        # … but only in a 对 phrase: elsewhere 之 is everywhere in a law
        ("本部得就本条例规定之产业创新活动事项提供奖励。", []),
        # a statutory share and whom it rewards, or the share written in the clause before the 对 phrase
        ("卖方应当从净收入中提取不低于20%的比例,奖励直接参加研究开发的人员。", [("人员", None, None, False, "0.2", "奖励")]),
        ("单位应当从转让净收入中提取不低于百分之五十的比例用于奖励科技人员。", [("科技人员", None, None, False, "0.5", "奖励")]),
        ("应当从转让的净收入中提取不低于百分之三十,对完成人、参与人和做出重要贡献的人员给予奖励。",
         [("人员", None, None, False, "0.3", "奖励"), ("完成人", None, None, False, "0.3", "奖励"), ("参与人", None, None, False, "0.3", "奖励")]),
        # persons listed with a body are whole: the body's head is not shared with them
        ("对取得显著效益的发明人、设计人和实施单位给予表彰和奖励。",
         [("发明人", None, None, False, None, "奖励"), ("设计人", None, None, False, None, "奖励"), ("实施单位", None, None, False, None, "奖励")]),
        # money one may apply for: the recipient is the sentence's subject
        ("符合条件并招用困难人员的科技型中小企业,可以向区人力资源部门申请一定期限的资金支持。",
         [("科技型中小企业", None, None, False, None, "资金支持")]),
        ("担保机构为企业融资提供担保,符合有关条件的,可以向主管部门申请资金支持。", [("担保机构", None, None, False, None, "资金支持")]),
        # (市级以上 is a threshold, no level: gold-synth2's and gold-more's convention, fund18a)
        ("经有关部门认定为市级以上技术转移机构的,可以享受本市规定的资金补贴。", [("技术转移机构", None, None, False, None, "资金补贴")]),
        # a fund named for whom it supports; the means may list more than money
        ("在本级财政预算中安排中小企业发展专项资金。", [("中小企业", None, None, False, None, "专项资金")]),
        ("专项资金通过资助、购买服务、奖励等方式,重点用于支持科技型中小企业发展。",
         [("科技型中小企业", None, None, False, None, "资助、购买服务、奖励")]),
        # without 对, the body that pays is no recipient: they are named before it
        ("科技型中小企业转型升级,符合本市有关规定的,有关部门应当给予政策、资金等支持。",
         [("科技型中小企业", None, None, False, None, "资金等支持")]),
        # the means: the first one named before what they do; an article heading is no part of a recipient
        ("采取补贴、培训等措施,引导高等学校毕业生到中小企业就业。", [("高等学校毕业生", None, None, False, None, "补贴、培训")]),
        ("第十九条 民营经济组织有下列情形之一的,县级以上人民政府可以给予奖励:", [("民营经济组织", None, None, False, None, "奖励")]),
        ("设立支持企业发展专项资金。", [("企业", None, None, False, None, "专项资金")]),
        # money listed with other kinds of support; 对 X 开展…: X, who does it
        ("对符合条件的青年给予资金、场地等支持。", [("青年", None, None, False, None, "资金、场地等支持")]),
        ("主管部门可以对企业开展智能化改造给予资金支持。", [("企业", None, None, False, None, "资金支持")]),
        ("对实施成果转化的高层次人才及其创新团队,给予资金、用地等支持。",
         [("高层次人才", None, None, False, None, "资金、用地等支持"), ("创新团队", None, None, False, None, "资金、用地等支持")]),
        # what was granted, not the granting, is the recipient; its level is the recipient's
        ("获批省级科技创新示范单位的,按省级资助标准给予1:1匹配资金资助。", [("科技创新示范单位", "省级", None, False, "1", "匹配资金资助")]),
        # negatives: no fund word, a fund managed not set up, support in no money, 对接 is no 对
        ("设区的市、县(市、区)人民政府应当加大财政资金扶持。", []),  # the payer is no recipient
        ("对符合条件的青年给予场地、住房等支持。", []),  # support in no money
        ("各部门对接企业需求,给予指导。", []),
        ("建立健全融资担保风险补偿机制。", []),
        ("设立专家咨询委员会,用于重大事项的论证。", []),
        ("统筹用好各类资金,提高使用效益。", []),
        ("对引进的高层次人才,在住房、子女入学等方面给予支持。", []),
        ("设立专利专项资金。", []),  # a fund named for no recipient
        ("符合条件的企业,可以申请免征所得税。", []),  # tax relief is not funding
        ("可以以技术入股等方式参与合作。", []),  # 可以 is no 以 of the means
    ],
)
def test_issue_10_support_without_an_amount(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


def test_a_promise_restated_word_for_word_is_one_fact(vocab: vocabulary.Vocab) -> None:
    text = "对新认定的高新技术企业给予20万元奖励。\n对新认定的高新技术企业给予20万元奖励。\n对新认定的高新技术企业给予30万元奖励。"
    assert [f.amount_yuan for f in funding.extract(from_text(text, vocab), vocab)] == [200000, 300000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money as one aspect anywhere in the list after 在, with 给以 and an adverb of priority
        ("对区内的研究开发机构、技术检测机构,政府有关部门在项目立项、经费资助等方面给以优先支持。",
         [("研究开发机构", None, None, False, None, "经费支持"), ("技术检测机构", None, None, False, None, "经费支持")]),
        ("对市政府确定的优先发展产业集群,在土地供应、资金安排、能耗指标等方面予以重点支持。",
         [("优先发展产业集群", None, None, False, None, "资金支持")]),
        # hard: the 在 of the condition (在从事…中) is not the 在 of the aspect list
        ("对在从事高新技术产业活动中做出突出贡献的个人在职称评定、研发经费投入等方面给予支持。",
         [("个人", None, None, False, None, "经费支持")]),
        # 实施 promises only the money word right after it
        ("对符合条件的国家级高新技术企业贷款实施财政贴息。", [("高新技术企业", "国家级", None, False, None, "财政贴息")]),
        # a fund as the subject, or set up with a list of funds, or with a clause between fund and 支持
        ("各类专项资金应当支持拥有自主知识产权的科技型中小企业。", [("科技型中小企业", None, None, False, None, "专项资金")]),
        ("省设立的工业结构调整资金、中小企业发展资金等专项资金,优先支持产业园区内的重大产业化项目。",
         [("重大产业化项目", None, None, False, None, "资金")]),
        ("省人民政府设立的产业化专项资金,每年由省财政预算安排,主要支持重大产业化项目。",
         [("重大产业化项目", None, None, False, None, "专项资金")]),
        # the means with a verb before the instruments, and a list of fields as the object
        ("通过提供贷款贴息、以奖代补以及风险补偿等方式,重点支持绿色经济、数字经济、人才队伍建设等领域。",
         [(name, None, None, False, None, "贷款贴息、以奖代补以及风险补偿") for name in ("绿色经济", "数字经济", "人才队伍建设")]),
        # the recipient owns what the money is paid on
        ("对企业专利权质押保险保费按照规定给予补贴。", [("企业", None, None, False, None, "补贴")]),
        ("对企业贷款给予贴息。", [("企业", None, None, False, None, "贴息")]),
        # 申领, the subject opening its clause; public money put into something
        ("创业培训定点机构为青年提供免费创业培训的,可以按规定申领创业培训补贴。",
         [("创业培训定点机构", None, None, False, None, "补贴")]),
        ("增加对培养和引进高新技术人才的资金投入。", [("高新技术人才", None, None, False, None, "资金投入")]),
        # per case under a heading that caps (Taiwan's 辦法): the item's noun, else the item heading
        ("補助金額之上限如下:\n一、從事製造業之事業:\n(一)由中心廠帶動其供應鏈廠商,每案為新臺幣三千萬元。\n"
         "(二)其經常僱用員工數九人以下者,每案為新臺幣三百萬元。\n二、從事服務業之中小企業,每案為新臺幣一百五十萬元。",
         [("中心厂", None, 30000000, True, None, "补助"), ("从事制造业之事业", None, 3000000, True, None, "补助"),
          ("中小企业", None, 1500000, True, None, "补助")]),
        # recall4: a second amount of the same item (after ;) keeps the item's recipient
        ("補助金額之上限如下:\n一、從事製造業之事業:\n(一)由中心廠帶動其供應鏈廠商,推動低碳化每案為新臺幣三千萬元;推動智慧化每案為新臺幣二千萬元。",
         [("中心厂", None, 30000000, True, None, "补助"), ("中心厂", None, 20000000, True, None, "补助")]),
        # persons joined by 或者; the doer inside a condition; the means, then a 对 phrase; 对 after 按照规定和标准
        ("对发明人或者设计人给予奖励。", [("发明人", None, None, False, None, "奖励"), ("设计人", None, None, False, None, "奖励")]),
        ("对有创业意愿的劳动者参加创业培训的,按照规定给予创业培训补贴。", [("劳动者", None, None, False, None, "补贴")]),
        ("县级以上人民政府可以通过设立引导资金、提供贷款贴息等方式,对科技成果转化项目给予支持。",
         [("科技成果转化项目", None, None, False, None, "设立引导资金、提供贷款贴息")]),
        ("有关部门应当按照规定和标准对取得显著经济效益的专利产业化项目给予奖励。",
         [("专利产业化项目", None, None, False, None, "奖励")]),
        # money one may apply for, the recipient being whom the sentence encourages
        ("鼓励、支持企业建立研发机构,开展研究开发活动,并可按照国家有关规定申请相应专项资金。",
         [("企业", None, None, False, None, "专项资金")]),
        # vouchers, risk compensation and 以奖代补 are money words; a mechanism named after them is not money
        ("对合作银行发放的科技型中小企业贷款,给予风险补偿。", [("科技型中小企业", None, None, False, None, "风险补偿")]),
        ("向科技型中小企业发放算力券,每家每年最高50万元。", [("科技型中小企业", None, 500000, True, None, "算力券")]),
        ("采取以奖代补方式,支持科技企业孵化器建设。", [("科技企业孵化器", None, None, False, None, "以奖代补")]),
        ("建立健全融资担保风险补偿机制。", []),
        # recipients named as the objects of a verb of support or of bringing in, earlier in the sentence;
        # a person coming to the place, named in the condition
        ("支持技术经理人全程参与科技成果转化过程,根据技术交易额给予奖励。", [("技术经理人", None, None, False, None, "奖励")]),
        ("引进高层次创新创业人才及高水平创新创业团队,依照相关规定给予补贴。",
         [("高层次创新创业人才", None, None, False, None, "补贴"), ("高水平创新创业团队", None, None, False, None, "补贴")]),
        ("大学毕业生来本市自主创业的,相关部门按照规定给予创业补助。", [("大学毕业生", None, None, False, None, "补助")]),
        # … but not objects that end in no recipient's head
        ("支持科技成果转化全程参与,按照规定给予奖励。", []),
        # hard negative: the employer's reward for a service invention, with no amount or share, is not promised money
        ("企业事业单位应当在职务发明创造的专利授权时,对发明人或者设计人给予奖励。", []),
        # negatives: 实施 far from the money word; investment with no public money; a per-case amount with
        # no capping heading (a fee); and a list inside parentheses is one item, not three
        ("团体标准的核心要素达到先进水平,实施效果显著的,可以在标准化工作奖励等方面予以激励。", []),
        ("鼓励企业加大对高新技术研究开发和产业化的投入。", []),
        ("申请人应当缴纳申请费,每件为新台币三千元。", []),
        # a fund as subject needs a modal or adverb before 支持: these name no recipient
        ("发挥政府引导基金扶持作用。", []),
        ("专项资金支持以下科技创新活动:", []),
        ("对考核排名靠前的县(市、区)人民政府给予奖励。", [("县(市、区)人民政府", None, None, False, None, "奖励")]),
    ],
)
def test_recall3_funding_clauses(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


# ---------------------------------------------------------------- recall4: regulations' promises without 对


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom the condition clause is about, named before its verb, when the body that pays follows
        ("海内外知名学术机构和行业组织等在本市举办学术会议等活动,市财政部门给予一定的资金补助。",
         [("海内外知名学术机构", None, None, False, None, "资金补助"), ("行业组织", None, None, False, None, "资金补助")]),
        ("高层次人才和团队来本市创新创业的,相关部门按照规定给予科研经费、项目资金和创业场地支持。",
         [("高层次人才", None, None, False, None, "科研经费、项目资金和创业场地支持"),
          ("团队", None, None, False, None, "科研经费、项目资金和创业场地支持")]),
        # 扶持 itself after a verb of giving; 对X的建设、发展: X
        ("对优秀创业项目给予重点扶持。", [("优秀创业项目", None, None, False, None, "重点扶持")]),
        ("国务院可以批准建立科技园区,并对科技园区的建设、发展给予引导和扶持。", [("科技园区", None, None, False, None, "引导和扶持")]),
        # a fund set up, then whom it funds (资助, 用于支持), up to what they do together
        ("国家设立自然科学基金,资助基础研究。", [("基础研究", None, None, False, None, "基金")]),
        ("本市设立联合基金,资助科研机构、高等学校与本市企业联合开展应用基础研究。",
         [("科研机构", None, None, False, None, "基金"), ("高等学校", None, None, False, None, "基金"),
          ("本市企业", None, None, False, None, "基金")]),
        ("省设立科学技术开发基金,主要用于支持重大科学技术攻关项目和技术开发项目。",
         [("重大科学技术攻关项目", None, None, False, None, "基金"), ("技术开发项目", None, None, False, None, "基金")]),
        # a named fund as the subject of 支持; 省 opening a noun outside the vocabulary is its level
        ("省新旧动能转换等基金应当积极支持高层次人才创新创业项目。", [("高层次人才创新创业项目", None, None, False, None, "基金")]),
        ("省人民政府设立的产业化专项资金,每年由省财政预算安排,主要支持省重大产业化项目。",
         [("重大产业化项目", "省级", None, False, None, "专项资金")]),
        # a budget and its purpose, after a verb of giving with no one before it
        ("各级人民政府有关部门应当根据需要安排经费支持科普事业。", [("科普事业", None, None, False, None, "经费")]),  # (…科普工作: own work since recall10c)
        # 为X提供: X; whom a sentence encourages, up to where (在) or how (依法) they act
        ("鼓励社会组织设立基金,为人才发展提供资金支持。", []),  # the money of those encouraged
        ("设区的市人民政府应当为青年人才提供资金支持。", [("青年人才", None, None, False, None, "资金支持")]),
        ("鼓励境内外生产性企业、高等院校和个人在开发区建立研发机构,并在选址等方面给予扶持。",
         [("境内外生产性企业", None, None, False, None, "扶持"), ("高等院校", None, None, False, None, "扶持"),
          ("个人", None, None, False, None, "扶持")]),
        # a long list cut off: up to its last whole item; an instrument is no recipient
        ("省设立科学技术开发基金,主要用于支持重大科学技术攻关项目和技术开发项目、高新技术及其产品开发、科学技术成果的转化和推广应用。",
         [("重大科学技术攻关项目", None, None, False, None, "基金"), ("技术开发项目", None, None, False, None, "基金"),
          ("高新技术", None, None, False, None, "基金"), ("产品开发", None, None, False, None, "基金")]),
        ("县级以上人民政府可以安排资金用于保证保险和信用保险的风险补偿。", []),
        # 为 whom, up to what they do; a lower government encouraged to set up a fund pays what follows
        ("政府应当为金融机构开展针对先进制造业企业的融资业务提供风险补偿。", [("金融机构", None, None, False, None, "风险补偿")]),
        ("鼓励有条件的县级以上人民政府设立信贷风险补偿资金,对提供融资服务的担保机构给予贷款风险补偿。",
         [("担保机构", None, None, False, None, "贷款风险补偿")]),
        ("引导企业和个人发起设立青年创新创业发展基金,为青年创新创业提供资金支持。", []),
        # the means, then 为 whom; 对 someone who comes to work or start a business somewhere
        ("有关部门应当通过给予租金补贴等方式为符合条件的创新创业青年提供安居支持。",
         [("创新创业青年", None, None, False, None, "给予租金补贴")]),
        ("有关部门应当按规定对青年到孵化载体创业给予租金补贴。", [("青年", None, None, False, None, "补贴")]),
        # negatives: a fund others are encouraged to set up; a condition with no body; 政策扶持; a payer as subject
        ("鼓励国内外的组织或者个人捐赠财产、设立科学技术基金,资助科学技术研究开发。", []),
        ("经费困难的,政府可以根据需要予以补贴。", []),
        ("对符合条件的企业给予政策扶持。", []),
        ("县级以上人民政府应当完善入库项目扶持政策,在项目审批、服务保障等方面予以优先支持。", []),
    ],
)
def test_recall4_promises_without_for(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level opening each later clause gives its amount a level of its own
        ("对经认定的国家级众创空间给予50万元奖励,省级给予30万元,市级给予10万元。",
         [("众创空间", "国家级", 500000, False, None, "奖励"), ("众创空间", "省级", 300000, False, None, "奖励"),
          ("众创空间", "市级", 100000, False, None, "奖励")]),
        # grades written before the recipient are grades, not recipients
        ("对新认定的A级、AA级、AAA级孵化器,分别给予10万元、20万元、30万元奖励。",
         [("孵化器", None, 100000, False, None, "奖励"), ("孵化器", None, 200000, False, None, "奖励"),
          ("孵化器", None, 300000, False, None, "奖励")]),
        # the levels of what was granted (认定为国家级、省级…的), one amount each
        ("对认定为国家级、省级企业技术中心的,分别给予100万元、50万元奖励。",
         [("企业技术中心", "国家级", 1000000, False, None, "奖励"), ("企业技术中心", "省级", 500000, False, None, "奖励")]),
        # the recipient owns the costs the money is paid on; a ratio with its cap after it
        ("对企业研发费用按照10%给予补助,单个企业每年最高不超过500万元。", [("企业", None, 5000000, True, "0.1", "补助")]),
        # whom the sentence encourages, with the levels before them and without their 建设和发展
        ("县级以上人民政府应当鼓励国家级、省级高新技术产业开发区建设和发展,并给予引导和扶持。",
         [("高新技术产业开发区", "国家级", None, False, None, "引导和扶持"), ("高新技术产业开发区", "省级", None, False, None, "引导和扶持")]),
        # the level a condition names is the recipient's, whatever the level named before it
        ("对认定为省级以上技术创新中心的企业,给予20万元奖励;获批国家级的,再给予80万元奖励。",
         [("技术创新中心", None, 200000, False, None, "奖励"), ("技术创新中心", "国家级", 800000, False, None, "奖励")]),  # (省级以上: no level, fund18a)
        # named on a list of a kind (入选…榜单的企业): the kind; a person named for a programme stays the person
        ("对首次入选高新技术企业名单的企业,给予5万元奖励。", [("高新技术企业", None, 50000, False, None, "奖励")]),
        ("对入选产业筑基工程的人才,给予100万元安家补贴。", [("人才", None, 1000000, False, None, "补贴")]),
        # negatives: a later clause without a level keeps the amounts apart; a cap across promises is no promise
        ("同一企业同一年度获得的奖励累计不超过500万元。", []),
    ],
)
def test_recall4_levels_grades_and_owners(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


# ---------------------------------------------------------------- recall5: caps written first, means, funds drawn on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cap per recipient written before the ratio, as a clause of its own
        ("单个企业最高不超过300万元,按研发投入的20%给予补助。", [("企业", None, 3000000, True, "0.2", "补助")]),
        ("每家企业每年最高200万元,按贷款利息的50%给予贴息。", [("企业", None, 2000000, True, "0.5", "贴息")]),
        # a fund that pays, with 对 right after it; equity investment is an instrument
        ("市政府引导基金对重点产业项目给予股权投资支持,最高5000万元。",
         [("重点产业项目", None, 50000000, True, None, "股权投资")]),
        # means with a word before the money word (风险补助), then whom they support
        ("采取阶段参股、跟进投资、风险补助等多种方式,支持创业投资机构开展投资业务。",
         [("创业投资机构", None, None, False, None, "阶段参股、跟进投资、风险补助")]),
        # …等方式,加大对X的扶持力度: X
        ("县级以上人民政府应当通过风险补偿、资本注入等多种方式,加大对政府性融资担保机构的扶持力度。",
         [("政府性融资担保机构", None, None, False, None, "风险补偿、资本注入")]),
        # a condition-only 对 phrase: whom the sentence encourages and supports (鼓励和支持X开展…)
        ("市人民政府鼓励和支持企业开展并购重组,对符合条件的,按照规定给予政策和资金支持。",
         [("企业", None, None, False, None, "资金支持")]),
        # 指导和扶持 after a verb of giving
        ("市人民政府应当对社会力量举办的职业培训机构给予指导和扶持。",
         [("职业培训机构", None, None, False, None, "指导和扶持")]),
        # a fund drawn on (依托, 统筹), then what it supports
        ("本市依托相关产业基金,支持实施智能制造项目。", [("智能制造项目", None, None, False, None, "基金")]),
        ("统筹使用就业补助资金、失业保险基金,支持和促进职业培训。", [("职业培训", None, None, False, None, "资金")]),
        # 享受 without 可以; a step of the procedure (经…审核) is not who receives
        ("科技型中小企业实施产学研合作项目,经科技行政管理部门审核,享受资金补贴支持。",
         [("科技型中小企业", None, None, False, None, "资金补贴")]),
        # negatives: the host institution (依托单位) is no fund; a cap on its own promises nothing
        ("依托单位应当对项目负责人使用基金资助资金的情况进行管理和监督。", []),
        ("单个企业最高不超过300万元。", []),
        # who comes to a platform, not the platform: 对青年|到孵化器创业, 对企业|在孵化器内开展研发
        ("对青年到科技企业孵化器创业给予租金补贴。", [("青年", None, None, False, None, "补贴")]),
        ("对企业在科技企业孵化器内开展研发给予补助。", [("企业", None, None, False, None, "补助")]),
        # …but a platform named before the place is the recipient still
        ("对科技企业孵化器在本市设立分支机构的,给予10万元奖励。", [("科技企业孵化器", None, 100000, False, None, "奖励")]),
        # a budget of an amount (安排不少于1亿元), then what it supports; a fund that invests (重点投资)
        # (recall7: the budget or the fund's size is not an amount promised to what it supports)
        ("市财政每年安排不少于1亿元,支持新型研发机构建设。", [("新型研发机构", None, None, False, None, "不少于1亿元")]),
        ("设立2亿元天使投资基金,重点投资初创期科技企业。", [("初创期科技企业", None, None, False, None, "基金")]),
        # a project won is no platform set up: its lead unit is the recipient
        ("对获批国家重点研发计划项目的牵头单位,按国家资助金额的20%给予配套支持,最高200万元。",
         [("牵头单位", None, 2000000, True, "0.2", "配套支持")]),
        # negative: 投资机构 after a fund's purpose is no investment it makes
        ("设立以财政性资金为引导,投资机构和其他组织参与的创业投资基金。", []),
        # the payer named by place with 按照有关规定: the recipients are those the condition before names
        ("企业、高等院校和科研院所在示范区内实施科技成果转化的,成都市、示范区按照有关规定给予奖励。",
         [("企业", None, None, False, None, "奖励"), ("高等院校", None, None, False, None, "奖励"),
          ("科研院所", None, None, False, None, "奖励")]),
        # persons of a body (高等学校毕业生) are persons; 优先扶持 after a verb of giving
        ("高等学校毕业生、退役军人创办民营经济组织的,市人民政府应当按照有关规定给予优先扶持。",
         [("高等学校毕业生", None, None, False, None, "优先扶持"), ("退役军人", None, None, False, None, "优先扶持")]),
        # one of two items a body will do (企业和社会资本): the other is the money they bring
        ("企业和社会资本建设创新创业服务平台,政府财政应当按照规定给予补贴。", [("企业", None, None, False, None, "补贴"), ("社会资本", None, None, False, None, "补贴")]),  # both (dev9 0090's gold; fund18b)
        # 并按照规定 opens no payer clause, so the system named before it is no recipient; the bodies included are
        # (fund12: 将X纳入…,并按照规定给予培训补贴, a class recall10d left)
        ("将符合条件的职业培训机构纳入统一的信息管理系统,并按照规定给予培训补贴。", [("职业培训机构", None, None, False, None, "培训补贴")]),
        # a fund's purposes coordinated in later clauses: each body or project named
        ("市人民政府应当安排专项资金,重点支持重大产业发展项目,扶持创业投资企业的设立与发展。",
         [("重大产业发展项目", None, None, False, None, "专项资金"), ("创业投资企业", None, None, False, None, "专项资金")]),
        # negative: a later purpose that names no body (人才培养和团队建设) is no recipient
        ("国家设立自然科学基金,用于资助基础研究,支持人才培养和团队建设。", [("基础研究", None, None, False, None, "基金")]),
        # the money word as the verb of a standard (奖励标准为每家50万元); 对于 opens a phrase as 对 does
        ("对新认定的科技企业孵化器,奖励标准为每家50万元。", [("科技企业孵化器", None, 500000, False, None, "奖励")]),
        ("对于新建的众创空间,给予20万元运营补贴。", [("众创空间", None, 200000, False, None, "补贴")]),
        ("對於從事科學技術研究著有功績之科學技術人員,應給予必要獎勵。", [("科学技术人员", None, None, False, None, "奖励")]),
        # levels written with each amount after 其中 override the level of the condition
        ("对认定为省级以上企业技术中心的,给予一次性奖励,其中国家级奖励50万元,省级奖励20万元。",
         [("企业技术中心", "国家级", 500000, False, None, "奖励"), ("企业技术中心", "省级", 200000, False, None, "奖励")]),
        # negative: a standard with no amount is no promise
        ("市科技部门制定奖励标准。", []),
        # a share as the measure or the cap of the money, before or after the promise
        ("对企业新购置研发设备,给予不超过设备购置额20%的补助,最高500万元。", [("企业", None, 5000000, True, "0.2", "补助")]),
        ("对新建的中试基地,补助比例不超过建设投入的30%,最高不超过300万元。", [("中试基地", None, 3000000, True, "0.3", "补助")]),
        ("对小微企业贷款给予贴息,贴息比例为贷款利息的50%。", [("小微企业", None, None, False, "0.5", "贴息")]),
        # negative: a share inside the condition is no share of the money
        ("对平均担保费率不超过1%的担保业务给予适当担保费补贴。", [("担保业务", None, None, False, None, "补贴")]),
        # the rules the payer follows before the 对 phrase (按照国家和省有关规定对…, 按照规定可以对…)
        ("省人民政府按照国家和省有关规定对在科学技术进步活动中做出突出贡献的组织和个人给予奖励。",
         [("组织和个人", None, None, False, None, "奖励")]),
        ("市人民政府应当建立考核激励机制,按照规定可以对做出显著成绩的单位和个人给予表彰和奖励。",
         [("单位和个人", None, None, False, None, "奖励")]),
        # negative: 按照规定 alone before the verb names no one
        ("按照规定给予奖励。", []),
        # what the sentence encourages them to build, when the support follows the building (recall10; was 企业: whom
        # the sentence encourages, up to its partner; the dev4 gold names the things built)
        ("市人民政府应当鼓励企业与科研机构联合建设产业化基地,并在规划、资金等方面给予支持。",
         [("产业化基地", None, None, False, None, "资金支持")]),
        # 依照有关规定 is an adverbial clause: the recipients are those the condition before names
        ("人力资源服务机构、用人单位引进急需紧缺人才的,依照有关规定给予奖励或者资助。",
         [("人力资源服务机构", None, None, False, None, "奖励"), ("用人单位", None, None, False, None, "奖励")]),
        # whom a sentence encourages ends before the means it uses (鼓励科学技术人员|依托…创办…)
        ("鼓励科学技术人员依托科学技术成果创办科技型企业,并按照本市有关规定给予资助、奖励或者补贴。",
         [("科学技术人员", None, None, False, None, "资助")]),
        # hard: 高等院校 is one recipient, its 等 does not end a list
        ("采取前资助、后补助等方式,支持高等院校开展关键核心技术攻关。",
         [("高等院校", None, None, False, None, "前资助、后补助")]),
    ],
)
def test_recall5_funding_clauses(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


# ---------------------------------------------------------------- recall6: per-unit clauses, funds that pay


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that only says per what unit (每件, 每项) is no recipient: whom the condition before names is
        ("单位取得植物新品种权的,每件资助8000元。", [("单位", None, 8000, False, None, "资助")]),
        ("对牵头制定团体标准的协会,每项最高奖励20万元。", [("协会", None, 200000, True, None, "奖励")]),
        ("企业通过知识产权贯标认证的,每家每年奖励3万元。", [("企业", None, 30000, False, None, "奖励")]),
        # 安家费 is money given; 安家费补助 keeps its whole name
        ("对全职引进的领军人才,给予150万元安家费。", [("领军人才", None, 1500000, False, None, "安家费")]),
        ("对全职引进的领军人才,给予安家费补助。", [("领军人才", None, None, False, None, "安家费补助")]),
        # a fund set up (or the subject), then 对X给予(重点)支持 without a money word: the fund pays
        ("区政府设立数字经济发展资金,对符合条件的软件企业给予重点支持。",
         [("软件企业", None, None, False, None, "发展资金")]),
        ("省级引导基金可以对种子期科创团队给予优先支持。", [("种子期科创团队", None, None, False, None, "引导基金")]),
        # negatives: a fund managed or watched is no payer; a per-unit fee or fine is no promise;
        # support that is not money (指导, 通报, 政策支持) stays out
        ("加强专项资金监管,对违规单位给予通报。", []),
        ("市财政安排资金,对企业给予政策支持。", []),
        ("申请人每件应当缴纳审查费500元。", []),
        ("违反本办法的,每项处2000元罚款。", []),
    ],
)
def test_recall6_per_unit_and_funds_that_pay(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns joined by 和/及/或者 after 对, each a body, a project or a person: one recipient each
        ("县人民政府对优秀专利项目和专利代理人给予奖励。", [("优秀专利项目", None, None, False, None, "奖励"),
                                                    ("专利代理人", None, None, False, None, "奖励")]),
        # …with a vocabulary term among them, the term as the vocabulary names it
        ("对技术经理人和科技企业孵化器给予补贴。", [("技术经理人", None, None, False, None, "补贴"),
                                                ("科技企业孵化器", None, None, False, None, "补贴")]),
        # hard: a verb among the nouns makes them a condition, not a list of recipients
        ("对企业和高校开展合作给予补助。", [("企业和高校", None, None, False, None, "补助")]),
        # money one may apply for with no comma before 可以, and the rules in between
        ("从事检验检测的小微企业可以按照本省有关规定申请补助资金。", [("小微企业", None, None, False, None, "补助")]),
        # the aspects of support with money among them, the rules between them and the verb
        ("省级重点实验室在经费资助、项目立项等方面依照有关规定给予优先支持。",
         [("重点实验室", "省级", None, False, None, "经费支持")]),
        # negatives: money settled or watched (资金结算, 资金监管) is no money given; tax relief one may apply for is none
        ("鼓励会展服务单位在本市设立总部,并在通关、资金结算等方面按照规定给予支持。", []),
        ("对科技型企业在资金监管等方面给予指导。", []),
        ("符合条件的企业可以申请研发费用加计扣除。", []),
    ],
)
def test_recall6_joined_recipients_applications_and_aspects(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money words of education and insurance (助学金, 奖学金, 津贴, 保险补偿)
        ("对家庭经济困难的中职学生给予国家助学金。", [("中职学生", None, None, False, None, "助学金")]),
        ("对首次投保的新材料企业给予保险补偿。", [("新材料企业", None, None, False, None, "保险补偿")]),
        # persons named after 对 without 的 (…研究生, …人) are recipients, the amount per person per month kept
        ("对在站博士后研究人员给予每人每月3000元生活津贴。", [("在站博士后研究人员", None, 3000, False, None, "津贴")]),
        ("对其主要负责人给予奖励。", [("主要负责人", None, None, False, None, "奖励")]),
        # negative: a scholarship scheme set up is a rule
        ("学校应当建立奖学金制度。", []),
    ],
)
def test_recall6_money_words_and_persons(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a condition who acts on the bodies named after the verb (开展, 为, 购买) is the recipient
        ("政府性融资担保机构开展农户贷款担保业务的,各级财政给予担保费补贴。",
         [("政府性融资担保机构", None, None, False, None, "补贴")]),
        ("再担保机构为科技型中小企业提供增信服务的,政府可以给予适当补助。",
         [("再担保机构", None, None, False, None, "补助")]),
        ("对企业购买中试平台检测服务的,按合同金额的30%给予补贴,最高20万元。", [("企业", None, 200000, True, "0.3", "补贴")]),
        # …but a platform set up or won stays the recipient (its building is what is paid for)
        ("企业新获批国家级企业技术中心的,奖励100万元。", [("企业技术中心", "国家级", 1000000, False, None, "奖励")]),
        # names end at the verb: the head after it belongs to its object (金融机构 lends, the students are paid)
        ("中等职业学校学生获得金融机构助学贷款的,政府应当给予贴息。",
         [("中等职业学校学生", None, None, False, None, "贴息")]),
        # the payer written with its means (…部门可以通过服务券等方式) is no recipient; the subject of the condition is
        ("小微企业通过公共服务平台购买检测服务的,区科技部门可以通过创新券等方式给予资金支持。",
         [("小微企业", None, None, False, None, "资金支持")]),
        # negative: 为X提供…的 is a condition; without its subject no one is named
        ("为小微企业提供担保服务的,按照规定执行。", []),
    ],
)
def test_recall6_who_does_what_the_condition_names(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money one may get first (可以优先获得…资金支持) or enjoys under the rules (依据…规定享受…补助)
        ("重大科技成果转化项目可以优先获得科技经费、贷款贴息等资金支持。",
         [("重大科技成果转化项目", None, None, False, None, "贴息")]),
        ("经认定的科技企业孵化器,依据本省有关规定享受运营补助。", [("科技企业孵化器", None, None, False, None, "补助")]),
        # negatives: whom an unseen subject employs is not who is paid; a reward won is a condition, not money one gets
        ("招用高校毕业生的,按照有关规定享受社会保险补贴。", []),
        ("企业获得省科学技术奖的,按照规定执行。", []),
    ],
)
def test_recall6_money_one_gets_or_enjoys(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's laws: 主管機關 pays, 得 ("may") is its modal, alone or after it, and no part of a recipient
        ("主管機關對於從事綠色轉型之企業,得給予補助。", [("企业", None, None, False, None, "补助")]),
        ("中央主管機關得對延攬之專業人才提供租金補貼。", [("专业人才", None, None, False, None, "补贴")]),
        ("對符合資格之研究機構,中央目的事業主管機關得給予獎勵。", [("研究机构", None, None, False, None, "奖励")]),
        # negative: a body that reviews (主管機關得審查) promises nothing
        ("主管機關得對申請案件進行審查。", []),
    ],
)
def test_recall6_taiwan_payers_and_may(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 在…方面对X给予支持 with money among the aspects: X, named inside; the payer's level is not X's
        ("县级以上人民政府应当在财政、用地等方面对科技企业孵化器给予支持。",
         [("科技企业孵化器", None, None, False, None, "财政支持")]),
        ("市人民政府在资金、人才等方面对重点实验室予以优先支持。", [("重点实验室", None, None, False, None, "资金支持")]),
        # 实行 right before a money word promises it
        ("对科技型中小企业实行贷款贴息。", [("科技型中小企业", None, None, False, None, "贷款贴息")]),
        # negatives: aspects without money, 实行 before a sanction or a rule
        ("县级以上人民政府应当在用地、审批等方面对重点实验室给予支持。", []),
        ("对违规企业实行信用惩戒。", []),
        ("对专项资金实行绩效管理。", []),
    ],
)
def test_recall6_aspects_naming_whom_and_carried_out(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a matching ratio written before 给予…配套 (1:0.5) is the share of the money
        ("对承担国家科技重大专项的企业,按国家资助资金的1:0.5给予配套资助。",
         [("企业", None, None, False, "0.5", "资助")]),
        # the body before 的 owns what the money is paid on (贷款, 研发投入): it is the recipient
        ("对科技型中小企业的贷款,按贷款利息的40%给予贴息,每家企业每年最高30万元。",
         [("科技型中小企业", None, 300000, True, "0.4", "贴息")]),
        ("对高新技术企业的研发投入给予补助。", [("高新技术企业", None, None, False, None, "补助")]),
        # negatives: a time of day is no ratio; a loan with no owner named stays what it is
        ("评审会于9:30开始,对入围项目给予答辩指导。", []),
    ],
)
def test_recall6_matching_ratios_and_owners(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body, then a yearly measure of it with a threshold: the body, not a programme named in the measure
        ("对企业上年度研发费用加计扣除额在300万元以上的,按加计扣除额的5%给予奖补,最高30万元。",
         [("企业", None, 300000, True, "0.05", "奖补")]),
        # negative/hard: without a number the platform won stays the recipient
        ("对企业新获批省级重点实验室的,奖励50万元。", [("重点实验室", "省级", 500000, False, None, "奖励")]),
    ],
)
def test_recall6_a_body_and_its_measure(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a development fund named for whom it supports, set up by a government
        ("县级以上人民政府可以设立小微企业发展基金。", [("小微企业", None, None, False, None, "发展基金")]),
        # negative: a fund others are encouraged to set up is their money, not a promise
        ("鼓励社会资本发起设立小微企业发展基金。", []),
    ],
)
def test_recall6_development_funds(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a combination of incentives with public money in it is promised
        ("对列入名录的链主企业给予“财政+金融+用地”的组合式激励。",
         [("链主企业", None, None, False, None, "“财政+金融+用地”的组合式激励")]),
        # a fund drawn on with 通过, then whom it supports
        ("省财政通过科技创新券专项资金支持科技型中小企业。", [("科技型中小企业", None, None, False, None, "专项资金")]),
        # negatives: incentives without money; 资金 as a means (资金支持和…, 政策和资金扶持) is no fund drawn on
        ("对链主企业给予精神激励。", []),
        ("通过资金支持和政策保障,推动企业发展。", []),
        ("通过资金整合,支持企业发展。", []),
    ],
)
def test_recall6_combined_incentives_and_funds_drawn_on(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rules after 并 (并按照规定对X给予) as before it
        ("市人民政府应当实施青年人才计划,并按照规定对入选的青年人才给予生活补贴。",
         [("青年人才", None, None, False, None, "补贴")]),
        # intellectual property is what a reward may be for (对高价值知识产权给予奖励)
        ("县级以上人民政府应当对高价值知识产权给予奖励。", [("高价值知识产权", None, None, False, None, "奖励")]),
        # negatives: money denied (不得给予, 不予) is no promise
        ("弄虚作假的企业,有关部门不得给予其资金支持。", []),
        ("对弄虚作假的企业,不予补助。", []),
    ],
)
def test_recall6_rules_after_and_money_denied(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


def test_recall6_whom_a_sentence_supports_ends_before_what_they_set_up(vocab: vocabulary.Vocab) -> None:
    text = "本市鼓励和支持科研机构、社会组织设立公共实训基地,并给予其适当的财政补贴。"
    assert brief(text, vocab) == [("科研机构", None, None, False, None, "财政补贴"), ("社会组织", None, None, False, None, "财政补贴")]
    # negative: encouraged to reward others, they are no recipients of public money
    assert brief("鼓励企业、行业协会对科技创新给予奖励。", vocab) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level opening each amount's clause (,国家级的给予…,省级的给予…) is that amount's level, even a single one
        ("对新认定的科技企业孵化器,国家级的给予80万元奖励,省级的给予40万元奖励。",
         [("科技企业孵化器", "国家级", 800000, False, None, "奖励"), ("科技企业孵化器", "省级", 400000, False, None, "奖励")]),
        ("对新认定的重点实验室,省级给予60万元奖励。", [("重点实验室", "省级", 600000, False, None, "奖励")]),
        # an amount's 综合支持 is money
        ("对引进的重大产业项目,给予最高8000万元的综合支持。", [("重大产业项目", None, 80000000, True, None, "综合支持")]),
        # negatives: the payer's level is not the recipient's; a review passed is no level
        ("对新认定的重点实验室,市财政给予60万元补助。", [("重点实验室", None, 600000, False, None, "补助")]),
        ("对新认定的重点实验室,给予60万元奖励,复核通过的给予30万元奖励。",
         [("重点实验室", None, 600000, False, None, "奖励"), ("重点实验室", None, 300000, False, None, "奖励")]),
    ],
)
def test_recall6_levels_opening_amount_clauses(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body right between the verb and the money word (给予X奖励) is the recipient
        ("按技术合同成交额的3%给予技术转移机构奖励。", [("技术转移机构", None, None, False, "0.03", "奖励")]),
        ("按规定给予项目承担单位资助。", [("项目承担单位", None, None, False, None, "资助")]),
        # negatives: what the money is for (房租, 一次性) between the verb and the money word names no one
        ("按规定给予房租补贴。", []),
        ("按规定给予一次性奖励。", []),
    ],
)
def test_recall6_a_body_between_verb_and_money(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 资本金 given is money; a level written first in a name outside the vocabulary is the recipient's level
        ("各级政府要加大对政府性融资担保机构的资本金支持。", [("政府性融资担保机构", None, None, False, None, "资本金")]),
        ("省担保基金对市级再担保机构给予股权投资。", [("再担保机构", "市级", None, False, None, "股权投资")]),
        # negatives: 市场主体 holds no level (市 alone is no level word); registered capital required is no money given
        ("对市场主体给予补贴。", [("市场主体", None, None, False, None, "补贴")]),
        ("申请设立的公司注册资本金不低于500万元。", []),
    ],
)
def test_recall6_capital_and_levels_in_names(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # farmers and households are persons: no head of the next item is glued to them
        ("对购买节水灌溉设备的农户和家庭农场经营组织给予补贴。",
         [("农户", None, None, False, None, "补贴"), ("家庭农场经营组织", None, None, False, None, "补贴")]),
        # a clause that is only a government before the verb is the payer (对X,县级以上人民政府给予)
        ("对利用地热能的新建项目,县级以上人民政府给予资金补助。", [("新建项目", None, None, False, None, "资金补助")]),
        # negative/hard: a government named inside the 对 phrase is the recipient
        ("对考核优秀的县(市、区)人民政府给予奖励。", [("县(市、区)人民政府", None, None, False, None, "奖励")]),
    ],
)
def test_recall6_persons_and_government_payers(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing, then what is done with it (推广应用, 购置): the thing is what the money is for
        ("省有关部门应当对氢能汽车推广应用给予财政补贴。", [("氢能汽车", None, None, False, None, "财政补贴")]),
        ("县级以上人民政府对植保无人机购置给予补贴。", [("植保无人机", None, None, False, None, "补贴")]),
        # hard: a doer before the action stays the recipient
        ("对企业开展设备改造给予补助。", [("企业", None, None, False, None, "补助")]),
    ],
)
def test_recall6_things_put_to_use(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the most a case gets, written as the amount's ceiling (補助金額以新臺幣…為上限, 金额不得超过…)
        ("高新技術企業申請補助者,每家企業補助金額以新臺幣八十萬元為上限。", [("高新技术企业", None, 800000, True, None, "补助")]),
        # negatives: a ceiling on a fee or a loan is no money given
        ("申請人繳納之審查費金額以新臺幣三千元為上限。", []),
        ("貸款金額不得超過新臺幣五百萬元。", []),
    ],
)
def test_recall6_ceilings_of_a_case(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's 之 before 中小…/外国… is 的: the name after it is the recipient
        ("對從事轉型之中小企業,得給予補助。", [("中小企业", None, None, False, None, "补助")]),
        ("主管機關得對延攬之外國專業人才提供租金補貼。", [("外国专业人才", None, None, False, None, "补贴")]),
    ],
)
def test_recall6_taiwan_zhi_before_zhong_and_wai(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


# ---- recall7: support measures' prose (若干措施, 扶持办法, 補助要點): sentences written for issue 10, in the style
# of city, district, province and Taiwan measures; the lines are (recipient, level, amount_yuan, ratio), the fields
# the evaluator matches on. The vocabulary holds the kinds these sentences name, as ontology/vocab does.

TURTLE7 = """
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix v: <https://w3id.org/policy-kg/test7/> .
v:c0 a kg:EnterpriseType ; skos:prefLabel "上市公司"@zh ; skos:altLabel "上市企业"@zh .
v:c1 a kg:EnterpriseType ; skos:prefLabel "专精特新“小巨人”企业"@zh ; skos:altLabel "“小巨人”企业"@zh ; skos:altLabel "专精特新“小巨人”"@zh ; skos:altLabel "专精特新小巨人企业"@zh ; skos:altLabel "小巨人"@zh ; skos:altLabel "小巨人企业"@zh .
v:c2 a kg:EnterpriseType ; skos:prefLabel "专精特新企业"@zh ; skos:altLabel "“专精特新”中小企业"@zh ; skos:altLabel "“专精特新”企业"@zh ; skos:altLabel "专精特新"@zh ; skos:altLabel "专精特新中小企业"@zh .
v:c3 a kg:EnterpriseType ; skos:prefLabel "中小企业"@zh ; skos:altLabel "中小微企业"@zh ; skos:altLabel "小微企业"@zh .
v:c4 a kg:PlatformType ; skos:prefLabel "中试基地"@zh ; skos:altLabel "中试平台"@zh ; skos:altLabel "中试服务平台"@zh ; skos:altLabel "中试熟化基地"@zh ; skos:altLabel "中试验证平台"@zh .
v:c5 a kg:PlatformType ; skos:prefLabel "产业创新中心"@zh .
v:c6 a kg:PlatformType ; skos:prefLabel "产业技术创新战略联盟"@zh ; skos:altLabel "产业技术创新联盟"@zh ; skos:altLabel "产业技术联盟"@zh ; skos:altLabel "技术创新战略联盟"@zh .
v:c7 a kg:PlatformType ; skos:prefLabel "企业技术中心"@zh .
v:c8 a kg:PlatformType ; skos:prefLabel "众创空间"@zh .
v:c9 a kg:Programme ; skos:prefLabel "创新券"@zh ; skos:altLabel "科技创新券"@zh .
v:c10 a kg:EnterpriseType ; skos:prefLabel "初创企业"@zh ; skos:altLabel "初创型企业"@zh .
v:c11 a kg:PlatformType ; skos:prefLabel "制造业创新中心"@zh .
v:c12 a kg:PlatformType ; skos:prefLabel "博士后科研工作站"@zh ; skos:altLabel "博士后工作站"@zh .
v:c13 a kg:Programme ; skos:prefLabel "国家科技重大专项"@zh .
v:c14 a kg:Programme ; skos:prefLabel "国家重点研发计划"@zh .
v:c15 a kg:PlatformType ; skos:prefLabel "外资研发中心"@zh .
v:c16 a kg:PlatformType ; skos:prefLabel "工业设计中心"@zh .
v:c17 a kg:PlatformType ; skos:prefLabel "工程技术研究中心"@zh ; skos:altLabel "工程技术中心"@zh .
v:c18 a kg:PlatformType ; skos:prefLabel "工程研究中心"@zh .
v:c19 a kg:EnterpriseType ; skos:prefLabel "总部企业"@zh .
v:c20 a kg:PlatformType ; skos:prefLabel "技术创新中心"@zh .
v:c21 a kg:EnterpriseType ; skos:prefLabel "技术创新示范企业"@zh .
v:c22 a kg:PlatformType ; skos:prefLabel "新型研发机构"@zh ; skos:altLabel "新型研发组织"@zh .
v:c23 a kg:EnterpriseType ; skos:prefLabel "民营企业"@zh .
v:c24 a kg:EnterpriseType ; skos:prefLabel "独角兽企业"@zh ; skos:altLabel "独角兽"@zh .
v:c25 a kg:EnterpriseType ; skos:prefLabel "瞪羚企业"@zh ; skos:altLabel "瞪羚"@zh .
v:c26 a kg:PlatformType ; skos:prefLabel "科技企业孵化器"@zh ; skos:altLabel "企业孵化器"@zh ; skos:altLabel "创业孵化器"@zh ; skos:altLabel "孵化器"@zh .
v:c27 a kg:EnterpriseType ; skos:prefLabel "科技型中小企业"@zh ; skos:altLabel "科技型中小微企业"@zh .
v:c28 a kg:EnterpriseType ; skos:prefLabel "科技型企业"@zh ; skos:altLabel "科技企业"@zh .
v:c29 a kg:EnterpriseType ; skos:prefLabel "规模以上工业企业"@zh ; skos:altLabel "规上工业企业"@zh .
v:c30 a kg:PlatformType ; skos:prefLabel "重点实验室"@zh .
v:c31 a kg:Programme ; skos:prefLabel "重点研发计划"@zh .
v:c32 a kg:PlatformType ; skos:prefLabel "院士工作站"@zh ; skos:altLabel "院士专家工作站"@zh .
v:c33 a kg:Programme ; skos:prefLabel "首台(套)"@zh ; skos:altLabel "重大技术装备首台(套)"@zh ; skos:altLabel "重大技术装备首台套"@zh ; skos:altLabel "首台(套)重大技术装备"@zh ; skos:altLabel "首台套"@zh ; skos:altLabel "首台套重大技术装备"@zh .
v:c34 a kg:Programme ; skos:prefLabel "首批次"@zh ; skos:altLabel "新材料首批次"@zh .
v:c35 a kg:Programme ; skos:prefLabel "首版次"@zh ; skos:altLabel "软件首版次"@zh .
v:c36 a kg:EnterpriseType ; skos:prefLabel "高新技术企业"@zh ; skos:altLabel "国家高新技术企业"@zh ; skos:altLabel "高企"@zh .
v:c37 a kg:EnterpriseType ; skos:prefLabel "龙头企业"@zh .
"""


@pytest.fixture(scope="module")
def vocab7() -> vocabulary.Vocab:
    return vocabulary.from_graph(Graph().parse(data=TURTLE7, format="turtle"))


def lines7(text: str, vocab: vocabulary.Vocab) -> list[tuple]:
    doc = from_text(text, vocab)
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), None if f.ratio is None else str(f.ratio))
            for f in funding.extract(doc, vocab)]


RECALL7: list[tuple[str, list[tuple]]] = [
    ('对获得国家科学技术奖一等奖、二等奖的项目,分别给予500万元、200万元奖励。',
     [('项目', None, 5000000, None), ('项目', None, 2000000, None)]),
    ('对获得省科学技术奖一等奖、二等奖、三等奖的第一完成单位,分别奖励100万元、50万元、20万元。',
     [('第一完成单位', None, 1000000, None), ('第一完成单位', None, 500000, None), ('第一完成单位', None, 200000, None)]),
    ('对新认定的国家级、省级专精特新“小巨人”企业,分别给予100万元、50万元一次性奖励。',
     [('专精特新小巨人企业', '国家级', 1000000, None), ('专精特新小巨人企业', '省级', 500000, None)]),
    ('对新获批的国家级、省级制造业创新中心,分别给予最高3000万元、1000万元资金支持。',
     [('制造业创新中心', '国家级', 30000000, None), ('制造业创新中心', '省级', 10000000, None)]),
    ('对新认定为国家级、省级、市级企业技术中心的企业,分别给予200万元、50万元、20万元奖励。',
     [('企业技术中心', '国家级', 2000000, None), ('企业技术中心', '省级', 500000, None), ('企业技术中心', '市级', 200000, None)]),
    ('对获得中国专利金奖、银奖、优秀奖的企业,分别给予100万元、50万元、10万元奖励。',
     [('中国专利金奖', None, 1000000, None), ('中国专利银奖', None, 500000, None), ('中国专利优秀奖', None, 100000, None)]),  # the prizes (gold-synth's s001, gold-synth2's s013)
    ('对主导制定国际标准、国家标准、行业标准的企业,每项分别给予50万元、30万元、10万元资助。',
     [('企业', None, 500000, None), ('企业', None, 300000, None), ('企业', None, 100000, None)]),
    ('国家级孵化器给予100万元奖励,省级孵化器给予50万元奖励。',
     [('孵化器', '国家级', 1000000, None), ('孵化器', '省级', 500000, None)]),
    ('对新认定的国家级众创空间给予50万元奖励,省级给予30万元奖励,市级给予10万元奖励。',
     [('众创空间', '国家级', 500000, None), ('众创空间', '省级', 300000, None), ('众创空间', '市级', 100000, None)]),
    ('对企业购置研发设备的,按设备购置额的20%给予补助,最高不超过200万元。',
     [('企业', None, 2000000, '0.2')]),
    ('对企业实施智能化技术改造项目,按照项目设备投资额的10%给予补助,单个项目最高500万元。',
     [('企业', None, 5000000, '0.1')]),
    ('对开展研发活动的规模以上工业企业,按其上年度研发费用增量部分的10%给予补助,每家企业最高不超过100万元。',
     [('规模以上工业企业', None, 1000000, '0.1')]),
    ('对企业研发费用较上年度增长的部分,给予最高不超过300万元、按增量的15%计算的奖补。',
     [('企业', None, 3000000, '0.15')]),
    ('单个企业每年最高不超过200万元,按企业上年度研发投入的5%给予后补助。',
     [('企业', None, 2000000, '0.05')]),
    ('对高校院所技术成果在本市转化的,按技术合同实际成交额的5%给予奖励,最高不超过50万元。',
     [('高校院所', None, 500000, '0.05')]),  # fund11: one name of two heads, as 对…的高校院所 reads
    ('对企业购买高校院所科技成果并在本市实施转化的,按技术交易额的10%给予补助,每家企业每年补助不超过100万元。',
     [('企业', None, 1000000, '0.1')]),
    ('对首次通过贯标认证的企业,按认证费用的50%给予补贴,最高5万元。',
     [('企业', None, 50000, '0.5')]),
    ('对租用孵化载体办公用房的初创企业,按实际租金的50%给予补贴,每家企业每年最高10万元。',
     [('初创企业', None, 100000, '0.5')]),
    ('对企业引进人才支付的猎头费用,按实际支付费用的30%给予补贴,每家企业每年最高20万元。',
     [('企业', None, 200000, '0.3')]),
    ('对获得授权的发明专利,每件给予5000元资助。',
     [('发明专利', None, 5000, None)]),
    ('对新认定的院士工作站,每家给予一次性建站补助100万元。',
     [('院士工作站', None, 1000000, None)]),
    ('对入选市级以上人才计划的青年人才,每人每年给予生活补贴5万元,连续补贴三年。',
     [('青年人才', None, 50000, None)]),
    ('对新落户的独角兽企业,给予最高1亿元综合支持。',
     [('独角兽企业', None, 100000000, None)]),
    ('对总投资超过10亿元的重大产业项目,给予最高2000万元奖励。',
     [('重大产业项目', None, 20000000, None)]),
    ('对年度纳税额首次突破一亿元的企业,给予企业经营团队一百万元奖励。',
     [('企业', None, 1000000, None)]),
    ('对新认定的省级工程研究中心,给予五十万元资金支持。',
     [('工程研究中心', '省级', 500000, None)]),
    ('对新引进的诺贝尔奖获得者领衔的创新团队,给予最高5000万元项目资助。',
     [('创新团队', None, 50000000, None)]),
    ('对首次升规纳统的工业企业,一次性给予10万元奖励。',
     [('工业企业', None, 100000, None)]),
    ('对连续三年营业收入增长率超过20%的科技型中小企业,每年给予20万元奖励。',
     [('科技型中小企业', None, 200000, None)]),
    ('对入驻孵化器的在孵企业,按每平方米每月20元的标准给予租金补贴,每家企业最高不超过30万元。',  # the rate (gold-synth4's convention, fund17a)
     [('在孵企业', None, 20, None)]),
    ('对新引进的研发机构,三年内按实际租金的50%给予房租补贴,每年最高100万元。',
     [('研发机构', None, 1000000, '0.5')]),
    ('对科技型中小企业的银行贷款,按贷款市场报价利率的50%给予贴息,每家企业每年最高50万元。',
     [('科技型中小企业', None, 500000, '0.5')]),
    ('对符合条件的技术改造项目贷款,按实际发生利息的50%给予贴息支持,单个项目贴息最高不超过300万元。',
     [('技术改造项目', None, 3000000, '0.5')]),
    ('对企业通过知识产权质押融资获得的贷款,按年利率2%给予贴息,每家企业每年最高30万元。',
     [('企业', None, 300000, '0.02')]),
    ('向科技型中小企业发放科技创新券,用于购买研发服务,按合同金额的50%抵扣,每家企业每年最高不超过30万元。',
     [('科技型中小企业', None, 300000, '0.5')]),
    ('企业使用创新券购买检验检测服务的,按服务费用的30%予以兑付,单个企业年度累计不超过20万元。',
     [('企业', None, 200000, '0.3')]),
    ('对获得天使投资的初创期科技企业,市天使投资引导基金按不超过实际投资额的30%跟投,单个项目最高500万元。',
     [('科技企业', None, 5000000, '0.3')]),
    ('对重大产业化项目,市政府引导基金给予最高1亿元股权投资支持。',
     [('重大产业化项目', None, 100000000, None)]),
    ('对研制首台(套)重大技术装备的企业,按产品单价的30%给予奖励,最高不超过500万元。',
     [('企业', None, 5000000, '0.3')]),
    ('对首批次新材料应用示范项目,按首年销售额的20%给予奖补,单个项目最高200万元。',
     [('首批次', None, 2000000, '0.2')]),
    ('对首版次软件产品,按照不超过实际销售合同金额的20%给予开发企业奖励,最高100万元。',
     [('开发企业', None, 1000000, '0.2')]),
    ('对新引进的A类、B类、C类人才,分别给予200万元、100万元、50万元安家补贴。',
     [('A类人才', None, 2000000, None), ('B类人才', None, 1000000, None), ('C类人才', None, 500000, None)]),
    ('对在本市首次购房的博士研究生,给予10万元购房补贴。',
     [('博士研究生', None, 100000, None)]),
    ('对全职引进的顶尖人才,给予最高500万元安家补贴。',
     [('顶尖人才', None, 5000000, None)]),
    ('对来本市就业的全日制硕士研究生,每人每月发放2000元生活补贴,最长发放三年。',
     [('全日制硕士研究生', None, 2000, None)]),
    ('对新引进的高层次人才,按A类、B类、C类分别给予300万元、150万元、80万元购房补贴。',
     [('高层次人才', None, 3000000, None), ('高层次人才', None, 1500000, None), ('高层次人才', None, 800000, None)]),
    ('对承担国家科技重大专项的企业,按国家支持资金的1:1给予配套支持,最高1000万元。',
     [('企业', None, 10000000, '1')]),
    ('对获得国家专项资金支持的项目,市财政按1:0.5的比例给予配套,最高不超过500万元。',
     [('项目', None, 5000000, '0.5')]),
    ('支持企业建设研发机构。对新认定的省级企业技术中心,给予50万元奖励。',
     [('企业技术中心', '省级', 500000, None)]),
    ('鼓励企业开展技术改造。对设备投资额超过2000万元的,按设备投资额的8%给予补助,最高不超过1000万元。',
     [('企业', None, 10000000, '0.08')]),
    ('对新落户的总部企业,给予以下支持:(一)按实缴注册资本的1%给予落户奖励,最高1000万元;(二)购置自用办公用房的,按购房价格的10%给予补贴,最高500万元。',
     [('总部企业', None, 10000000, '0.01'), ('总部企业', None, 5000000, '0.1')]),
    ('对新落户的企业总部,给予最高2000万元落户奖励。',
     [('企业总部', None, 20000000, None)]),
    ('对企业参加境外展会的,按展位费的50%给予补助,同一企业年度累计补助不超过50万元。',
     [('企业', None, 500000, '0.5')]),
    ('对企业开展对外技术合作的,给予项目实际投入的30%补助,单个项目补助上限为300万元。',
     [('企业', None, 3000000, '0.3')]),
    ('对新建的5G基站,补助标准为每个基站1万元。',
     [('5G基站', None, 10000, None)]),
    ('对认定的市级众创空间,奖励标准为每家20万元。',
     [('众创空间', '市级', 200000, None)]),
    ('对通过验收的市级重点研发计划项目,给予最高100万元后补助。',
     [('重点研发计划', '市级', 1000000, None)]),
    ('对晋级为国家级的孵化器,给予100万元奖励。',
     [('孵化器', '国家级', 1000000, None)]),
    ('对新认定的国家级技术创新示范企业,给予一次性奖励100万元。',
     [('技术创新示范企业', '国家级', 1000000, None)]),
    ('对当年新增发明专利授权量超过50件的企业,给予20万元奖励。',
     [('企业', None, 200000, None)]),
    ('補助對象為依法登記之中小企業,每案補助金額最高新臺幣一百萬元。',
     [('中小企业', None, 1000000, None)]),
    ('獲選之青年創業團隊,每隊獎勵新臺幣三十萬元。',
     [('青年创业团队', None, 300000, None)]),
    ('本要點補助對象為設立於本市之微型企業,每家補助新臺幣十萬元。',
     [('微型企业', None, 100000, None)]),
    ('申請人為中小企業者,補助款以新臺幣五百萬元為上限。',
     [('中小企业', None, 5000000, None)]),
    ('對於聘用國內大專校院畢業生之企業,每人每月補助新臺幣一萬元,最長補助十二個月。',
     [('企业', None, 10000, None)]),
    ('符合第三點規定之業者,得申請購置設備費用百分之三十之補助,每家以新臺幣三百萬元為限。',
     [('业者', None, 3000000, '0.3')]),
    ('鼓励企业上市融资,对在境内外主板成功上市的企业,分阶段给予累计最高800万元奖励。',
     [('企业', None, 8000000, None)]),
    ('对新设立或新引进的外资研发中心,给予最高500万元资金支持。',
     [('外资研发中心', None, 5000000, None)]),
    ('对新认定的市级工业设计中心,给予30万元一次性奖励。',
     [('工业设计中心', '市级', 300000, None)]),
    ('对获批建设国家级产业创新中心的单位,给予最高1亿元支持。',
     [('产业创新中心', '国家级', 100000000, None)]),
    ('对新建的新型研发机构,根据其建设投入给予最高3000万元建设经费支持。',
     [('新型研发机构', None, 30000000, None)]),
    ('对年度考核优秀的科技企业孵化器,给予最高30万元运营补贴。',
     [('科技企业孵化器', None, 300000, None)]),
    ('对开展职务科技成果转化的高校院所,按转化收益的10%给予奖励,每年最高100万元。',
     [('高校院所', None, 1000000, '0.1')]),
    ('对企业牵头承担国家重点研发计划项目的,按国家拨付经费的20%给予配套支持,最高500万元。',
     [('企业', None, 5000000, '0.2')]),
    ('对软件企业通过CMMI五级认证的,给予一次性奖励50万元。',
     [('软件企业', None, 500000, None)]),
    ('对新建成的智能工厂、数字化车间,分别给予300万元、100万元奖励。',
     [('智能工厂', None, 3000000, None), ('数字化车间', None, 1000000, None)]),
    ('对获评国家级、省级绿色工厂的企业,分别奖励50万元、20万元。',
     [('企业', '国家级', 500000, None), ('企业', '省级', 200000, None)]),
    ('对企业研发投入占营业收入比重达到5%以上的,按研发投入增量的20%给予奖励,最高200万元。',
     [('企业', None, 2000000, '0.2')]),
    ('对举办具有全国影响力的创新创业大赛的机构,按实际支出的50%给予补助,单场活动最高50万元。',
     [('机构', None, 500000, '0.5')]),
    ('违反本办法规定骗取补助资金的,处骗取金额一倍以上五倍以下罚款。',
     []),
    ('申报企业须为在本市注册、营业收入达到1亿元以上的企业。',
     []),
    ('奖励资金由市、区两级财政按1:1比例分担。',
     []),
    ('市财政每年安排科技创新专项资金10亿元。',
     []),
    ('单笔贷款额度不超过500万元,期限不超过1年。',
     []),
    ('申请企业注册资本不低于1000万元。',
     []),
    ('企业应当按规定缴纳检验检测费用,收费标准不超过每批次2000元。',
     []),
    ('对弄虚作假骗取奖补资金的企业,追回已拨付资金,并处以10万元罚款。',
     []),
    ('本办法所称研发费用,是指企业在研发活动中发生的各项支出。',
     []),
    ('同一项目已获得市级其他财政资金支持的,不重复支持。',
     []),
    ('(一)支持企业加大研发投入。对年度研发投入超过500万元且增幅达到20%以上的,按增量部分的10%给予奖励,最高不超过200万元。',
     [('企业', None, 2000000, '0.1')]),
    ('对认定为瞪羚企业、独角兽企业的,分别给予50万元、100万元奖励。',
     [('瞪羚企业', None, 500000, None), ('独角兽企业', None, 1000000, None)]),
    ('对年主营业务收入首次突破1亿元、5亿元、10亿元的企业,分别给予20万元、50万元、100万元奖励。',
     [('企业', None, 200000, None), ('企业', None, 500000, None), ('企业', None, 1000000, None)]),
    ('每引进1名全职博士,给予用人单位5万元补贴。',
     [('用人单位', None, 50000, None)]),
    ('市级财政对产业化项目给予不超过总投资30%的补助,最高不超过2000万元。',
     [('产业化项目', None, 20000000, '0.3')]),
    ('对引进的国内外顶尖人才团队,给予最高1亿元综合资助。',
     [('国内外顶尖人才团队', None, 100000000, None)]),
    ('对科技型中小企业首次贷款,给予贷款利息50%的贴息补助,单户最高20万元。',
     [('科技型中小企业', None, 200000, '0.5')]),
    ('对新获得国家级、省级科技企业孵化器认定的,分别给予100万元、50万元奖励。',
     [('科技企业孵化器', '国家级', 1000000, None), ('科技企业孵化器', '省级', 500000, None)]),
    ('对租赁厂房的中小企业,给予每平方米每月10元的租金补贴,单个企业年补贴总额不超过50万元。',  # the rate (gold-synth4, fund17a)
     [('中小企业', None, 10, None)]),
    ('支持企业参与国际标准化活动,对承担国际标准化组织技术委员会秘书处工作的单位,给予一次性资助50万元。',
     [('单位', None, 500000, None)]),
    ('对获得省级以上科技奖励的个人,给予1:1配套奖励。',
     [('个人', None, None, '1')]),
    ('对主板上市企业给予500万元奖励,对新三板挂牌企业给予100万元奖励。',
     [('上市企业', None, 5000000, None), ('新三板挂牌企业', None, 1000000, None)]),
    ('对在本市新设立的外资研发中心,最高给予500万元资助。',
     [('外资研发中心', None, 5000000, None)]),
    ('对开展中试服务的中试基地,按服务收入的20%给予运营补贴,每年最高300万元。',
     [('中试基地', None, 3000000, '0.2')]),
    ('对认定的市级众创空间、孵化器,给予最高30万元一次性奖励。',
     [('众创空间', '市级', 300000, None), ('孵化器', '市级', 300000, None)]),
    ('给予入驻企业最长3年的房租减免。',
     [('入驻企业', None, None, None)]),
    ('对高校、科研院所科技成果在本市转化的,按技术合同成交额的3%给予奖励。',
     [('高校', None, None, '0.03'), ('科研院所', None, None, '0.03')]),
    ('各区按照1:1比例对获得市级奖励的企业予以配套奖励。',
     [('企业', None, None, '1')]),
    ('本府對於符合資格之青年創業者,提供創業貸款利息補貼,貸款額度最高新臺幣一百萬元。',
     [('青年创业者', None, None, None)]),
    ('對於參加國際展覽之廠商,補助其攤位費百分之五十,每家廠商最高補助新臺幣二十萬元。',
     [('厂商', None, 200000, '0.5')]),
    ('对获批国家级博士后科研工作站的单位,给予50万元建站资助。',
     [('博士后科研工作站', '国家级', 500000, None)]),
    ('对企业新购置的研发仪器设备,按购置金额的15%给予补助,单个企业年度最高补助300万元。',
     [('企业', None, 3000000, '0.15')]),
    ('对通过国家知识产权管理规范认证的企业,给予一次性奖励3万元。',
     [('企业', None, 30000, None)]),
    ('对新认定的市级技术创新中心,分三年给予最高500万元的建设经费支持。',
     [('技术创新中心', '市级', 5000000, None)]),
    ('鼓励金融机构开展科技信贷业务,对合作银行发放的科技贷款,按实际放款额的1%给予风险补偿。',
     [('合作银行', None, None, '0.01')]),
    ('对年度服务科技型企业超过50家的科技服务机构,给予最高50万元奖励。',
     [('科技服务机构', None, 500000, None)]),
    ('对获得中国质量奖的企业奖励200万元,获得省长质量奖的企业奖励100万元。',
     [('企业', None, 2000000, None), ('企业', None, 1000000, None)]),
    ('对在我市新注册的技术先进型服务企业,前两年按其缴纳企业所得税地方留成部分的50%给予奖励。',
     [('技术先进型服务企业', None, None, '0.5')]),
    ('项目总投资不低于5000万元,其中设备投资不低于2000万元。',
     []),
    ('申报企业年销售收入不低于2000万元且近三年研发投入占比不低于3%。',
     []),
    ('对未按期完成建设任务的项目,收回已拨付的财政资金。',
     []),
    ('补助资金实行总额控制,超出预算部分按比例核减。',
     []),
    ('符合条件的企业可同时申报,但同一事项按就高原则不重复享受。',
     []),
    ('企业应在项目验收后30日内提交资金使用报告。',
     []),
    ('对违规使用补助资金的单位,三年内不得申报本办法规定的各类奖补。',
     []),
    ('支持企业上市。企业在境内主板上市的,给予300万元奖励;在新三板挂牌的,给予100万元奖励。',
     [('企业', None, 3000000, None), ('企业', None, 1000000, None)]),
    ('对经认定的高新技术企业,给予每家10万元的奖励。',
     [('高新技术企业', None, 100000, None)]),
    ('对科技企业孵化器内的在孵企业,经认定后给予最高50万元的项目资助。',
     [('在孵企业', None, 500000, None)]),
    ('对新建的重点实验室,按照建设投入的30%,给予最高不超过500万元的补助。',
     [('重点实验室', None, 5000000, '0.3')]),
    ('市财政对每个示范项目补助50万元。',
     [('示范项目', None, 500000, None)]),
    ('对首次入选“中国民营企业500强”的企业,奖励1000万元。',
     [('民营企业', None, 10000000, None)]),
    ('对列入省重点项目的产业项目,按年度实际投资额的5%给予补助。',
     [('产业项目', None, None, '0.05')]),
    ('对经营困难的中小微企业,给予三个月的社会保险补贴。',
     [('中小微企业', None, None, None)]),
    ('对在校大学生首次创业的,给予5000元一次性创业补贴。',
     [('在校大学生', None, 5000, None)]),
    ('对新引进的博士研究生,给予每人每年最高3万元的租房补贴。',
     [('博士研究生', None, 30000, None)]),
    ('对企业投保首台(套)重大技术装备综合保险的,按保费的80%给予补贴。',
     [('企业', None, None, '0.8')]),
    ('对新获批的国家级、省级重点实验室和工程技术研究中心,分别一次性奖励200万元、50万元。',
     [('重点实验室', '国家级', 2000000, None), ('重点实验室', '省级', 500000, None), ('工程技术研究中心', '国家级', 2000000, None), ('工程技术研究中心', '省级', 500000, None)]),
    ('对年度纳税总额首次超过1000万元、5000万元、1亿元的企业,分别奖励10万元、30万元、50万元。',
     [('企业', None, 100000, None), ('企业', None, 300000, None), ('企业', None, 500000, None)]),
    ('对新认定的科技型中小企业,给予1万元奖励;同时认定为高新技术企业的,再给予20万元奖励。',
     [('科技型中小企业', None, 10000, None), ('高新技术企业', None, 200000, None)]),
    ('对落户本区的金融机构总部,给予一次性落户奖励2000万元。',
     [('金融机构总部', None, 20000000, None)]),
    ('对年度获得风险投资超过1000万元的初创企业,按实际融资额的5%给予奖励,最高100万元。',
     [('初创企业', None, 1000000, '0.05')]),
    ('對於獲得本部創新研發計畫補助之中小企業,每案補助上限為新臺幣五十萬元。',
     [('中小企业', None, 500000, None)]),
    ('对创建成功的国家级、省级农业产业化重点龙头企业,分别奖励50万元、20万元。',
     [('龙头企业', '国家级', 500000, None), ('龙头企业', '省级', 200000, None)]),
    ('对认定的市级新型研发机构,根据绩效评价结果,每年给予最高200万元运营经费补助,连续支持3年。',
     [('新型研发机构', '市级', 2000000, None)]),
    ('申报单位须具有独立法人资格,注册资金不少于100万元。',
     []),
    ('奖补资金按照“先缴后奖”的原则拨付,由市、区财政按5:5比例承担。',
     []),
    ('项目单位自筹资金不低于总投资的50%。',
     []),
]


@pytest.mark.parametrize(("text", "expected"), RECALL7)
def test_recall7_support_measures(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level written right before each amount gives each its level
        ("对经认定的科技企业孵化器,按照国家级100万元、省级50万元的标准给予一次性奖励。",
         [("科技企业孵化器", "国家级", 1000000, None), ("科技企业孵化器", "省级", 500000, None)]),
        # levels granted by a list after 获得 (one amount each); a single award's level is not the recipient's
        ("对获得国家级、省级质量奖的企业,分别奖励100万元、50万元。", [("企业", "国家级", 1000000, None), ("企业", "省级", 500000, None)]),
        ("对获得市级奖励的项目,给予50万元补贴。", [("项目", None, 500000, None)]),
        ("对入选市级以上人才计划的青年人才,每人每年给予生活补贴5万元。", [("青年人才", None, 50000, None)]),
        # a body between the verb and the money word, the share written before it
        ("对经认定的首台(套)重大技术装备,按照不超过产品单价的30%给予研制单位奖励,单个产品最高500万元。",
         [("研制单位", None, 5000000, "0.3")]),
        # thresholds in the condition (年薪50万元以上, 年产值10亿元) are no amount given
        ("对企业新引进的年薪50万元以上的高级管理人才和技术人才,按其个人所得税地方留成部分的80%给予奖励。",
         [("高级管理人才", None, None, "0.8"), ("技术人才", None, None, "0.8")]),
        ("对年产值首次突破10亿元的工业企业,给予企业经营者50万元奖励。", [("工业企业", None, 500000, None)]),
        # a share of a fee written right after it; a duration is no amount
        ("对企业参加国内外重点展会的,给予展位费50%的补贴,每家企业每年最高不超过20万元。", [("企业", None, 200000, "0.5")]),
        ("对租用办公用房的企业,给予不超过3年、每年最高30万元的房租补贴。", [("企业", None, 300000, None)]),
        # Taiwan: 之 at a clause's start, a per-case ceiling
        ("申請補助之企業,每家每年最高補助新臺幣五十萬元。", [("企业", None, 500000, None)]),
        # negatives: a single promise of a level list with no 分别 keeps the levels of the names
        ("对获批国家级、省级重点实验室的,按规定给予支持。", []),
    ],
)
def test_recall7_levels_bodies_and_thresholds(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's 補助要點: whom the money is for, declared in an article before the amounts
        ("三、補助對象為設立登記於本市未滿五年之中小企業。\n四、補助項目如下:\n(一)研發補助:補助研發費用百分之五十,每案最高新臺幣二百萬元。",
         [("中小企业", None, 2000000, "0.5")]),
        ("三、本办法支持对象为在本市注册的科技型中小企业。\n四、研发设备补助:按设备购置额的20%给予补助,最高50万元。",
         [("科技型中小企业", None, 500000, "0.2")]),
        # a fraction of the rent, per month; the item's own 每家企业 names the recipient
        ("補助對象為本市之微型企業。租金補貼:補助辦公室租金二分之一,每月最高新臺幣二萬元。", [("微型企业", None, 20000, "0.5")]),
        ("(一)創業補助:每家企業補助新臺幣五十萬元為上限。", [("企业", None, 500000, None)]),
        # 颁发 is a verb of giving; 另 (besides) after a per-unit word
        ("獲選之優秀創業團隊,每隊另頒發獎金新臺幣十萬元。", [("优秀创业团队", None, 100000, None)]),
        # negatives: money taken back; no declared object and no recipient; a share of an award's total is no promise
        ("補助對象為本市之中小企業。受補助者違反規定者,得撤銷補助,並追回已撥付之補助款新臺幣五十萬元。", []),
        ("研發補助:補助研發費用百分之五十。", []),
        ("主要贡献人员获得奖励的份额不低于奖励总额的百分之七十。", []),
    ],
)
def test_recall7_taiwan_points_declared_objects(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # action plans: a fund drawn on for what others build; a budget's size is not what a recipient gets
        ("统筹省级相关专项资金,支持各地建设智能算力中心。", [("智能算力中心", None, None, None)]),
        ("省级财政每年安排专项资金10亿元,重点支持公共服务平台建设。", [("公共服务平台", None, None, None)]),
        ("对算力平台向中小企业提供算力服务的,按照服务合同金额的20%给予补贴,每家平台每年最高500万元。",
         [("算力平台", None, 5000000, "0.2")]),
        # negatives: a fund others are encouraged to set up, bank lending encouraged
        ("吸引社会资本设立人工智能产业子基金。", []),
    ],
)
def test_recall7_action_plans(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second promise of the same recipients on other terms (前三年…,后两年…)
        ("对新引进企业租用办公用房的,前三年按实际租金的100%给予补贴,后两年按50%给予补贴。",
         [("新引进企业", None, None, "1"), ("新引进企业", None, None, "0.5")]),
        # the items of a list under one lead-in (对…给予以下奖励:), each with its amount; the lead-in itself promises nothing
        ("对在境内外证券交易所上市的企业,给予以下奖励:\n(一)完成股份制改造的,给予100万元奖励;\n(二)成功上市的,给予300万元奖励。",
         [("企业", None, 1000000, None), ("企业", None, 3000000, None)]),
        # 分阶段, 三年内, 经认定后 open no recipient
        ("对在境内外主板成功上市的企业,分阶段给予累计最高800万元奖励。", [("企业", None, 8000000, None)]),
        ("对科技企业孵化器内的在孵企业,经认定后给予最高50万元的项目资助。", [("在孵企业", None, 500000, None)]),
        # the owner of a loan; grades sharing their head (A类、B类人才); 每个 is no part of the name
        ("对符合条件的技术改造项目贷款,按实际发生利息的50%给予贴息。", [("技术改造项目", None, None, "0.5")]),
        ("对新引进的A类、B类人才,分别给予200万元、100万元安家补贴。", [("A类人才", None, 2000000, None), ("B类人才", None, 1000000, None)]),
        ("市财政对每个示范项目补助50万元。", [("示范项目", None, 500000, None)]),
        # negatives: a list's lead-in with no amount; a lead-in to conditions stays a promise (有下列情形之一的…给予奖励)
        ("对在本区落户的总部企业,给予如下支持:", []),
        ("企业有下列情形之一的,区人民政府可以给予奖励:", [("企业", None, None, None)]),
    ],
)
def test_recall7_sequels_lead_ins_and_names(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceiling written as a share of the approved budget (…總經費之百分之四十九為上限), with or without an amount
        ("補助對象為本市之中小企業。補助金額以核定計畫總經費之百分之四十九為上限。", [("中小企业", None, None, "0.49")]),
        ("受補助之中小企業,補助金額以核定計畫總經費之百分之四十九為上限,且每案最高新臺幣三百萬元。",
         [("中小企业", None, 3000000, "0.49")]),
        # negative: a share of the applicant's own funds required is no money given
        ("申請人自籌款應占計畫總經費百分之五十以上。", []),
    ],
)
def test_recall7_ceilings_as_shares(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 支持 is money when a share sizes it or an amount of it follows
        ("对符合条件的项目,按照不超过项目新增投资的10%给予支持,单个项目支持金额最高不超过1亿元。", [("项目", None, 100000000, "0.1")]),
        ("对揭榜项目按研发投入的20%给予支持。", [("揭榜项目", None, None, "0.2")]),
        # negative: support with nothing to size it is no money
        ("对重大项目给予支持。", []),
    ],
)
def test_recall7_support_sized(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 補助對象以…為限 declares the object too; a ceiling's share after 不得超過
        ("二、本計畫補助對象以依公司法設立之中小企業為限。\n三、每一申請案補助金額最高新臺幣五十萬元,且不得超過計畫總經費百分之五十。",
         [("中小企业", None, 500000, "0.5")]),
        # per person hired, per person per month: no recipient in those clauses
        ("對於僱用本市居民之事業單位,每僱用一人,補助新臺幣一萬元。", [("事业单位", None, 10000, None)]),
        ("二、補助對象:設籍本市之青年。\n三、經審查核定者,每人每月補助新臺幣二萬元,補助期間最長一年。", [("青年", None, 20000, None)]),
    ],
)
def test_recall7_taiwan_objects_and_per_person(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money one may obtain or enjoy, written with no comma before 可 (最高可获得, 可享受)
        ("入选的创新团队最高可获得1000万元资助。", [("创新团队", None, 10000000, None)]),
        ("符合条件的小微企业可享受每年最高10万元的房租补贴。", [("小微企业", None, 100000, None)]),
        # 凡 (whoever) is no part of the name
        ("凡在本市注册的企业获得发明专利授权的,每件资助1万元。", [("在本市注册的企业", None, 10000, None)]),
        # negative: what one obtains that is no money
        ("入选企业可获得优先推荐资格。", []),
    ],
)
def test_recall7_money_one_may_obtain(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 分别 with a list of shares: one share per level, per amount or per line
        ("对获得国家级、省级科技奖励的项目,分别按奖金的100%、50%给予配套奖励。", [("项目", "国家级", None, "1"), ("项目", "省级", None, "0.5")]),
        ("对新认定的国家级、省级技术创新中心,分别按建设投入的30%、20%给予补助,最高分别不超过1000万元、500万元。",
         [("技术创新中心", "国家级", 10000000, "0.3"), ("技术创新中心", "省级", 5000000, "0.2")]),
        ("对研发投入强度达到3%、5%的企业,分别给予研发费用10%、15%的奖励。", [("企业", None, None, "0.1"), ("企业", None, None, "0.15")]),
        # negative/hard: without 分别 the first share sizes every line
        ("对国家级、省级技术创新中心按建设投入的30%给予补助。", [("技术创新中心", "国家级", None, "0.3"), ("技术创新中心", "省级", None, "0.3")]),
    ],
)
def test_recall7_shares_distributed(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fee cap, a loan's size and registered capital are no amount or share given
        ("融资担保费率不超过1%,对担保机构给予担保费补贴。", [("担保机构", None, None, None)]),
        ("对单笔贷款额度不超过1000万元的小微企业贷款,给予贷款利息50%的贴息。", [("小微企业", None, None, "0.5")]),
        ("对注册资本1亿元以上的新设企业,给予500万元落户奖励。", [("新设企业", None, 5000000, None)]),
        # negatives: a verb of giving inside a noun phrase (区级财政给予的奖励) names no recipient; fees and fines
        ("对区级财政给予的奖励,市财政按50%给予补助。", []),
        ("申請人應繳納審查費新臺幣三千元。", []),
        ("对违反规定的企业,处5万元以上10万元以下罚款,并取消其享受奖补资格。", []),
    ],
)
def test_recall7_not_given(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the size stated in the next sentence (奖励标准为…, 奖励金额为…) is the last promise's: one line, sized
        ("对新认定的省级重点实验室给予奖励。奖励标准为每家100万元。", [("重点实验室", "省级", 1000000, None)]),
        ("对首次进入全国百强的企业给予奖励。奖励金额为100万元。", [("企业", None, 1000000, None)]),
        # negative: a standard in another paragraph sizes nothing before it
        ("对首次进入全国百强的企业给予奖励。\n奖励金额为100万元。", [("企业", None, None, None)]),
    ],
)
def test_recall7_size_in_the_next_sentence(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item's title on its own line names whom its sentences pay
        ("(二)新型研发机构\n经认定的,给予最高500万元支持。", [("新型研发机构", None, 5000000, None)]),
        ("三、重点实验室\n新认定的国家级、省级,分别给予500万元、100万元奖励。",
         [("重点实验室", "国家级", 5000000, None), ("重点实验室", "省级", 1000000, None)]),
        # negative: a title that names no body (a purpose) pays no one
        ("(三)加快成果转化\n经认定的,给予最高50万元奖励。", []),
    ],
)
def test_recall7_item_titles(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part after a semicolon names only a condition: whom the 对 phrase before it named
        ("对参与制定国际标准的企业,每项给予最高100万元资助;参与制定国家标准、行业标准的,每项分别给予最高50万元、20万元资助。",
         [("企业", None, 1000000, None), ("企业", None, 500000, None), ("企业", None, 200000, None)]),
        # 其 in the 对 phrase: whom the sentence supports, owning what the money is paid on
        ("支持银行机构开展知识产权质押融资,对其发生的不良贷款损失,按照50%给予风险补偿。", [("银行机构", None, None, "0.5")]),
        # negative: 其 with no one supported before it
        ("对其发生的不良贷款损失,按照50%给予风险补偿。", []),
    ],
)
def test_recall7_semicolons_and_its(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thousands separator is no clause break (新臺幣1,000萬元); 职工 are persons paid
        ("對於獲選之新創團隊,提供每隊新臺幣1,000萬元之研發補助。", [("新创团队", None, 10000000, None)]),
        ("企业职工参加技能提升培训并取得证书的,按照每人1500元给予职业培训补贴。", [("企业职工", None, 1500, None)]),
        # negative: a comma between clauses still ends the verb's reach (加大对…的投入,并把…作为申请科技经费支持的条件)
        ("加大对基础研究的投入,并把研发投入作为申请科技经费支持的条件。", []),
    ],
)
def test_recall7_thousands_and_workers(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: amounts written with 万/萬 only; recipients that are clauses (a modal verb, a means, a payer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对认定的市级众创空间,给予20万奖励。", [("众创空间", "市级", 200000, None)]),
        ("对新获批的国家级重点实验室,给予最高1000万奖补。", [("重点实验室", "国家级", 10000000, None)]),
        ("对新认定的国家级、省级企业技术中心,分别给予100万、50万的奖励。",
         [("企业技术中心", "国家级", 1000000, None), ("企业技术中心", "省级", 500000, None)]),
        ("對新認定之瞪羚企業,補助新臺幣五十萬。", [("瞪羚企业", None, 500000, None)]),
        # negatives: 万 before what is counted or a threshold is no amount of money
        ("对吸纳就业超过1万人的企业,给予奖励。", [("企业", None, None, None)]),
        ("对年营业收入500万以上的企业,给予奖励。", [("企业", None, None, None)]),
    ],
)
def test_recall8_amounts_without_yuan(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal verb after a 对 phrase is no part of whom it names
        ("对年度考核优秀的科技企业孵化器可以给予奖励。", [("科技企业孵化器", None, None, None)]),
        ("对提供创业贷款业绩突出的经办银行、担保机构等,可以给予奖励。", [("经办银行", None, None, None), ("担保机构", None, None, None)]),
        # means joined by 、 before whom they support (鼓励、支持)
        ("可以通过资金补助、风险补偿等方式,鼓励、支持商业银行增加对科技型中小企业的信贷投入。", [("商业银行", None, None, None)]),
        # negatives: the body that pays its own staff, the form a reward takes, others' money
        ("高等院校可以按照下列标准对完成、转化该项科技成果做出重要贡献的人员给予奖励。", []),
        ("对做出重要贡献的人员,企业可以通过股权、期权和分红等形式给予奖励。", []),
        ("鼓励境外的组织和个人对职业教育提供资助。", []),
        ("市人民政府及其有关部门应当给予资金补贴。", []),
    ],
)
def test_recall8_clauses_are_no_recipients(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: Taiwan's caps written on their own point to the item that pays (第一項第一款, 前項第三款)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第 5 條\n本部辦理下列補助措施：\n一、補助中小企業導入數位化管理系統。\n二、補助新創事業辦理研發計畫。\n三、輔導中小企業參加國際展覽。\n"
         "第一項第一款補助金額之上限，每案為新臺幣一百萬元；第二款補助金額之上限，每案為新臺幣三百萬元。",
         [("中小企业", None, 1000000, None), ("新创事业", None, 3000000, None)]),
        ("第 7 條\n本會推動下列措施：\n一、補助民間團體辦理產業人才培訓。\n二、輔導業者建立品牌。\n前項第一款補助金額之上限，每案為新臺幣五百萬元。",
         [("民间团体", None, 5000000, None)]),
        # negatives: the item pointed to pays no one (輔導, guidance); a reference to an article of another law
        ("第 8 條\n本部推動下列措施：\n一、輔導中小企業建立品牌。\n前項第一款補助金額之上限，每案為新臺幣五十萬元。", []),
        ("第 9 條\n依產業創新條例第九條第一項第二款補助金額之上限，每案為新臺幣五十萬元。", []),
    ],
)
def test_recall8_taiwan_references_to_items(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: a cap per case written after the money word (補助,每案以…為上限); a level granted by passing (通过省级认定)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第五條 本要點補助對象為依法設立之中小企業。\n第六條 補助金額每案以新臺幣二百萬元為上限。", [("中小企业", None, 2000000, True, None, "补助")]),
        ("第五條 本要點補助對象為依法設立之中小企業。\n第六條 前條補助，每案以新臺幣二百萬元為上限。", [("中小企业", None, 2000000, True, None, "补助")]),
        ("對獲選之新創團隊給予補助，每案以新臺幣一百萬元為上限。", [("新创团队", None, 1000000, True, None, "补助")]),
        ("对通过省级认定的工业设计中心,一次性给予50万元奖补。", [("工业设计中心", "省级", 500000, False, None, "奖补")]),
        ("对通过国家级、省级验收的工程研究中心,分别给予100万元、50万元奖励。",
         [("工程研究中心", "国家级", 1000000, False, None, "奖励"), ("工程研究中心", "省级", 500000, False, None, "奖励")]),
        # negatives: a threshold of levels grants none; a cap on what a case may claim with no one declared
        ("对通过市级以上认定的企业技术中心,给予20万元奖励。", [("企业技术中心", None, 200000, False, None, "奖励")]),
        ("依前條規定核定之計畫,每案補助金額以新臺幣三百萬元為上限。", []),
    ],
)
def test_recall8_caps_per_case_and_levels_passed(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert brief(text, vocab7) == expected


# ---- recall8: whom a sentence encourages to serve others (鼓励X为Y提供…,…给予风险补偿: X); 对其; 核给


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鼓励金融机构为科技企业提供知识产权质押贷款,市财政按贷款额的1%给予风险补偿。", [("金融机构", None, None, "0.01")]),
        ("支持融资担保机构为中小企业提供担保,对其给予担保费补贴。", [("融资担保机构", None, None, None)]),
        ("對於符合資格之新創事業,核給補助款每家新臺幣五十萬元。", [("新创事业", None, 500000, None)]),
        # negatives: the one served is paid when no one is encouraged; 其 with no one supported before it
        ("为科技型中小企业提供贷款的银行,按贷款额的1%给予风险补偿。", [("银行", None, None, "0.01")]),
        ("鼓励行业协会为企业提供培训服务,对企业给予培训补贴。", [("企业", None, None, None)]),
        ("对其给予奖励。", []),
        ("对其建设和经营给予扶持。", []),
        ("对其中的非营利性培训机构还可以采取政府补贴、基金奖励等扶持措施。", []),
    ],
)
def test_recall8_encouraged_to_serve_others(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: what is done with a thing (创造、运用、保护) is no one funded: the thing is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对重大发明专利技术的创造和运用,县级以上人民政府应当给予政策和资金支持。", [("重大发明专利技术", None, None, None)]),
        # the body before the purpose is still funded
        ("对科技园区的建设和发展给予资金支持。", [("科技园区", None, None, None)]),
        ("对中小企业的创造和运用给予资金支持。", [("中小企业", None, None, None)]),
    ],
)
def test_recall8_uses_are_no_recipients(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: a fund's purpose: the capital it draws in and the growth it seeks are no part of whom it supports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("设立产业发展基金,用于引导和带动社会资本支持战略性新兴产业企业。", [("战略性新兴产业企业", None, None, None)]),
        ("统筹利用现有政策资金,支持民营企业健康发展。", [("民营企业", None, None, None)]),
        # negative: capital drawn in, with no one it supports, is no promise
        ("设立天使投资基金,用于引导社会资本。", []),
    ],
)
def test_recall8_fund_purposes(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: funds that invest in (投向) whom they support; 等 inside a list's shared head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("设立总规模100亿元的产业投资基金,重点投向集成电路、生物医药等领域企业。",
         [("集成电路领域企业", None, None, None), ("生物医药领域企业", None, None, None)]),
        ("设立产业基金,重点投向新一代信息技术产业。", [("新一代信息技术产业", None, None, None)]),
        # negative: investment flowing with no fund of the government's
        ("引导社会资本投向科技型企业。", []),
    ],
)
def test_recall8_funds_invest_in(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: Taiwan's loan help (提供X…之貸款協助); a government's level is not its recipients'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本部得提供中小企業營運所需之貸款協助。", [("中小企业", None, None, None)]),
        ("得提供中小企業於低碳化與智慧化轉型、基礎設施優化之貸款協助。", [("中小企业", None, None, None)]),
        ("县级以上人民政府应当完善科技型中小企业扶持政策,在项目审批、资金安排等方面予以优先支持。", [("科技型中小企业", None, None, None)]),
        # negatives: help with no one named; a loan the enterprise takes is no money given
        ("本部應提供貸款協助。", []),
        ("中小企業得向金融機構申請貸款。", []),
    ],
)
def test_recall8_loan_help_and_payer_levels(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: money that goes to some first or only (以補助X為優先, 補助對象以X為限)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("前項補助計畫以補助中小企業為優先，補助比率不得超過申請補助案總經費之百分之五十。", [("中小企业", None, None, "0.5")]),
        ("獎勵以獲選之新創團隊為限，每隊新臺幣五十萬元。", [("新创团队", None, 500000, None)]),
        # negatives: how often or how many, not whom
        ("本計畫之補助以一次為限。", []),
        ("每一企業申請補助以一案為限。", []),
    ],
)
def test_recall8_money_first_or_only_for(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: 为 a list of bodies doing business, however long, then 提供 the money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("为商业银行、担保机构和小额贷款机构开展针对示范区内企业的知识产权质押、信用贷款、贸易融资等提供风险补偿。",
         [("商业银行", None, None, None), ("担保机构", None, None, None), ("小额贷款机构", None, None, None)]),
        ("为金融机构开展信用贷款、信用保险、股权质押、知识产权质押、风险投资等业务提供风险补偿。", [("金融机构", None, None, None)]),
        # negative: 为 naming whom a service is for, the provider's condition (为X提供担保的)
        ("为科技型中小企业提供担保的融资担保机构,给予风险补偿。", [("融资担保机构", None, None, None)]),
    ],
)
def test_recall8_for_a_list_of_bodies(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall8: 加大对X的支持力度 before the aspect promised (在资金等方面予以倾斜); 对X的奖励力度


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各地要加大对中试基地建设的支持力度,在用地、资金等方面予以倾斜。", [("中试基地", None, None, None)]),
        ("完善科技奖励制度,加大对青年科技人才的奖励力度。", [("青年科技人才", None, None, None)]),
        # negatives: a budget share (经费向X倾斜) and an honour system name no money given
        ("完善科技奖励制度。", []),
        ("落实高新技术企业税收优惠政策。", []),
    ],
)
def test_recall8_stronger_support(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: a clause between whom and the verb that names who pays (由所在单位, 本府得), an adverb (另行) or
# another deed joined by 并 (提供人才公寓并): not part of the recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对取得重大成果的科技人员,由所在单位给予奖励。", [("科技人员", None, None, None)]),
        ("对首次获得省级科技进步奖一等奖的企业,另行给予奖励。", [("企业", None, None, None)]),
        ("对首次获评国家级专精特新“小巨人”的企业，另给予50万元奖励。", [("企业", "国家级", 500000, None)]),
        ("對於符合資格之新創事業，本府得補助其研發費用，補助金額以新臺幣一百萬元為上限。", [("新创事业", None, 1000000, None)]),
        ("对引进的高层次人才，提供人才公寓并给予安家补贴。", [("高层次人才", None, None, None)]),
        ("对经济困难的学生，学校应当减免学费并给予生活补助。", [("学生", None, None, None)]),
        ("对认定的市级技术创新示范企业，由市财政一次性给予30万元奖励。", [("技术创新示范企业", "市级", 300000, None)]),
        ("对入选省级制造业单项冠军的企业，由省财政给予一次性奖励100万元。", [("企业", None, 1000000, None)]),
        ("对科技成果的主要完成人，区分不同情况给予现金奖励。", [("主要完成人", None, None, None)]),
        # negative: 由 right before the verb names who carries it out (由实施奖励的部门), in a penalty clause
        ("单位和个人骗取专利奖励、资助的，由实施奖励、资助的部门追回。", []),
    ],
)
def test_recall9_payer_adverb_or_deed_before_the_verb(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: money one enjoys by rule, with no comma and no 可以 (…企业应当享受…补贴, …按规定享受…补助)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("余热回收供热企业应当享受当地政府供热补贴。", [("余热回收供热企业", None, None, None)]),
        ("符合条件的科技型中小企业按规定享受研发费用补助。", [("科技型中小企业", None, None, None)]),
        # negatives: tax relief and policies to enjoy are no money given
        ("企业开展研究开发活动发生的费用,按照国家有关规定享受税前加计扣除。", []),
        ("新型研发机构按规定享受本市各项扶持政策。", []),
    ],
)
def test_recall9_money_enjoyed_by_rule(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: those picked, counted, then a sum for each (每年遴选10家左右标杆企业,每家给予…)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每年遴选10家左右标杆企业,每家给予200万元资金支持。", [("标杆企业", None, 2000000, None)]),
        ("每年评选20个优秀创新团队，每个团队给予50万元资助。", [("优秀创新团队", None, 500000, None)]),
        # negative: picked, then no money
        ("每年遴选10家左右标杆企业,开展示范推广。", []),
    ],
)
def test_recall9_counted_picks_then_each(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: a condition opening with the rule followed (对按照国家规定申报的X); items listed (对列入X的);
# money named as what is arranged (在资金安排上给予倾斜); stable support (给予稳定支持) is money for research


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对按照国家规定申报和承担的重大科技项目，管委会按照规定比例予以配套资金支持。", [("重大科技项目", None, None, None)]),
        ("对企业按研发投入的10%给予补助。", [("企业", None, None, "0.1")]),
        ("对列入省重点建设项目的，省人民政府在资金安排上给予倾斜。", [("省重点建设项目", None, None, None)]),
        ("对纳入市级重大产业项目库的项目，在资金安排上予以优先支持。", [("项目", None, None, None)]),
        ("国家对从事基础研究的科研机构给予稳定支持。", [("科研机构", None, None, None)]),
        ("对创新能力突出的科技创新人才给予持续稳定支持。", [("科技创新人才", None, None, None)]),
        # negatives: money denied; an arrangement with no one named; a mechanism
        ("对列入失信名单的企业，不予资金支持。", []),
        ("在资金安排上要统筹兼顾。", []),
        ("建立对基础研究的稳定支持机制。", []),
    ],
)
def test_recall9_rules_lists_arrangements_and_stable_support(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: a department that pays (…部门通过创新券等方式给予) and a step before it (经验收合格后) name no recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("科技型中小企业、创业团队通过共享平台使用大型科研仪器的，市科技部门通过创新券等方式给予资金支持。",
         [("科技型中小企业", None, None, None), ("创业团队", None, None, None)]),
        ("入选省级首版次软件目录的产品，经验收合格后，由省财政给予一次性奖励。", [("产品", None, None, None)]),
        ("对新建的中试基地，经绩效评价合格后，市科技部门给予最高200万元补助。", [("中试基地", None, 2000000, None)]),
        # negative: a step and a manner, no one named
        ("经专家评审后，择优给予支持。", []),
    ],
)
def test_recall9_paying_departments_and_steps(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: tiers written as conditions only, right after a promise that named its recipients
# (…的企业,奖励50万元;首次超过1亿元的,奖励100万元): the same recipients, each tier its amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年营业收入首次超过5000万元的企业，奖励50万元；首次超过1亿元的，奖励100万元。",
         [("企业", None, 500000, None), ("企业", None, 1000000, None)]),
        ("对获得省科学技术奖一等奖的项目，奖励50万元；获得二等奖的，奖励20万元；获得三等奖的，奖励10万元。",
         [("项目", None, 500000, None), ("项目", None, 200000, None), ("项目", None, 100000, None)]),
        ("对主导制定国际标准的企业，每项奖励50万元；主导制定国家标准的，每项奖励20万元。",
         [("企业", None, 500000, None), ("企业", None, 200000, None)]),
        # negatives: a rule with no money after the tier; a tier in another paragraph is not read as the same
        ("对新认定的高新技术企业，给予20万元奖励。\n通过复审的，按照有关规定执行。", [("高新技术企业", None, 200000, None)]),
        ("对新认定的高新技术企业，给予20万元奖励。\n获得省级以上荣誉的，给予10万元奖励。", [("高新技术企业", None, 200000, None)]),
    ],
)
def test_recall9_tiers_after_a_named_promise(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: funds that pay through a channel (通过现有资金渠道对X给予支持), local governments that may pay
# (各地可结合实际对X给予补助), money among the inputs secured (给予用地、资金等要素保障)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中央财政通过现有资金渠道对符合条件的示范项目给予支持。", [("示范项目", None, None, None)]),
        ("省财政通过专项资金渠道对列入计划的重点项目给予重点支持。", [("重点项目", None, None, None)]),
        ("各地可结合实际对农业科技社会化服务组织给予适当补助。", [("农业科技社会化服务组织", None, None, None)]),
        ("对重大项目给予用地、资金等要素保障。", [("重大项目", None, None, None)]),
        # negatives: a channel widened, inputs secured for no one, a plan refined
        ("拓宽资金渠道，对接社会资本。", []),
        ("强化用地、资金等要素保障。", []),
        ("各地可结合实际对本方案进行细化。", []),
    ],
)
def test_recall9_channels_local_payers_and_inputs(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: Taiwan's money word as the verb, then whom it pays (得補助X辦理…, 酌予補助X業者); 得予補助 after 對於X


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主管機關得補助中小企業辦理數位轉型。", [("中小企业", None, None, None)]),
        ("本府得視年度預算編列情形，酌予補助文化創意產業業者。", [("文化创意产业业者", None, None, None)]),
        ("直轄市及縣（市）政府對於農民團體辦理農業推廣業務，得予補助。", [("农民团体", None, None, None)]),
        # a grant to a lower government that carries out a plan: the government (fund13; 0235's gold reads 直轄市、縣(市)政府)
        ("中央主管機關得補助地方政府辦理科技推廣業務。", [("地方政府", None, None, None)]),
        # negatives: 得予 with no money word, 其 with no one named
        ("主管機關得予以警告並限期改正。", []),
        ("本部得補助其研發費用。", []),
    ],
)
def test_recall9_taiwan_money_verbs_and_their_objects(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: a policy for X, then the aspects with money supported (制定X的支持政策,在…资金安排等方面予以倾斜): X


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各级人民政府应当制定新型研发机构的支持政策，在项目立项、资金安排等方面予以倾斜。", [("新型研发机构", None, None, None)]),
        ("县级以上人民政府应当完善中小企业扶持政策，在资金、用地等方面给予支持。", [("中小企业", None, None, None)]),
        # negatives: aspects with no money; a policy with no support promised
        ("完善人才激励政策，在住房、子女入学等方面给予支持。", []),
        ("落实高新技术企业扶持政策，加强服务保障。", []),
    ],
)
def test_recall9_a_policy_for_whom_then_money_aspects(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: whom 给予 names before 一次性 and the money word (给予新认定的X一次性奖励…); what was won before one applies (入选X的,可申请…)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("给予新认定的高新技术企业一次性奖励20万元。", [("高新技术企业", None, 200000, None)]),
        ("给予企业一次性补贴。", [("企业", None, None, None)]),
        ("入选领军人才的，可申请不超过200万元的项目资助。", [("领军人才", None, 2000000, None)]),
        ("获评省级技术创新示范企业的，可申请最高30万元奖励。", [("技术创新示范企业", "省级", 300000, None)]),
        # negative: no one named
        ("给予一次性奖励。", []),
    ],
)
def test_recall9_given_once_and_won_before_applying(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall9: 国家 alone as the payer clause (,国家给予); bodies brought into a fund's or subsidy's reach (将X纳入…资金支持范围)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对从事农业技术推广的基层人员，国家给予岗位补贴。", [("基层人员", None, None, None)]),
        ("对利用财政性资金设立的研究开发机构，国家在经费、实验手段等方面给予支持。", [("研究开发机构", None, None, None)]),
        ("将符合条件的众创空间纳入科技企业孵化器扶持资金支持范围。", [("众创空间", None, None, None)]),
        # negatives: an honour's reach and an assessment's are no money
        ("将创新成果纳入科学技术奖励范围。", []),
        ("将科技创新纳入考核范围。", []),
    ],
)
def test_recall9_the_state_pays_and_reach_of_a_fund(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: the aspects named first, then 支持(建立) and whom after the verb (在资金、人才等方面支持建立X、Y等平台);
# the kind after a list's 等 is no recipient of its own; the purpose's tail and the modifiers before 的 are left out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区人民政府应当在资金、场地等方面支持建立众创空间、科技企业孵化器等创新创业平台。",
         [("众创空间", None, None, None), ("科技企业孵化器", None, None, None)]),
        ("县级以上人民政府应当在资金、人才等方面支持建设新型研发机构和重点实验室。",
         [("新型研发机构", None, None, None), ("重点实验室", None, None, None)]),
        ("市人民政府应当在资金、人才、场所等方面支持建立产业创新服务综合体、工程（技术）研究中心、众创空间等服务平台。",
         [("产业创新服务综合体", None, None, None), ("工程(技术)研究中心", None, None, None), ("众创空间", None, None, None)]),
        ("县级以上人民政府应当在规划、财政等方面支持创办多种类型、多种所有制的科技企业孵化器、大学科技园。",
         [("科技企业孵化器", None, None, None), ("大学科技园", None, None, None)]),
        ("在政策实施、资金保障等方面支持科创园的建设和发展。", [("科创园", None, None, None)]),
        # negatives: no money among the aspects; money not given (资金结算)
        ("在人才、场所等方面支持建立众创空间。", []),
        ("在资金结算等方面支持企业开展业务。", []),
        ("在资金、技术等方面给予扶持。", []),
    ],
)
def test_recall10_aspects_then_whom(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: a list of persons or bodies, then 等 and the kind they are of (领军人才、创业领军人才等高层次人才):
# the items; 列入/纳入 with levels: a level for each; a fund's purposes listed, the last with a 的 of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对新引进的领军人才、创业领军人才等高层次人才，给予资金支持。",
         [("领军人才", None, None, None), ("创业领军人才", None, None, None)]),
        ("列入国家级、省级、市级重点新产品计划的产品，经鉴定投产后，由财政给予奖励。",
         [("产品", "国家级", None, None), ("产品", "省级", None, None), ("产品", "市级", None, None)]),
        ("对纳入国家级、省级专精特新企业名单的企业，给予奖励。", [("企业", "国家级", None, None), ("企业", "省级", None, None)]),
        ("本市设立专利专项资金，用于资助专利运用、专利保护以及与专利相关的知识产权管理。",
         [("专利运用", None, None, None), ("专利保护", None, None, None), ("专利相关的知识产权管理", None, None, None)]),
        ("本市设立共享服务补贴专项资金，用于促进大型科学仪器设施的共享使用。", [("大型科学仪器设施", None, None, None)]),
        ("本市设立科普专项资金，用于促进科普场馆的免费开放。", [("科普场馆", None, None, None)]),
        # hard: fields before 等 are no list of recipients (the shared head stays); one level only: none spread
        ("对新认定的人工智能、生物医药等领域企业，给予资金支持。",
         [("人工智能领域企业", None, None, None), ("生物医药领域企业", None, None, None)]),
        ("对列入省级重点研发计划的项目，给予配套资金支持。", [("项目", None, None, None)]),
        # negative: others' money guided, no recipient
        ("通过贴息、资本金注入等方式，引导社会资金投向科技创新。", []),
        ("通过贴息、担保等方式，引导社会资本投向战略性新兴产业。", []),
    ],
)
def test_recall10_kinds_levels_and_purposes(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: money one may enjoy or apply for, written after a list of short names (A以及B,可以享受贷款贴息)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高新技术产业化项目和重大科技成果转化项目可以优先获得产业技术研发资金支持。",
         [("高新技术产业化项目", None, None, None), ("重大科技成果转化项目", None, None, None)]),
        ("科技型中小企业和专精特新企业，可以申请研发补助。", [("科技型中小企业", None, None, None), ("专精特新企业", None, None, None)]),
        # negatives: a place in the list (到城乡基层…就业), not a name; policies to enjoy are no money
        ("符合条件的高校毕业生到城乡基层、中小微企业、社会组织就业，按照国家有关规定享受社会保险补贴。", []),
        ("新型研发机构按规定享受本市各项扶持政策。", []),
    ],
)
def test_recall10_enjoyed_after_a_list(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: a fund that 鼓励和支持 its recipients; where they work (在…开展) is not whom; others' money guided
# in clauses between the fund and whom it supports (…基金,引导社会资本进入…,扶持X)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本市设立应用基础研究专项资金，鼓励和支持科研机构与高等学校在本市规划的重点产业领域开展科学研究。",
         [("科研机构", None, None, None), ("高等学校", None, None, None)]),
        ("省设立科技成果转化引导资金，鼓励和支持企业开展成果转化。", [("企业", None, None, None)]),
        ("市人民政府应当设立创业投资引导基金，引导社会资金对科技创业企业进行投资，引导社会资本进入科技风险投资领域，扶持高新技术产业项目。",
         [("高新技术产业项目", None, None, None)]),
        # negatives: a fund that only encourages or guides others' money names no one it pays
        ("本市设立专项资金，鼓励社会资本参与。", []),
        ("市人民政府应当设立创业投资引导基金，引导社会资本投向科技领域，促进产业发展。", []),
    ],
)
def test_recall10_fund_encourages_and_supports(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: the person who sets something up somewhere (高等学校毕业生|在本市创办企业的,可以享受…), not what
# they set up; a loss of theirs (对发生的贷款损失): whom the sentence encourages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("高等学校毕业生在本市创办企业的，可以享受创业补贴和社会保险补贴。", [("高等学校毕业生", None, None, None)]),
        ("留学人员在本市创办科技型企业的，可以申请创业资助。", [("留学人员", None, None, None)]),
        ("鼓励金融机构开展知识产权质押贷款，对发生的贷款损失，市财政给予风险补偿。", [("金融机构", None, None, None)]),
        # hard: a body (not a person) before 在 sets up the one funded
        ("企业在本市设立研发中心的，可以申请研发补助。", [("研发中心", None, None, None)]),
        # negative: costs with no one named
        ("对发生的费用，给予补助。", []),
    ],
)
def test_recall10_who_sets_up_and_whose_loss(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: 省部级 is no level of the schema (国家级/省级/市级): it stays in the name, level none; among listed
# levels it is a line of its own with no level; one level before a list is not a later item's when that item is the
# first one's kind with a qualifier of its own in the level's place (省级领军人才、科技创业领军人才)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对新引进和培养的省部级领军人才、科技创业领军人才（团队）等高层次人才（团队），依照相关规定给予项目、资金等支持。",
         [("省部级领军人才", None, None, None), ("科技创业领军人才(团队)", None, None, None)]),
        ("对获得国家级、省部级科技奖励的项目，分别给予50万元、20万元奖励。",
         [("项目", "国家级", 500000, None), ("项目", None, 200000, None)]),
        # hard: a level written; the next item is of the first one's kind with a qualifier of its own
        ("对新引进的省级领军人才、科技创业领军人才等高层次人才，给予资金支持。",
         [("领军人才", "省级", None, None), ("科技创业领军人才", None, None, None)]),
        # negatives: the level is shared by items of other kinds, and by every item under listed levels
        ("对新引进的市级领军人才和创新团队，给予资金支持。", [("领军人才", "市级", None, None), ("创新团队", "市级", None, None)]),
        ("对新认定的国家级、省级领军人才和创业领军人才，给予资金支持。",
         [("领军人才", "国家级", None, None), ("领军人才", "省级", None, None), ("创业领军人才", "国家级", None, None), ("创业领军人才", "省级", None, None)]),
    ],
)
def test_recall10_a_rank_is_no_level_and_one_level_not_spread(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: money one may enjoy after short names and a last item with a clause of its own, opened by a
# preposition (A以及为大企业配套的B, A以及与之配套的B): A and B, not B alone; 与之 is no separator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("技术创新项目以及与之配套的技术改造项目，可以享受贷款贴息。",
         [("技术创新项目", None, None, None), ("与之配套的技术改造项目", None, None, None)]),
        ("中小企业技术创新项目以及为大企业产品配套的技术改造项目，可以享受贷款贴息政策。",
         [("中小企业技术创新项目", None, None, None), ("为大企业产品配套的技术改造项目", None, None, None)]),
        # hard: more names before the modified item
        ("科技型中小企业、高新技术企业以及为龙头企业配套的零部件企业，可以申请研发补助。",
         [("科技型中小企业", None, None, None), ("高新技术企业", None, None, None), ("为龙头企业配套的零部件企业", None, None, None)]),
        # negatives: 的 after an owner of all items, or after the doers: the thing after 的 alone
        ("本市企业和个人的研发项目，可以申请资金支持。", [("研发项目", None, None, None)]),
        ("人才和团队创办的企业，可以享受创业补贴。", [("企业", None, None, None)]),
    ],
)
def test_recall10_names_then_one_modified(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: 鼓励X(与Y联合)建设A和B,并在…资金等方面给予支持: the support is for A and B (what is built), not X; only
# when the support clause follows the building clause itself, and building is not one deed of a list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鼓励企业与高等学校联合建设重点实验室和中试基地，并在资金、人才等方面给予支持。",
         [("重点实验室", None, None, None), ("中试基地", None, None, None)]),
        ("区人民政府应当鼓励企业与科研机构联合建设海洋产业示范园区，并在规划、资金等方面给予支持。",
         [("海洋产业示范园区", None, None, None)]),
        # hard: a list of builders before the verb
        ("鼓励企业、高等学校和科研机构联合建设重点实验室和中试基地，并在资金等方面给予支持。",
         [("重点实验室", None, None, None), ("中试基地", None, None, None)]),
        # with 并 and the rule the money follows, any money word (…建立X,并根据…给予补贴)
        ("支持科研机构和高等学校建立科技创新服务平台，并根据提供服务的质量和数量给予补贴。", [("科技创新服务平台", None, None, None)]),
        ("支持企业建立研发中心，并给予补贴。", [("研发中心", None, None, None)]),
        # negatives: building is one deed of a list; nothing is built; 建设和发展 of what is named before (its levels)
        ("鼓励人才自主选择科研方向、组建科研团队，在项目立项、科研经费等方面给予支持。", [("人才", None, None, None)]),  # (fund12b: those encouraged)
        ("鼓励企业加大研发投入，并在资金等方面给予支持。", []),
        ("支持企业建立研发中心，并给予其补贴。", [("企业", None, None, None)]),  # 其: the builders
        ("鼓励国家级、省级高新技术产业开发区建设和发展，并给予引导和扶持。",
         [("高新技术产业开发区", "国家级", None, None), ("高新技术产业开发区", "省级", None, None)]),
    ],
)
def test_recall10_built_then_supported(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: a public fund that invests by taking a stake: whom it takes a stake in (…基金,通过参股X…), or whom
# it supports by stakes (…基金通过参股等方式支持X); not others' funds nor stakes others take


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本市设立创业投资引导基金，通过参股创业投资企业、为创业投资企业提供融资担保等方式，引导社会资金投向科技创业投资领域。",
         [("创业投资企业", None, None, None)]),
        ("市政府引导基金通过参股等方式支持天使投资机构。", [("天使投资机构", None, None, None)]),
        # hard: a modal and a stake by stages before the body
        ("市人民政府设立的创业投资引导基金，应当采取阶段参股天使投资机构等方式扶持创新。", [("天使投资机构", None, None, None)]),
        # negatives: a fund others are encouraged to set up; a stake others are guided to take; a stake as a time
        ("鼓励社会资本设立创业投资基金，通过参股创业企业等方式支持科技创新。", []),
        ("省人民政府设立的科技成果转化引导基金，应当引导社会资本参与发起设立或者参股科技成果转化子基金。", []),
        ("地方政府产业投资基金在参股创新创业团队所办企业时，约定回购股权。", []),
    ],
)
def test_recall10_a_fund_takes_a_stake(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10: a fund's purpose listing items each with a modifier and 的 of its own (需要的X和有前景的Y): X and Y


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人民政府应当设立创业投资引导资金，扶持适应经济社会发展需要的初创科技企业和有前景的高新技术产业项目。",
         [("初创科技企业", None, None, None), ("高新技术产业项目", None, None, None)]),
        # hard: three items, 、 and 和
        ("本市设立科技专项资金，重点支持承担国家任务的科研机构、新认定的孵化器和有发展潜力的初创企业。",
         [("科研机构", None, None, None), ("孵化器", None, None, None), ("初创企业", None, None, None)]),
        # negatives: one 的 for the one item; a 的 for the list that follows it (read as before)
        ("本市设立科技专项资金，重点支持本市企业的技术创新项目。", [("技术创新项目", None, None, None)]),
        ("本市设立创业投资引导资金，扶持有前景的高新技术产业项目和初创企业。",
         [("高新技术产业项目", None, None, None), ("初创企业", None, None, None)]),
    ],
)
def test_recall10_fund_items_each_modified(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10b: the share a case may get under a rate heading (補助比率,不得超過…總經費之百分之五十), for the recipients
# the measure declares by qualification (補助對象,應符合下列資格條件:一、…之獨資、合夥、有限合夥事業、公司: the list's last kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本辦法之補助對象，應符合下列資格條件：\n一、國內依法登記成立之獨資、合夥、有限合夥事業、公司。\n二、非屬銀行拒絕往來戶。\n"
         "第 6 條\n補助計畫之補助比率，不得超過申請補助計畫全案總經費之百分之五十。", [("公司", None, None, "0.5")]),
        ("补助对象应当符合下列条件：\n一、在本市注册的企业。\n第五条 补助比例最高不超过项目总投资的30%。", [("企业", None, None, "0.3")]),
        ("本要點補助對象為設立於本市之中小企業。\n補助比例不超過計畫總經費之百分之四十。", [("中小企业", None, None, "0.4")]),
        # hard: the rate in a list under its heading, no recipient declared anywhere: nothing to name
        ("補助案件之補助比率，限制如下：\n一、第四條第一項第一款：不得超過申請補助計畫全案總經費之百分之五十。", []),
        # negatives: a limit with no rate heading; a qualification list of persons with no kind named
        ("第三条 申请单位应符合下列条件：\n一、依法登记的企业。\n第四条 补助资金不得超过项目总经费的百分之五十。", []),
        ("企业研发投入不得超过营业收入的百分之五十。", []),
        ("補助對象，應符合下列資格條件：\n一、中華民國國民。\n補助比率不得超過開班費用之百分之五十。", []),
        # hard: a later qualification names persons only: the kind declared before it
        ("第 5 條\n補助對象，應符合下列資格條件：\n一、國內依法登記成立之獨資、合夥事業或公司。\n第 6 條\n培訓補助之補助對象，應符合下列資格條件之一：\n一、中華民國國民。\n"
         "第 7 條\n補助比率，不得超過申請補助計畫總經費之百分之四十。", [("公司", None, None, "0.4")]),
    ],
)
def test_recall10b_capped_rate_for_the_declared_recipient(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10c: a reward a unit owes its own staff (单位…对完成、转化科技成果做出重要贡献的人员给予奖励) is a duty
# the law sets, not money the document promises: no line, and the unit that pays (read before the 对 phrase) is no
# recipient; a statutory share stays (an ambiguous line); a government's reward to units and persons stays.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第二十条 政府设立的研究开发机构、高等学校可以按照下列标准对完成、转化该项科技成果做出重要贡献的人员给予奖励：", []),
        ("单位转让专利的，应当根据该专利取得的经济效益，对发明人、设计人和对转化专利做出重要贡献的人员给予合理的奖励。", []),
        ("科研院所应当对为成果转化作出重要贡献的人员，按照国家有关规定给予奖励。", []),
        # hard: a share the law sets stays (ambiguous in gold), the persons its recipients
        ("应当从技术转让的净收入中提取不低于百分之五十的比例，对完成、转化科技成果做出重要贡献的人员给予奖励。",
         [("人员", None, None, "0.5")]),
        # negatives: the government rewards units and persons for their contribution; a government's reward to platforms
        ("对在科技成果转化工作中做出重要贡献的单位和个人，市人民政府给予奖励。", [("单位和个人", None, None, None)]),
        ("对新认定的国家级重点实验室，市财政给予100万元奖励。", [("重点实验室", "国家级", 1000000, None)]),
    ],
)
def test_recall10c_a_reward_owed_to_own_staff(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10c: money for work named only as work (用于专利的创造、运用、保护、管理和服务工作; 加大对专利工作的财政支持力度)
# is a government's budget for its own tasks, not a promise to anyone; work done by bodies or persons named keeps them.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县级以上人民政府应当安排必要的经费，用于促进专利创造与运用、保护、服务与管理工作。", []),
        ("市人民政府应当设立专利专项资金，加大对专利工作的财政支持力度。", []),
        ("区人民政府应当安排经费支持科普工作。", []),
        # hard: the work is done by a kind of enterprise named in the purpose
        ("市人民政府设立专项资金，用于支持高新技术企业开展技术创新工作。", [("高新技术企业", None, None, None)]),
        # negatives: a fund's purpose that names bodies; a 对 phrase that names persons
        ("设立专利专项资金，用于资助本市的单位和个人申请国内外专利。", [("单位", None, None, None), ("个人", None, None, None)]),
        ("对在科普工作中做出突出贡献的单位和个人给予奖励。", [("单位和个人", None, None, None)]),
    ],
)
def test_recall10c_budget_for_own_work(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10c: money toward what a body spends (对双创企业开拓市场的费用给予奖励): the body that opens the phrase,
# not the cost; no body named before the cost: nothing new.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对双创企业开拓市场的费用给予一定奖励。", [("双创企业", None, None, None)]),
        ("对科技型中小企业申请和维持发明专利的费用给予资助。", [("科技型中小企业", None, None, None)]),
        # hard: the cost is shared by a rate; the body still opens the phrase
        ("对高新技术企业参加境外展会的费用，按照50%给予补贴。", [("高新技术企业", None, None, "0.5")]),
        # negatives: the recipient named as a body, the cost after the verb; a body's cost with no body named
        ("对企业专利权质押保险保费按照规定给予补贴。", [("企业", None, None, None)]),
        ("对开拓市场的费用给予一定奖励。", []),
    ],
)
def test_recall10c_money_toward_a_body_cost(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10c: a government named right before its modal or its act of paying (…人民政府及其有关部门应当给予资金补贴;
# …人民政府及其有关部门安排财政性资金支持) is the payer, not a recipient; a government paid by another stays.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第三十三条 设区的市、县（市、区）人民政府及其有关部门应当给予资金补贴。", []),
        ("第四十九条 省和设区的市人民政府及其有关部门安排财政性资金支持。", []),
        # hard: the recipient in the 对 phrase, the government after it pays
        ("对新认定的众创空间，区人民政府应当给予资金支持。", [("众创空间", None, None, None)]),
        # negatives: a government as the recipient of another's money (no act of its own after its name)
        ("对县(市)政府，按照工厂改善计划给予补助。", [("县(市)政府", None, None, None)]),
        ("对考核优秀的区人民政府给予奖励。", [("区人民政府", None, None, None)]),
    ],
)
def test_recall10c_a_government_before_its_act_pays(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10d: money means after a 对 phrase (对X,通过政府采购、研究开发资助…等方式予以支持): X, when a money word is
# among the means (kg/extract/priorities.py); means with no money word (政府采购、示范推广) promise no money.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对认定的重大技术攻关项目，区人民政府通过首购订购、研发资助、示范应用等方式予以支持。", [("重大技术攻关项目", None, None, None)]),
        ("对下列新型研发机构，市科技部门通过后补助、贷款贴息等方式给予支持：", [("新型研发机构", None, None, None)]),
        # hard: a short clause between the 对 phrase and the means; what the recipient makes is no recipient
        ("县级人民政府对下列示范工程项目及其成果，应当分类施策，采用资金补助、技术指导等方式予以支持。", [("示范工程项目", None, None, None)]),
        ("并对其中的示范项目和产业化项目，采取直接投资或者贷款贴息等方式予以扶持。", [("示范项目", None, None, None), ("产业化项目", None, None, None)]),
        # negatives: no money word among the means; the phrase names an activity, not a body or project
        ("对认定的重大技术攻关项目，区人民政府通过首购订购、示范应用等方式予以支持。", []),
        ("对科技成果的推广应用，通过研发资助、示范应用等方式予以支持。", []),
    ],
)
def test_recall10d_money_means_after_a_for_phrase(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---- recall10d: a fund named, a comma, then whom it supports first (…等其他专项资金,应当优先支持X; 调整…专项资金的使用方向,
# 重点支持X): X when a body or project ends it; a fund guiding others' money, or funding an activity, promises no one.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("用于产业发展的各类专项资金，应当优先支持符合条件的小微企业。", [("小微企业", None, None, None)]),
        ("市政府设立的天使投资资金和天使投资机构，应当优先支持高校科技成果转化项目。", [("高校科技成果转化项目", None, None, None)]),
        # hard: what the recipient needs after its 的; a list whose last item alone names a project
        ("区财政安排的引导资金和投资机构，应当优先支持青年创业项目的融资需求。", [("青年创业项目", None, None, None)]),
        ("调整工业转型专项资金的使用方向，重点支持和鼓励数字经济的平台建设、场景开放和示范应用项目。", [("示范应用项目", None, None, None)]),
        # a field a fund supports first is a line with the field as recipient (the ninth and tenth draws' blind gold; fund17b)
        ("用于支持企业生产的各项专项资金，应当重点支持节能降耗。", [("节能降耗", None, None, None)]),
        # negative: a priority named as a condition of the money, no one supported
        ("财政资金支持的技改项目，应当把拥有自主品牌作为优先支持的条件。", []),
    ],
)
def test_recall10d_a_fund_supports_some_first(text: str, expected: list[tuple], vocab7: vocabulary.Vocab) -> None:
    assert lines7(text, vocab7) == expected


# ---------------------------------------------------------------- recall11: an item's number before the promise


NUMBERED_PROMISES = [
    "对认定为国家级、省级科技企业孵化器的,分别给予100万元、50万元奖励。",
    "对技术先进型服务企业给予50万元奖励。",
    "企业研发投入达到500万元以上的,按其研发投入的5%给予奖补,单个企业最高奖补100万元。",
    "对本市企业购买本市高校院所科技成果的,按技术合同成交额的20%给予补助,最高100万元。",
    "对企业牵头制定国际标准、国家标准、行业标准的,分别给予每项50万元、30万元、20万元资助。",
]


@pytest.mark.parametrize("number", ["6.", "6、", "六、", "(六)", "（六）", "第六条 "])
@pytest.mark.parametrize("text", NUMBERED_PROMISES)
def test_recall11_an_items_number_changes_nothing_of_its_promise(text: str, number: str, vocab: vocabulary.Vocab) -> None:
    """Support measures number every item ((六)对…, 6.企业…): the number is neither a boundary the 对 phrase
    misses nor part of a recipient or condition."""
    assert rows(number + text, vocab) == rows(text, vocab) != []


def test_recall11_a_list_mark_before_wei_opens_no_phrase(vocab: vocabulary.Vocab) -> None:
    """、为 inside a list of deeds is no heading: the recipient is who did them."""
    found = rows("对在示范区创新创业、为示范区建设做出突出贡献的人员给予奖励。", vocab)
    assert [r[0] for r in found] == ["人员"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a money word among the aspects names the money (贴息), 资金 the support (资金支持)
        ("县级以上人民政府应当对科技型中小企业在融资担保、贷款贴息等方面给予支持。", [("科技型中小企业", None, None, False, None, "贴息")]),
        ("对科技型中小企业在资金、项目等方面给予支持。", [("科技型中小企业", None, None, False, None, "资金支持")]),
        # negative: aspects that name no money
        ("对科技型中小企业在用地、人才等方面给予支持。", []),
    ],
)
def test_recall11_money_words_among_aspects(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对举报人给予奖励。",
        "查证属实的,有关政府部门加大对内部举报人的奖励。",
        "对查证属实的举报,按照国家有关规定给予举报人奖励。",
        "对举报严重违法行为的有功人员给予最高10万元奖励。",
    ],
)
def test_recall11_a_reward_for_informants_is_no_support(text: str, vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == []


def test_recall11_informants_in_one_sentence_leave_the_next_promise(vocab: vocabulary.Vocab) -> None:
    text = "对举报严重违法行为的有功人员给予奖励;对新认定的高新技术企业给予20万元奖励。"
    assert brief(text, vocab) == [("高新技术企业", None, 200000, False, None, "奖励")]


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("扶持", True), ("申请", True), ("省外", True), ("在示范区创新创业", True), ("高等院校未", True),
        # names and activities annotators write as recipients stay
        ("组织", False), ("青年", False), ("去产能", False), ("融资担保", False), ("科学技术进步", False),
        ("为大企业产品配套的技术改造项目", False), ("高新技术企业", False), ("基础研究", False), ("孵化器", False),
        ("在孵企业", False), ("在站博士后研究人员", False), ("在本市注册的企业", False),
    ],
)
def test_recall11_a_piece_of_a_clause_is_no_recipient(name: str, fragment: bool) -> None:
    from kg.extract.nouns import clause_not_name

    assert clause_not_name(name) is fragment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure's title line names whom every promise of its paragraph is for
        ("三、高新技术企业奖励\n对首次认定的,给予30万元奖励;对重新认定的,给予10万元奖励。",
         [("高新技术企业", None, 300000, False, None, "奖励"), ("高新技术企业", None, 100000, False, None, "奖励")]),
        # an article's title in brackets is no part of the promise
        ("第五条 【研发投入奖励】对年度研发投入超过1000万元的企业,按其增量部分的10%给予奖励。",
         [("企业", None, None, False, "0.1", "奖励")]),
        # negative: a title that names no one
        ("三、保障措施\n加强组织领导。对首次认定的,给予30万元奖励。", []),
    ],
)
def test_recall11_titles_of_measures(text: str, expected: list[tuple], vocab: vocabulary.Vocab) -> None:
    assert brief(text, vocab) == expected


@pytest.mark.parametrize(
    ("simplified", "taiwan"),
    [
        ("对新获批建设的国家级重点实验室,给予最高1000万元支持。", "對新獲批建設的國家級重點實驗室,給予最高1000萬元支援。"),
        ("对企业新购置的研发设备,按设备购置额的10%给予补助。", "對企業新購置的研發裝置,按裝置購置額的10%給予補助。"),
    ],
)
def test_recall11_a_promise_in_taiwan_words_gives_the_same_lines(simplified: str, taiwan: str) -> None:
    """支援 is 支持 and 裝置 equipment a body buys: the same promise, read the same with the real vocabulary and its
    Taiwan variants (the Traditional text is padded so that it is detected as Traditional)."""
    real = vocabulary.load()
    padding = "為鼓勵產業創新研發,特訂定本辦法。"
    assert brief(padding + taiwan, real) == brief(simplified, real) != []
