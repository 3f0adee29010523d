"""A `Summarizer` refuses a malformed model name when it is built, with the one line the CLI
gives, not on its first `summarize`; and its repr names the options that differ from the defaults."""

import pytest
from click.testing import CliRunner

from summarizer import OptionsError, Options, Summarizer
from summarizer.cli import cli


@pytest.mark.parametrize("model", ["openai:", "openai:  ", "gguf:./model.gguf", "nli:some/model"])
def test_a_malformed_model_is_refused_at_construction_as_the_cli_refuses_it(model, samples_dir):
    with pytest.raises(OptionsError) as refused:
        Summarizer(mode="abstractive", model=model)
    result = CliRunner().invoke(cli, [str(samples_dir / "city-budget.txt"), "--model", model])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {refused.value}"


def test_a_server_model_with_a_name_is_built_without_a_server():
    # the server is found when the model is first used ($OPENAI_BASE_URL may be set later)
    assert Summarizer(model="openai:llama3.2:3b").options.model == "openai:llama3.2:3b"


def test_repr_of_the_defaults():
    assert repr(Summarizer()) == "Summarizer()"


def test_repr_names_what_differs_from_the_defaults():
    text = repr(Summarizer(method="centrality", sentences=2, language="de"))
    assert text == "Summarizer(method='centrality', sentences=2, language='german')"
    assert repr(Summarizer(ratio=0.2)) == "Summarizer(ratio=0.2)"
    assert repr(Summarizer(Options(diversity=0.3))) == "Summarizer(diversity=0.3)"


def test_repr_loads_no_model_and_shows_no_secret(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-key")
    summarizer = Summarizer(model="openai:llama3.2", api_base="http://localhost:11434/v1", model_settings={"api_key": "sk-other"})
    text = repr(summarizer)
    assert text.startswith("Summarizer(model='openai:llama3.2', ")
    assert "api_base='http://localhost:11434/v1'" in text and "model_settings=" in text
    assert "sk-" not in text and "mode=" not in text  # a model implies the abstractive mode
    assert summarizer._abstractive is None
