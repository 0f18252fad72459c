"""Binary answers as the OpenAPI document describes them (PDFs, attachment contents): the media
types the route really sends, each a binary string, instead of FastAPI's default JSON."""
from __future__ import annotations

from typing import Any

BINARY = {"type": "string", "format": "binary"}


def binary_responses(*media_types: str, description: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": description, "content": {m: {"schema": BINARY} for m in media_types}}}


PDF_RESPONSES = binary_responses("application/pdf", description="O documento em PDF (Content-Disposition inline).")
# An attachment goes out with the type detected when it was sent (its `content_type`: image/png,
# application/pdf, text/plain...; application/octet-stream when unknown): any type, hence */*.
ATTACHMENT_RESPONSES = binary_responses(
    "application/octet-stream", "*/*",
    description="O arquivo, com o tipo detectado no envio (campo content_type do anexo) e o nome em "
                "Content-Disposition.")
