#!/usr/bin/env python3
"""Write samples/: small plain-text 政府信息公开工作年度报告 built from real figures.

Run from the repository root:  python3 scripts/make-samples.py

The figures marked REAL are facts: those printed in the statistics tables of the named body's own
published report for that year. A few reports are SYNTHETIC, derived from a real neighbouring year
so that a body has two consecutive years, and are labelled so below and in docs/samples.md. The
prose is generic and written for these samples; the table layout follows the national template
(国办公开办函〔2021〕30号, and 〔2019〕60号 for 2019) as real text dumps print it.

Deterministic and idempotent: no clock, no randomness; a file is rewritten only when its bytes
change. Every report's figures are checked against the balance rules before anything is written,
so a deliberate error stays the only error.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

# ---------------------------------------------------------------------------------------------
# The canonical keys (docs/canonical-model.md)

T3_COLS = ["natural_person", "commercial", "research", "social_org", "legal_service", "other_org", "total"]

DENIED = ["state_secret", "law_forbidden", "three_safety", "third_party",
          "internal_affairs", "process_info", "enforcement_file", "inquiry"]
UNAVAILABLE = ["not_held", "needs_creation", "unclear"]
NOT_PROCESSED = ["petition", "repeat", "publication", "mass_repeat", "confirm_existing"]
OTHER_SPLIT = ["no_correction", "unpaid_fee", "other"]

OUTCOME_ROWS_SPLIT = (["granted", "partial"] + ["denied." + k for k in DENIED]
                      + ["unavailable." + k for k in UNAVAILABLE]
                      + ["not_processed." + k for k in NOT_PROCESSED]
                      + ["other." + k for k in OTHER_SPLIT])
OUTCOME_ROWS_SINGLE = [r for r in OUTCOME_ROWS_SPLIT if not r.startswith("other.")] + ["other"]

T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_RESULTS = ["upheld", "corrected", "other", "pending", "total"]
T4_COLS = [g + "." + r for g in T4_GROUPS for r in T4_RESULTS]

# The template's row labels (the 表三 label columns), keyed as above.
T3_GROUP_LABELS = {
    "denied": "（三）不予公开", "unavailable": "（四）无法提供",
    "not_processed": "（五）不予处理", "other": "（六）其他处理",
}
T3_SUB_LABELS = {
    "denied.state_secret": "属于国家秘密",
    "denied.law_forbidden": "其他法律行政法规禁止公开",
    "denied.three_safety": "危及“三安全一稳定”",
    "denied.third_party": "保护第三方合法权益",
    "denied.internal_affairs": "属于三类内部事务信息",
    "denied.process_info": "属于四类过程性信息",
    "denied.enforcement_file": "属于行政执法案卷",
    "denied.inquiry": "属于行政查询事项",
    "unavailable.not_held": "本机关不掌握相关政府信息",
    "unavailable.needs_creation": "没有现成信息需要另行制作",
    "unavailable.unclear": "补正后申请内容仍不明确",
    "not_processed.petition": "信访举报投诉类申请",
    "not_processed.repeat": "重复申请",
    "not_processed.publication": "要求提供公开出版物",
    "not_processed.mass_repeat": "无正当理由大量反复申请",
    "not_processed.confirm_existing": "要求行政机关确认或重新出具已获取信息",
    "other.no_correction": "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other.unpaid_fee": "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other.other": "其他",
}
T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# ---------------------------------------------------------------------------------------------
# Figures. t3 rows list the seven columns in T3_COLS order; a t3 row left out is all zeros.
# t4 lists the fifteen cells in T4_COLS order.


def zeros():
    return [0] * 7


def t3_table(rows, single_other):
    """A full 表三 from the non-zero rows given."""
    keys = ["new", "carried_over"] + (OUTCOME_ROWS_SINGLE if single_other else OUTCOME_ROWS_SPLIT) \
        + ["total", "carried_forward"]
    unknown = set(rows) - set(keys)
    assert not unknown, unknown
    return {k: list(rows.get(k, zeros())) for k in keys}


# REAL: 天坛街道办事处（济源市）2024, its published report.
TIANTAN_2024 = {
    "format": "2021",
    "t2": {"rules": [0, 0, 0], "normative_docs": [0, 0, 0],
           "licensing": 0, "penalty": 43, "coercion": 0, "fees": "0"},
    "t3": t3_table({
        "new": [4, 0, 0, 0, 0, 0, 4],
        "carried_over": [1, 0, 0, 0, 0, 0, 1],
        "granted": [1, 0, 0, 0, 0, 0, 1],
        "partial": [1, 0, 0, 0, 0, 0, 1],
        "unavailable.not_held": [1, 0, 0, 0, 0, 0, 1],
        "other.no_correction": [2, 0, 0, 0, 0, 0, 2],
        "total": [5, 0, 0, 0, 0, 0, 5],
    }, single_other=False),
    "t4": [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
}

# REAL: 平潭综合实验区 2019, its published report, in the 2019 format.
PINGTAN_2019 = {
    "format": "2019",
    "t2": {"rules": [0, 0, 0], "normative_docs": [89, 89, 89],
           "licensing": [396, 0, 181], "other_services": [10, 0, 153],
           "penalty": [2648, 0, 430], "coercion": [126, 0, 25],
           "fees": [35, 0], "procurement": [135, "75394432.52"]},
    "t3": t3_table({
        "new": [23, 0, 0, 0, 0, 0, 23],
        "granted": [7, 0, 0, 0, 0, 0, 7],
        "partial": [1, 0, 0, 0, 0, 0, 1],
        "unavailable.not_held": [7, 0, 0, 0, 0, 0, 7],
        "unavailable.unclear": [5, 0, 0, 0, 0, 0, 5],
        "not_processed.repeat": [3, 0, 0, 0, 0, 0, 3],
        "total": [23, 0, 0, 0, 0, 0, 23],
    }, single_other=True),
    "t4": [0] * 15,
}

# REAL: 平潭综合实验区 2022, its published report.
PINGTAN_2022 = {
    "format": "2021",
    "t2": {"rules": [0, 0, 0], "normative_docs": [88, 55, 698],
           "licensing": 10690, "penalty": 2113, "coercion": 0, "fees": "9116.36"},
    "t3": t3_table({
        "new": [71, 3, 0, 0, 0, 0, 74],
        "carried_over": [1, 0, 0, 0, 0, 0, 1],
        "granted": [21, 0, 0, 0, 0, 0, 21],
        "partial": [8, 1, 0, 0, 0, 0, 9],
        "denied.internal_affairs": [1, 0, 0, 0, 0, 0, 1],
        "denied.process_info": [2, 0, 0, 0, 0, 0, 2],
        "denied.enforcement_file": [1, 0, 0, 0, 0, 0, 1],
        "unavailable.not_held": [37, 0, 0, 0, 0, 0, 37],
        "other.no_correction": [2, 0, 0, 0, 0, 0, 2],
        "other.other": [0, 2, 0, 0, 0, 0, 2],
        "total": [72, 3, 0, 0, 0, 0, 75],
    }, single_other=False),
    "t4": [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
}

# SYNTHETIC: 平潭综合实验区 2023. Invented, sized between the real 2022 and 2024 reports. It
# balances, and its 现行有效件数 runs on from 2022 (698 + 71 − 358 = 411) and on to the real
# 2024 report (411 + 62 − 33 = 440). Its 上年结转 is 2 (自然人) although the real 2022
# report carried nothing forward: THE CARRY-OVER BREAKS between 2022 and 2023.
PINGTAN_2023 = {
    "format": "2021",
    "t2": {"rules": [0, 0, 0], "normative_docs": [71, 358, 411],
           "licensing": 6210, "penalty": 1530, "coercion": 12, "fees": "13420.57"},
    "t3": t3_table({
        "new": [168, 3, 0, 0, 0, 0, 171],
        "carried_over": [2, 0, 0, 0, 0, 0, 2],
        "granted": [58, 1, 0, 0, 0, 0, 59],
        "partial": [20, 0, 0, 0, 0, 0, 20],
        "denied.state_secret": [1, 0, 0, 0, 0, 0, 1],
        "denied.third_party": [2, 0, 0, 0, 0, 0, 2],
        "denied.internal_affairs": [18, 0, 0, 0, 0, 0, 18],
        "denied.process_info": [3, 0, 0, 0, 0, 0, 3],
        "unavailable.not_held": [60, 1, 0, 0, 0, 0, 61],
        "unavailable.unclear": [2, 0, 0, 0, 0, 0, 2],
        "not_processed.repeat": [2, 0, 0, 0, 0, 0, 2],
        "other.no_correction": [3, 0, 0, 0, 0, 0, 3],
        "other.other": [1, 1, 0, 0, 0, 0, 2],
        "total": [170, 3, 0, 0, 0, 0, 173],
    }, single_other=False),
    "t4": [1, 1, 2, 0, 4, 1, 0, 0, 0, 1, 5, 1, 2, 0, 8],
}

# REAL: 宿迁市人民政府 2024, its published report.
SUQIAN_2024 = {
    "format": "2021",
    "t2": {"rules": [2, 1, 12], "normative_docs": [50, 227, 420],
           "licensing": 1573179, "penalty": 2676474, "coercion": 29351, "fees": "72701.2578"},
    "t3": t3_table({
        "new": [3440, 75, 0, 1, 6, 3, 3525],
        "carried_over": [118, 3, 0, 0, 0, 0, 121],
        "granted": [1408, 21, 0, 0, 2, 0, 1431],
        "partial": [462, 9, 0, 0, 0, 0, 471],
        "denied.state_secret": [2, 0, 0, 0, 0, 0, 2],
        "denied.law_forbidden": [1, 0, 0, 0, 0, 0, 1],
        "denied.three_safety": [4, 0, 0, 0, 0, 0, 4],
        "denied.third_party": [16, 1, 0, 0, 0, 0, 17],
        "denied.internal_affairs": [21, 0, 0, 0, 0, 0, 21],
        "denied.process_info": [10, 1, 0, 0, 0, 0, 11],
        "denied.enforcement_file": [21, 2, 0, 0, 0, 0, 23],
        "denied.inquiry": [13, 0, 0, 0, 0, 0, 13],
        "unavailable.not_held": [859, 33, 0, 0, 3, 2, 897],
        "unavailable.needs_creation": [35, 1, 0, 0, 0, 0, 36],
        "unavailable.unclear": [8, 0, 0, 0, 0, 0, 8],
        "not_processed.petition": [86, 1, 0, 0, 0, 0, 87],
        "not_processed.repeat": [26, 1, 0, 0, 0, 0, 27],
        "not_processed.mass_repeat": [3, 0, 0, 0, 0, 0, 3],
        "other.no_correction": [75, 1, 0, 1, 0, 0, 77],
        "other.unpaid_fee": [38, 0, 0, 0, 0, 0, 38],
        "other.other": [352, 2, 0, 0, 0, 0, 354],
        "total": [3440, 73, 0, 1, 5, 2, 3521],
        "carried_forward": [118, 5, 0, 0, 1, 1, 125],
    }, single_other=False),
    "t4": [88, 18, 28, 36, 170, 7, 0, 11, 7, 25, 33, 0, 6, 13, 52],
}


def previous_year(real, carried_over, t2, factor=(9, 10)):
    """A SYNTHETIC year before `real`: its outcome rows and 表四 results are the real ones scaled
    by `factor` (rounded), its 结转下年度 is the real year's 上年结转 column by column (so the
    pair chains), its 上年结转 is `carried_over`, and 本年新收 and every 总计 follow from the
    balance rules."""
    num, den = factor
    scale = lambda v: (v * num + den // 2) // den
    t3 = {k: [scale(v) for v in row[:6]] for k, row in real["t3"].items()}
    outcomes = [k for k in t3 if k not in ("new", "carried_over", "total", "carried_forward")]
    t3["carried_forward"] = list(real["t3"]["carried_over"][:6])
    t3["carried_over"] = list(carried_over)
    t3["total"] = [sum(t3[k][c] for k in outcomes) for c in range(6)]
    t3["new"] = [t3["total"][c] + t3["carried_forward"][c] - t3["carried_over"][c] for c in range(6)]
    assert min(t3["new"]) >= 0
    for row in t3.values():
        row.append(sum(row))
    t4 = []
    for g in range(3):
        results = [scale(v) for v in real["t4"][g * 5:g * 5 + 4]]
        t4 += results + [sum(results)]
    return {"format": real["format"], "t2": t2, "t3": t3, "t4": t4}


# SYNTHETIC: 宿迁市 2023, derived from the real 2024 report by previous_year(): THE CARRY-OVER
# CHAINS (its 结转下年度 118/3/0/0/0/0 = 121 is 2024's 上年结转), and 现行有效件数 runs on to
# 2024 (规章 11 + 2 − 1 = 12; 行政规范性文件 597 + 50 − 227 = 420).
SUQIAN_2023 = previous_year(
    SUQIAN_2024, carried_over=[96, 2, 0, 0, 1, 0],
    t2={"rules": [1, 0, 11], "normative_docs": [61, 32, 597],
        "licensing": 1415861, "penalty": 2408827, "coercion": 26416, "fees": "70512.3318"})

# REAL: 淮安市洪泽区人民政府 2023, its published report. A 2021 report
# with a single （六）其他处理 row. Its 表四 prints 总计 0 beside non-zero results (行政复议
# 10/1/0/0, 复议后起诉 5/0/0/0): a real error, so t4.groups fails.
HONGZE_2023 = {
    "format": "2021",
    "t2": {"rules": [0, 0, 0], "normative_docs": [0, 5, 5],
           "licensing": 550, "penalty": 4119, "coercion": 195, "fees": "7730.28"},
    "t3": t3_table({
        "new": [21, 0, 0, 0, 0, 0, 21],
        "partial": [4, 0, 0, 0, 0, 0, 4],
        "denied.state_secret": [1, 0, 0, 0, 0, 0, 1],
        "denied.process_info": [1, 0, 0, 0, 0, 0, 1],
        "denied.enforcement_file": [1, 0, 0, 0, 0, 0, 1],
        "unavailable.not_held": [10, 0, 0, 0, 0, 0, 10],
        "unavailable.needs_creation": [3, 0, 0, 0, 0, 0, 3],
        "not_processed.petition": [1, 0, 0, 0, 0, 0, 1],
        "total": [21, 0, 0, 0, 0, 0, 21],
    }, single_other=True),
    "t4": [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
}

# REAL: 淮安市洪泽区人民政府 2024, its published report.
HONGZE_2024 = {
    "format": "2021",
    "t2": {"rules": [0, 0, 0], "normative_docs": [3, 0, 8],
           "licensing": 9487, "penalty": 2776, "coercion": 84, "fees": "7545"},
    "t3": t3_table({
        "new": [95, 0, 0, 0, 0, 0, 95],
        "granted": [50, 0, 0, 0, 0, 0, 50],
        "partial": [9, 0, 0, 0, 0, 0, 9],
        "denied.three_safety": [1, 0, 0, 0, 0, 0, 1],
        "denied.process_info": [1, 0, 0, 0, 0, 0, 1],
        "denied.enforcement_file": [1, 0, 0, 0, 0, 0, 1],
        "unavailable.not_held": [31, 0, 0, 0, 0, 0, 31],
        "unavailable.needs_creation": [1, 0, 0, 0, 0, 0, 1],
        "not_processed.petition": [1, 0, 0, 0, 0, 0, 1],
        "total": [95, 0, 0, 0, 0, 0, 95],
    }, single_other=True),
    "t4": [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
}


# REAL: 平潭综合实验区 2024, its published report. 上年结转 0, so it chains on
# from the synthetic 2023 report (结转下年度 0).
PINGTAN_2024 = {
    "format": "2021",
    "t2": {"rules": [0, 0, 0], "normative_docs": [62, 33, 440],
           "licensing": 4529, "penalty": 1100, "coercion": 65, "fees": "18651.06"},
    "t3": t3_table({
        "new": [217, 1, 0, 0, 0, 0, 218],
        "granted": [71, 0, 0, 0, 0, 0, 71],
        "partial": [29, 0, 0, 0, 0, 0, 29],
        "denied.state_secret": [4, 0, 0, 0, 0, 0, 4],
        "denied.third_party": [3, 0, 0, 0, 0, 0, 3],
        "denied.internal_affairs": [32, 0, 0, 0, 0, 0, 32],
        "unavailable.not_held": [75, 0, 0, 0, 0, 0, 75],
        "not_processed.repeat": [1, 0, 0, 0, 0, 0, 1],
        "other.no_correction": [1, 0, 0, 0, 0, 0, 1],
        "other.other": [1, 1, 0, 0, 0, 0, 2],
        "total": [217, 1, 0, 0, 0, 0, 218],
    }, single_other=False),
    "t4": [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19],
}

# REAL: the 7–8 digit figures of a Hangzhou-style report page that a public project comparing these
# reports keeps as its test fixture, under the made-up body 测试市 and the year 2025.
HANGZHOU_2025 = {
    "format": "2021",
    "t2": {"rules": [3, 5, 74], "normative_docs": [564, 984, 4185],
           "licensing": 11398889, "penalty": 6937489, "coercion": 166105, "fees": "316441"},
    "t3": t3_table({
        "new": [13612, 252, 0, 45, 128, 32, 14069],
        "carried_over": [535, 6, 0, 1, 18, 0, 560],
        "granted": [5345, 129, 0, 41, 19, 14, 5548],
        "partial": [2120, 39, 0, 1, 6, 2, 2168],
        "denied.state_secret": [13, 0, 0, 0, 0, 0, 13],
        "denied.law_forbidden": [30, 0, 0, 0, 0, 0, 30],
        "denied.three_safety": [11, 0, 0, 0, 0, 0, 11],
        "denied.third_party": [49, 2, 0, 0, 0, 0, 51],
        "denied.internal_affairs": [103, 1, 0, 0, 0, 0, 104],
        "denied.process_info": [84, 1, 0, 0, 0, 0, 85],
        "denied.enforcement_file": [282, 4, 0, 0, 0, 0, 286],
        "denied.inquiry": [147, 0, 0, 0, 1, 2, 150],
        "unavailable.not_held": [3075, 50, 0, 0, 89, 8, 3222],
        "unavailable.needs_creation": [177, 3, 0, 0, 0, 0, 180],
        "unavailable.unclear": [19, 0, 0, 0, 0, 0, 19],
        "not_processed.petition": [199, 1, 0, 0, 3, 0, 203],
        "not_processed.repeat": [147, 1, 0, 0, 0, 0, 148],
        "not_processed.mass_repeat": [100, 1, 0, 0, 0, 0, 101],
        "not_processed.confirm_existing": [5, 0, 0, 0, 0, 0, 5],
        "other.no_correction": [315, 3, 0, 0, 0, 0, 318],
        "other.unpaid_fee": [202, 0, 0, 1, 0, 0, 203],
        "other.other": [941, 17, 0, 1, 3, 3, 965],
        "total": [13364, 252, 0, 44, 121, 29, 13810],
        "carried_forward": [783, 6, 0, 2, 25, 3, 819],
    }, single_other=False),
    "t4": [376, 97, 196, 121, 790, 16, 1, 12, 27, 56, 74, 1, 30, 51, 156],
}


def with_t3_cell(report, row, col, value):
    """A copy of `report` with one 表三 cell printed differently."""
    copy = dict(report, t3={k: list(v) for k, v in report["t3"].items()})
    copy["t3"][row][T3_COLS.index(col)] = value
    return copy


# DELIBERATE ERROR: the real 2024 洪泽区 figures with one wrong cell, 本年新收 自然人 printed 93
# instead of 95. t3.flow fails in the 自然人 column (93 + 0 ≠ 95 + 0) and t3.columns in the
# 本年新收 row (93 ≠ 95); the one cell they share is the suspect, and 95 balances both.
HONGZE_2024_WRONG = with_t3_cell(HONGZE_2024, "new", "natural_person", 93)

# ---------------------------------------------------------------------------------------------
# Balance rules, to make sure each sample breaks exactly the rules it is meant to.


def failing_rules(report):
    t3, t4 = report["t3"], report["t4"]
    outcomes = [k for k in t3 if k not in ("new", "carried_over", "total", "carried_forward")]
    failing = set()
    for c in range(7):
        if t3["new"][c] + t3["carried_over"][c] != t3["total"][c] + t3["carried_forward"][c]:
            failing.add("t3.flow")
        if t3["total"][c] != sum(t3[k][c] for k in outcomes):
            failing.add("t3.outcomes")
    for row in t3.values():
        if row[6] != sum(row[:6]):
            failing.add("t3.columns")
    for g in range(3):
        if t4[g * 5 + 4] != sum(t4[g * 5:g * 5 + 4]):
            failing.add("t4.groups")
    return failing


def t4_counts(report):
    """Cases of 行政复议 and of 行政诉讼 (both kinds), from the printed 总计 cells."""
    t4 = report["t4"]
    return t4[4], t4[9] + t4[14]


# ---------------------------------------------------------------------------------------------
# Grids. A grid is a list of rows; a row is a list of cells; a cell is text, or (text, span)
# for a cell the template merges across `span` columns (printed once, then blank columns).


def cell_text(cell):
    return cell if isinstance(cell, str) else cell[0]


def cell_span(cell):
    return 1 if isinstance(cell, str) else cell[1]


def fmt(value):
    return value if isinstance(value, str) else str(value)


def t2_grid(report):
    t2 = report["t2"]
    art = lambda n: [("第二十条第（%s）项" % n, 4)]
    if report["format"] == "2019":
        rows = [art("一"), ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                ["规章"] + [fmt(v) for v in t2["rules"]],
                ["规范性文件"] + [fmt(v) for v in t2["normative_docs"]],
                art("五"), ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                ["行政许可"] + [fmt(v) for v in t2["licensing"]],
                ["其他对外管理服务事项"] + [fmt(v) for v in t2["other_services"]],
                art("六"), ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                ["行政处罚"] + [fmt(v) for v in t2["penalty"]],
                ["行政强制"] + [fmt(v) for v in t2["coercion"]],
                art("八"), ["信息内容", "上一年项目数量", "本年增/减", ""],
                ["行政事业性收费"] + [fmt(v) for v in t2["fees"]] + [""],
                art("九"), ["信息内容", "采购项目数量", "采购总金额", ""],
                ["政府集中采购"] + [fmt(v) for v in t2["procurement"]] + [""]]
        return rows
    one = lambda label, v: [label, (fmt(v), 3)]
    return [art("一"), ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章"] + [fmt(v) for v in t2["rules"]],
            ["行政规范性文件"] + [fmt(v) for v in t2["normative_docs"]],
            art("五"), ["信息内容", ("本年处理决定数量", 3)],
            one("行政许可", t2["licensing"]),
            art("六"), ["信息内容", ("本年处理决定数量", 3)],
            one("行政处罚", t2["penalty"]), one("行政强制", t2["coercion"]),
            art("八"), ["信息内容", ("本年收费金额（单位：万元）", 3)],
            one("行政事业性收费", t2["fees"])]


def numbered(n, label, style):
    return {"dot": "%d.%s", "comma": "%d、%s", "paren": "（%d）%s"}[style] % (n, label)


def t3_grid(report, numbering="dot", typo=False):
    """表三 as the template lays it out: three label columns, then the seven figures."""
    t3 = report["t3"]
    vals = lambda key: [fmt(v) for v in t3[key]]
    rows = [[(T3_CORNER, 3), ("申请人情况", 7)],
            ["", "", "", "自然人", ("法人或其他组织", 5), "总计"],
            ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
            [("一、本年新收政府信息公开申请数量", 3)] + vals("new"),
            [("二、上年结转政府信息公开申请数量", 3)] + vals("carried_over"),
            ["三、本年度办理结果", ("（一）予以公开", 2)] + vals("granted"),
            ["", ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2)] + vals("partial")]
    group_rows = {}
    for key in t3:
        if "." in key:
            group_rows.setdefault(key.split(".")[0], []).append(key)
    for group in ["denied", "unavailable", "not_processed", "other"]:
        if group == "other" and "other" in t3:
            rows.append(["", (T3_GROUP_LABELS["other"], 2)] + vals("other"))
            continue
        for n, key in enumerate(group_rows[group], 1):
            label = T3_SUB_LABELS[key]
            if typo and key == "denied.law_forbidden":
                label = "其他法律行政止公开"   # the real 2023 洪泽区 report's misprint
            rows.append(["", T3_GROUP_LABELS[group] if n == 1 else "", numbered(n, label, numbering)]
                        + vals(key))
    rows.append(["", ("（七）总计", 2)] + vals("total"))
    rows.append([("四、结转下年度继续办理", 3)] + vals("carried_forward"))
    return rows


def t4_grid(report):
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [[("行政复议", 5), ("行政诉讼", 10)],
            results + [("未经复议直接起诉", 5), ("复议后起诉", 5)],
            ["", "", "", "", ""] + results + results,
            [fmt(v) for v in report["t4"]]]


def expand(row):
    """A row's cells with each merged cell followed by its blank columns."""
    out = []
    for cell in row:
        out += [cell_text(cell)] + [""] * (cell_span(cell) - 1)
    return out


