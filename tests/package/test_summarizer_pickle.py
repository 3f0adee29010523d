"""A `Summarizer` crosses a process boundary as its options: `ProcessPoolExecutor.map(summarizer.summarize,
texts)` pickles the bound method, and with it the pipeline, whose lock and loaded model cannot be
pickled. The copy loads its own model when first used, as a pool worker's pipeline does."""

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

from summarizer import Summarizer

TEXT = (
    "The council met on Monday to debate the budget. It voted 7-4 to approve it. "
    "The mayor said the plan would pay for two schools. Critics said it raised taxes too far."
)


def test_a_summarizer_pickles_as_its_options():
    summarizer = Summarizer(method="centrality", sentences=2, language="en")
    copy = pickle.loads(pickle.dumps(summarizer))
    assert type(copy) is Summarizer and copy.options == summarizer.options
    assert copy.summarize(TEXT) == summarizer.summarize(TEXT)


def test_a_loaded_model_is_not_pickled_with_it():
    summarizer = Summarizer(model="openai:llama3.2", api_base="http://localhost:11434/v1")
    summarizer._abstractive = object()  # stands for a loaded model: not picklable, and not sent
    copy = pickle.loads(pickle.dumps(summarizer))
    assert copy.options == summarizer.options and copy._abstractive is None


def test_a_process_pool_runs_its_bound_method():
    summarizer = Summarizer(sentences=2, language="en")
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        summaries = list(pool.map(summarizer.summarize, [TEXT, TEXT]))
    assert summaries == [summarizer.summarize(TEXT)] * 2
