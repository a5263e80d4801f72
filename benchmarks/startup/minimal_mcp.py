#!/usr/bin/env python3
"""Smallest useful MCP stdio server: the outside reference for start-up time and memory.

It reads newline-delimited JSON-RPC from stdin, responds to `initialize` and `tools/list` (one tool),
ignores notifications, returns "method not found" for anything else and exits when stdin closes.
Standard library only, so its cost is the interpreter's start-up plus a JSON round trip.
"""
import json
import sys

TOOLS = [{
    "name": "ping",
    "description": "Returns pong.",
    "inputSchema": {"type": "object", "properties": {}},
}]


def respond(request_id, result=None, error=None):
    message = {"jsonrpc": "2.0", "id": request_id}
    if error is None:
        message["result"] = result
    else:
        message["error"] = error
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        if "id" not in request:
            continue  # a notification needs no response
        method = request.get("method")
        if method == "initialize":
            respond(request["id"], {
                "protocolVersion": request.get("params", {}).get("protocolVersion", "2025-06-18"),
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "minimal-python-mcp", "version": "1.0.0"},
            })
        elif method == "tools/list":
            respond(request["id"], {"tools": TOOLS})
        else:
            respond(request["id"], error={"code": -32601, "message": f"Method not found: {method}"})


if __name__ == "__main__":
    main()