def as_tabs(grid):
    return ["\t".join(expand(row)) for row in grid]


def width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def as_spaces(grid, gap=2):
    """Columns aligned with spaces, as a layout-preserving text dump prints them: every cell
    starts at its column's position, a merged cell may run over the columns it covers."""
    ncols = max(len(expand(row)) for row in grid)
    widths = [0] * ncols
    for row in grid:
        col = 0
        for cell in row:
            if cell_span(cell) == 1:
                widths[col] = max(widths[col], width(cell_text(cell)))
            col += cell_span(cell)
    for row in grid:   # widen the last covered column where a merged cell would not fit
        col = 0
        for cell in row:
            span = cell_span(cell)
            room = sum(widths[col:col + span]) + gap * (span - 1)
            if width(cell_text(cell)) > room:
                widths[col + span - 1] += width(cell_text(cell)) - room
            col += span
    lines = []
    for row in grid:
        line, col = "", 0
        for cell in row:
            start = sum(widths[:col]) + gap * col
            text = cell_text(cell)
            if text:
                line += " " * (start - width(line)) + text
            col += cell_span(cell)
        lines.append(line.rstrip())
    return lines


def as_pipes(grid):
    """A markdown pipe table; the first row is the markdown header row."""
    rows = [expand(row) for row in grid]
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    line = lambda r: "| " + " | ".join(r) + " |"
    return [line(rows[0]), "|" + "---|" * ncols] + [line(r) for r in rows[1:]]


