"""A tiny real HTTP server for the ApiClient's file transfers (run by uvicorn in a subprocess):
echoes uploads (sha256, name, size, fields), serves deterministic bytes for downloads and answers
JSON after a chosen delay."""
from __future__ import annotations

import asyncio
import hashlib
from typing import Annotated

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import JSONResponse, Response, StreamingResponse

app = FastAPI()


def payload(size: int) -> bytes:
    return bytes((i * 7 + 3) % 251 for i in range(size))


@app.post("/api/v1/echo/upload")
async def echo_upload(request: Request, file: Annotated[UploadFile, File()],
                      note: Annotated[str, Form()] = ""):
    data = await file.read()
    return {"sha256": hashlib.sha256(data).hexdigest(), "name": file.filename, "size": len(data),
            "content_type": file.content_type, "note": note,
            "authorization": request.headers.get("authorization"),
            "idempotency_key": request.headers.get("idempotency-key")}


@app.post("/api/v1/echo/too-large")
async def too_large():
    return JSONResponse({"detail": "Arquivo maior que o limite de 1 MB."}, status_code=413)


@app.get("/api/v1/echo/bytes")
async def echo_bytes(size: int = 1000):
    return Response(payload(size), media_type="application/pdf")


@app.get("/api/v1/echo/slow")
async def slow(chunks: int = 100):
    async def body():
        for _ in range(chunks):
            yield b"x" * 65536
            await asyncio.sleep(0.05)
    return StreamingResponse(body(), media_type="application/octet-stream",
                             headers={"Content-Length": str(chunks * 65536)})


@app.get("/api/v1/echo/json")
async def echo_json(tag: str = "", delay: float = 0.0):
    """A JSON answer after `delay` seconds (late answers of the latest-call tests)."""
    await asyncio.sleep(delay)
    return {"tag": tag}


@app.get("/api/v1/echo/missing")
async def missing():
    return JSONResponse({"detail": "Anexo não encontrado."}, status_code=404)
