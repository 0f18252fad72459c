"""Attachments on both engines: upload (multipart), dedup by sha256 with per-link names, the size
limit (413 in Portuguese), sanitised names, sniffed content types, download bytes equal, soft removal
in the history, idempotent uploads, permissions."""
from __future__ import annotations

import hashlib
import os

import pytest

from desk_server.domain.attachments.files import sanitize_name, sniff_content_type

from ..harness import login_headers
from .ticket_support import history, make_world, open_ticket

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(2000)


@pytest.fixture
def world_for():
    """A world and operator headers in an app built by the test itself (with its own settings)."""
    return lambda api: (make_world(api), login_headers(api, "operador"))


def upload(api, h, ticket_id, name, data, *, note=None, claimed="application/octet-stream", key=None):
    headers = {**h, **({"Idempotency-Key": key} if key else {})}
    return api.post(f"/api/v1/tickets/{ticket_id}/attachments", headers=headers,
                    files={"file": (name, data, claimed)}, data={"note": note} if note else None)


def store_files(api) -> list:
    root = api.app.state.settings.data_dir / "attachments"
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "tmp"]


def test_upload_dedup_download_and_remove(api, headers, world):
    h, ticket = headers("operador"), None
    ticket = open_ticket(api, h, world)
    first = upload(api, h, ticket["id"], "foto da caixa.png", PNG, note="ONU com LOS vermelho", claimed="text/html")
    assert first.status_code == 201, first.text
    a = first.json()
    assert a["name"] == "foto da caixa.png" and a["size"] == len(PNG)
    assert a["sha256"] == hashlib.sha256(PNG).hexdigest()
    assert a["content_type"] == "image/png"  # sniffed from the bytes, not the claimed text/html
    assert a["note"] == "ONU com LOS vermelho" and a["uploaded_by_name"]

    other = open_ticket(api, headers("supervisor"), world)
    second = upload(api, headers("supervisor"), other["id"], "mesma-foto.png", PNG)
    assert second.status_code == 201
    b = second.json()
    assert b["sha256"] == a["sha256"] and b["name"] == "mesma-foto.png" and b["uploaded_by_id"] != a["uploaded_by_id"]
    assert len(store_files(api)) == 1  # stored once, linked twice

    content = api.get(f"/api/v1/attachments/{a['id']}/content", headers=h)
    assert content.status_code == 200 and content.content == PNG
    assert content.headers["content-type"] == "image/png"
    assert "foto%20da%20caixa.png" in content.headers["content-disposition"]

    removed = api.post(f"/api/v1/attachments/{a['id']}/remove", json={"reason": "foto errada"}, headers=h)
    assert removed.status_code == 200 and removed.json()["removed"] is True
    again = api.post(f"/api/v1/attachments/{a['id']}/remove", headers=h)
    assert again.status_code == 409
    listed = api.get(f"/api/v1/tickets/{ticket['id']}/attachments", headers=h).json()["items"]
    assert [x["removed"] for x in listed] == [True]  # soft: still listed, flagged
    assert api.get(f"/api/v1/tickets/{ticket['id']}/attachments?include_removed=false", headers=h).json() == \
        {"items": []}
    kinds = [(e["kind"], e["text"]) for e in history(api, h, ticket["id"])]
    assert ("attachment_added", "Anexo foto da caixa.png (2 KB)") in kinds
    assert ("attachment_removed", "Anexo foto da caixa.png removido: foto errada") in kinds
    # the other link and the stored file are untouched
    assert api.get(f"/api/v1/attachments/{b['id']}/content", headers=h).content == PNG


def test_size_limit_and_bad_requests(app_for, demo_db_url, world_for):
    api = app_for(demo_db_url, attachment_max_mb=1)
    world, h = world_for(api)
    ticket = open_ticket(api, h, world)
    big = upload(api, h, ticket["id"], "grande.bin", b"x" * (1024 * 1024 + 1))
    assert big.status_code == 413
    assert big.json()["detail"]["message"].startswith("Arquivo maior que o limite de 1 MB")
    assert store_files(api) == []  # nothing kept from a refused upload
    assert upload(api, h, ticket["id"], "exato.bin", b"x" * (1024 * 1024)).status_code == 201
    missing = api.post(f"/api/v1/tickets/{ticket['id']}/attachments", headers=h, data={"note": "sem arquivo"},
                       files={"outro": ("a.txt", b"abc", "text/plain")})
    assert missing.status_code == 422 and "Arquivo ausente" in missing.text
    as_json = api.post(f"/api/v1/tickets/{ticket['id']}/attachments", headers=h, json={"file": "abc"})
    assert as_json.status_code == 422 and "multipart" in as_json.text
    assert upload(api, h, 999999, "a.txt", b"abc").status_code == 404
    assert api.get("/api/v1/attachments/999999/content", headers=h).status_code == 404


def test_idempotent_upload_and_permissions(api, headers, world):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    one = upload(api, h, ticket["id"], "laudo.pdf", b"%PDF-1.4 laudo", key="k-anexo-1")
    two = upload(api, h, ticket["id"], "laudo.pdf", b"%PDF-1.4 laudo", key="k-anexo-1")
    assert one.status_code == 201 and two.status_code == 200 and one.json()["id"] == two.json()["id"]
    assert len(api.get(f"/api/v1/tickets/{ticket['id']}/attachments", headers=h).json()["items"]) == 1
    # the technician is not assigned to this ticket (it went to a Suporte N1 cargo they are not in)
    forbidden = upload(api, headers("tecnico"), ticket["id"], "x.txt", b"abc")
    assert forbidden.status_code == 403
    assert api.post("/api/v1/tickets/1/attachments", files={"file": ("a", b"b")}).status_code == 401


@pytest.mark.parametrize("raw,clean", [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\ana\\Desktop\\relatório final.pdf", "relatório final.pdf"),
    ("  .oculto  ", "oculto"),
    ("a<b>c:d\"e|f?g*.txt", "a_b_c_d_e_f_g_.txt"),
    ("CON.txt", "_CON.txt"),
    ("", "anexo"),
    ("\x00\x01", "anexo"),
    ("x" * 300 + ".jpeg", "x" * 195 + ".jpeg"),
])
def test_sanitize_name(raw, clean):
    assert sanitize_name(raw) == clean


def test_sniff_content_type():
    assert sniff_content_type(b"%PDF-1.7\n...") == "application/pdf"
    assert sniff_content_type(PNG) == "image/png"
    assert sniff_content_type("Relatório técnico\n".encode()) == "text/plain"
    assert sniff_content_type(b"\x00\x01\x02\xff") == "application/octet-stream"
    assert sniff_content_type(b"") == "application/octet-stream"
