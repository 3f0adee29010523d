import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_and_configuring_the_abstractive_mode_does_not_import_torch():
    code = (
        "import sys, summarizer, summarizer.cli, summarizer.abstract.stage, summarizer.models.store;"
        "summarizer.Summarizer(mode='abstractive', model='distilbart-cnn');"
        "heavy = [m for m in ('torch', 'transformers', 'huggingface_hub') if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert process.returncode == 0, process.stdout + process.stderr
