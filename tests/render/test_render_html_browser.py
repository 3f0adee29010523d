"""The seed's page in a real browser: headless Chromium runs its script and draws its highlights.

Skipped when no Chromium is installed (Debian: ``apt-get install -y chromium``). The seed is
``samples/city-budget.txt`` unless ``SUMMARIZER_HTML_SEED`` names another input; set
``SUMMARIZER_SCREENSHOT_DIR`` to keep the screenshot for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import lxml.html
import pytest

from summarizer import Summarizer
from summarizer.render.html import render_html

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MARK_LIGHT = (0xFF, 0xF0, 0xA8)  # --mark in page.css's light scheme: a cited sentence's background
MARK_TARGET = (0xFF, 0xC9, 0x4D)  # --mark-on: the sentence a link led to, or a selected line's


def chromium() -> str:
    found = os.environ.get("SUMMARIZER_CHROMIUM") or next((p for p in map(shutil.which, CANDIDATES) if p), None)
    if not found:
        pytest.skip("no Chromium installed (Debian: apt-get install -y chromium)")
    return found


def run_browser(tmp_path: Path, *args: str) -> str:
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        # light, whatever the machine prefers
        "--blink-settings=preferredColorScheme=1",
        f"--user-data-dir={tmp_path / 'profile'}", *args,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def png_pixels(path: Path) -> tuple[int, int, set[tuple[int, int, int]]]:
    """(width, height, the set of RGB colours) of an 8-bit RGB or RGBA PNG, decoded with zlib only."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", None
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    step = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * step
    previous, colours = bytearray(stride), set()
    for row in range(height):
        kind, line = raw[row * (stride + 1)], bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        colours.update(tuple(line[i : i + 3]) for i in range(0, stride, step))
        previous = line
    return width, height, colours


@pytest.fixture
def seed_page(tmp_path: Path, samples_dir: Path) -> tuple[Path, object]:
    seed = os.environ.get("SUMMARIZER_HTML_SEED") or str(samples_dir / "city-budget.txt")
    summary = Summarizer().summarize(seed)
    page = tmp_path / "seed.html"
    page.write_text(render_html(summary), encoding="utf-8")
    return page, summary


def test_render_html_browser_runs_script_and_highlights_from_link(tmp_path: Path, seed_page: tuple[Path, object]) -> None:
    page, summary = seed_page
    # Arriving by a marker's link (#s<k>): the script must have run under the page's CSP.
    first = summary.lines[-1].citations[0]
    dom = lxml.html.document_fromstring(run_browser(tmp_path, "--dump-dom", f"{page.as_uri()}#s{first.sentence}"))
    lines = dom.xpath("//li[contains(@class, 'line')]")
    assert len(lines) == len(summary.lines)
    assert all(li.get("tabindex") == "0" for li in lines)  # set by the script only
    target = dom.get_element_by_id(f"s{first.sentence}")
    assert "on" in target.get("class").split() and target.text_content() == first.text
    using = {f"line-{n}" for n in target.get("data-lines").split()}
    lit = {li.get("id") for li in lines if "on" in li.get("class").split()}
    assert lit == using and f"line-{len(summary.lines)}" in lit
    for line in summary.lines:
        for citation in line.citations:
            assert dom.get_element_by_id(f"s{citation.sentence}").text_content() == citation.text


def test_render_html_browser_screenshot_shows_highlights(tmp_path: Path, seed_page: tuple[Path, object]) -> None:
    page, summary = seed_page
    shot = tmp_path / "seed.png"
    # Tall enough to reach the article, where the cited sentences are highlighted.
    run_browser(tmp_path, "--window-size=1280,1800", f"--screenshot={shot}", page.as_uri())
    width, height, colours = png_pixels(shot)
    assert (width, height) == (1280, 1800)
    assert MARK_LIGHT in colours  # cited sentences drawn with their highlight
    assert len(colours) > 20  # text was drawn, not a blank page
    keep = os.environ.get("SUMMARIZER_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "seed.png")


def test_render_html_browser_without_its_script_links_still_lead_to_sources(tmp_path: Path, seed_page: tuple[Path, object]) -> None:
    # JavaScript off, as near as headless Chromium allows (--dump-dom itself needs scripting): the
    # page without its script. The #s<k> target is then lit by CSS (:target) alone.
    page, summary = seed_page
    bare = tmp_path / "bare.html"
    bare.write_text(re.sub(r"(?s)<script>.*?</script>", "", page.read_text(encoding="utf-8")), encoding="utf-8")
    dom = lxml.html.document_fromstring(run_browser(tmp_path, "--dump-dom", f"{bare.as_uri()}#s0"))
    assert not dom.xpath("//script") and not dom.xpath("//li[@tabindex]")
    markers = dom.xpath("//a[@class='marker']")
    assert len(markers) == sum(len(line.citations) for line in summary.lines)
    for marker in markers:
        assert dom.get_element_by_id(marker.get("href")[1:]).tag == "mark"
    shot = tmp_path / "bare.png"
    run_browser(tmp_path, "--window-size=1280,1800", f"--screenshot={shot}", f"{bare.as_uri()}#s0")
    assert MARK_TARGET in png_pixels(shot)[2]
