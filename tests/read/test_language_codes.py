"""Language names as users write them: ISO codes of two and three letters; an empty value is a mistake
to report (an unset variable in a script), not "auto"."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from summarizer import OptionsError, Summarizer
from summarizer.cli import cli

TEXT = "The ferry will run twice a day from June. The operator said demand had grown. Fares stay the same."


@pytest.mark.parametrize("value", ["", " "])
def test_the_cli_refuses_an_empty_language_in_one_line(tmp_path, value: str) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "-l", value, str(article)])
    assert result.exit_code == 2
    assert "no language given" in result.output and len(result.output.strip().splitlines()) == 1


def test_the_library_refuses_an_empty_language_and_takes_none_as_auto() -> None:
    with pytest.raises(OptionsError, match="no language given"):
        Summarizer(language="")
    assert Summarizer(language=None).summarize(TEXT).document.language == "english"


@pytest.mark.parametrize(("code", "name"), [("eng", "english"), ("deu", "german"), ("ger", "german"), ("fra", "french"),
                                            ("cmn", "chinese"), ("ukr", "ukrainian"), ("nob", "norwegian")])
def test_three_letter_language_codes_are_understood(code: str, name: str) -> None:
    assert Summarizer(language=code).options.language == name


def test_every_language_with_a_module_is_named_and_has_its_three_letter_codes() -> None:
    # Tibetan has a module (summarizer/lang/bo.py) but no entry in the names: the list an unknown
    # language prints said "bo (bo)", and "bod" / "tib" were unknown
    from summarizer import lang

    assert [code for code in lang.with_rules() if lang.NAMES.get(code) != lang.get(code).name] == []
    assert "tibetan (bo)" in lang.supported()
    assert Summarizer(language="bod").options.language == Summarizer(language="tib").options.language == "tibetan"


@pytest.mark.parametrize("country, language", [("jp", "ja"), ("cn", "zh"), ("ua", "uk"), ("gr", "el")])
def test_a_countrys_code_names_the_language_meant(country, language):
    from summarizer.errors import OptionsError
    from summarizer.lang import resolve

    with pytest.raises(OptionsError, match=rf"country's code; did you mean {language} "):
        resolve(country)