def as_html(grid):
    """One bordered HTML table, merged cells as colspan: what LibreOffice turns into a Word
    table or a ruled PDF table."""
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;")
    rows = []
    for row in grid:
        cells = "".join('<td colspan="%d">%s</td>' % (cell_span(c), esc(cell_text(c))) if cell_span(c) > 1
                        else "<td>%s</td>" % esc(cell_text(c)) for c in row)
        rows.append("<tr>" + cells + "</tr>")
    return ['<table border="1" cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"]


def html_page(lines, title):
    """A web page of the report: narrative lines as paragraphs, the tables as they are."""
    body = "\n".join(line if line.startswith("<table") else "<p>%s</p>" % line.replace("&", "&amp;").replace("<", "&lt;")
                     for line in lines if line)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n<body>\n%s\n</body></html>\n'
            % (title, body))


# ---------------------------------------------------------------------------------------------
# The seed's own table layout (cases/docs/tiantan-2024.txt): trailing tabs, ASCII brackets,
# 总计 in the first header row, two label columns for most rows but three for the numbered
# sub-rows of （三）–（五）, and the 5. row of （五） that lost its leading tabs. Only its 表四
# differs: one data cell per header (15), where the seed printed a stray 16th.

def tiantan_t2(report):
    t2 = report["t2"]
    r, n = t2["rules"], t2["normative_docs"]
    return ["第二十条第（一）项\t\t\t",
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
            "规章\t%d\t%d\t%d" % tuple(r),
            "行政规范性文件\t%d\t%d\t%d" % tuple(n),
            "第二十条第（五）项\t\t\t",
            "信息内容\t本年处理决定数量\t\t",
            "行政许可\t%d\t\t" % t2["licensing"],
            "第二十条第（六）项\t\t\t",
            "信息内容\t本年处理决定数量\t\t",
            "行政处罚\t%d\t\t" % t2["penalty"],
            "行政强制\t%d\t\t" % t2["coercion"],
            "第二十条第（八）项\t\t\t",
            "信息内容\t本年收费金额（单位：万元）\t\t",
            "行政事业性收费\t%s\t\t" % t2["fees"]]


