"""A small HTTP server on a loopback address for tests: bounded in time, it stops by itself.

`serve(routes)` answers GET requests from a table of ``path -> (status, headers, body)`` and
counts the requests it was sent, so a test can tell that a refused URL was never asked for.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

LIFETIME_S = 60.0  # a forgotten server shuts itself down after this long

Route = tuple[int, dict[str, str], bytes]


class QuietServer(http.server.ThreadingHTTPServer):
    """A threading HTTP server that says nothing when a client hangs up early.

    Tests time a client out on a slow route or stop reading a big body; the handler thread then
    fails writing to the closed socket, possibly seconds later. socketserver prints that traceback
    to whatever sys.stderr is then, which may be a later test's captured output (click's
    CliRunner swaps it), so the later test would fail on a stranger's traceback."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@dataclass
class Served:
    host: str
    port: int
    hits: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"


@contextmanager
def serve(routes: dict[str, Route], host: str = "127.0.0.1", lifetime: float = LIFETIME_S) -> Iterator[Served]:
    served_holder: list[Served] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            served_holder[0].hits.append(self.path)
            status, headers, body = routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"missing"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value.replace("{base}", served_holder[0].base))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = QuietServer((host, 0), Handler)
    served_holder.append(Served(host, httpd.server_port))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    stopper = threading.Timer(lifetime, httpd.shutdown)
    stopper.daemon = True
    stopper.start()
    try:
        yield served_holder[0]
    finally:
        stopper.cancel()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
