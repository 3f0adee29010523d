"""The Ray executor against a local Ray instance on loopback: same outputs and index as a local run.

The run happens in a child process (tests/batch/ray_run.py), so that no thread left by another
test is copied into Ray's forked processes, and a hang fails the test instead of the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytest.importorskip("ray.data")

HERE = Path(__file__).resolve().parent


def test_ray_run_matches_a_local_run_and_resumes(tmp_path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), str(HERE.parents[1]), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(HERE / "ray_run.py"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    verdict = json.loads(done.stdout.strip().splitlines()[-1])
    assert verdict["first"] == [14, 3, 0]
    assert verdict["local"] == [14, 3]
    assert verdict["ray_files"] == 14 and verdict["same_files"]
    assert verdict["records"] == 17 == verdict["record_ids"]
    assert verdict["again"] == [0, 14, 3]