TIANTAN_T3_ROWS = [
    # (cells before the figures, row key, trailing tab)
    (["一、本年新收政府信息公开申请数量", ""], "new", True),
    (["二、上年结转政府信息公开申请数量", ""], "carried_over", True),
    (["三、本年度办理结果", "(一) 予以公开"], "granted", True),
    (["", "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)"], "partial", True),
    (["", "(三) 不予公开", "1. 属于国家秘密"], "denied.state_secret", False),
    (["", "", "2. 其他法律行政法规禁止公开"], "denied.law_forbidden", False),
    (["", "", "3. 危及“三安全一稳定”"], "denied.three_safety", False),
    (["", "", "4. 保护第三方合法权益"], "denied.third_party", False),
    (["", "", "5. 属于三类内部事务信息"], "denied.internal_affairs", False),
    (["", "", "6. 属于四类过程性信息"], "denied.process_info", False),
    (["", "", "7. 属于行政执法案卷"], "denied.enforcement_file", False),
    (["", "", "8. 属于行政查询事项"], "denied.inquiry", False),
    (["", "(四) 无法提供", "1. 本机关不掌握相关政府信息"], "unavailable.not_held", False),
    (["", "", "2. 没有现成信息需要另行制作"], "unavailable.needs_creation", False),
    (["", "", "3. 补正后申请内容仍不明确"], "unavailable.unclear", False),
    (["", "(五) 不予处理", "1. 信访举报投诉类申请"], "not_processed.petition", False),
    (["", "", "2. 重复申请"], "not_processed.repeat", False),
    (["", "", "3. 要求提供公开出版物"], "not_processed.publication", False),
    (["", "", "4. 无正当理由大量反复申请"], "not_processed.mass_repeat", False),
    (["5. 要求行政机关确认或重新出具已获取信息", ""], "not_processed.confirm_existing", True),
    (["(六) 其他处理", "1. " + T3_SUB_LABELS["other.no_correction"]], "other.no_correction", True),
    (["", "2. " + T3_SUB_LABELS["other.unpaid_fee"]], "other.unpaid_fee", True),
    (["", "3. 其他"], "other.other", True),
    (["(七) 总计", ""], "total", True),
    (["四、结转下年度继续办理", ""], "carried_forward", True),
]


