"""Chinese, Japanese and Korean figures compare by value however written ("三千万", "3000万",
"3,000万", "30,000,000"); a changed value is caught in any of those forms."""

import pytest

from summarizer import verify
from summarizer.verify.numerals import scaled_figures

_ZH = "河港市政府周二宣布，将投入三千万元维修全市老旧桥梁。首批工程将于二〇二八年完工，共涉及十五座桥梁。"
_ZH_DIGITS = "该公司去年营收达3.5亿元，同比增长12%。公司计划明年招聘1200名员工。"
_JA = "政府は来年度、四十億円を防災対策に充てると発表した。対象となる自治体は百二十に上る。"
_KO = "서울시는 올해 다리 보수에 3억 5천만 원을 쓴다고 밝혔다. 공사는 12개 다리에서 진행된다."
_ARTICLES = {"zh": _ZH, "zh-digits": _ZH_DIGITS, "ja": _JA, "ko": _KO}


def _numbers(which: str, line: str) -> list[str]:
    result = verify(_ARTICLES[which], [line], language=which[:2])
    return [p.message for line in result.lines for p in line.problems if p.kind == "number"]


@pytest.mark.parametrize(
    ("which", "line"),
    [
        ("zh", "河港市将投入3000万元维修桥梁。"),
        ("zh", "河港市将投入3,000万元维修老旧桥梁。"),
        ("zh", "河港市将投入30,000,000元维修桥梁。"),
        ("zh", "首批工程将于2028年完工。"),
        ("zh", "工程共涉及15座桥梁。"),
        ("zh-digits", "该公司去年营收达三亿五千万元。"),
        ("zh-digits", "公司计划明年招聘一千二百名员工。"),
        ("ja", "政府は40億円を防災対策に充てる。"),
        ("ja", "対象の自治体は120に上る。"),
        ("ko", "서울시는 다리 보수에 3.5억 원을 쓴다."),
        ("ko", "서울시는 다리 보수에 350,000,000원을 쓴다."),
    ],
)
def test_numerals_same_value_in_another_form_passes(which: str, line: str) -> None:
    assert _numbers(which, line) == []


@pytest.mark.parametrize(
    ("which", "line", "figure"),
    [
        ("zh", "河港市将投入4000万元维修桥梁。", "4000万"),
        ("zh", "河港市将投入三亿元维修桥梁。", "三亿"),
        ("zh", "工程共涉及十六座桥梁。", "十六"),
        ("zh", "河港市将投入3000元维修桥梁。", "3000"),
        ("zh-digits", "该公司去年营收达3.5万元。", "3.5万"),
        ("zh-digits", "公司计划明年招聘一千三百名员工。", "一千三百"),
        ("ja", "政府は四百億円を防災対策に充てる。", "四百億"),
        ("ja", "対象の自治体は百三十に上る。", "百三十"),
        ("ko", "서울시는 다리 보수에 4억 5천만 원을 쓴다.", "4억 5천만"),
        ("ko", "서울시는 다리 보수에 3.5조 원을 쓴다.", "3.5조"),
    ],
)
def test_numerals_changed_value_is_caught(which: str, line: str, figure: str) -> None:
    assert any(figure in message for message in _numbers(which, line))


def test_numerals_words_made_of_numeral_characters_are_not_figures_of_a_line() -> None:
    # "一些" (some), "万一" (in case), "十分" (very), "千万" (by all means): no figure to look for.
    assert scaled_figures("他们十分担心万一出现问题，千万要小心，一些居民已离开。", line=True) == ()
    assert [value for *_, value in scaled_figures("二〇二八年 三亿五千万 3億5000万 1万2000人 30 million")] == [
        "2028", "350000000", "350000000", "12000", "30000000"
    ]
    # Korean digits after the last unit, with or without grouping: "21만1,828건", "2905만5000배럴".
    assert [value for *_, value in scaled_figures("차량등록 21만1,828건, 하루 2905만5000배럴")] == ["211828", "29055000"]


def test_literal_a_latin_name_glued_to_kana_is_the_name_alone() -> None:
    article = "過激派組織「イスラム国」（IS）は声明を出した。ISからの奪還を目指す作戦が続いている。"
    result = verify(article, ["声明によると、ISは抵抗を続けている。"], language="ja")
    assert [p for line in result.lines for p in line.problems if p.kind == "name"] == []
