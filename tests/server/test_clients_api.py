"""Client detail, invoices, contacts with extra fields, contact-field definitions (roles), prospects,
catalogs and demo data — through the API, on both engines."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from stdnum.br import cnpj, cpf

from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.models.clients import Client, Invoice, RemovedIdentifier, Subscription

from ..harness import make_settings
from . import clients_data as data


@pytest.fixture
def env(api, headers, demo_db_url, tmp_path):
    """The demo API plus our precise rows."""
    engine = make_engine(demo_db_url, pool_size=1)
    settings = make_settings(demo_db_url, tmp_path)
    with session_scope(make_session_factory(engine)) as session:
        ids = data.build(session, datetime.now(settings.tz).date())
    engine.dispose()
    return api, headers, ids


# --- detail -----------------------------------------------------------------------------------------

def test_client_detail_with_contacts_subscriptions_and_summary(env):
    api, headers, ids = env
    body = api.get(f"/api/v1/clients/{ids.e}", headers=headers("operador")).json()
    assert body["code"] == "900005" and body["status"] == "suspenso" and body["person_type"] == "PF"
    assert body["document"] == "86288366757" and body["document_formatted"] == "862.883.667-57"
    # contacts: the deleted one is left out; extra field values come with their definition
    assert [c["name"] for c in body["contacts"]] == ["Marta Quixabeira Zéfiro"]
    contact = body["contacts"][0]
    assert contact["mobile"] == "17988887777" and contact["email"] == "marta.qx@example.com"
    assert contact["extra_fields"] == [{"field_id": contact["extra_fields"][0]["field_id"],
                                        "name": "Melhor horário", "kind": "choice", "value": "Tarde"}]
    # subscriptions: DESIGN §5 shape plus details; the removed one of D is elsewhere anyway
    (sub,) = body["subscriptions"]
    assert {"id", "login", "ip", "mac", "plan", "routing_point_id", "status"} <= set(sub)
    assert sub["login"] == "zefiro.quixa77" and sub["ip"] == "100.127.250.20"
    assert sub["mac"] == "AA:BB:CC:DD:EE:FF" and sub["mac2"] == "00:11:22:33:44:55"
    assert sub["mac_onu"] == "A1:B2:C3:D4:E5:F6" and sub["serial_number"] == "ZTEGC0FFEE01"
    assert sub["plan"] == "Fibra 300 Mega" and sub["price"] == "99.90" and sub["download_mbps"] == 300
    assert sub["routing_point"] == "OLT Norte 01" and sub["network"] == "Rede Norte"
    assert "password" not in sub
    assert len(sub["contracts"]) == 4 and [c["is_main"] for c in sub["contracts"]].count(True) == 1
    assert next(c for c in sub["contracts"] if c["is_main"])["number"] == "2024/000777"
    assert sub["install_address"]["street"] == "Rua das Quixabeiras"
    assert [a["address"] for a in body["email_accounts"]] == ["zefiro@netquixa.com.br"]
    assert [d["name"] for d in body["domains"]] == ["quixabeira.com.br"]
    # summary: open balances (100 + 100 + 40) and two overdue invoices (2020); no invoices embedded
    assert body["pending_invoices_total"] == "240.00"
    assert body["overdue_invoices"] == 2
    assert body["open_tickets"] == 0
    assert "invoices" not in body


def test_client_detail_of_a_client_without_anything(env):
    api, headers, ids = env
    body = api.get(f"/api/v1/clients/{ids.a}", headers=headers("tecnico")).json()
    assert body["contacts"] == [] and body["subscriptions"] == []
    assert body["pending_invoices_total"] == "0.00" and body["overdue_invoices"] == 0
    assert body["address"] == {"street": "Rua Álvares Cabral", "number": "1234", "complement": "Apto 12",
                               "district": "Jardim Conceição", "city": "São José do Rio Preto", "uf": "SP",
                               "cep": "15015000"}
    assert body["install_address"]["street"] == "Avenida Brasil"
    assert body["birth_date"] == "1980-05-17" and body["start_date"] == "2014-03-15"


@pytest.mark.parametrize("path", ["/api/v1/clients/99999999", "/api/v1/clients/99999999/invoices",
                                  "/api/v1/clients/99999999/contacts"])
def test_unknown_client_is_404(api, headers, path):
    response = api.get(path, headers=headers("operador"))
    assert response.status_code == 404
    assert response.json()["detail"] == "Cliente não encontrado."


def test_client_routes_need_login(api):
    assert api.get("/api/v1/clients/1").status_code == 401
    assert api.get("/api/v1/clients/1/invoices").status_code == 401


# --- invoices ---------------------------------------------------------------------------------------

def test_invoices_with_totals_and_period(env):
    api, headers, ids = env
    h = headers("operador")
    body = api.get(f"/api/v1/clients/{ids.e}/invoices", headers=h).json()
    assert body["count"] == 4
    assert [i["status"] for i in body["items"]] == ["open", "overdue", "overdue", "paid"]  # newest due first
    assert body["totals"] == {"total": "400.00", "paid": "160.00", "open": "240.00", "overdue": "140.00"}
    paid = body["items"][-1]
    assert paid["boleto_number"] == "00099988877" and paid["nf_number"] == "777001"
    assert paid["paid_date"] == "2020-01-09" and paid["balance"] == "0.00" and paid["amount"] == "100.00"

    period = api.get(f"/api/v1/clients/{ids.e}/invoices", params={"from": "2020-02-01", "to": "2020-03-10"},
                     headers=h).json()
    assert [i["nf_number"] for i in period["items"]] == ["777004", "777003"]
    assert period["totals"] == {"total": "200.00", "paid": "60.00", "open": "140.00", "overdue": "140.00"}
    assert api.get(f"/api/v1/clients/{ids.e}/invoices", params={"from": "2030-01-01"},
                   headers=h).json()["items"] == []


@pytest.mark.parametrize("params", [{"from": "2020-03-01", "to": "2020-01-01"}, {"from": "10/01/2020"},
                                    {"to": "amanhã"}])
def test_invoices_bad_period_is_422(env, params):
    api, headers, ids = env
    response = api.get(f"/api/v1/clients/{ids.e}/invoices", params=params, headers=headers("operador"))
    assert response.status_code == 422, response.text


# --- contacts and extra fields ----------------------------------------------------------------------

def _fields(api, h) -> dict[str, dict]:
    return {f["name"]: f for f in api.get("/api/v1/contact-fields", headers=h).json()["items"]}


def test_contact_lifecycle_with_extra_fields(env):
    api, headers, ids = env
    h = headers("operador")
    fields = _fields(api, h)
    assert {"Melhor horário", "Data de nascimento", "Observação"} <= set(fields)
    assert fields["Melhor horário"]["options"] == ["Manhã", "Tarde", "Noite"]
    body = {"name": "  Beatriz Zéfiro ", "role": "Financeiro", "phone": "(17) 3000-1234", "mobile": "+55 17 99000-1234",
            "email": "Bia@Example.com", "extra_fields": [
                {"field_id": fields["Melhor horário"]["id"], "value": "manhã"},
                {"field_id": fields["Data de nascimento"]["id"], "value": "15/03/1990"},
                {"field_id": fields["Observação"]["id"], "value": "Ligar após 18h"}]}
    created = api.post(f"/api/v1/clients/{ids.a}/contacts", json=body, headers=h)
    assert created.status_code == 201, created.text
    contact = created.json()
    assert contact["name"] == "Beatriz Zéfiro" and contact["client_id"] == ids.a
    assert contact["phone"] == "1730001234" and contact["mobile"] == "17990001234"
    assert contact["email"] == "bia@example.com"
    values = {v["name"]: v["value"] for v in contact["extra_fields"]}
    assert values == {"Melhor horário": "Manhã", "Data de nascimento": "1990-03-15", "Observação": "Ligar após 18h"}

    # found by the search right away (contact name and mobile)
    found = api.get("/api/v1/clients/search", params={"q": "beatriz zefiro", "field": "contact_name"}, headers=h)
    assert [i["id"] for i in found.json()["items"]] == [ids.a]

    patched = api.patch(f"/api/v1/contacts/{contact['id']}", headers=h, json={
        "mobile": "17990009999", "extra_fields": [{"field_id": fields["Observação"]["id"], "value": None},
                                                  {"field_id": fields["Melhor horário"]["id"], "value": "Noite"}]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["mobile"] == "17990009999" and patched.json()["role"] == "Financeiro"
    assert {v["name"]: v["value"] for v in patched.json()["extra_fields"]} == {
        "Melhor horário": "Noite", "Data de nascimento": "1990-03-15"}

    listed = api.get(f"/api/v1/clients/{ids.a}/contacts", headers=h).json()["items"]
    assert [c["id"] for c in listed] == [contact["id"]]
    assert api.delete(f"/api/v1/contacts/{contact['id']}", headers=h).status_code == 204
    assert api.get(f"/api/v1/clients/{ids.a}", headers=h).json()["contacts"] == []
    assert api.patch(f"/api/v1/contacts/{contact['id']}", json={"name": "X"}, headers=h).status_code == 404
    assert api.delete(f"/api/v1/contacts/{contact['id']}", headers=h).status_code == 404
    gone = api.get("/api/v1/clients/search", params={"q": "beatriz zefiro", "field": "contact_name"}, headers=h)
    assert gone.json()["items"] == []


@pytest.mark.parametrize("field_name,value,message", [
    ("Melhor horário", "Madrugada", "escolha uma das opções"),
    ("Data de nascimento", "31/02/1990", "data inválida"),
    ("Data de nascimento", "ontem", "data inválida"),
    ("Observação", "x" * 1001, "muito longo"),
    ("Observação", 12, "informe um texto"),
])
def test_extra_field_values_are_validated_by_type(env, field_name, value, message):
    api, headers, ids = env
    h = headers("operador")
    field = _fields(api, h)[field_name]
    response = api.post(f"/api/v1/clients/{ids.a}/contacts", headers=h,
                        json={"name": "Teste", "extra_fields": [{"field_id": field["id"], "value": value}]})
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]


def test_number_field_and_required_field(env):
    api, headers, ids = env
    sup = headers("supervisor")
    ramal = api.post("/api/v1/contact-fields", headers=sup, json={"name": "Ramal", "kind": "number"}).json()
    h = headers("operador")
    ok = api.post(f"/api/v1/clients/{ids.b}/contacts", headers=h,
                  json={"name": "Recepção", "extra_fields": [{"field_id": ramal["id"], "value": "12,50"}]})
    assert ok.status_code == 201 and ok.json()["extra_fields"][0]["value"] == "12.5"
    ok2 = api.post(f"/api/v1/clients/{ids.b}/contacts", headers=h,
                   json={"name": "Gerente", "extra_fields": [{"field_id": ramal["id"], "value": 201}]})
    assert ok2.json()["extra_fields"][0]["value"] == "201"
    for bad in ("doze", "NaN", "Infinity", True):
        response = api.post(f"/api/v1/clients/{ids.b}/contacts", headers=h,
                            json={"name": "X", "extra_fields": [{"field_id": ramal["id"], "value": bad}]})
        assert response.status_code == 422, (bad, response.text)
    unknown = api.post(f"/api/v1/clients/{ids.b}/contacts", headers=h,
                       json={"name": "X", "extra_fields": [{"field_id": 999999, "value": "1"}]})
    assert unknown.status_code == 422 and "não existe" in unknown.json()["detail"]

    required = api.post("/api/v1/contact-fields", headers=sup,
                        json={"name": "Parentesco", "kind": "text", "required": True}).json()
    missing = api.post(f"/api/v1/clients/{ids.b}/contacts", headers=h, json={"name": "Sem parentesco"})
    assert missing.status_code == 422 and "Parentesco" in missing.json()["detail"]
    with_it = api.post(f"/api/v1/clients/{ids.b}/contacts", headers=h, json={
        "name": "Com parentesco", "extra_fields": [{"field_id": required["id"], "value": "Irmã"}]})
    assert with_it.status_code == 201
    cleared = api.patch(f"/api/v1/contacts/{with_it.json()['id']}", headers=h,
                        json={"extra_fields": [{"field_id": required["id"], "value": ""}]})
    assert cleared.status_code == 422


@pytest.mark.parametrize("body", [{"name": ""}, {"name": "A\x00B"}, {"name": "Ok", "email": "não-é-email"},
                                  {"name": "Ok", "mobile": "123"}, {}, {"name": "Ok", "extra_fields": "x"}])
def test_bad_contact_bodies_are_422(env, body):
    api, headers, ids = env
    response = api.post(f"/api/v1/clients/{ids.a}/contacts", json=body, headers=headers("operador"))
    assert response.status_code == 422, response.text


def test_contact_fields_are_for_supervisors_and_admins(env):
    api, headers, _ids = env
    body = {"name": "Time do coração", "kind": "choice", "options": ["Corinthians", "Palmeiras", "Santos"]}
    for user in ("operador", "tecnico"):
        assert api.post("/api/v1/contact-fields", json=body, headers=headers(user)).status_code == 403
        # authorization before validation: a forbidden caller gets 403 whatever the body
        assert api.post("/api/v1/contact-fields", json={"kind": 1}, headers=headers(user)).status_code == 403
        assert api.patch("/api/v1/contact-fields/1", json={"name": "x"}, headers=headers(user)).status_code == 403
    assert api.post("/api/v1/contact-fields", json=body).status_code == 401
    created = api.post("/api/v1/contact-fields", json=body, headers=headers("supervisor"))
    assert created.status_code == 201, created.text
    field = created.json()
    assert field["options"] == body["options"] and field["active"] is True
    patched = api.patch(f"/api/v1/contact-fields/{field['id']}", headers=headers("admin"),
                        json={"options": ["Corinthians", "Palmeiras", "Santos", "São Paulo"], "active": False})
    assert patched.status_code == 200 and patched.json()["options"][-1] == "São Paulo"
    listed = api.get("/api/v1/contact-fields", headers=headers("operador")).json()["items"]
    assert field["id"] not in [f["id"] for f in listed]
    everything = api.get("/api/v1/contact-fields", params={"include_inactive": True},
                         headers=headers("operador")).json()["items"]
    assert field["id"] in [f["id"] for f in everything]


@pytest.mark.parametrize("body,status,message", [
    ({"name": "Cor", "kind": "choice"}, 422, "pelo menos uma opção"),
    ({"name": "Cor", "kind": "choice", "options": ["Azul", "azul"]}, 422, "repetida"),
    ({"name": "Cor", "kind": "text", "options": ["Azul"]}, 422, "Só campos de escolha"),
    ({"name": "Cor", "kind": "cor"}, 422, None),
    ({"name": "melhor HORÁRIO", "kind": "text"}, 409, "Já existe"),
])
def test_contact_field_definitions_are_validated(env, body, status, message):
    api, headers, _ids = env
    response = api.post("/api/v1/contact-fields", json=body, headers=headers("admin"))
    assert response.status_code == status, response.text
    if message:
        assert message in response.json()["detail"]


def test_contact_field_patch_rules(env):
    api, headers, _ids = env
    h = headers("admin")
    fields = _fields(api, h)
    text_field = fields["Observação"]
    assert api.patch(f"/api/v1/contact-fields/{text_field['id']}", json={"options": ["a"]},
                     headers=h).status_code == 422
    assert api.patch(f"/api/v1/contact-fields/{text_field['id']}", json={"name": "Melhor horário"},
                     headers=h).status_code == 409
    assert api.patch("/api/v1/contact-fields/999999", json={"name": "x"}, headers=h).status_code == 404
    renamed = api.patch(f"/api/v1/contact-fields/{text_field['id']}", json={"name": "Observações", "position": 9},
                        headers=h)
    assert renamed.status_code == 200 and renamed.json()["name"] == "Observações"


# --- prospects --------------------------------------------------------------------------------------

def test_prospects_create_search_and_update(api, headers):
    h = headers("operador")
    body = {"kind": "condominio", "name": "Condomínio Residencial Ipê Amarelo", "phone": "(17) 99777-1234",
            "email": "Sindico@IpeAmarelo.com.br", "street": "Rua das Palmeiras", "number": "77",
            "district": "Jardim Europa", "city": "Mirassol", "uf": "sp", "cep": "15130-000"}
    created = api.post("/api/v1/prospects", json=body, headers=h)
    assert created.status_code == 201, created.text
    p = created.json()
    assert p["kind_label"] == "Condomínio" and p["status"] == "novo" and p["uf"] == "SP"
    assert p["phone"] == "17997771234" and p["cep"] == "15130000" and p["email"] == "sindico@ipeamarelo.com.br"

    found = api.get("/api/v1/prospects", params={"q": "ipe amarelo"}, headers=h).json()["items"]
    assert [x["id"] for x in found] == [p["id"]]
    assert api.get("/api/v1/prospects", params={"q": "100%"}, headers=h).json()["items"] == []
    patched = api.patch(f"/api/v1/prospects/{p['id']}", json={"status": "em_negociacao", "notes": "Visita dia 10"},
                        headers=h)
    assert patched.status_code == 200 and patched.json()["status"] == "em_negociacao"
    assert patched.json()["name"] == body["name"]
    by_status = api.get("/api/v1/prospects", params={"status": "em_negociacao", "q": "ipe"}, headers=h).json()
    assert [x["id"] for x in by_status["items"]] == [p["id"]]
    today = date.today()
    period = api.get("/api/v1/prospects", params={"from": (today - timedelta(days=2)).isoformat(),
                                                  "to": (today + timedelta(days=2)).isoformat(), "kind": "condominio"},
                     headers=h).json()["items"]
    assert p["id"] in [x["id"] for x in period]
    old = api.get("/api/v1/prospects", params={"to": "2001-01-01"}, headers=h).json()["items"]
    assert old == []
    assert api.get(f"/api/v1/prospects/{p['id']}", headers=h).json()["name"] == body["name"]
    # the demo has prospects of every kind
    everyone = api.get("/api/v1/prospects", params={"limit": 500}, headers=h).json()["items"]
    assert {x["kind"] for x in everyone} == {"empresarial", "condominio", "residente_condominio", "residencial"}


@pytest.mark.parametrize("body", [{"kind": "fazenda", "name": "X"}, {"kind": "residencial"},
                                  {"kind": "residencial", "name": ""}, {"kind": "residencial", "name": "X", "cep": "123"},
                                  {"kind": "residencial", "name": "X", "phone": "12"},
                                  {"kind": "residencial", "name": "X", "status": "ganho"}])
def test_bad_prospects_are_422(api, headers, body):
    response = api.post("/api/v1/prospects", json=body, headers=headers("operador"))
    assert response.status_code == 422, response.text


def test_prospect_unknown_and_bad_queries(api, headers):
    h = headers("operador")
    assert api.patch("/api/v1/prospects/999999", json={"name": "x"}, headers=h).status_code == 404
    assert api.get("/api/v1/prospects/999999", headers=h).status_code == 404
    assert api.get("/api/v1/prospects", params={"q": "a\x00"}, headers=h).status_code == 422
    assert api.get("/api/v1/prospects", params={"limit": 0}, headers=h).status_code == 422
    assert api.get("/api/v1/prospects").status_code == 401


# --- catalogs ---------------------------------------------------------------------------------------

def test_catalogs(api, headers):
    h = headers("operador")
    networks = api.get("/api/v1/networks", headers=h).json()["items"]
    assert [n["name"] for n in networks] == ["Rede Centro", "Rede Norte", "Rede Rural"]
    points = api.get("/api/v1/routing-points", headers=h).json()["items"]
    by_name = {p["name"]: p for p in points}
    assert by_name["POP Centro - CCR1036"]["network"] == "Rede Centro"
    assert by_name["OLT Norte 01"]["kind"] == "access_point"
    north = next(n for n in networks if n["name"] == "Rede Norte")
    only_north = api.get("/api/v1/routing-points", params={"network_id": north["id"]}, headers=h).json()["items"]
    assert {p["network"] for p in only_north} == {"Rede Norte"}
    access = api.get("/api/v1/routing-points", params={"kind": "access_point"}, headers=h).json()["items"]
    assert access and {p["kind"] for p in access} == {"access_point"}
    assert api.get("/api/v1/routing-points", params={"kind": "x"}, headers=h).status_code == 422
    plans = {p["name"]: p for p in api.get("/api/v1/plans", headers=h).json()["items"]}
    assert plans["Fibra 300 Mega"]["price"] == "99.90" and plans["Fibra 300 Mega"]["download_mbps"] == 300
    assert plans["Rádio 20 Mega"]["network"] == "Rede Rural"


# --- demo data --------------------------------------------------------------------------------------

def test_demo_data_is_realistic(demo_db_url):
    engine = make_engine(demo_db_url, pool_size=1)
    with session_scope(make_session_factory(engine)) as s:
        total = s.scalar(select(func.count(Client.id)))
        assert 1900 <= total <= 2100
        statuses = dict(s.execute(select(Client.status, func.count()).group_by(Client.status)).all())
        assert statuses["ativo"] > statuses["suspenso"] > 0 and statuses["cancelado"] > 0
        kinds = dict(s.execute(select(Client.person_type, func.count()).group_by(Client.person_type)).all())
        assert kinds["PJ"] > 100 and kinds["PF"] > 1000
        for person_type, document in s.execute(select(Client.person_type, Client.document).limit(300)):
            assert (cpf if person_type == "PF" else cnpj).is_valid(document)
        logins = [x for (x,) in s.execute(select(Subscription.login).where(Subscription.deleted_at.is_(None)))]
        assert len(logins) == len(set(logins)) > total
        assert all(login == login.lower() and "." in login for login in logins)
        overdue = s.scalar(select(func.count(Invoice.id)).where(Invoice.balance > 0,
                                                                 Invoice.due_date < date.today()))
        assert overdue > 0
        assert s.scalar(select(func.count(RemovedIdentifier.id)).where(RemovedIdentifier.kind == "login")) > 0
        assert s.scalar(select(func.count()).select_from(Client).where(Client.uf.is_(None))) == 0
    engine.dispose()


def test_openapi_documents_the_clients_routes(api):
    paths = set(api.get("/openapi.json").json()["paths"])
    assert {"/api/v1/clients/search", "/api/v1/clients/search-fields", "/api/v1/clients/{client_id}",
            "/api/v1/clients/{client_id}/invoices", "/api/v1/clients/{client_id}/contacts",
            "/api/v1/contacts/{contact_id}", "/api/v1/contact-fields", "/api/v1/contact-fields/{field_id}",
            "/api/v1/prospects", "/api/v1/prospects/{prospect_id}", "/api/v1/networks", "/api/v1/routing-points",
            "/api/v1/plans"} <= paths
