"""Run a batch on a Ray cluster (or a local Ray instance) with Ray Data.

The driver walks the inputs and decides what to skip exactly as a local run does, so ids,
output paths, the index and resuming behave the same. The documents to do become a Ray
dataset of small descriptors (paths and JSONL byte ranges, never the texts), `map_batches`
runs them through a pool of actors that each build the pipeline once from the options, and the
driver writes the summaries and the index as batches come back. Workers read the inputs by
path, so on a real cluster the inputs must be at the same path on every node (a shared file
system); the output folder only has to exist on the driver.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from typing import Any

from summarizer.batch.inputs import BatchItem
from summarizer.batch.runner import BatchConfig
from summarizer.batch.work import WorkerSetup, summarize_item, write_output
from summarizer.errors import MissingResourceError
from summarizer.pipeline import Summarizer

INSTALL_HINT = "the Ray executor needs Ray Data: pip install 'summarizer[ray]' (or pip install 'ray[data]')"


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the data library is a separate extra of ray
    except ImportError:
        raise MissingResourceError(INSTALL_HINT) from None
    return ray


class SummarizeActor:
    """One Ray actor: builds the pipeline once, then summarises batches of item descriptors."""

    def __init__(self, setup: WorkerSetup):
        self.setup = setup
        self.summarizer = Summarizer(setup.options)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        records: list[str] = []
        rendered: list[str] = []
        for encoded in batch["item"]:
            item = BatchItem(**json.loads(encoded))
            record, text = summarize_item(self.summarizer, self.setup, item)
            records.append(json.dumps(record, ensure_ascii=False))
            rendered.append(text if text is not None else "")
        return {"record": records, "rendered": rendered}


def ray_results(address: str | None = None) -> Callable[[BatchConfig, Iterable[BatchItem]], Iterator[dict[str, Any]]]:
    """An executor for `run_batch` that sends the work to Ray (`address`: a cluster to join)."""
    ray = _import_ray()

    def execute(config: BatchConfig, items: Iterable[BatchItem]) -> Iterator[dict[str, Any]]:
        started_here = not ray.is_initialized()
        if started_here:
            if address:
                ray.init(address=address, log_to_driver=False)
            else:
                ray.init(num_cpus=config.workers, include_dashboard=False, log_to_driver=False)
        import logging

        # Ours is the progress bar on stderr; Ray Data's own bars and INFO lines would mix with it.
        # Both settings are process-wide, so they go back to what the caller had when we finish.
        ray_logger = logging.getLogger("ray.data")
        context = ray.data.DataContext.get_current()
        saved_level, saved_bars = ray_logger.level, context.enable_progress_bars
        ray_logger.setLevel(logging.ERROR)
        context.enable_progress_bars = False
        try:
            descriptors = [{"item": json.dumps(asdict(item))} for item in items]
            if not descriptors:
                return
            setup = config.worker_setup()
            dataset = ray.data.from_items(descriptors).map_batches(
                SummarizeActor,
                fn_constructor_args=(setup,),
                batch_size=config.chunk_size or 1,
                concurrency=config.workers,
                num_cpus=1,
            )
            for batch in dataset.iter_batches(batch_size=config.chunk_size or 1, batch_format="default"):
                for encoded, rendered in zip(batch["record"], batch["rendered"]):
                    record = json.loads(encoded)
                    yield write_output(setup, record, str(rendered)) if rendered else record
        finally:
            ray_logger.setLevel(saved_level)
            context.enable_progress_bars = saved_bars
            if started_here:
                ray.shutdown()

    return execute
