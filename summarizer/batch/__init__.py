"""Summarise folders, HTML pages and JSONL dumps: many documents, in parallel, resumably.

`inputs` finds the documents, `outputs` names the files they become, `work` summarises one
(the part that runs inside workers), `index` keeps the crash-proof record of what is done,
`runner` ties them together on this machine and `ray_executor` does the same on a Ray cluster.
"""

from summarizer.batch.runner import BatchConfig, BatchReport, run_batch

__all__ = ["BatchConfig", "BatchReport", "run_batch"]