def tiantan_t3(report):
    lines = ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况"
             "\t\t\t\t\t\t总计\t",
             "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
             "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t"]
    for before, key, trailing in TIANTAN_T3_ROWS:
        cells = before + [str(v) for v in report["t3"][key]] + ([""] if trailing else [])
        lines.append("\t".join(cells))
    return lines


def tiantan_t4(report):
    results = "结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计"
    return ["行政复议\t\t\t\t\t行政诉讼" + "\t" * 10,
            results + "\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t",
            "\t" * 5 + results + "\t" + results + "\t",
            "\t".join(str(v) for v in report["t4"])]


# ---------------------------------------------------------------------------------------------
# Prose: short, generic, written for these samples. `s` is a sample's settings.

def overview(s):
    r = s["report"]
    t3 = r["t3"]
    reviews, suits = s.get("stated_cases") or t4_counts(r)
    year = s["year"]
    para = [
        "本报告依据《中华人民共和国政府信息公开条例》编写，说明%s%d年政府信息公开工作的开展情况，"
        "并列出有关统计数据。统计期间为%d年1月1日至12月31日。" % (s["full"], year, year),
    ]
    applications = ("本年新收政府信息公开申请%d件，上年结转%d件；共办结%d件，结转下年度继续办理%d件。"
                    % (t3["new"][6], t3["carried_over"][6], t3["total"][6], t3["carried_forward"][6]))
    if s.get("cases_in_text", True):
        applications += "因政府信息公开引起行政复议%d件、行政诉讼%d件，具体结果见第四部分。" % (reviews, suits)
    else:
        applications += "行政复议和行政诉讼情况见第四部分。"
    subs = [
        ("（一）主动公开", "通过政府网站信息公开专栏和政务新媒体发布政策文件、工作动态和办事指南，"
                       "涉及群众切身利益的事项在出台后及时公开。"),
        ("（二）依申请公开", applications),
        ("（三）政府信息管理", "信息发布前由承办人员和分管负责人两级审核，涉及个人信息的内容作去标识化处理。"),
        ("（四）平台建设", "按月检查专栏更新和链接有效性，发现的问题当月整改。"),
        ("（五）监督保障", "明确专人负责公开工作，并将其纳入年度考核。"),
    ]
    return para, subs


