#!/usr/bin/env python3
"""Executes generated Python snippets against the real msgraph SDKs and reports the request
each one would send, without sending anything.

Protocol (one JSON object per line):
  stdin:  {"id": "...", "code": "..."}
  stdout: {"ready": true, "python": "...", "sdks": {...}}                    (once, at start)
          {"id": "...", "ok": true,  "request": {...}, "requestCount": n, "error": null}
          {"id": "...", "ok": false, "request": null, "requestCount": 0,
           "error": {"type": "TypeError", "message": "...", "line": 12}}
  request = {"method", "url", "headers": {name: value}, "body": str|null, "bodyEncoding": "utf8"|"base64"}

The worker is long-lived (the SDK imports cost about a second; each snippet then takes
milliseconds). The driver (src/verify/python.ts) runs a small pool of them and kills and
restarts one that overruns its per-snippet timeout, so nothing here needs a timeout of its own.
"""

from __future__ import annotations

import ast
import asyncio
import base64
import inspect
import json
import os
import platform
import sys
import traceback
from typing import Any, Optional

# The protocol owns the real stdout; anything a snippet prints goes to stderr instead, so that a
# stray print() can never corrupt a response line.
_PROTOCOL = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
os.dup2(2, 1)
sys.stdout = sys.stderr

from kiota_abstractions.authentication.anonymous_authentication_provider import (  # noqa: E402
    AnonymousAuthenticationProvider,
)
from kiota_abstractions.request_information import RequestInformation  # noqa: E402

import msgraph  # noqa: E402
import msgraph.graph_service_client  # noqa: E402
import msgraph_beta  # noqa: E402
import msgraph_beta.graph_service_client  # noqa: E402
from msgraph.graph_request_adapter import GraphRequestAdapter as V1Adapter  # noqa: E402
from msgraph_beta.graph_request_adapter import GraphRequestAdapter as BetaAdapter  # noqa: E402

# What the SDK's UrlReplaceHandler middleware does on the wire: `me` is modelled as
# /users/{user-id} with a sentinel id. The middleware never runs here, so apply it ourselves.
_ME_SENTINEL = "/users/me-token-to-replace"


def _describe(request_info: RequestInformation) -> dict[str, Any]:
    method = request_info.http_method
    url = str(request_info.url).replace(_ME_SENTINEL, "/me", 1)
    headers: dict[str, str] = {}
    for name, values in request_info.headers.get_all().items():
        headers[name] = ", ".join(sorted(values))
    body: Optional[str] = None
    encoding = "utf8"
    content = request_info.content
    if content is not None:
        raw = content if isinstance(content, (bytes, bytearray)) else bytes(content)
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            body = base64.b64encode(raw).decode("ascii")
            encoding = "base64"
    return {
        "method": method.value if method is not None else None,
        "url": url,
        "headers": headers,
        "body": body,
        "bodyEncoding": encoding,
    }


def _capturing(base: type) -> type:
    """A real GraphRequestAdapter whose send methods record the request instead of sending it.

    Everything up to the send (URL templates, query parameters, header options, body
    serialisation) is the SDK's own code; only the network step is replaced. The methods return
    None, which the generated request builders pass back as `result`, so the snippet runs on.
    """

    class CapturingAdapter(base):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            super().__init__(AnonymousAuthenticationProvider())
            self.captured: list[dict[str, Any]] = []

        async def _capture(self, request_info: RequestInformation) -> None:
            self.set_base_url_for_request_information(request_info)
            self.captured.append(_describe(request_info))
            return None

        async def send_async(self, request_info, parsable_factory, error_map):  # type: ignore[override]
            return await self._capture(request_info)

        async def send_collection_async(self, request_info, parsable_factory, error_map):  # type: ignore[override]
            return await self._capture(request_info)

        async def send_collection_of_primitive_async(self, request_info, response_type, error_map):  # type: ignore[override]
            return await self._capture(request_info)

        async def send_primitive_async(self, request_info, response_type, error_map):  # type: ignore[override]
            return await self._capture(request_info)

        async def send_no_response_content_async(self, request_info, error_map):  # type: ignore[override]
            return await self._capture(request_info)

    return CapturingAdapter


