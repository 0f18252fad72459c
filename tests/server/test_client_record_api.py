"""Client record API (issue 13) on both engines: create and edit clients and subscriptions, errors in
Portuguese, secrets encrypted at rest, never in an answer except the audited reveal."""
from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

CPF = "529.982.247-25"
CNPJ = "11.222.333/0001-81"


def _first(api, headers, path, **params):
    return api.get(path, params=params, headers=headers("operador")).json()["items"][0]


@pytest.fixture
def new_client(api, headers):
    body = {"person_type": "PF", "name": "Zuleica Pereira Jatobá", "document": CPF, "phone": "(17) 3333-4444",
            "mobile": "17 99876-5432", "email": "Zuleica@Example.com", "street": "Rua das Jaqueiras",
            "number": "45", "district": "Vila Jatobá", "city": "São José do Rio Preto", "uf": "sp",
            "cep": "15015-000"}
    response = api.post("/api/v1/clients", json=body, headers=headers("supervisor"))
    assert response.status_code == 201, response.text
    return response.json()


def _sub_body(api, headers, **extra):
    plan = _first(api, headers, "/api/v1/plans")
    point = _first(api, headers, "/api/v1/routing-points", kind="routing_point")
    body = {"plan_id": plan["id"], "routing_point_id": point["id"], "login": "Zuleica.Jatoba",
            "ip": "100.126.0.10", "mac": "aa-bb-cc-00-11-22", "pppoe_password": "s3nh@PPPoE",
            "equipment_password": "admin#123", "equipment_user": "admin", "billing_method": "pix",
            "due_day": 15, "splitter": "SPL-7", "olt_slot": "1", "olt_port": "4", "splitter_port": "8",
            "label_code": "ETQ-99", "contract": {"number": "2026/001234"},
            "services": [{"code": "ipfixo", "description": "IP fixo", "value": "20,00"}]}
    body.update(extra)
    return body


def test_create_client_normalises_and_is_searchable(api, headers, new_client):
    c = new_client
    assert c["document"] == "52998224725" and c["document_formatted"] == "529.982.247-25"
    assert c["phone"] == "1733334444" and c["mobile"] == "17998765432" and c["email"] == "zuleica@example.com"
    assert c["address"]["uf"] == "SP" and c["address"]["cep"] == "15015000" and c["code"].isdigit()
    hits = api.get("/api/v1/clients/search", params={"q": "jatoba", "field": "name"},
                   headers=headers("operador")).json()["items"]
    assert [h["id"] for h in hits] == [c["id"]]
    # edit: the search twin follows the new name
    response = api.patch(f"/api/v1/clients/{c['id']}", json={"name": "Zuleica Umbuzeiro"},
                         headers=headers("admin"))
    assert response.status_code == 200 and response.json()["name"] == "Zuleica Umbuzeiro"
    hits = api.get("/api/v1/clients/search", params={"q": "umbuzeiro", "field": "name"},
                   headers=headers("operador")).json()["items"]
    assert [h["id"] for h in hits] == [c["id"]]


@pytest.mark.parametrize("body, message", [
    ({"person_type": "PF", "name": "X", "document": "529.982.247-24"}, "CPF inválido: dígito verificador"),
    ({"person_type": "PJ", "name": "X", "document": "11.222.333/0001-80"}, "CNPJ inválido: dígito verificador"),
    ({"person_type": "PF", "name": "X", "document": "123"}, "CPF inválido: informe 11 dígitos"),
    ({"person_type": "PF", "name": "X", "uf": "XX"}, "UF inválida"),
    ({"person_type": "PF", "name": "X", "cep": "123"}, "CEP inválido"),
    ({"person_type": "PF", "name": "X", "email": "sem-arroba"}, "E-mail inválido"),
    ({"person_type": "PF", "name": "X", "phone": "12"}, "Telefone inválido"),
    ({"person_type": "XX", "name": "X"}, "person_type: valor não permitido"),
    ({"person_type": "PF", "name": "X", "nome": "typo"}, "campo não reconhecido"),
])
def test_client_validation_errors_in_portuguese(api, headers, body, message):
    response = api.post("/api/v1/clients", json=body, headers=headers("admin"))
    assert response.status_code == 422, response.text
    assert message in json.dumps(response.json()["detail"], ensure_ascii=False)


def test_roles_checked_before_validation(api, headers, new_client):
    for who in ("operador", "tecnico"):
        assert api.post("/api/v1/clients", json={"junk": 1}, headers=headers(who)).status_code == 403
        assert api.patch(f"/api/v1/clients/{new_client['id']}", json={"name": ""},
                         headers=headers(who)).status_code == 403
        assert api.post(f"/api/v1/clients/{new_client['id']}/subscriptions", json={},
                        headers=headers(who)).status_code == 403


def test_duplicate_code_is_a_conflict(api, headers, new_client):
    response = api.post("/api/v1/clients", json={"person_type": "PJ", "name": "Outra", "document": CNPJ,
                                                 "code": new_client["code"]}, headers=headers("admin"))
    assert response.status_code == 409 and "código" in response.json()["detail"]


def test_subscription_record_secrets_and_audited_reveal(api, headers, new_client, demo_db_url):
    url = f"/api/v1/clients/{new_client['id']}/subscriptions"
    response = api.post(url, json=_sub_body(api, headers), headers=headers("supervisor"))
    assert response.status_code == 201, response.text
    record = response.json()
    raw = response.text
    assert "s3nh@PPPoE" not in raw and "admin#123" not in raw
    sub = record["subscription"]
    assert sub["login"] == "zuleica.jatoba" and sub["mac"] == "AA:BB:CC:00:11:22"
    assert sub["contracts"][0]["number"] == "2026/001234" and sub["contracts"][0]["is_main"]
    assert record["details"]["billing_method"] == "pix" and record["details"]["due_day"] == 15
    conn = record["connection"]
    assert conn["has_pppoe_password"] and conn["has_equipment_password"] and conn["splitter"] == "SPL-7"
    assert record["services"][0]["code"] == "IPFIXO" and record["services"][0]["value"] == "20.00"
    assert [e["kind"] for e in record["events"]] == ["Ativação"]
    # stored encrypted: the database never holds the plain text
    engine = create_engine(demo_db_url, poolclass=NullPool)
    with engine.connect() as conn_db:
        stored = conn_db.execute(text("SELECT pppoe_password_enc, equipment_password_enc FROM subscription_details "
                                      "WHERE subscription_id = :s"), {"s": sub["id"]}).one()
    engine.dispose()
    assert all(v and "s3nh" not in v and "admin#" not in v for v in stored)
    # nowhere else: client detail, record
    for path in (f"/api/v1/clients/{new_client['id']}", f"/api/v1/subscriptions/{sub['id']}/record"):
        body = api.get(path, headers=headers("operador")).text
        assert "s3nh@PPPoE" not in body and "admin#123" not in body
    # reveal: the value, an audit row and an event
    response = api.post(f"/api/v1/subscriptions/{sub['id']}/reveal", json={"secret": "pppoe"},
                        headers=headers("operador"))
    assert response.status_code == 200 and response.json()["value"] == "s3nh@PPPoE"
    response = api.post(f"/api/v1/subscriptions/{sub['id']}/reveal", json={"secret": "equipment"},
                        headers=headers("tecnico"))
    assert response.json()["value"] == "admin#123"
    audit = api.get(f"/api/v1/subscriptions/{sub['id']}/reveals", headers=headers("admin")).json()["items"]
    assert [(a["secret"], a["user"]) for a in audit] == [("pppoe", "operador"), ("equipment", "tecnico")]
    assert api.get(f"/api/v1/subscriptions/{sub['id']}/reveals", headers=headers("operador")).status_code == 403
    events = api.get(f"/api/v1/subscriptions/{sub['id']}/record", headers=headers("operador")).json()["events"]
    assert [e["kind"] for e in events] == ["Ativação", "Auditoria", "Auditoria"]
    assert "Senha PPPoE exibida para operador" in events[1]["description"]
    assert events[1]["user"]


def test_subscription_edit_validation_and_conflicts(api, headers, new_client):
    url = f"/api/v1/clients/{new_client['id']}/subscriptions"
    sub = api.post(url, json=_sub_body(api, headers), headers=headers("admin")).json()["subscription"]
    patch = f"/api/v1/subscriptions/{sub['id']}"
    for body, message in (({"mac": "zz:zz"}, "MAC inválido"), ({"mac_onu": "aa:bb"}, "MAC ONU inválido"),
                          ({"ip": "300.1.1.1"}, "IP inválido"), ({"due_day": 31}, "due_day"),
                          ({"billing_method": "fiado"}, "billing_method"),
                          ({"valid_from": "2026-05-01", "valid_to": "2026-01-01"}, "Vigência inválida")):
        response = api.patch(patch, json=body, headers=headers("admin"))
        assert response.status_code == 422 and message in response.text, (body, response.text)
    # a second subscription may not take the same login or IP
    again = api.post(url, json=_sub_body(api, headers, contract=None, login="outro.login"),
                     headers=headers("admin"))
    assert again.status_code == 409 and "IP 100.126.0.10 já está em uso" in again.json()["detail"]
    # edit: new password, new MAC; an event names what changed, never the password itself
    response = api.patch(patch, json={"mac": "AABB.CC00.3344", "pppoe_password": "nova-senha-1"},
                         headers=headers("admin"))
    assert response.status_code == 200 and response.json()["subscription"]["mac"] == "AA:BB:CC:00:33:44"
    assert "nova-senha-1" not in response.text
    last = response.json()["events"][-1]
    assert last["kind"] == "Alteração" and "mac" in last["description"] and "Senha PPPoE" in last["description"]
    value = api.post(f"{patch}/reveal", json={"secret": "pppoe"}, headers=headers("admin")).json()["value"]
    assert value == "nova-senha-1"


def test_record_of_an_older_subscription_gets_defaults(api, headers):
    client_id = _first(api, headers, "/api/v1/clients/search", q="1001", field="code", condition="equals")["id"]
    client = api.get(f"/api/v1/clients/{client_id}", headers=headers("operador")).json()
    sub = client["subscriptions"][0]
    record = api.get(f"/api/v1/subscriptions/{sub['id']}/record", headers=headers("operador")).json()
    # the demo's passwords were moved, encrypted, out of the legacy plain column (demo/client_record.py)
    assert record["details"]["billing_type"] == "pos_pago" and record["connection"]["has_pppoe_password"]
    assert not record["connection"]["has_equipment_password"]
    for secret, expected in (("pppoe", r"^\d{8}$"), ("equipment", None)):
        value = api.post(f"/api/v1/subscriptions/{sub['id']}/reveal", json={"secret": secret},
                         headers=headers("operador")).json()["value"]
        assert (value is None) if expected is None else re.match(expected, value)
    assert api.get("/api/v1/subscriptions/999999999/record", headers=headers("operador")).status_code == 404


def test_prospect_contacts_location_and_conversion(api, headers):
    prospect = api.post("/api/v1/prospects", json={"kind": "residente_condominio", "name": "Iara Buriti",
                                                   "phone": "17 98888-1111", "city": "Mirassol", "uf": "SP"},
                        headers=headers("operador")).json()
    base = f"/api/v1/prospects/{prospect['id']}"
    assert api.post(f"{base}/contacts", json={"name": "Síndico Buriti", "phone": "1733221100"},
                    headers=headers("operador")).status_code == 201
    assert api.get(f"{base}/location", headers=headers("operador")).json() == {"latitude": None, "longitude": None}
    put = api.put(f"{base}/location", json={"latitude": "-20.8197123", "longitude": -49.5065},
                  headers=headers("operador"))
    assert put.status_code == 200 and put.json()["latitude"] == "-20.819712"
    assert api.put(f"{base}/location", json={"latitude": 91, "longitude": 0},
                   headers=headers("operador")).status_code == 422
    assert api.post(f"{base}/convert", json={"person_type": "PF"}, headers=headers("operador")).status_code == 403
    bad = api.post(f"{base}/convert", json={"person_type": "PF", "document": "111.111.111-12"},
                   headers=headers("supervisor"))
    assert bad.status_code == 422 and "CPF inválido" in bad.json()["detail"]
    done = api.post(f"{base}/convert", json={"person_type": "PF", "document": CPF}, headers=headers("supervisor"))
    assert done.status_code == 201, done.text
    client = api.get(f"/api/v1/clients/{done.json()['client_id']}", headers=headers("operador")).json()
    assert client["name"] == "Iara Buriti" and client["address"]["city"] == "Mirassol"
    assert [c["name"] for c in client["contacts"]] == ["Síndico Buriti"]
    after = api.get(base, headers=headers("operador")).json()
    assert after["status"] == "convertido" and after["client_id"] == client["id"]
    again = api.post(f"{base}/convert", json={"person_type": "PF"}, headers=headers("supervisor"))
    assert again.status_code == 409


def test_demo_leaves_no_password_in_clear(api, demo_db_url):
    engine = create_engine(demo_db_url, poolclass=NullPool)
    with engine.connect() as conn:
        plain = conn.execute(text("SELECT count(*) FROM subscriptions WHERE password IS NOT NULL")).scalar()
        encrypted = conn.execute(text("SELECT count(*) FROM subscription_details "
                                      "WHERE pppoe_password_enc IS NOT NULL")).scalar()
    engine.dispose()
    assert plain == 0 and encrypted > 100