PROBLEMS = [
    "一是个别栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目更新台账，"
    "按季度检查，并增加图解、问答等解读形式。",
    "一是依申请公开答复的说理还不够充分；二是工作人员业务能力有待提高。下一步将规范答复文书，"
    "并组织业务培训。",
]
OTHER_MATTERS = "本年度未收取政府信息公开信息处理费。无其他需要报告的事项。"

SECTIONS = {
    "t2": "二、主动公开政府信息情况",
    "t3": "三、收到和处理政府信息公开申请情况",
    "t4": "四、政府信息公开行政复议、行政诉讼情况",
    "t4.alt": "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "problems.alt": "五、政府信息公开工作存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}


def report_text(s):
    """The whole report as lines, in the layout `s` asks for."""
    r = s["report"]
    md = s.get("markdown_headings", False)
    levels = s.get("heading_levels", {})
    h = lambda level, text, part=None: ("#" * levels.get(part, level) + " " + text) if md else text
    tables = s.get("tables", "tabs")
    render = {"tabs": as_tabs, "spaces": as_spaces, "pipes": as_pipes, "html": as_html}[tables]
    if s.get("seed_layout"):
        t2, t3, t4 = tiantan_t2(r), tiantan_t3(r), tiantan_t4(r)
    else:
        t2 = render(t2_grid(r))
        t3 = render(t3_grid(r, s.get("numbering", "dot"), s.get("typo", False)))
        t4 = render(t4_grid(r))
    para, subs = overview(s)
    lines = [h(1, s["title"]), "", h(2, "一、总体情况"), ""]
    for p in para:
        lines += [p, ""]
    for head, text in subs:
        if md:
            lines += [h(3, head), "", text, ""]
        else:
            lines += [head + "。" + text, ""]
    lines += [h(2, SECTIONS["t2"], "t2"), ""] + t2 + [""]
    lines += [h(2, SECTIONS["t3"], "t3"), ""] + t3 + [""]
    lines += [h(2, SECTIONS[s.get("t4_heading", "t4")], "t4"), ""] + t4 + [""]
    lines += [h(2, SECTIONS[s.get("problems_heading", "problems")], "problems"), "",
              PROBLEMS[s.get("problems", 0)], ""]
    lines += [h(2, SECTIONS["other"], "other"), "", OTHER_MATTERS, ""]
    return lines


