"""Funding in regulations and policies (fund15a): money verbs in a series of deeds whose object is whom they pay
(kg/extract/helped.py: 輔導與補助…政府辦理…, 培養、輔導及獎勵…人員, 運用獎勵、補助…計畫協助事業…). Sentences of our own,
in the styles of Taiwan's regulations, mainland regulations and plans' items; negatives: money words as nouns (補助款,
獎勵辦法, 资助项目), informants, an employer's pay. Also support in money aspects whose recipients the sentence before
builds or a 加强对X的扶持 names, articles cited as rules (得依第八條規定) or before names (前項業者), the body whose work a 对
phrase names, what the payer strengthens then pays (加强A的组织建设,并…给予补贴), 优先 before the verb.
Lines: (recipient, level, amount_yuan, cap, ratio, one_off, instrument)."""

from __future__ import annotations

import pytest
from test_extract_funding14e import Line, lines

from kg import vocab as vocabulary


def unsized(recipient: str, instrument: str) -> Line:
    return (recipient, None, None, False, None, False, instrument)


SERIES: list[tuple[str, list[Line]]] = [
    ("一、補助商圈提升美學，營造優美環境。", [unsized("商圈", "补助")]),
    ("三、輔導與補助直轄市、縣（市）政府辦理既有未登記工廠群聚地區整體規劃。", [unsized("直辖市、县(市)政府", "补助")]),
    ("一、低碳化：運用獎勵、補助或輔導計畫協助事業導入碳盤查。", [unsized("事业", "奖励、补助")]),
    ("三、培養、輔導及獎勵女性科學技術人員。", [unsized("女性科学技术人员", "奖励")]),
    ("（三）補助地方政府辦理產業園區公共設施改善。", [unsized("地方政府", "补助")]),
    ("四、獎勵民間團體參與科學技術普及活動。", [unsized("民间团体", "奖励")]),
    ("二、培育及補助新創事業進行海外布局。", [unsized("新创事业", "补助")]),
    ("中央主管機關應輔導及補助中小企業從事研究發展。", [unsized("中小企业", "补助")]),
    ("本會得補助學研機構辦理人才培訓。", [unsized("学研机构", "补助")]),
    ("3.奖励在本市设立总部的跨国公司。", [unsized("跨国公司", "奖励")]),
    # money words as nouns, rules, informants: no promise
    ("補助款之使用範圍限於下列項目。", []),
    ("補助對象為依法設立之公司。", []),
    ("獎勵辦法由主管機關定之。", []),
    ("奖励举报违法行为的人员。", []),
    ("高等学校应当完善收入分配制度，奖励在科技成果转化中作出贡献的人员。", []),
    ("鼓励企业事业单位设立奖学金，奖励品学兼优的学生。", []),
    ("补助标准由市财政局另行制定。", []),
    ("资助项目结题后应当提交报告。", []),
    ("奖励和报酬的支出计入工资总额。", []),
    ("补贴资金实行专账管理。", []),
]


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_series(text: str, expected: list[Line], vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == expected


ASPECTS: list[tuple[str, list[Line]]] = [
    # the support of a sentence naming no one is for what the sentence before builds, every item
    ("鼓励企业与高等院校、科研机构联合建立企业研发机构、产业技术创新战略联盟等，充分运用各类科技资源，增强研究开发能力。"
     "县级以上人民政府及有关部门应当在项目、资金等方面给予支持。",
     [unsized("企业研发机构", "资金支持"), unsized("产业技术创新战略联盟", "资金支持")]),
    ("支持企业建设工程技术研究中心。市人民政府应当在资金等方面给予支持。", [unsized("工程技术研究中心", "资金支持")]),
    # aspects first, then whom the support is strengthened for
    ("市人民政府在资金、项目等方面加大对专精特新企业的支持力度。", [unsized("专精特新企业", "资金支持")]),
    ("各区在经费、场地等方面进一步加强对众创空间的扶持。", [unsized("众创空间", "资金支持")]),
    # a reward for people is a money aspect
    ("对符合条件的孵化器，在建设运营、人才奖励等方面给予支持。", [("孵化器", None, None, False, None, False, "奖励")]),
    # the words of the money's kind end no recipient
    ("加大对科技型中小企业的财政资金支持力度。", [unsized("科技型中小企业", "资金支持")]),
    # negatives: support restricted, aspects of no money, others' money, an event's own sentence before
    ("对存在失信行为的创新主体，在政府采购、财政资金支持、获得相关奖励等方面依法予以限制。", []),
    ("经确定予以免责的单位和个人，在绩效考核、表彰奖励等方面不受影响。", []),
    ("加大对违法行为的处罚力度。", []),
    ("引导金融机构加大对中小企业的信贷支持力度。", []),
    ("市人民政府应当加强对会展活动的监督管理。市人民政府应当在资金等方面给予支持。", []),
]


@pytest.mark.parametrize(("text", "expected"), ASPECTS)
def test_aspects(text: str, expected: list[Line], vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == expected


ARTICLES: list[tuple[str, list[Line]]] = [
    # the article whose rule the promise follows is a clause of its own, no one's name
    ("主管機關對符合第五條規定之機構，得依第八條規定予以補助。", [("机构", None, None, False, None, False, "补助")]),
    ("符合第三條規定之事業，主管機關得依本條例第十條規定給予獎勵。", [("事业", None, None, False, None, False, "奖励")]),
    # the article that named the recipients before is no part of their name
    ("對於前項業者，主管機關得給予獎勵金。", [unsized("业者", "奖励金")]),  # (the money word as written: twn19)
    ("對於第五條所定之新創事業，主管機關得予補助。", [unsized("新创事业", "补助")]),
    ("符合前條規定之事業，得申請依第十二條規定之補助。", [unsized("事业", "补助")]),
    # money one may apply for under another article
    ("經認定之新創事業，得依第十五條規定申請研發補助。", [unsized("新创事业", "补助")]),
    ("经认定的科技型中小企业，可以依照本条例第十条规定申请研发补助。", [unsized("科技型中小企业", "补助")]),
    # Taiwan's recipients headed by 團體, 機構, 業者
    ("直轄市、縣（市）政府對於推動地方創生之民間團體，得予補助或獎勵。", [("民间团体", None, None, False, None, False, "补助")]),
    ("中央主管機關得補助民間機構辦理產業人才培訓。", [unsized("民间机构", "补助")]),
    # negatives: what the money is spent on, reports of those paid, penalties under an article
    ("前條之獎勵，由主管機關審核後發給。", []),
    ("依前項規定受獎勵之事業，應於一年內提出執行報告。", []),
    ("違反第十條規定者，處新臺幣十萬元以上五十萬元以下罰鍰。", []),
    ("依第八條規定收取之費用，應專款專用。", []),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_articles(text: str, expected: list[Line], vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == expected


WORKERS: list[tuple[str, list[Line]]] = [
    # the body whose work the 对 phrase names is whom the money is for
    ("县级以上人民政府应当对科技型中小企业的技术创新活动给予资金支持。", [unsized("科技型中小企业", "资金支持")]),
    ("市科技行政部门对科技中介服务机构开展的技术转移服务给予补助。", [unsized("科技中介服务机构", "补助")]),
    # a series opening a later clause of the sentence
    ("政府應編列預算，補助民間團體辦理科學教育活動。", [unsized("民间团体", "补助")]),
    # what the payer strengthens or has opened, then 并 and the money
    ("省人民政府人力资源社会保障部门应当加强博士后科研流动站、科研工作站、创新实践基地的组织建设，并按照规定给予补贴。",
     [unsized("博士后科研流动站", "补贴"), unsized("科研工作站", "补贴"), unsized("创新实践基地", "补贴")]),
    ("县级以上地方人民政府应当支持各类园区开辟创业孵化基地和创业园区，并根据入住实体数量和孵化效果等，按照规定给予奖励补助。",
     [unsized("创业孵化基地", "奖励"), unsized("创业园区", "奖励")]),
    ("市人民政府应当加强对中小企业公共服务平台的监督管理，并定期公布评估结果。", []),
    # a fund that should mainly support X; support one enjoys first; money named as where support is given (在资金上)
    ("政府设立的中小企业发展专项资金，应当重点支持小型微型企业。", [unsized("小型微型企业", "专项资金")]),
    ("企业实施的技术改造项目，符合国家和省支持条件的，优先享受财政资金支持。", [unsized("技术改造项目", "资金支持")]),
    ("县级以上人民政府应当对符合条件的企业技术改造项目，在资金上给予支持。",
     [("企业技术改造项目", None, None, False, None, False, "资金支持")]),
    ("利用财政资金设立的科技项目结余资金可以用于该项目科技成果转化和其他科研活动。", []),
    ("县级以上人民政府应当在政策上给予支持。", []),
    # 优先 alone before the verb is no recipient: whom the clause before names
    ("高端人才创办的企业，优先给予财政资助。", [("企业", None, None, False, None, False, "财政资助")]),
    ("对符合条件的初创企业，可以优先给予场地补贴。", [("初创企业", None, None, False, None, False, "补贴")]),
    ("县级以上人民政府应当优先给予支持。", []),
    # negatives: the government's own work and a levy
    ("市人民政府应当保障优化营商环境所需工作经费。", []),
    ("对违反规定的单位，由市场监管部门处以罚款，并责令其退还收取的费用。", []),
]


@pytest.mark.parametrize(("text", "expected"), WORKERS)
def test_workers(text: str, expected: list[Line], vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == expected
