"""Write own-taiwan20 gold lines (annotated before any extractor run); every quote checked as a substring."""
import json, glob, sys
from kg.normalize import simplified
DOCS = "/work/shared/corpus-dev/docs/"
def text(d): return open(glob.glob(DOCS + d + "_*.txt")[0], encoding="utf-8").read()
E, F = [], []
def ent(doc, typ, name, surface, quote, amb=None):
    t = text(doc); assert quote in t, (doc, quote)
    for s in surface: assert s in t, (doc, s)
    r = {"doc": doc, "type": typ, "name": name, "surface": surface, "quote": quote}
    if amb: r["ambiguous"] = True; r["note"] = amb
    E.append(r)
def fund(doc, rec, quote, amount=None, cap=False, ratio=None, instr=None, cond=None, amb=None, level=None):
    t = text(doc); assert quote in t, (doc, quote)
    r = {"doc": doc, "recipient": rec, "level": level, "amount_yuan": amount, "cap": cap, "ratio": ratio,
         "one_off": False, "condition": cond, "instrument": instr, "quote": quote}
    if amb: r["ambiguous"] = True; r["note"] = amb
    F.append(r)
LAW = "referenced law or rule"
FUN = "body named by function"
# ---------------- 0228 科學園區設置管理條例 ----------------
d = "0228"
ent(d, "Region", "台湾", ["中華民國", "我國"], "中華民國六十八年七月二十七日總統")
ent(d, "Agency", "国家科学及技术委员会", ["國家科學及技術委員會"], "法規類別：行政＞國家科學及技術委員會＞園區目")
ent(d, "Agency", "总统", ["總統"], "中華民國六十八年七月二十七日總統")
ent(d, "Agency", "行政院", ["行政院"], "報請行政院核定設置科學園區")
ent(d, "Agency", "科技部", ["科技部"], "本條例之主管機關為科技部")
ent(d, "Agency", "卫生福利部", ["衛生福利部"], "改由「衛生福利部」副首長擔任委員")
ent(d, "Agency", "国家发展委员会", ["國家發展委員會"], "改由「國家發展委員會」管轄")
ent(d, "Agency", "行政院卫生署", ["行政院衛生署"], "所列由「行政院衛生署」副首長擔任委員事項", "former body named in the history")
ent(d, "Agency", "行政院经济建设委员会", ["行政院經濟建設委員會"], "屬「行政院經濟建設委員會」之權責事項", "former body named in the history")
ent(d, "Agency", "行政院国家科学委员会", ["行政院國家科學委員會"], "所列屬「行政院國家科學委員會」之權責事項", "former body named in the history")
ent(d, "Agency", "教育部", ["教育部"], "由教育部會同主管機關定之")
ent(d, "Agency", "财政部", ["財政部"], "由主管機關會商財政部定之")
ent(d, "Agency", "法务部行政执行署", ["法務部行政執行署"], "由管理局囑託法務部行政執行署所屬各分署辦理之")
ent(d, "Agency", "科学园区管理局", ["園區管理局", "管理局"], "且經園區管理局（以下簡稱管理局）核准", "body named by its function in the park")
ent(d, "Agency", "海关", ["海關"], "向海關提供相當擔保後為之", "generic customs office")
ent(d, "Agency", "税捐稽征机关", ["稅捐稽徵機關"], "報請管理局會同海關及稅捐稽徵機關查明屬實者", FUN)
ent(d, "Agency", "中央环境保护主管机关", ["中央環境保護主管機關"], "由主管機關會同中央環境保護主管機關定之", FUN)
ent(d, "Agency", "园区审议会", ["園區審議會"], "主管機關應邀集相關機關及專家學者成立園區審議會", "committee set up by this law")
ent(d, "Agency", "地政机关", ["地政機關"], "應囑託地政機關辦理註記登記", FUN)
ent(d, "Programme", "国家科学技术发展基金", ["行政院國家科學技術發展基金"], "在行政院國家科學技術發展基金或其他開發基金內指撥專款")
ent(d, "Programme", "科学工业园区设置管理条例", ["科學工業園區設置管理條例"], "原名稱：科學工業園區設置管理條例", "former name of this law")
ent(d, "Programme", "新竹科学工业园区特定区主要计划案", ["擬訂新竹科學工業園區特定區主要計畫案"], "擬訂新竹科學工業園區特定區主要計畫案範圍內取得土地", "a land-use plan named as a boundary")
ent(d, "Region", "新竹科学工业园区", ["新竹科學工業園區"], "擬訂新竹科學工業園區特定區主要計畫案範圍內取得土地", "named zone inside a plan's name")
def laws(doc, names, note=LAW):
    t = text(doc)
    for w in names:
        i = t.index(w); q = t[max(0, i - 12): i + len(w) + 6].split("\n")[-1]
        if w not in q: q = w
        ent(doc, "Programme", simplified(w), [w], q, note)
