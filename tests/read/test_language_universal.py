"""Languages without rules of their own: true labels, the universal splitter for any script,
word units for unspaced scripts, and a language added in one module through the registry."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summarizer import lang
from summarizer.cli import cli
from summarizer.extract.features import content_terms
from summarizer.read.document import build_document
from summarizer.read.language import choose_language
from summarizer.read.raw import RawText
from summarizer.read.segment import sentence_spans


def _split(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("french", "Il est rentré du pays.Pour lui, rien n'a changé.", ["Il est rentré du pays.", "Pour lui, rien n'a changé."]),
        ("english", "The mayor said.The council agreed.", ["The mayor said.", "The council agreed."]),
        ("ukrainian", "Рада ухвалила рішення.Голова його підписав.", ["Рада ухвалила рішення.", "Голова його підписав."]),
        # Acronyms, initials and addresses stay whole.
        ("english", "They use ASP.NET at the U.S.Army base. Write to Anna.Berg@example.com today.", ["They use ASP.NET at the U.S.Army base.", "Write to Anna.Berg@example.com today."]),
    ],
)
def test_language_glued_sentences_split(language: str, text: str, expected: list[str]) -> None:
    assert _split(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "市长说：“我们马上开工。”工程下月结束。为什么？没有答案！", ["市长说：“我们马上开工。”", "工程下月结束。", "为什么？", "没有答案！"]),
        ("ja", "市長は「すぐ始める。」と話した。工事は来月終わる。", ["市長は「すぐ始める。」と話した。", "工事は来月終わる。"]),
        ("ar", "هل انتهى العمل؟ لم ينته بعد.", ["هل انتهى العمل؟", "لم ينته بعد."]),
        ("ur", "کام شروع ہو گیا۔ یہ اگلے ماہ ختم ہوگا۔", ["کام شروع ہو گیا۔", "یہ اگلے ماہ ختم ہوگا۔"]),
        ("hi", "काम शुरू हुआ। यह अगले महीने खत्म होगा।", ["काम शुरू हुआ।", "यह अगले महीने खत्म होगा।"]),
        ("am", "ሥራው ተጀመረ። በሚቀጥለው ወር ያልቃል።", ["ሥራው ተጀመረ።", "በሚቀጥለው ወር ያልቃል።"]),
        ("hy", "Աշխատանքը սկսվեց։ Այն կավարտվի հաջորդ ամիս։", ["Աշխատանքը սկսվեց։", "Այն կավարտվի հաջորդ ամիս։"]),
        ("el", "Πότε θα τελειώσει το έργο; Τον επόμενο μήνα.", ["Πότε θα τελειώσει το έργο;", "Τον επόμενο μήνα."]),
        ("he", 'יו"ר הוועדה דיבר אתמול. הוא אמר שהעבודה תסתיים בקרוב.', ['יו"ר הוועדה דיבר אתמול.', "הוא אמר שהעבודה תסתיים בקרוב."]),
        ("uk", "Проєкт коштує 4,2 млрд грн. Міська рада його ухвалила.", ["Проєкт коштує 4,2 млрд грн.", "Міська рада його ухвалила."]),
        # A one-letter word ends a sentence ("є" is "is"); a one-letter abbreviation ("м." city) does not.
        ("uk", "Дивним це аж ніяк не є. Втім, футбол переміг.", ["Дивним це аж ніяк не є.", "Втім, футбол переміг."]),
        ("uk", "Він живе в м. Київ і працює там. Ремонт почнеться навесні.", ["Він живе в м. Київ і працює там.", "Ремонт почнеться навесні."]),
        # A dash after a sentence's end opens a line of dialogue; a speech tag in lowercase stays.
        (
            "hu",
            "A polgármester bejelentette a tervet. — Most már tudjuk, mit akar. — Mikor kezdik? — kérdezte egy lakos.",
            ["A polgármester bejelentette a tervet.", "— Most már tudjuk, mit akar.", "— Mikor kezdik? — kérdezte egy lakos."],
        ),
    ],
)
def test_language_universal_splitter_knows_every_script(language: str, text: str, expected: list[str]) -> None:
    assert _split(text, language) == expected


def test_language_thai_sentences_end_at_a_space() -> None:
    first = "เทศบาลนครท่าเรือประกาศแผนซ่อมแซมสะพานเก่าทั่วเมืองภายในห้าปี"
    second = "คาดว่าจะใช้งบประมาณราวสี่พันล้านบาทในการก่อสร้างทั้งหมด"
    assert _split(f"{first} {second}", "th") == [first, second]


def test_language_spans_are_exact_offsets_into_the_source() -> None:
    text = "前言。  他说：“好。”  然后走了！"
    for a, b in sentence_spans(text, 3, len(text), language="zh"):
        assert text[a:b] == text[a:b].strip() and a >= 3
    assert [text[a:b] for a, b in sentence_spans(text, 3, len(text), language="zh")] == ["他说：“好。”", "然后走了！"]


def test_language_unspaced_words_are_character_pairs() -> None:
    terms = content_terms("河港市政府宣布维修桥梁", "zh")
    assert "桥梁" in terms and "维修" in terms
    assert all(len(t) == 2 for t in terms)
    # A Chinese sentence is long enough to be chosen: it is not read as a one-word fragment.
    from summarizer.extract.candidates import candidate_weights

    document = build_document(RawText("标题\n\n河港市政府周二宣布将在未来五年投入资金维修全市老旧桥梁。\n", "x"), "zh")
    assert candidate_weights(document)[0].reason != "fragment"


def test_language_without_rules_is_labelled_truly_with_one_warning() -> None:
    text = "Общинският съвет прие програма за ремонт на старите мостове. Първите работи ще започнат през пролетта. В кметството обещават да публикуват схеми за обход."
    name, warnings = choose_language(text, "auto")
    assert name == "bulgarian"  # not Russian, its neighbour with rules
    assert len(warnings) == 1 and "bulgarian (bg)" in warnings[0] and "no rules" in warnings[0]


def test_language_ukrainian_is_not_read_as_russian() -> None:
    text = "Міська рада ухвалила програму ремонту старих мостів. Перші роботи розпочнуться навесні. У мерії обіцяють оприлюднити схеми об'їзду."
    name, warnings = choose_language(text, "auto")
    assert name == "ukrainian" and len(warnings) == 1 and "ukrainian (uk)" in warnings[0]


@pytest.mark.parametrize("given", ["uk", "ukrainian", "zh", "Chinese", "hr", "sr", "hy", "ta", "fa"])
def test_language_any_detector_language_can_be_named(given: str) -> None:
    assert lang.get(given).code == lang.resolve(given)


def test_language_cli_reports_name_and_code(tmp_path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("桥梁维修\n\n河港市政府周二宣布维修全市老旧桥梁。首批工程将于三月开工。市民担心交通问题。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [str(path), "--language", "zh", "--format", "json"])
    assert result.exit_code == 0, result.output
    source = json.loads(result.stdout)["source"]
    assert (source["language"], source["language_code"], source["sentences"]) == ("chinese", "zh", 3)


def test_language_added_in_one_module_through_the_registry() -> None:
    from summarizer.components import LANGUAGES

    catalan = lang.Language("ca", "catalan", abbreviations=lang.words("mn hble"))
    text = "Ho va dir el Mn. Puig ahir. La resta hi va estar d'acord."
    assert len(_split(text, "ca")) == 3  # the universal path does not know "Mn." (mossèn)
    LANGUAGES.add("ca", catalan, "a test language")
    lang.get.cache_clear()
    try:
        assert lang.get("catalan") is catalan and not catalan.universal
        assert _split(text, "ca") == ["Ho va dir el Mn. Puig ahir.", "La resta hi va estar d'acord."]
    finally:
        del LANGUAGES._factories["ca"]
        lang.get.cache_clear()


def test_language_every_detector_class_has_a_name() -> None:
    from summarizer.read.language import NO_LANGUAGE, _identifier

    assert set(_identifier().nb_classes) - {NO_LANGUAGE} <= set(lang.NAMES)


def test_language_text_without_language_is_unsure_not_english() -> None:
    name, warnings = choose_language("xqz vlk prt zzz qwrt 123 456", "auto")  # py3langid: "zxx", no language
    assert name != "english" and warnings and "unsure" in warnings[0]


def test_language_chinese_line_cited_and_checked_by_character_pairs() -> None:
    from pathlib import Path

    from summarizer import verify

    article = Path(__file__).resolve().parents[2] / "samples" / "lang" / "zh.txt"
    right = verify(article, "首批工程将于3月1日开工！", language="zh").lines[0]
    wrong = verify(article, "首批工程将于5月1日开工！", language="zh").lines[0]
    assert [c.sentence for c in right.citations] == [3] and not right.problems
    assert wrong.problems and wrong.problems[0].kind == "number"


def test_language_english_title_in_chinese_text_is_not_english() -> None:
    text = "孤海浮燈（The Song of the Sea and the Wind）是一部音樂劇，由作曲家創作，講述了一個關於慈善家的故事。它在倫敦首演，隨後在多個城市上演。"
    assert choose_language(text, "auto")[0] == "chinese"


def test_language_one_shared_function_word_does_not_make_english() -> None:
    # "for" is Danish too: the English shortcut needs two kinds of English function word.
    assert choose_language("Kommunen har afsat penge for at bygge en ny skole i byen.", "auto")[0] == "danish"


def test_language_hebrew_acronym_ends_a_sentence() -> None:
    text = 'היא הפוליטיקאית הבכירה ביותר בארה"ב. היא נבחרה השבוע למושלת.'
    assert _split(text, "he") == ['היא הפוליטיקאית הבכירה ביותר בארה"ב.', "היא נבחרה השבוע למושלת."]


def test_language_warning_names_a_missing_stopword_list() -> None:
    assert "no stopword list" in choose_language("x", "ta")[1][0]  # stopwordsiso has no Tamil
    assert "no stopword list" not in choose_language("x", "uk")[1][0]


def test_language_universal_arabic_is_stemmed_by_snowball() -> None:
    # "the markets", "and the markets", "for the markets": one term, so sentences about the same
    # thing share it (unstemmed, each form was a word of its own).
    assert lang.get("ar").universal and lang.get("ar").stemmer == "snowball"
    terms = {tuple(content_terms(word, "arabic")) for word in ("الأسواق", "والأسواق", "للأسواق")}
    assert len(terms) == 1
    assert "stemmed by nltk's Snowball" in choose_language("x", "ar")[1][0]
    assert lang.get("fa").stemmer is None and "words unstemmed" in choose_language("x", "fa")[1][0]


def test_language_word_counts_in_stats_are_the_budget_s_counts() -> None:
    # -w counts Chinese as length rules read it (two characters a word); the figures the summary
    # reports, and its over-budget warning, must count the same way
    from pathlib import Path

    from summarizer import Summarizer

    article = Path(__file__).resolve().parents[2] / "samples" / "lang" / "zh.txt"
    summary = Summarizer(words=5).summarize(article)
    stats = summary.to_dict()["stats"]
    assert stats["words_out"] == sum(lang.word_count(line.text) for line in summary.lines) > 5
    assert any("over the 5-word budget" in w for w in summary.warnings)
    assert stats["words_in"] == lang.word_count(" ".join(s.text for s in summary.document.sentences))
    assert summary.word_count == stats["words_out"]
