"""`summarize models`: list the abstractive model presets, and download one into the local store."""

from __future__ import annotations

import click

from summarizer.cli.common import echo_result, reports_errors


@click.group(name="models", invoke_without_command=True)
@click.pass_context
@reports_errors
def models(ctx: click.Context) -> None:
    """List the model presets for --abstractive and which of them are downloaded.

    Presets are defined in summarizer/models/presets.toml; weights live in the model store (set
    SUMMARIZER_MODEL_STORE to move it). `summarize models download NAME` fetches one. Each preset
    says which backend it would use here: the .gguf ones run on llama.cpp when the llamacpp extra
    is installed, and through transformers (much slower) otherwise.
    """
    if ctx.invoked_subcommand is not None:
        return
    from summarizer.models.store import backend_here, default_model, is_present, presets, stored_path, store_dir

    lines = [f"model store: {store_dir()}"]
    for name, preset in presets().items():
        marker = " (default)" if name == default_model() else ""
        where = f"present: {stored_path(preset)}" if is_present(preset) else f"not downloaded: summarize models download {name}"
        source = f"{preset.hub_id} @ {preset.revision[:12]}" + (f", {preset.file}" if preset.file else "")
        lines += [
            f"{name}{marker}",
            f"  {preset.description}",
            f"  {source}, {preset.max_input_tokens} input tokens, licence {preset.licence}",
            f"  languages: {preset.languages}",
            f"  backend here: {backend_here(preset)}",
            f"  {where}",
        ]
    echo_result("\n".join(lines))


@models.command(name="download")
@click.argument("name")
@reports_errors
def download(name: str) -> None:
    """Download preset NAME (at its pinned revision; for a .gguf preset its one file, checked
    against its pinned sha256) or a hub id into the model store."""
    from summarizer.models.store import download as fetch

    target = fetch(name)
    click.echo(f"downloaded {name} to {target}")
