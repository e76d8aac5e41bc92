"""kg.extract.targets on action plans, 实施方案 and support measures (session 12, branch tgt12): sentences written for these tests."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg import vocab as vocabulary
from kg.extract import targets
from kg.extract.numbers import quantities
from kg.pipeline import from_text

TURTLE = """
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix v: <https://w3id.org/policy-kg/test/> .
v:city a kg:Region ; skos:prefLabel "合肥市"@zh .
"""

Row = tuple[str, str, str | None, str, int | None, bool]


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.from_graph(Graph().parse(data=TURTLE, format="turtle"))


def rows(text: str, vocab: vocabulary.Vocab) -> list[Row]:
    doc = from_text(text, vocab)
    found = targets.extract(doc, vocab)
    assert all(doc.original[t.evidence.start : t.evidence.end] == t.evidence.quote for t in found)
    return [(t.subject, str(t.value), None if t.value_max is None else str(t.value_max), t.unit, t.year, t.per_year) for t in found]


def test_wanyi_alone_is_one_in_wanyi_yuan() -> None:
    """万亿 with no numeral before it is one 万亿 (突破万亿元 as 突破1万亿元); 亿元 and 万人 alone name a base."""
    [q] = quantities("突破万亿元")
    assert (str(q.value), q.unit) == ("1", "万亿元")
    [q] = quantities("达到两万亿元")
    assert (str(q.value), q.unit) == ("2", "万亿元")
    [q] = quantities("每万人口")
    assert (str(q.value), q.unit) == ("10000", "人")


GOALS = [
    # 万亿 alone, as 1万亿元 and 千亿元 are written (SCHEMA.md: the number in the unit as written)
    ("到2027年,全省数字经济核心产业增加值突破万亿元。", [("数字经济核心产业增加值", "1", None, "万亿元", 2027, False)]),
    ("到2025年,全省软件业务收入达到两万亿元。", [("软件业务收入", "2", None, "万亿元", 2025, False)]),
    ("到2025年,全省规上工业营业收入达到10万亿元左右。", [("规上工业营业收入", "10", None, "万亿元", 2025, False)]),
    # entering a register after what is counted (科技型中小企业|评价入库|5000家以上)
    ("到2025年,全市高新技术企业达到3000家,科技型中小企业评价入库5000家以上。",
     [("高新技术企业", "3000", None, "家", 2025, False), ("科技型中小企业", "5000", None, "家", 2025, False)]),
    ("到2025年,高新技术企业培育入库2000家。", [("高新技术企业", "2000", None, "家", 2025, False)]),
    ("到2025年,科技型中小企业入库培育3000家。", [("科技型中小企业", "3000", None, "家", 2025, False)]),
    ("(二)到2026年,评价入库科技型中小企业8000家以上,其中专精特新中小企业1000家。",
     [("评价入库科技型中小企业", "8000", None, "家", 2026, False), ("专精特新中小企业", "1000", None, "家", 2026, False)]),
    ("到2025年,全市科技型中小企业评价入库数量突破8000家。", [("科技型中小企业评价入库数量", "8000", None, "家", 2025, False)]),
    # the subject before its verb, nothing after the number (省级以上重点实验室|新增|15家)
    ("到2025年,省级以上重点实验室新增15家。", [("省级以上重点实验室", "15", None, "家", 2025, False)]),
    ("到2025年,科技企业孵化器累计建成50家。", [("科技企业孵化器", "50", None, "家", 2025, False)]),
    ("到2026年,独角兽企业培育3家,瞪羚企业培育50家。",
     [("独角兽企业", "3", None, "家", 2026, False), ("瞪羚企业", "50", None, "家", 2026, False)]),
    # a heading's year over a list whose lines have no marks (a page's or a PDF's list)
    ("2.2025年目标\n高新技术企业达到2500家\n技术合同成交额达到300亿元",
     [("高新技术企业", "2500", None, "家", 2025, False), ("技术合同成交额", "300", None, "亿元", 2025, False)]),
    ("(一)2025年目标\n1.全市高新技术企业达到2500家\n2.技术合同成交额突破300亿元\n3.研发投入强度达到2.6%",
     [("高新技术企业", "2500", None, "家", 2025, False), ("技术合同成交额", "300", None, "亿元", 2025, False),
      ("研发投入强度", "2.6", None, "%", 2025, False)]),
    # Taiwan's 達成 before what reaches the number
    ("目標於2030年達成再生能源發電占比30%。", [("再生能源发电占比", "30", None, "%", 2030, False)]),
    ("至2030年,達成半導體產值新臺幣5兆元。", [("半导体产值", "5", None, "兆元", 2030, False)]),
    ("到2025年,达成技术合作项目50个。", [("技术合作项目", "50", None, "个", 2025, False)]),
    # a year then 力争 on a page without its date: a deadline (facts are not aimed at)
    ("2024年,全区力争新增国家高新技术企业30家,新增市级专精特新企业50家。",
     [("国家高新技术企业", "30", None, "家", 2024, False), ("市级专精特新企业", "50", None, "家", 2024, False)]),
    # a year's work plan: 全年 opens the clause, 以上 closes the sum
    ("全年完成技术合同登记额50亿元以上,同比增长15%以上。",
     [("技术合同登记额", "50", None, "亿元", None, False), ("技术合同登记额", "15", None, "%", None, False)]),
    # a batch between the verb and the number names no subject: what is counted follows
    ("2023年底前,完成首批30家企业的诊断服务。", [("企业的诊断服务", "30", None, "家", 2023, False)]),
    # the plan's goal (目标为) frames an undated sum a verb leads to
    ("本計畫目標為4年內帶動民間投資新臺幣300億元。", [("民间投资", "300", None, "亿元", None, False)]),
    ("力争带动社会投资100亿元。", [("社会投资", "100", None, "亿元", None, False)]),
    # 余/多 between the number and its unit: at least that many
    ("到2025年,培育省级以上企业技术中心50余家。", [("省级以上企业技术中心", "50", None, "家", 2025, False)]),
    ("到2026年,新建中试基地10多个。", [("中试基地", "10", None, "个", 2026, False)]),
    # a line that names goals by year, read without the document's own year
    ("分年度目标:2024年,高新技术企业达到1800家;2025年,达到2100家;2026年,达到2500家。",
     [("高新技术企业", "1800", None, "家", 2024, False), ("高新技术企业", "2100", None, "家", 2025, False),
      ("高新技术企业", "2500", None, "家", 2026, False)]),
    # a deadline alone before the comparator: the measure of the clause before, by then
    ("全市研发经费投入年均增长12%以上,到2025年达到500亿元。",
     [("研发经费投入", "12", None, "%", None, True), ("研发经费投入", "500", None, "亿元", 2025, False)]),
    # a level and the head of the kind just counted: that kind at that level
    ("(三)发展目标。到2025年,引育科技创新团队100个,其中国家级团队10个,省级团队30个。",
     [("科技创新团队", "100", None, "个", 2025, False), ("国家级科技创新团队", "10", None, "个", 2025, False),
      ("省级科技创新团队", "30", None, "个", 2025, False)]),
    ("每年评选科技创新领军人才10名,每人给予50万元奖励。", [("科技创新领军人才", "10", None, "名", None, True)]),
    # a noun ending in a verb (开展|职业技能培训|500万人次): the verb opens it, the number closes it
    ("每年面向社会开展职业技能培训500万人次以上。", [("职业技能培训", "500", None, "万人次", None, True)]),
    # a yearly sum aimed at (每年, a verb and 左右)
    ("国家融资担保基金每年新增再担保业务规模4000亿元左右。", [("再担保业务规模", "4000", None, "亿元", None, True)]),
    # 助力 before the count of those helped
    ("到2025年,助力20家以上企业在境内外上市。", [("企业", "20", None, "家", 2025, False)]),
    # 万余: at least 5 万家
    ("到2025年,全市科技型企业突破5万余家。", [("科技型企业", "5", None, "万家", 2025, False)]),
    # a size class inside the next item of a list does not end the list
    ("到2025年,培育年营收超千亿元企业2家、超百亿元企业15家。",
     [("年营收超千亿元企业", "2", None, "家", 2025, False), ("超百亿元企业", "15", None, "家", 2025, False)]),
    # the line's label before a colon names the indicator whose figure follows
    ("1.高新技术企业:到2025年达到2000家。", [("高新技术企业", "2000", None, "家", 2025, False)]),
    ("(二)科技型中小企业:到2026年突破5000家。", [("科技型中小企业", "5000", None, "家", 2026, False)]),
    ("高新技术企业数量:2025年目标值2000家。", [("高新技术企业数量", "2000", None, "家", 2025, False)]),
    # Taiwan: before a year of the Republic (於115年前), a goal span in its years (目標:113年至116年)
    ("於115年前,協助300家企業導入AI應用。", [("企业", "300", None, "家", 2026, False)]),
    ("本計畫目標:113年至116年,培育半導體人才2萬人。", [("半导体人才", "2", None, "万人", 2027, False)]),
    # the next line opens with a later deadline of the same goal: its count alone is that goal's
    ("工作目标\n2024年底前,完成100家企业数字化诊断。\n2025年底前,累计完成300家。",
     [("企业数字化诊断", "100", None, "家", 2024, False), ("企业数字化诊断", "300", None, "家", 2025, False)]),
    ("到2025年,新增科技企业孵化器10家,累计建成50家。",
     [("科技企业孵化器", "10", None, "家", 2025, False), ("科技企业孵化器", "50", None, "家", 2025, False)]),
    # a year alone on its line heads the list below (a page without its date)
    ("2025年:\n——高新技术企业达到800家;\n——研发投入强度达到2.5%。",
     [("高新技术企业", "800", None, "家", 2025, False), ("研发投入强度", "2.5", None, "%", 2025, False)]),
    # a change to a level: 扩大到, 上升到, 减少至
    ("到2022年,融资担保业务规模扩大到2万亿元。", [("融资担保业务规模", "2", None, "万亿元", 2022, False)]),
    ("到2025年,研发人员占从业人员比重上升到8%。", [("研发人员占从业人员比重", "8", None, "%", 2025, False)]),
    ("到2025年,城镇新增就业人数减少至40万人。", [("就业人数", "40", None, "万人", 2025, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS, ids=[f"tgt12-{k}" for k in range(len(GOALS))])
def test_action_plan_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_GOALS = [
    "2024年,全区新增国家高新技术企业30家。",  # a year and a figure, nothing aimed at: a fact when the date is unknown
    "2022年,全市技术合同成交额达到156亿元,同比增长23%。",
    "截至2022年底,全市已有国家高新技术企业2368家。",
    "完成技术合同登记额50亿元以上的企业,给予10万元奖励。",  # a condition of an award
    "企业完成研发投入500万元以上。",  # no 全年 frame, no deadline: a sum stated
    "双方达成合作协议20项。",  # 达成 with no deadline
    "评审专家不少于5人,其中财务专家1人。",  # who a panel is made of
    "申报企业研发人员不少于10人。",  # a condition
    "项目评审委员会成员不少于7名。",
    "打造万亿元产业集群。",  # 万亿元 names a size, no count
    "到2025年,每万人口高价值发明专利拥有量持续提升。",  # 万人 alone: a base
    "2023年,全市科技型中小企业评价入库4000家。",  # a fact
    "项目申报截止时间为2024年5月31日。",
    "单个企业年度补助总额最高不超过200万元。",
    "专项资金每年安排不少于1亿元,用于支持科技创新。",
    "本措施自发布之日起施行,有效期至2025年12月31日。",
    "企业须拥有研发人员10人以上,研发投入占营业收入比例不低于5%。",
    "到2030年,全市技术合同成交额实现翻一番。",  # doubling with no number (gold-dev: ambiguous)
    "通过专项资金,带动社会投资100亿元。",  # a sum a fund leads to, not aimed at
    "每年组织开展培训500场以上。",  # a verb run and no noun: nothing counted
    "每年给予企业研发补助500万元以上。",  # money promised, not aimed at
    "对研发费用达到500万元以上的企业,按研发费用增量的10%给予奖励。",
    "最高给予连续3年、每年不超过100万元的支持。",
    "单个企业每年获得奖励总额不超过300万元。",
    "对带动就业100人以上的项目,给予每人2000元奖励。",
    "鼓励企业在全国10个以上城市设立分支机构。",
    "主要目标:达到2000家。",  # a heading's word names no indicator
    "2022年:全市高新技术企业达到1500家。",  # a year opening its line's figures: a fact when the date is unknown
    "科技企业孵化器的孵化场地面积应当不低于3000平方米,在孵企业不少于30家。",  # a rule's next term
    "省人民政府每两年评选一次科学技术奖,每次授奖项目不超过200项。",
    "科普经费按照常住人口每人每年不低于1元的标准列入本级财政预算。",
    "科技特派员每年在基层服务时间不少于60天。",
    "本辦法自中華民國一百十二年一月一日施行。",
    "研發經費達新臺幣六十億元以上之公司,得申請適用。",  # a threshold
    "本条例所称示范区,规划期为113年至116年,面积约50平方公里。",  # a span, no goal
    "2022年,全市审批事项减少至100项。",  # a fact of a past year
    "2025年目标:达到2000家。",
    "支持企业建设3个以上研发机构的,给予一次性补助。",  # a clause closed by 的: a condition
    "申报单位近三年年均研发投入不低于500万元。",  # what an applicant must show
    "申请企业上年度销售收入达到1000万元以上。",
    "年度目标完成情况:2023年,高新技术企业达到1500家。",  # goals reviewed: figures reached
    "目标企业带动就业100人。",  # 目标 as a word of a name, no frame
    "三、重点任务\n(一)实施创新主体倍增行动。培育一批科技领军企业。\n(二)建设高能级创新平台。",
]


@pytest.mark.parametrize("text", NOT_GOALS, ids=[f"tgt12-not-{k}" for k in range(len(NOT_GOALS))])
def test_not_goals(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


def test_yu_and_duo_read_as_part_of_the_number() -> None:
    assert [(str(q.value), q.unit) for q in quantities("十余家企业、百余项成果、其余2家")] == [("10", "家"), ("100", "项"), ("2", "家")]
    assert list(quantities("许多个部门")) == []
    assert [(str(q.value), q.unit) for q in quantities("5万余家、十余万人")] == [("5", "万家"), ("10", "万人")]


def test_staff_counted_with_a_verb_or_a_deadline_stay_goals(vocab: vocabulary.Vocab) -> None:
    assert rows("到2025年,科技特派员人员达到500名。", vocab) == [("科技特派员人员", "500", None, "名", 2025, False)]
    assert rows("每年培训企业管理人员不少于1000人次。", vocab) == [("企业管理人员", "1000", None, "人次", None, True)]


def test_a_short_unmarked_title_still_ends_the_deadline(vocab: vocabulary.Vocab) -> None:
    text = "主要目标:到2025年,\n高新技术企业达到2500家\n重点任务\n全市高新技术企业数量达到2600家\n"
    assert [r[4] for r in rows(text, vocab)] == [2025, None]


def _built(tmp_path, text: str) -> list[Row]:  # type: ignore[no-untyped-def]
    from kg import pipeline

    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    built = pipeline.build([path], vocabulary.load(), check=False)
    found = [f for f in built.facts if type(f).__name__ == "Target"]
    return [(t.subject, str(t.value), None if t.value_max is None else str(t.value_max), t.unit, t.year, t.per_year) for t in found]


def test_a_five_year_plans_title_dates_an_undated_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A 十四五 plan without its date speaks from 2020: “十三五”期间 looks back, 展望2035年 looks ahead."""
    text = ("××县“十四五”科技创新发展规划\n一、发展现状\n“十三五”期间,全县高新技术企业由12家增加到56家,研发投入强度达到1.8%。\n"
            "二、发展目标\n到2025年,全县高新技术企业达到120家。展望2035年,全县研发投入强度达到3.5%以上。\n")
    assert _built(tmp_path, text) == [("高新技术企业", "120", None, "家", 2025, False), ("研发投入强度", "3.5", None, "%", 2035, False)]


def test_the_plan_in_force_is_still_a_deadline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "××市“十四五”人才发展规划\n“十四五”期间,全市累计引进高层次人才1万人以上。\n"
    assert _built(tmp_path, text) == [("高层次人才", "1", None, "万人", 2025, False)]


def test_expected_sums_after_a_list_marker(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "臺北市推動智慧城市產業發展行動計畫\n中華民國113年5月1日\n壹、計畫目標\n一、至115年,培育智慧城市新創企業100家。\n二、預計4年內帶動民間投資新臺幣50億元。\n"
    assert _built(tmp_path, text) == [("智慧城市初创企业", "100", None, "家", 2026, False), ("民间投资", "50", None, "亿元", None, False)]


def test_a_line_without_a_deadline_borrows_no_goal(vocab: vocabulary.Vocab) -> None:
    assert rows("完成100家企业数字化诊断。\n累计完成300家。", vocab) == [("企业数字化诊断", "100", None, "家", None, False)]


def test_a_rule_before_leaves_a_dated_goal_alone(vocab: vocabulary.Vocab) -> None:
    assert rows("到2025年,县级以上人民政府应当推动基础研究经费占比不低于10%。", vocab) == [
        ("基础研究经费占比", "10", None, "%", 2025, False)]
