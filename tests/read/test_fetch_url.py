"""URL input against a local http.server on 127.0.0.1 (allowed explicitly); nothing here touches the internet."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from batch_corpus import article, html_page
from loopback_http import QuietServer
from summarizer import InputError
from summarizer.cli import cli
from summarizer.read.fetch import fetch_url

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/story": (200, "text/html; charset=utf-8", html_page(3, sentences=12).encode("utf-8")),
    "/plain": (200, "text/plain; charset=utf-8", article(4).encode("utf-8")),
    "/mislabelled": (200, "text/plain", html_page(5, sentences=10).encode("utf-8")),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.7 not really"),
    "/big": (200, "text/html", b"<p>" + b"word " * 4000 + b"</p>"),
    "/broken": (500, "text/html", b"oops"),
}
TRICKLED = b"<p>" + b"word " * 40 + b"</p>"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        if self.path == "/slow":
            threading.Event().wait(3)
        if self.path == "/trickle":  # a byte at a time, each well within any time-out: 10 s in all
            body = TRICKLED
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(len(body)):
                self.wfile.write(body[start : start + 1])
                self.wfile.flush()
                threading.Event().wait(10 / len(body))
            return
        status, content_type, body = ROUTES.get(self.path, (404, "text/html", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_gives_article_title_and_metadata(server: str) -> None:
    raw = fetch_url(f"{server}/story", max_bytes=1_000_000, allow_private=True)
    assert raw.format == "html" and raw.title
    assert raw.metadata["author"] == "Reporter 3"
    assert raw.metadata["url"] == f"{server}/story"
    assert "All rights reserved" not in raw.text


def test_plain_text_is_accepted_as_text(server: str) -> None:
    raw = fetch_url(f"{server}/plain", max_bytes=1_000_000, allow_private=True)
    assert raw.format == "text" and raw.text == article(4)


def test_a_page_served_as_plain_text_is_still_read_as_html(server: str) -> None:
    raw = fetch_url(f"{server}/mislabelled", max_bytes=1_000_000, allow_private=True)
    assert raw.format == "html"
    assert "<" not in raw.text and raw.metadata["url"] == f"{server}/mislabelled"


@pytest.mark.parametrize(
    ("path", "problem"),
    [("/missing", "404"), ("/broken", "500"), ("/report.pdf", "application/pdf"), ("/big", "limit")],
)
def test_fetch_failures_name_the_url_and_the_problem(server: str, path: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        fetch_url(f"{server}{path}", max_bytes=10_000, allow_private=True)
    assert caught.value.source == f"{server}{path}"
    assert problem in caught.value.problem


def test_timeout_is_reported(server: str) -> None:
    with pytest.raises(InputError, match="timed out"):
        fetch_url(f"{server}/slow", max_bytes=10_000, timeout=0.3, allow_private=True)


def test_timeout_holds_for_a_page_sent_a_byte_at_a_time(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out after 0.3 s"):
        fetch_url(f"{server}/trickle", max_bytes=10_000, timeout=0.3, allow_private=True)
    assert time.monotonic() - started < 3


def test_unreachable_host_is_reported() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot reach"):
        fetch_url(f"http://127.0.0.1:{port}/", max_bytes=10_000, timeout=2, allow_private=True)


def test_cli_summarizes_a_url(server: str) -> None:
    result = CliRunner().invoke(cli, [f"{server}/story", "--sentences", "2", "--format", "json", "--allow-private-urls"])
    assert result.exit_code == 0, result.output
    assert "Reporter 3" in result.output


def test_cli_reports_http_errors_in_one_line(server: str) -> None:
    result = CliRunner().invoke(cli, [f"{server}/missing", "--allow-private-urls"])
    assert result.exit_code == 2
    assert "404" in result.output and "Traceback" not in result.output
