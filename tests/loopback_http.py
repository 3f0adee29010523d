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

    httpd = http.server.ThreadingHTTPServer((host, 0), Handler)
    httpd.daemon_threads = True
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