# ---------------------------------------------------------------------------------------------
# The samples.

SAMPLES = [
    {
        "file": "tiantan-2024.txt",
        "report": TIANTAN_2024, "fails": set(),
        "title": "天坛街道办事处 2024 年政府信息公开工作年度报告",
        "full": "济源市天坛街道办事处", "year": 2024,
        "seed_layout": True, "markdown_headings": True,
        # the seed's uneven heading levels: ## 二, ### 三, #### 四 to 六
        "heading_levels": {"t3": 3, "t4": 4, "problems": 4, "other": 4},
        "readme": "天坛街道办事处（济源市）2024, REAL figures of the seed report, in the seed's layout "
                  "(markdown headings, tab tables with trailing tabs, the 表三 row "
                  "`5. 要求行政机关确认或重新出具已获取信息` that lost its leading tabs) but a 15-cell "
                  "表四 data row; UTF-8. Gives: ok.",
    },
    {
        "file": "pingtan-2019.txt",
        "report": PINGTAN_2019, "fails": set(),
        "title": "平潭综合实验区2019年政府信息公开工作年度报告",
        "full": "福建省平潭综合实验区", "year": 2019,
        "encoding": "gb18030", "problems": 1,
        "readme": "平潭综合实验区 2019, REAL figures, the 2019 format (表二 with 本年新制作数量 …, "
                  "其他对外管理服务事项, 政府集中采购; 表三 with one （六）其他处理 row, 23 rows); "
                  "saved as GB18030. Gives: ok.",
    },
    {
        "file": "pingtan-2022.txt",
        "report": PINGTAN_2022, "fails": set(),
        "title": "平潭综合实验区 2022 年政府信息公开工作年度报告",
        "full": "福建省平潭综合实验区", "year": 2022,
        "tables": "spaces", "numbering": "comma",
        "readme": "平潭综合实验区 2022, REAL figures; tables aligned with spaces (no tabs), sub-rows "
                  "numbered `1、`; UTF-8. Gives: ok. First of the pair whose carry-over breaks "
                  "(结转下年度 0).",
    },
    {
        "file": "pingtan-2023.txt",
        "report": PINGTAN_2023, "fails": set(),
        "title": "平潭综合实验区2023年政府信息公开工作年度报告",
        "full": "福建省平潭综合实验区", "year": 2023,
        "tables": "pipes", "markdown_headings": True, "numbering": "paren",
        # DELIBERATE text-against-table disagreement: the text says 行政诉讼 11 件, the 表四
        # 总计 cells say 1 + 8 = 9 (and no other 表四 quantity is 11).
        "stated_cases": (4, 11),
        "readme": "平潭综合实验区 2023, SYNTHETIC figures (invented between the real 2022 and 2024 "
                  "reports); markdown pipe tables, sub-rows numbered `（1）`; UTF-8. Gives: ok, and two "
                  "warnings: CARRY-OVER BREAK against pingtan-2022 (上年结转 2 vs 2022 结转下年度 0, "
                  "自然人 and 总计), and text.vs.table (the text says 行政诉讼 11 件, 表四 says 9).",
    },
    {
        "file": "suqian-2023.txt",
        "report": SUQIAN_2023, "fails": set(),
        "title": "2023年宿迁市人民政府政府信息公开工作年度报告",
        "full": "宿迁市人民政府", "year": 2023,
        "encoding": "utf-8-sig", "newline": "\r\n",
        "t4_heading": "t4.alt", "problems_heading": "problems.alt",
        "readme": "宿迁市人民政府 2023, SYNTHETIC figures derived from the real 2024 report (scaled "
                  "by 0.9, 结转下年度 = 2024's 上年结转 per column); CRLF line ends and a UTF-8 BOM. "
                  "Gives: ok. Its carry-over CHAINS to suqian-2024 (121 = 121, per column).",
    },
    {
        "file": "suqian-2024.txt",
        "report": SUQIAN_2024, "fails": set(),
        "title": "宿迁市人民政府2024年政府信息公开工作年度报告",
        "full": "宿迁市人民政府", "year": 2024, "problems": 1,
        "readme": "宿迁市人民政府 2024, REAL figures (its published 2024 report); "
                  "tab tables in the template's layout; UTF-8. Gives: ok.",
    },
    {
        "file": "hongze-2023.txt",
        "report": HONGZE_2023, "fails": {"t4.groups"},
        "title": "2023年淮安市洪泽区人民政府政府信息公开工作年度报告",
        "full": "淮安市洪泽区人民政府", "year": 2023, "typo": True,
        # The printed 表四 总计 cells are wrong (0), so the text names no count of cases.
        "cases_in_text": False,
        "readme": "淮安市洪泽区人民政府 2023, REAL figures with the real report's own error (表四 "
                  "总计 printed 0 beside 行政复议 10/1/0/0 and 复议后起诉 5/0/0/0), one （六）其他处理 "
                  "row in a 2021 report, the real label misprint `其他法律行政止公开`; UTF-8. Gives: "
                  "unbalanced, t4.groups (行政复议 and 复议后起诉).",
    },
    {
        "file": "hongze-2024.txt",
        "report": HONGZE_2024_WRONG, "fails": {"t3.flow", "t3.columns"},
        "title": "淮安市洪泽区人民政府 2024 年政府信息公开工作年度报告",
        "full": "淮安市洪泽区人民政府", "year": 2024, "problems": 1,
        "readme": "淮安市洪泽区人民政府 2024, REAL figures but ONE DELIBERATELY WRONG cell: 本年新收 "
                  "自然人 printed 93 (real 95); one （六）其他处理 row; UTF-8. Gives: unbalanced, "
                  "t3.flow [自然人] and t3.columns [本年新收], suspect cell 本年新收/自然人 = 95. Its "
                  "carry-over chains to hongze-2023 (0 = 0).",
    },
    {
        "file": "pingtan-2024.html",
        "report": PINGTAN_2024, "fails": set(),
        "title": "平潭综合实验区2024年政府信息公开工作年度报告",
        "full": "福建省平潭综合实验区", "year": 2024, "tables": "html",
        "readme": "平潭综合实验区 2024, REAL figures; a web page with bordered tables (colspan). "
                  "Gives: ok. Its carry-over chains on from pingtan-2023 (0 = 0).",
    },
    {
        "file": "hangzhou-style-2025.docx", "office": "docx",
        "report": HANGZHOU_2025, "fails": set(),
        "title": "测试市2025年政府信息公开工作年度报告",
        "full": "测试市", "year": 2025, "tables": "html",
        "readme": "测试市 2025, REAL figures of a Hangzhou-style report page kept as a test fixture (7–8 digits; "
                  "the body is made up); a Word "
                  "document with real Word tables, made by LibreOffice from the web page this script "
                  "writes. Gives: ok.",
    },
    {
        "file": "suqian-2024.pdf", "office": "pdf",
        "report": SUQIAN_2024, "fails": set(),
        "title": "宿迁市人民政府2024年政府信息公开工作年度报告（PDF）",
        "full": "宿迁市人民政府", "year": 2024, "tables": "html",
        "readme": "宿迁市人民政府 2024 again, REAL figures, as a PDF with ruled tables made by LibreOffice "
                  "from the web page this script writes (表三 crosses a page). Gives: ok.",
    },
]