_V1_CLIENT = msgraph.graph_service_client.GraphServiceClient
_BETA_CLIENT = msgraph_beta.graph_service_client.GraphServiceClient
_ADAPTERS = {"v1.0": _capturing(V1Adapter)(), "beta": _capturing(BetaAdapter)()}


def _factory(real_client: type, adapter: Any) -> Any:
    # Snippets write `GraphServiceClient(credentials, scopes)`; the arguments are ignored and a
    # real client is built on the capturing adapter instead.
    def GraphServiceClient(*_args: Any, **_kwargs: Any) -> Any:  # noqa: N802 (SDK's name)
        return real_client(request_adapter=adapter)

    return GraphServiceClient


# Patched on the package and on its module so that either import spelling gets the factory.
for _module, _real, _key in (
    (msgraph, _V1_CLIENT, "v1.0"),
    (msgraph.graph_service_client, _V1_CLIENT, "v1.0"),
    (msgraph_beta, _BETA_CLIENT, "beta"),
    (msgraph_beta.graph_service_client, _BETA_CLIENT, "beta"),
):
    setattr(_module, "GraphServiceClient", _factory(_real, _ADAPTERS[_key]))

_LOOP = asyncio.new_event_loop()
asyncio.set_event_loop(_LOOP)


def _snippet_line(tb: Any, filename: str) -> Optional[int]:
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == filename:
            line = lineno
    return line


def run_snippet(snippet_id: str, code: str) -> dict[str, Any]:
    for adapter in _ADAPTERS.values():
        adapter.captured = []
    filename = f"<snippet {snippet_id}>"
    try:
        # Top-level `await` is allowed by this flag; eval then returns a coroutine to run.
        compiled = compile(code, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        scope: dict[str, Any] = {
            "__name__": "__snippet__",
            "__builtins__": __builtins__,
            # The constructor inputs the snippets assume are in scope (never used by the factory).
            "credentials": object(),
            "scopes": ["https://graph.microsoft.com/.default"],
        }
        outcome = eval(compiled, scope)  # noqa: S307 (executing the snippet is the point)
        if inspect.iscoroutine(outcome):
            _LOOP.run_until_complete(outcome)
    except SyntaxError as error:
        return _failure(snippet_id, "SyntaxError", error.msg, error.lineno)
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # noqa: BLE001 (every failure, SystemExit included, is a result)
        return _failure(snippet_id, type(error).__name__, str(error), _snippet_line(error.__traceback__, filename))
    captured = [r for a in _ADAPTERS.values() for r in a.captured]
    if not captured:
        return _failure(snippet_id, "NoRequest", "the snippet ran but sent no request", None)
    return {"id": snippet_id, "ok": True, "request": captured[0], "requestCount": len(captured), "error": None}


def _failure(snippet_id: str, kind: str, message: str, line: Optional[int]) -> dict[str, Any]:
    return {
        "id": snippet_id,
        "ok": False,
        "request": None,
        "requestCount": 0,
        "error": {"type": kind, "message": message[:500], "line": line},
    }


def main() -> None:
    _PROTOCOL.write(
        json.dumps(
            {
                "ready": True,
                "python": platform.python_version(),
                "sdks": {"msgraph": msgraph.__version__, "msgraph_beta": getattr(msgraph_beta, "__version__", None)},
            }
        )
        + "\n"
    )
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            job = json.loads(line)
            snippet_id = str(job["id"])
            code = str(job["code"])
        except (ValueError, KeyError, TypeError) as error:
            _PROTOCOL.write(json.dumps(_failure("?", "ProtocolError", str(error), None)) + "\n")
            continue
        _PROTOCOL.write(json.dumps(run_snippet(snippet_id, code)) + "\n")


if __name__ == "__main__":
    main()