laws(d, ["民法", "土地法", "環境影響評估法", "公司法", "關稅法", "行政執行法", "規費法", "海關緝私條例"])
ent(d, "PlatformType", "科学园区", ["科學園區"], "報請行政院核定設置科學園區")
ent(d, "PlatformType", "科技企业孵化器", ["創業育成中心"], "研究機構、創業育成中心亦得申請在園區設立營運")
ent(d, "EnterpriseType", "研究机构", ["研究機構"], "研究機構、創業育成中心亦得申請在園區設立營運", "legal form or category")
ent(d, "EnterpriseType", "科学事业", ["科學事業"], "本條例所稱科學事業，指經核准在園區內成立從事高級技術產品或服務之開發、製造或研究發展之事業", "category defined by this text")
ent(d, "EnterpriseType", "园区事业", ["園區事業"], "本條例所稱園區事業，指科學事業與經核准在園區內設立以提供科學事業營運、管理或技術服務之事業", "category defined by this text")
ent(d, "EnterpriseType", "财团法人", ["財團法人"], "公民營事業或財團法人", "legal form or category")
ent(d, "EnterpriseType", "初创企业", ["新創事業"], "新創事業培育", "Taiwan term 新創事業")
ent(d, "EnterpriseType", "学研机构", ["學研機構"], "得選擇適當之學研機構進行產學合作", "legal form or category")
ent(d, "Industry", "高技术产业", ["高級技術產業", "高級技術之產業"], "為引進高級技術產業及科學技術人才", "Taiwan term 高級技術產業, a class named as the law's aim")
fund(d, "科学事业", "投資額以不超過該科學事業總投資額百分之四十九為限", ratio=0.49, cap=True, instr="投资", cond="符合园区引进条件")
fund(d, "科学事业", "得減免其承租土地五年以內之租金", instr="减免租金", cond="科学技术对产业发展有特殊贡献", amb="rent relief (fee-relief convention)")
fund(d, "实验中小学", "得由政府循預算程序之撥款", instr="拨款", amb="running budget of schools set up for the park")
fund(d, "科学园区", "應設置作業基金，為下列各款之應用", instr="作业基金", amb="a fund fed by the park's own revenue; its uses")
# ---------------- 0231 國家重點領域產學合作及人才培育創新條例 ----------------
d = "0231"
ent(d, "Region", "台湾", ["中華民國", "我國"], "中華民國一百十年五月二十八日總統")
ent(d, "Agency", "教育部", ["教育部"], "本條例之主管機關為教育部")
ent(d, "Agency", "总统", ["總統"], "中華民國一百十年五月二十八日總統")
ent(d, "Agency", "行政院", ["行政院"], "行政院國家發展基金之撥款")
ent(d, "Agency", "科技部", ["科技部"], "包括主管機關、國家發展委員會、經濟部、科技部及其他相關部會之政府代表")
ent(d, "Agency", "国家科学及技术委员会", ["國家科學及技術委員會"], "改由「國家科學及技術委員會」管轄")
ent(d, "Agency", "国家发展委员会", ["國家發展委員會"], "包括主管機關、國家發展委員會、經濟部、科技部及其他相關部會之政府代表")
ent(d, "Agency", "经济部", ["經濟部"], "包括主管機關、國家發展委員會、經濟部、科技部及其他相關部會之政府代表")
ent(d, "Agency", "国家重点领域产学合作及人才培育创新审议会", ["國家重點領域產學合作及人才培育創新審議會", "審議會"], "主管機關應設國家重點領域產學合作及人才培育創新審議會（以下簡稱審議會）", "committee set up by this law")
ent(d, "Agency", "监督会", ["監督會"], "國立大學監督委員會（以下簡稱監督會）", "university board set up by this law")
ent(d, "Agency", "管理会", ["管理會"], "研究學院管理委員會（以下簡稱管理會）", "school board set up by this law")
ent(d, "Programme", "国家发展基金", ["行政院國家發展基金"], "行政院國家發展基金之撥款")
ent(d, "PlatformType", "国家重点领域研究学院", ["國家重點領域研究學院", "研究學院"], "指國立大學設立國家重點領域研究學院（以下簡稱研究學院）進行產學合作及人才培育經營模式之創新", "kind of school defined by this law")
ent(d, "EnterpriseType", "合作企业", ["合作企業"], "國立大學申請條件及合作企業條件", "category defined by this text")
ent(d, "EnterpriseType", "营利事业", ["營利事業"], "得申請借調至營利事業、財團法人", "legal form or category")
ent(d, "EnterpriseType", "财团法人", ["財團法人"], "得申請借調至營利事業、財團法人", "legal form or category")
laws(d, ["大學法", "學位授予法", "教師法", "教育人員任用條例", "公務人員任用法", "科學技術基本法", "政府採購法", "國有財產法", "公務員服務法", "預算法", "會計法", "決算法", "審計法", "國立大學校院校務基金設置條例", "行政程序法", "國立大學校院校務基金會計制度"])
fund(d, "研究学院", "行政院國家發展基金之撥款", instr="拨款", amb="a fund's money listed among a school's sources")
fund(d, "国立大学", "研究學院應將研發成果收入之百分之十以上，提供國立大學用於改善師資、充實設備及其他校務發展", ratio=0.1, cap=False, instr="研发成果收入", amb="statutory share of income (inventor-share convention)")
fund(d, "合作企业", "得將經管之國有不動產及動產以出租、設定地上權或無償使用，提供合作企業開發、興建或營運", instr="无偿使用", amb="state property lent, not money")
# ---------------- 0226 科學技術基本法 ----------------
d = "0226"
ent(d, "Region", "台湾", ["中華民國", "我國"], "中華民國八十八年一月二十日總統")
ent(d, "Agency", "国家科学及技术委员会", ["國家科學及技術委員會"], "法規類別：行政＞國家科學及技術委員會＞科學技術目")
ent(d, "Agency", "总统", ["總統"], "中華民國八十八年一月二十日總統")
ent(d, "Agency", "行政院", ["行政院"], "由行政院統籌規劃訂定")
ent(d, "Agency", "考试院", ["考試院"], "由行政院會同考試院定之")
ent(d, "Agency", "教育部", ["教育部"], "由教育部定之")
ent(d, "Agency", "中央科技主管机关", ["中央科技主管機關"], "其監督管理辦法，由中央科技主管機關定之", FUN)
ent(d, "Agency", "中央目的事业主管机关", ["中央目的事業主管機關"], "由各中央目的事業主管機關定之", FUN)
ent(d, "Organization", "中央研究院", ["中央研究院"], "中央研究院得報請其主管機關核准設置科學研究基金")
ent(d, "Programme", "国家科学技术发展计划", ["國家科學技術發展計畫"], "每四年訂定國家科學技術發展計畫")
ent(d, "Programme", "国家科学技术发展基金", ["國家科學技術發展基金"], "行政院應設置國家科學技術發展基金")
ent(d, "Programme", "科学研究基金", ["科學研究基金"], "中央研究院得報請其主管機關核准設置科學研究基金", "a fund that may be set up")
ent(d, "Programme", "全国科学技术会议", ["全國科學技術會議"], "經全國科學技術會議討論後", "a recurring conference")
laws(d, ["國有財產法", "政府採購法", "教育人員任用條例", "公務員服務法", "公職人員利益衝突迴避法"])
ent(d, "EnterpriseType", "国有企业", ["公營事業"], "公立研究機關（構）、公營事業、法人或團體", "Taiwan term 公營事業 (0227 convention)")
ent(d, "EnterpriseType", "研究机构", ["研究機構"], "科學技術研究機構與人員", "legal form or category")
fund(d, "科学技术人员", "對於從事科學技術研究著有功績之科學技術人員，應給予必要獎勵", instr="奖励", cond="从事科学技术研究著有功绩", amb="honours without money named")
fund(d, "民间研究发展计划", "政府對符合國家科學技術發展計畫目標之民間研究發展計畫，得給予必要之支助", instr="支助", amb="support to plans, no money word beyond 支助")
fund(d, "公立学校、公立研究机关(构)", "政府得對科學技術研究成果優異之公立學校、公立研究機關（構）給予科學技術研究發展所需之設施、人才進用必要支援", instr="支援", amb="support in kind")
fund(d, "民间", "政府得提供租稅、金融等財政優惠措施", instr="财政优惠", amb="tax and finance relief")
# ---------------- 0236 中小企業發展條例 ----------------
d = "0236"
ent(d, "Region", "台湾", ["中華民國"], "中華民國八十年二月四日總統")
ent(d, "Agency", "经济部", ["經濟部"], "在中央為經濟部")
ent(d, "Agency", "总统", ["總統"], "中華民國八十年二月四日總統")
ent(d, "Agency", "行政院", ["行政院"], "由行政院定之")
ent(d, "Agency", "立法院", ["立法院"], "向立法院提出檢討報告")
ent(d, "Agency", "财政部", ["財政部"], "由中央主管機關會同財政部定之")
ent(d, "Agency", "直辖市政府", ["直轄市政府"], "在直轄市為直轄市政府", "generic level of government")
ent(d, "Agency", "县(市)政府", ["縣（市）政府"], "在縣（市）為縣（市）政府", "generic level of government")
ent(d, "Agency", "中央主管机关", ["中央主管機關"], "由中央主管機關按資本額、經常僱用員工數等定之", FUN)
ent(d, "Agency", "地方主管机关", ["地方主管機關"], "直轄市、縣（市）主管機關（以下簡稱地方主管機關）", FUN)
ent(d, "Agency", "税捐稽征机关", ["稅捐稽徵機關"], "向所在地稅捐稽徵機關申報", FUN)
ent(d, "Agency", "中央目的事业主管机关", ["中央目的事業主管機關"], "經各中央目的事業主管機關認定者", FUN)
ent(d, "Agency", "中小企业发展基金管理委员会", ["中小企業發展基金管理委員會"], "應設置中小企業發展基金管理委員會", "committee set up by this law")
ent(d, "Agency", "中小企业政策审议会", ["中小企業政策審議會"], "組成中小企業政策審議會", "committee set up by this law")
ent(d, "Programme", "中小企业发展基金", ["中小企業發展基金"], "中央主管機關應設置中小企業發展基金")
ent(d, "Programme", "中小企业认定标准", ["中小企業認定標準"], "合於中小企業認定標準之事業", LAW)
ent(d, "Programme", "互助保证基金", ["防止中小企業連鎖性倒閉互助保證基金", "互助保證基金"], "設置或聯合設置防止中小企業連鎖性倒閉互助保證基金", "a fund that may be set up by trade associations")
ent(d, "Programme", "中小企业白皮书", ["中小企業白皮書"], "應於每年度終了發布中小企業白皮書", "an annual report")
ent(d, "Programme", "中心卫星工厂制度", ["中心衛星工廠制度"], "業界垂直合併及中心衛星工廠制度之建立與推廣", "a mechanism named as a guidance point")
laws(d, ["所得稅法", "審計法", "銀行法", "獎勵投資條例"])
ent(d, "EnterpriseType", "中小企业", ["中小企業"], "本條例所稱中小企業，指依法辦理公司、有限合夥或商業登記，合於中小企業認定標準之事業")
ent(d, "EnterpriseType", "中小企业开发公司", ["中小企業開發公司"], "中央主管機關得設立或輔導設立中小企業開發公司", "kind of investment company defined by this law")
ent(d, "EnterpriseType", "小规模企业", ["小規模企業"], "除應促進小規模企業經營之改善與發展外", "category named once")
ent(d, "EnterpriseType", "国有企业", ["公營事業"], "各級政府及公營事業進行公告採購", "Taiwan term 公營事業 (0227 convention)")
ent(d, "EnterpriseType", "营利事业", ["營利事業"], "應納營利事業所得稅額", "legal category")
ent(d, "PlatformType", "中小企业辅导中心", ["中小企業輔導中心"], "並應設置中小企業輔導中心", "bank units, not innovation platforms")
ent(d, "PlatformType", "中小企业指导服务中心", ["中小企業指導服務中心"], "主管機關得設置或輔導民間設置中小企業指導服務中心", "service centre kind")
ent(d, "Industry", "地方特色产业", ["地方特色產業"], "為協助發展地方特色產業", "class named for support")
fund(d, "中小企业", "前項高級產品，高附加價值產品製造或服務計畫，經主管機關會同有關機關評鑑後認許者，得申請中小企業發展基金補助其產品及市場開發費用", instr="补助", cond="高级产品、高附加价值产品制造或服务计划经评鉴认许")
fund(d, "地方主管机关", "得向中小企業發展基金申請補助", instr="补助", cond="推行辅导计划")
fund(d, "信用保证机构", "中央主管機關應編列預算捐助該機構", instr="捐助")
fund(d, "互助保证基金", "得由中小企業發展基金捐助之", instr="捐助")
fund(d, "机构或法人", "資助為辦理第四條所定業務而設立之機構或法人", instr="资助", amb="a fund's listed use")
fund(d, "中小企业", "共同投資中小企業", instr="投资", amb="a fund's listed use; equity")
fund(d, "中小企业", "必要時，得由中小企業發展基金補助之", instr="补助", amb="recipient implied (new product or technology transfer)")
fund(d, "中小企业开发公司", "中小企業開發公司所需資本，得由中小企業發展基金參與投資", instr="投资", amb="equity")
fund(d, "中小企业", "得由中小企業發展基金撥款參與貸款或保證", instr="贷款或保证", amb="lending")
fund(d, "中小企业", "於支出金額百分之十五限度內，抵減當年度應納營利事業所得稅額", ratio=0.15, cap=True, instr="投资抵减", amb="tax credit")
fund(d, "中小企业", "於支出金額百分之十限度內，抵減自當年度起三年內各年度應納營利事業所得稅額", ratio=0.1, cap=True, instr="投资抵减", amb="tax credit")
fund(d, "中小企业", "得就其增僱該員工所支付薪資金額之百分之二百限度內，自其增僱當年度營利事業所得額中減除", ratio=2.0, cap=True, instr="所得减除", amb="tax deduction")
fund(d, "中小企业", "得就非因法定最低工資調整而增加支付本國籍現職基層員工薪資金額之百分之一百七十五限度內", ratio=1.75, cap=True, instr="所得减除", amb="tax deduction")
fund(d, "地方特色产业", "為協助發展地方特色產業，以促進地區經濟繁榮，政府得設立基金", instr="基金", amb="a fund that may be set up")
# ---------------- write ----------------
import os
base = "/work/wt/twn20/tests/data/own-taiwan20/"
for grp, docs in [("fit", {"0228", "0231"}), ("blind", {"0226", "0236"})]:
    with open(base + grp + "/entities.jsonl", "w", encoding="utf-8") as f:
        for r in E:
            if r["doc"] in docs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(base + grp + "/funding.jsonl", "w", encoding="utf-8") as f:
        for r in F:
            if r["doc"] in docs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(E), len(F))