PAIRS = [  # (earlier, later, chains?)
    ("suqian-2023.txt", "suqian-2024.txt", True),
    ("hongze-2023.txt", "hongze-2024.txt", True),
    ("pingtan-2022.txt", "pingtan-2023.txt", False),
    ("pingtan-2023.txt", "pingtan-2024.html", True),
]

README_HEAD = """# samples

Plain-text 政府信息公开工作年度报告 written by `scripts/make-samples.py` (run it from the
repository root; it is deterministic). Figures marked REAL are those printed in the tables of
the named body's own published report for that year; SYNTHETIC ones are invented or derived, as
the script says. The prose is generic, written for these samples. `gouji check samples/*.txt` shows
what each gives.

"""


def check_samples():
    by_file = {s["file"]: s for s in SAMPLES}
    for s in SAMPLES:
        got = failing_rules(s["report"])
        assert got == s["fails"], (s["file"], got)
    for earlier, later, chains in PAIRS:
        a, b = by_file[earlier]["report"], by_file[later]["report"]
        assert (a["t3"]["carried_forward"] == b["t3"]["carried_over"]) == chains, (earlier, later)


def encoded(s):
    if s.get("tables") == "html":
        return html_page(report_text(s), s["title"]).encode("utf-8")
    text = s.get("newline", "\n").join(report_text(s))
    return text.encode(s.get("encoding", "utf-8"))


def convert_with_office(s, data, force):
    """Writes a DOCX or PDF sample through LibreOffice from the page this script renders; their
    bytes differ from run to run, so an existing one is kept unless --office is given."""
    target = os.path.join("samples", s["file"])
    if os.path.exists(target) and not force:
        print("kept      " + target)
        return
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        sys.exit("make-samples.py: %s needs LibreOffice (apt-get install libreoffice-writer-nogui)" % target)
    with tempfile.TemporaryDirectory() as work:
        page = os.path.join(work, os.path.splitext(s["file"])[0] + ".html")
        with open(page, "wb") as f:
            f.write(data)
        subprocess.run([office, "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to",
                        {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export"}[s["office"]],
                        "--outdir", work, page], check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(work, s["file"]), target)
    print("converted " + target)


def write_if_changed(path, data):
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def main():
    check_samples()
    os.makedirs("samples", exist_ok=True)
    readme = README_HEAD + "".join("- `%s`: %s\n" % (s["file"], s["readme"]) for s in SAMPLES)
    # The description lives beside the folder, not in it: gouji would read it as a report.
    for s in SAMPLES:
        if "office" in s:
            convert_with_office(s, encoded(s), "--office" in sys.argv)
    outputs = [(os.path.join("samples", s["file"]), encoded(s)) for s in SAMPLES if "office" not in s]
    outputs.append((os.path.join("docs", "samples.md"), readme.encode("utf-8")))
    os.makedirs("docs", exist_ok=True)
    for name, data in outputs:
        changed = write_if_changed(name, data)
        print(("wrote     " if changed else "unchanged ") + name)


if __name__ == "__main__":
    if not os.path.isdir("scripts"):
        sys.exit("make-samples.py: run it from the repository root")
    main()
