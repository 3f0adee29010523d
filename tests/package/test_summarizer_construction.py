"""A `Summarizer` refuses a malformed model name when it is built, with the one line the CLI
gives, not on its first `summarize`."""

import pytest
from click.testing import CliRunner

from summarizer import OptionsError, Summarizer
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
