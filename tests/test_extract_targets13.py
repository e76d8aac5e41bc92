"""kg.extract.targets on action plans, 实施方案 and support measures of other provinces, cities and Taiwan (session 13,
branch tgt13): sentences written for these tests, hard and negative cases included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract.numbers import quantities

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

PLAN = "关于印发某市科技创新三年行动计划(2025—2027年)的通知\n2024年12月20日\n"


def test_tenths_and_new_units_as_written() -> None:
    """三成 is 3 in 成 (a share in tenths, as written); 万架 and EFLOPS count racks and computing power; 一成不变 is an idiom."""
    assert [(str(q.value), q.unit) for q in quantities("首贷户占比不低于三成,七成以上企业")] == [("3", "成"), ("7", "成")]
    assert [(str(q.value), q.unit) for q in quantities("机架数达到5万架,算力规模达到10EFLOPS")] == [("5", "万架"), ("10", "EFLOPS")]
    assert list(quantities("一成不变,建成三成员单位")) == []


GOALS = [
    # a share in tenths under a deadline, a part of the goal before (其中…不低于三成)
    ("到2026年,“科创贷”累计放款规模达到500亿元,其中首贷户占比不低于三成。",
     [("科创贷累计放款规模", "500", None, "亿元", 2026, False), ("首贷户占比", "3", None, "成", 2026, False)]),
    ("到2025年,全市科技贷款余额达到2000亿元,其中信用贷款占比不低于两成。",
     [("科技贷款余额", "2000", None, "亿元", 2025, False), ("信用贷款占比", "2", None, "成", 2025, False)]),
    # computing power and racks
    ("到2026年,算力规模达到10EFLOPS,数据中心机架数达到5万架。",
     [("算力规模", "10", None, "EFLOPS", 2026, False), ("数据中心机架数", "5", None, "万架", 2026, False)]),
    # Taiwan's year of the Republic inside the line before its comparator (110-129 are 2021-2040)
    ("半導體產值116年達新臺幣5兆元。", [("半导体产值", "5", None, "兆元", 2027, False)]),
    ("就業人數120年達到30萬人,產值116年達新臺幣3兆元。",
     [("就业人数", "30", None, "万人", 2031, False), ("产值", "3", None, "兆元", 2027, False)]),
    # an undated goal whose span of years and 联合/共同 open the clause before its verb
    ("推动科学城与协同创新区共建联合实验室,三年内联合实施重大科技项目二十项以上。", [("重大科技项目", "20", None, "项", None, False)]),
    ("五年内共同建设创新联合体10个以上。", [("创新联合体", "10", None, "个", None, False)]),
    # places alike in length and last character share all the rest (南昌市、…九江市|高新技术企业数量), not the measure word alone
    ("到2025年,南昌市、赣州市和九江市高新技术企业数量分别达到3000家、1500家和800家。",
     [("南昌市高新技术企业数量", "3000", None, "家", 2025, False), ("赣州市高新技术企业数量", "1500", None, "家", 2025, False),
      ("九江市高新技术企业数量", "800", None, "家", 2025, False)]),
    ("到2025年,南昌、赣州、九江研发投入强度分别达到3%、2.5%和2%。",
     [("南昌研发投入强度", "3", None, "%", 2025, False), ("赣州研发投入强度", "2.5", None, "%", 2025, False),
      ("九江研发投入强度", "2", None, "%", 2025, False)]),
    ("到2025年,农作物耕种、收获机械化率分别达到80%、70%。",  # 率 alone: the old reading stays
     [("农作物耕种机械化率", "80", None, "%", 2025, False), ("收获机械化率", "70", None, "%", 2025, False)]),
    # 新建成 is one verb
    ("到2025年,全市新建成省级工程研究中心20家以上,市级工程技术研究中心100家。",
     [("省级工程研究中心", "20", None, "家", 2025, False), ("市级工程技术研究中心", "100", None, "家", 2025, False)]),
    # 的 after 左右 ties the count to its noun; 的目标 names the goal: neither is a condition
    ("到2022年,打造一批优秀培训评价组织,建设100个左右的国家级示范基地。", [("国家级示范基地", "100", None, "个", 2022, False)]),
    ("到2025年,新培育上市后备企业100家,实现新增上市公司10家以上的目标。",
     [("上市后备企业", "100", None, "家", 2025, False), ("上市公司", "10", None, "家", 2025, False)]),
    ("到2025年,完成技术合同登记额300亿元的目标任务。", [("技术合同登记额", "300", None, "亿元", 2025, False)]),
    # year-headed lines of a plan (2026年:…) under 发展目标, in a plan for 2025-2027
    (PLAN + "(二)发展目标\n2026年:培育省级创新联合体10个,新建市级以上研发平台50个。\n2027年:培育省级创新联合体20个。",
     [("省级创新联合体", "10", None, "个", 2026, False), ("市级以上研发平台", "50", None, "个", 2026, False),
      ("省级创新联合体", "20", None, "个", 2027, False)]),
    # styles of action plans already read: each kept
    ("到2025年,培育国家级专精特新“小巨人”企业50家以上、省级专精特新中小企业500家以上。",
     [("国家级专精特新小巨人企业", "50", None, "家", 2025, False), ("省级专精特新中小企业", "500", None, "家", 2025, False)]),
    ("到2027年,打造2个千亿级产业集群、5个百亿级产业集群。",
     [("千亿级产业集群", "2", None, "个", 2027, False), ("百亿级产业集群", "5", None, "个", 2027, False)]),
    ("到2025年,新培育1-2家营业收入超百亿元的领军企业。", [("营业收入超百亿元的领军企业", "1", "2", "家", 2025, False)]),
    ("每年新增科技型中小企业1000家以上。", [("科技型中小企业", "1000", None, "家", None, True)]),
    ("建设10个左右市级中试基地。", [("市级中试基地", "10", None, "个", None, False)]),
    ("培育300家以上创新型中小企业。", [("创新型中小企业", "300", None, "家", None, False)]),
    ("到2025年,建设市级以上企业技术中心200家,其中国家级10家、省级80家。",
     [("市级以上企业技术中心", "200", None, "家", 2025, False), ("国家级企业技术中心", "10", None, "家", 2025, False),
      ("省级企业技术中心", "80", None, "家", 2025, False)]),
    # a year of the Republic opening a clause of a Taiwan plan (…指標:116年|半導體產值達…;117年|…)
    ("臺灣某產業發展方案\n中華民國114年3月1日\n關鍵績效指標:116年半導體產值達新臺幣5兆元;117年AI應用企業家數達到1萬家。",
     [("半导体产值", "5", None, "兆元", 2027, False), ("AI应用企业家数", "1", None, "万家", 2028, False)]),
    ("臺灣某產業發展方案\n關鍵績效指標:116年半導體產值達新臺幣5兆元。", [("半导体产值", "5", None, "兆元", 2027, False)]),
    # an undated sum a verb leads to, in a section whose heading names goals (主要目标, 預期效益)
    ("某市科技创新行动方案\n二、主要目标\n全市高新技术企业达到2000家,带动社会投资100亿元。",
     [("高新技术企业", "2000", None, "家", None, False), ("社会投资", "100", None, "亿元", None, False)]),
    ("臺灣某產業發展方案\n五、預期效益\n(一)帶動民間投資新臺幣200億元。\n(二)促成產學合作案50件。",
     [("民间投资", "200", None, "亿元", None, False), ("产学合作案", "50", None, "件", None, False)]),
    # a verb in brackets (新增(培育)), 净增 and 招引落地 as verbs
    ("到2025年,新增(培育)高新技术企业200家。", [("高新技术企业", "200", None, "家", 2025, False)]),
    ("到2025年,净增高新技术企业300家。", [("高新技术企业", "300", None, "家", 2025, False)]),
    ("到2025年,招引落地亿元以上产业项目50个。", [("亿元以上产业项目", "50", None, "个", 2025, False)]),
    # a round number bounded by 以上 after its verb under a deadline is a count, not a slogan; 人年 a unit of its own
    ("到2025年,培育千家以上科技型企业。", [("科技型企业", "1000", None, "家", 2025, False)]),
    ("到2025年,全市研发人员全时当量达到5万人年。", [("研发人员全时当量", "5", None, "万人年", 2025, False)]),
    # a change alone (…数量|倍增,) ends the clause naming the next number's subject; “三个倍增” counts no thing
    ("到2025年,高新技术企业数量倍增,达到2000家。", [("高新技术企业数量", "2000", None, "家", 2025, False)]),
    ("二、主要目标\n力争通过三年努力,到2025年实现“三个倍增”:\n1.高新技术企业数量倍增,达到2000家;\n2.技术合同成交额倍增,达到100亿元。",
     [("高新技术企业数量", "2000", None, "家", 2025, False), ("技术合同成交额", "100", None, "亿元", 2025, False)]),
    # a goal heading's deadline in brackets heads its lines ((一)近期目标(到2025年))
    ("二、主要目标\n(一)近期目标(到2025年)\n高新技术企业达到2000家。\n(二)远期目标(到2030年)\n高新技术企业达到4000家。",
     [("高新技术企业", "2000", None, "家", 2025, False), ("高新技术企业", "4000", None, "家", 2030, False)]),
    # 逐步将 opens the subject, no part of it
    ("逐步将平均担保费率降至1%以下。", [("平均担保费率", "1", None, "%", None, False)]),
    ("預計於115年前培育新創企業500家。", [("初创企业", "500", None, "家", 2026, False)]),
    ("到2027年,全市数字经济规模达到1.5万亿元,占GDP比重达到60%以上。",
     [("数字经济规模", "1.5", None, "万亿元", 2027, False), ("数字经济规模占GDP比重", "60", None, "%", 2027, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS, ids=[f"tgt13-{k}" for k in range(len(GOALS))])
def test_action_plan_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_GOALS = [
    # a list's last item ending in a verb, summed up by the number after it: what is set up, not a goal
    "领导小组下设关键技术攻关、平台建设、企业培育三个工作专班,按月调度、按季通报。",
    "专班下设综合协调、项目推进、要素保障三个工作组。",
    # a count of years with 年 is no year of the Republic; a history line counts articles
    "建校110年来培养人才10万名。",
    "《臺灣科技產業條例》於民國九十年公布,全文15條,並於112年修正。",
    "某某條例\n中華民國112年6月21日總統華總一義字第11200052471號令修正公布全文15條;並自公布日施行\n第1條 為促進產業創新,特制定本條例。",
    "臺灣某產業發展方案\n中華民國114年3月1日\n說明:110年來本會輔導企業500家。",
    # 以上的 still closes a condition; 左右 alone no goal without verb or deadline
    "对年营业收入500万元以上的企业给予奖励。",
    "对研发投入1000万元以上的企业,按10%给予补助。",
    "一成不变地执行各项制度。",
    "联合实施项目20项。",  # 联合 opens an undated frame only after a span of years (三年内|联合|实施…)
    "合作研发项目3项以上。",
    "评审组由7人左右的专家组成。",  # undated, 左右的 stays a description
    "组建5个左右的工作组。",
    "到2025年,培育千家企业。",  # a round number alone: a slogan
    "建设百家企业。",
    # past achievements, penalties, fees, dates, rules, money promised
    "截至2023年底,全市已建成国家级孵化器15家。",
    "2023年,全市高新技术企业达到4500家,同比增长20%。",
    "违反本条例第十二条规定的,处1万元以上5万元以下罚款。",
    "技术服务收费标准不超过合同金额的5%。",
    "本方案自印发之日起施行,有效期至2027年12月31日。",
    "每家企业每年最高补助100万元。",
    "申请单位须有专职人员不少于5名。",
    "对首次认定的高新技术企业,一次性奖励30万元。",
    # the same sum led to in a section that looks back, or among tasks, is no goal
    "某市科技创新行动方案\n一、发展基础\n全市高新技术企业达到1500家,带动社会投资80亿元。",
    "某市科技创新行动方案\n三、重点任务\n(一)支持企业研发。对企业研发投入给予补助,带动社会投资100亿元。",
    # a title's span in brackets is no goal heading: the rules below it keep no deadline
    "某市科技创新行动计划(2023年至2025年)\n申请单位须有专职人员不少于5名。",
    # a task table is not read (its rows name what is done and by whom)
    "(三)重点任务\n| 重点任务 | 牵头单位 | 完成时限 |\n| 新建研发平台10个 | 市科技局 | 2025年底 |",
]


@pytest.mark.parametrize("text", NOT_GOALS, ids=[f"tgt13-not-{k}" for k in range(len(NOT_GOALS))])
def test_not_goals(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []
