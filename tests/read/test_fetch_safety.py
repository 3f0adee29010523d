"""Fetching goes only where the caller allows: public addresses by default, each redirect re-checked.

Every server here listens on a loopback address of this machine (see tests/loopback_http.py).
"""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

import summarizer
from batch_corpus import article, html_page
from loopback_http import serve
from summarizer import InputError
from summarizer.cli import cli
from summarizer.read import fetch

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORY = html_page(7, sentences=10).encode("utf-8")
ROUTES = {"/story": (200, HTML, STORY), "/plain": (200, {"Content-Type": "text/plain"}, article(2).encode("utf-8"))}


def test_a_loopback_server_is_refused_by_default_and_never_asked() -> None:
    with serve(ROUTES) as server:
        url = f"{server.base}/story"
        with pytest.raises(InputError) as caught:
            summarizer.read_url(url)
        assert server.hits == []
    message = str(caught.value)
    assert message.startswith(url) and "loopback" in message and "allow_private" in message
    assert "\n" not in message


def test_the_allowance_fetches_a_loopback_server() -> None:
    with serve(ROUTES) as server:
        document = summarizer.read_url(f"{server.base}/story", allow_private=True)
        summary = summarizer.summarize(url=f"{server.base}/plain", allow_private=True, sentences=2)
    assert document.source == f"{server.base}/story" and document.title
    assert len(summary.lines) == 2 and summary.document.source == f"{server.base}/plain"


def test_summarize_url_keyword_is_refused_by_default() -> None:
    with serve(ROUTES) as server:
        with pytest.raises(InputError, match="loopback"):
            summarizer.Summarizer().summarize(url=f"{server.base}/story")
        assert server.hits == []


def test_a_redirect_from_an_allowed_server_to_a_loopback_one_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        probe = socket.socket()
        probe.bind(("127.0.0.2", 0))
        probe.close()
    except OSError:
        pytest.skip("this system cannot listen on 127.0.0.2")
    # 127.0.0.2 stands in for a public host: the one address the check lets through.
    refusal = fetch.address_refusal
    monkeypatch.setattr(fetch, "address_refusal", lambda address: None if address == "127.0.0.2" else refusal(address))
    with serve(ROUTES) as inner, serve(
        {"/go": (302, {"Location": f"{inner.base}/story"}, b"")}, host="127.0.0.2"
    ) as outer:
        with pytest.raises(InputError) as caught:
            summarizer.read_url(f"{outer.base}/go")
        assert outer.hits == ["/go"] and inner.hits == []
        # Allowed, the same redirect is followed to the page.
        document = summarizer.read_url(f"{outer.base}/go", allow_private=True)
    message = str(caught.value)
    assert message.startswith(f"{outer.base}/go: ") and f"redirected to {inner.base}/story" in message and "loopback" in message
    assert document.metadata["url"] == f"{inner.base}/story"


def test_redirects_are_followed_a_bounded_number_of_times() -> None:
    with serve({"/loop": (302, {"Location": "/loop"}, b"")}) as server:
        with pytest.raises(InputError, match="more than 5 redirects"):
            summarizer.read_url(f"{server.base}/loop", allow_private=True)
        assert len(server.hits) == 6  # the first request and five redirects


def test_a_redirect_to_another_scheme_is_refused() -> None:
    with serve({"/away": (301, {"Location": "file:///etc/hostname"}, b"")}) as server:
        with pytest.raises(InputError, match="file:// scheme is not supported"):
            summarizer.read_url(f"{server.base}/away", allow_private=True)


@pytest.mark.parametrize("url", ["file:///etc/hostname", "ftp://example.com/story", "gopher://example.com/", "http:///story"])
def test_only_http_urls_with_a_host_are_fetched(url: str) -> None:
    with pytest.raises(InputError) as caught:
        summarizer.read_url(url, allow_private=True)
    assert str(caught.value).startswith(url)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.251", "240.0.0.1", "255.255.255.255",
        "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:7f00:1::1",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert fetch.address_refusal(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34"])
def test_public_addresses_pass(address: str) -> None:
    assert fetch.address_refusal(address) is None


def test_a_host_with_one_private_address_among_public_ones_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)),
        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::ffff:10.0.0.7", 80, 0, 0)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: answers)

    def no_connection(*args: object, **kwargs: object) -> None:
        raise AssertionError("a refused host was connected to")

    monkeypatch.setattr(socket.socket, "connect", no_connection)
    with pytest.raises(InputError, match=r"news\.example resolves to a private address 10\.0\.0\.7"):
        summarizer.read_url("http://news.example/story")


def test_cli_refuses_a_loopback_url_in_one_line_unless_allowed() -> None:
    with serve(ROUTES) as server:
        url = f"{server.base}/story"
        refused = CliRunner().invoke(cli, [url, "--sentences", "2"])
        assert server.hits == []
        allowed = CliRunner().invoke(cli, [url, "--sentences", "2", "--allow-private-urls"])
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert len(refused.output.strip().splitlines()) == 1 and url in refused.output and "--allow-private-urls" in refused.output
    assert allowed.exit_code == 0, allowed.output


def test_check_command_refuses_a_loopback_article_url_unless_allowed() -> None:
    body = article(3).encode("utf-8")
    with serve({"/article": (200, {"Content-Type": "text/plain"}, body)}) as server:
        url = f"{server.base}/article"
        line = article(3).split("\n")[0]
        refused = CliRunner().invoke(cli, ["check", url, "-s", "-"], input=line)
        assert server.hits == []
        allowed = CliRunner().invoke(cli, ["check", url, "-s", "-", "--allow-private-urls"], input=line)
    assert refused.exit_code == 2 and "loopback" in refused.output and len(refused.output.strip().splitlines()) == 1
    assert allowed.exit_code in (0, 1) and "SUPPORTED" in allowed.output, allowed.output
