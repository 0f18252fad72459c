"""GET /api/v1/clients/search on both engines: every field key and condition, normalisation,
literal % and _, "any" detection, bad and hostile input.

One database per engine for the whole module (demo data + our precise rows, read-only tests).
"""
from __future__ import annotations

from datetime import date, datetime

import pytest
from fastapi.testclient import TestClient

from desk_server.app import create_app
from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.domain.protocols import format_protocol, make_protocol
from desk_server.domain.search.fields import BUILTIN_KEYS
from desk_server.domain.search.normalise import fold_text

from ..harness import BACKENDS, login_headers, make_settings
from . import clients_data as data

URL = "/api/v1/clients/search"
# a day with no tickets in the demo data (the tickets area fills the protocol field)
VALID_PROTOCOL = format_protocol(make_protocol(date(2001, 1, 1), 123))


@pytest.fixture(scope="module", params=BACKENDS)
def env(request, databases, tmp_path_factory):
    url = databases.fresh(request.param, "demo")
    engine = make_engine(url, pool_size=1)
    settings = make_settings(url, tmp_path_factory.mktemp("search-data"))
    with session_scope(make_session_factory(engine)) as session:
        ids = data.build(session, datetime.now(settings.tz).date())
    engine.dispose()
    client = TestClient(create_app(settings), raise_server_exceptions=False)
    client.__enter__()
    headers = login_headers(client, "operador")
    yield client, headers, ids
    client.__exit__(None, None, None)


def search(env, q, field="any", condition=None, limit=None, status=200):
    client, headers, _ids = env
    params = {"q": q, "field": field}
    if condition:
        params["condition"] = condition
    if limit is not None:
        params["limit"] = limit
    response = client.get(URL, params=params, headers=headers)
    assert response.status_code == status, (params, response.status_code, response.text)
    return response.json()


def names(result, ids) -> set[str]:
    by_id = {ids.a: "A", ids.b: "B", ids.c: "C", ids.d: "D", ids.e: "E"}
    return {by_id.get(item["id"], f"demo:{item['id']}") for item in result["items"]}


# (field, condition, typed value, expected clients, expected matched_value of the first item or None)
CASES = [
    ("name", "contains", "quixabeira", {"A", "B", "E"}, None),
    ("name", "contains", "QUIXABÉIRA", {"A", "B", "E"}, None),
    ("name", "contains", "joao  da   silva", {"A"}, "João da Silva Quixabeira"),
    ("name", "equals", "joão da silva quixabeira", {"A"}, "João da Silva Quixabeira"),
    ("name", "equals", "joão da silva", set(), None),
    ("name", "starts_with", "Joao da silva q", {"A"}, None),
    ("name", "starts_with", "quixabeira", {"B"}, None),
    ("code", "equals", "900001", {"A"}, "900001"),
    ("code", "contains", "0000", {"A", "B", "C", "D", "E"}, None),
    ("code", "starts_with", "90000", {"A", "B", "C", "D", "E"}, None),
    ("trade_name", "contains", "zefiro", {"B"}, "Pet Shop Zéfiro"),
    ("trade_name", "equals", "pet shop zéfiro", {"B"}, None),
    ("trade_name", "starts_with", "pet shop z", {"B"}, None),
    ("address", "contains", "alvares cabral", {"A"}, "Rua Álvares Cabral, 1234, Jardim Conceição, São José do Rio Preto"),
    ("address", "starts_with", "rua alvares", {"A"}, None),
    ("install_address", "contains", "avenida brasil 500", {"A"}, None),
    ("install_address", "contains", "rua das quixabeiras", {"E"}, "Rua das Quixabeiras, 10, Vila Zéfiro, Mirassol"),
    ("phone", "equals", "(17) 3333-4444", {"A"}, "(17) 3333-4444"),
    ("phone", "equals", "+55 17 3333-4444", {"A"}, None),
    ("phone", "equals", "3333-4444", {"A"}, None),
    ("phone", "contains", "33334", {"A"}, None),
    ("phone", "equals", "1732221111", {"E"}, "(17) 3222-1111"),  # a contact's phone
    ("phone", "starts_with", "17333", {"A"}, None),
    ("mobile", "equals", "(17) 99123-4567", {"A"}, "(17) 99123-4567"),
    ("mobile", "equals", "99123-4567", {"A"}, None),
    ("mobile", "contains", "9123456", {"A"}, None),
    ("start_date", "equals", "15/03/2014", {"A"}, "15/03/2014"),
    ("start_date", "equals", "2014-03-15", {"A"}, None),
    ("start_date", "contains", "03/2014", {"A"}, None),
    ("start_date", "starts_with", "2014", {"A"}, None),
    ("city", "equals", "sao jose do rio preto", {"A"}, "São José do Rio Preto"),
    ("city", "contains", "rio preto", {"A"}, None),
    ("city", "starts_with", "mirass", {"E"}, None),
    ("cpf", "equals", "111.444.777-35", {"A"}, "111.444.777-35"),
    ("cpf", "equals", "11144477735", {"A"}, None),
    ("cpf", "contains", "1444777", {"A"}, None),
    ("cpf", "starts_with", "111.444", {"A"}, None),
    ("cpf", "equals", "11.222.333/0001-81", None, None),  # 14 digits: not a CPF → 422
    ("cnpj", "equals", "11.222.333/0001-81", {"B"}, "11.222.333/0001-81"),
    ("cnpj", "contains", "222333", {"B"}, None),
    ("cnpj", "starts_with", "11222333", {"B"}, None),
    ("reference", "contains", "padaria zefiro", {"A"}, "Ao lado da Padaria Zéfiro"),
    ("reference", "starts_with", "ao lado da padaria", {"A"}, None),
    ("email_account", "equals", "ZEFIRO@netquixa.com.br", {"E"}, "zefiro@netquixa.com.br"),
    ("email_account", "contains", "netquixa", {"E"}, None),
    ("email_account", "equals", "velho@netquixa.com.br", set(), None),  # removed account
    ("domain", "equals", "quixabeira.com.br", {"E"}, "quixabeira.com.br"),
    ("domain", "equals", "@quixabeira.com.br", {"E"}, None),
    ("domain", "starts_with", "quixabeira", {"E"}, None),
    ("login", "equals", "zefiro.quixa77", {"E"}, "zefiro.quixa77"),
    ("login", "equals", " ZEFIRO.QUIXA77 ", {"E"}, None),
    ("login", "contains", "zefiro", {"E"}, None),  # the removed subscription of D is not found
    ("login", "equals", "zefiro.removido", set(), None),
    ("login", "starts_with", "zefiro.q", {"E"}, None),
    ("ip", "equals", "100.127.250.20", {"E"}, "100.127.250.20"),
    ("ip", "equals", "100.127.250.020", {"E"}, None),
    ("ip", "starts_with", "100.127.250.", {"E"}, None),
    ("ip", "contains", "127.250.2", {"E"}, None),
    ("ip", "equals", "100.127.250.21", set(), None),  # removed subscription
    ("mac", "equals", "aabbccddeeff", {"E"}, "AA:BB:CC:DD:EE:FF"),
    ("mac", "equals", "AA-BB-CC-DD-EE-FF", {"E"}, "AA:BB:CC:DD:EE:FF"),
    ("mac", "equals", "aa:bb:cc:dd:ee:ff", {"E"}, None),
    ("mac", "equals", "aabb.ccdd.eeff", {"E"}, None),
    ("mac", "contains", "DD:EE:FF", {"E"}, None),
    ("mac", "starts_with", "aa-bb-cc-dd", {"E"}, None),
    ("mac2", "equals", "00-11-22-33-44-55", {"E"}, "00:11:22:33:44:55"),
    ("mac2", "contains", "2233", {"E"}, None),
    ("mac_onu", "equals", "A1B2C3D4E5F6", {"E"}, "A1:B2:C3:D4:E5:F6"),
    ("mac_onu", "starts_with", "a1:b2:c3", {"E"}, None),
    ("boleto", "equals", "00099988877", {"E"}, "00099988877"),
    ("boleto", "equals", "000.999.888-77", {"E"}, None),
    ("boleto", "contains", "9998887", {"E"}, None),
    ("circuit", "equals", "cir-2024-99901", {"E"}, "CIR-2024-99901"),
    ("circuit", "contains", "99901", {"E"}, None),
    ("contact_email", "equals", "MARTA.QX@example.com", {"E"}, "marta.qx@example.com"),
    ("contact_email", "equals", "joao.quixa@example.com", {"A"}, None),  # the client's own e-mail
    ("contact_email", "contains", "marta.qx", {"E"}, None),
    ("contact_mobile", "equals", "(17) 98888-7777", {"E"}, "(17) 98888-7777"),
    ("contact_mobile", "equals", "(17) 97777-6666", set(), None),  # deleted contact
    ("contact_mobile", "contains", "988887", {"E"}, None),
    ("contract", "equals", "2024/000777", {"E"}, "2024/000777"),
    ("contract", "contains", "000333", {"E"}, None),
    ("contract", "starts_with", "2021/00011", {"E"}, None),
    ("voice_terminal", "equals", "(17) 3333-5555", {"E"}, "(17) 3333-5555"),
    ("voice_terminal", "contains", "33335555", {"E"}, None),
    ("invoice_number", "equals", "777001", {"E"}, "777001"),
    ("invoice_number", "starts_with", "77700", {"E"}, None),
    ("deleted_email", "equals", "antigo@netquixa.com.br", {"E"}, "antigo@netquixa.com.br"),
    ("deleted_email", "contains", "antigo@", {"E"}, None),
    ("deleted_login", "equals", "zefiro.antigo", {"E"}, "zefiro.antigo"),
    ("deleted_login", "starts_with", "zefiro.ant", {"E"}, None),
    ("deleted_ip_mac", "equals", "100.127.99.99", {"E"}, "100.127.99.99"),
    ("deleted_ip_mac", "equals", "DE:AD:BE:EF:00:01", {"E"}, "DE:AD:BE:EF:00:01"),
    ("deleted_ip_mac", "equals", "deadbeef0001", {"E"}, None),
    ("deleted_ip_mac", "contains", "be:ef:00", {"E"}, None),
    ("deleted_ip_mac", "starts_with", "100.127.99", {"E"}, None),
    ("deleted_terminal", "equals", "(17) 3333-6666", {"E"}, "(17) 3333-6666"),
    ("deleted_terminal", "equals", "3333-6666", {"E"}, None),
    ("smartcard", "equals", "888777666555", {"E"}, "888777666555"),
    ("smartcard", "contains", "7776", {"E"}, None),
    ("cas", "equals", "cas99990001", {"E"}, "CAS99990001"),
    ("cas", "starts_with", "CAS9999", {"E"}, None),
    ("serial", "equals", "ztegc0ffee01", {"E"}, "ZTEGC0FFEE01"),
    ("serial", "contains", "C0FFEE", {"E"}, None),
    ("contact_name", "contains", "marta quixabeira", {"E"}, "Marta Quixabeira Zéfiro"),
    ("contact_name", "equals", "MARTA QUIXABEIRA ZEFIRO", {"E"}, None),
    ("contact_name", "starts_with", "marta quixa", {"E"}, None),
    ("contact_name", "contains", "contato apagado", set(), None),  # deleted contact
    ("protocol", "equals", VALID_PROTOCOL, set(), None),
    ("protocol", "equals", VALID_PROTOCOL.replace("-", ""), set(), None),
    ("protocol", "contains", "20010101", set(), None),
    ("service_order", "equals", "123", set(), None),
]


@pytest.mark.parametrize("field,condition,q,expected,shown", CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_each_field_and_condition(env, field, condition, q, expected, shown):
    if expected is None:
        search(env, q, field, condition, status=422)
        return
    result = search(env, q, field, condition)
    ids = env[2]
    assert names(result, ids) == expected
    assert result["count"] == len(result["items"])
    for item in result["items"]:
        assert item["matched_field"] == field
    if shown is not None:
        assert result["items"][0]["matched_value"] == shown


def test_every_key_of_the_design_table_is_registered(env):
    client, headers, _ = env
    keys = [f["key"] for f in client.get("/api/v1/clients/search-fields", headers=headers).json()["items"]]
    assert keys[0] == "any"
    assert set(keys[1:]) == set(BUILTIN_KEYS)
    assert len(keys) == 37
    tested = {c[0] for c in CASES}
    assert tested == set(BUILTIN_KEYS)


def test_item_shape_and_document_digits(env):
    result = search(env, "111.444.777-35", "cpf", "equals")
    item = result["items"][0]
    assert set(item) == {"id", "code", "name", "trade_name", "document", "city", "status", "matched_field",
                         "matched_value"}
    assert item["document"] == data.CPF_A and item["code"] == "900001" and item["status"] == "ativo"
    assert item["city"] == "São José do Rio Preto"
    assert result["truncated"] is False


@pytest.mark.parametrize("q,field,condition,expected", [
    ("50%", "name", "contains", {"C"}),
    ("50%", "name", "starts_with", set()),
    ("ana paula 50%", "name", "starts_with", {"C"}),
    ("quixadá_t", "name", "contains", {"C"}),
    ("ana paula 50% quixada_teste", "name", "equals", {"C"}),
    ("%", "code", "contains", set()),
    ("_", "code", "contains", set()),
    ("9000_1", "code", "equals", set()),
    ("____", "name", "contains", set()),
    ("%%", "name", "contains", set()),
])
def test_percent_and_underscore_are_literal(env, q, field, condition, expected):
    assert names(search(env, q, field, condition), env[2]) == expected


def test_results_sorted_by_name_and_limited(env):
    result = search(env, "9000", "code", "starts_with")
    listed = [i["name"] for i in result["items"]]
    assert listed == sorted(listed, key=fold_text)
    assert len(listed) == 5
    limited = search(env, "9000", "code", "starts_with", limit=2)
    assert limited["count"] == 2 and limited["truncated"] is True
    assert [i["id"] for i in limited["items"]] == [i["id"] for i in result["items"][:2]]


@pytest.mark.parametrize("q,field,first", [
    ("111.444.777-35", "cpf", "A"),
    ("11144477735", "cpf", "A"),
    ("11.222.333/0001-81", "cnpj", "B"),
    ("AA-BB-CC-DD-EE-FF", "mac", "E"),
    ("aabbccddeeff", "mac", "E"),
    ("aabb.ccdd.eeff", "mac", "E"),
    ("00:11:22:33:44:55", "mac2", "E"),
    ("a1b2c3d4e5f6", "mac_onu", "E"),
    ("de:ad:be:ef:00:01", "deleted_ip_mac", "E"),
    ("100.127.250.20", "ip", "E"),
    ("100.127.99.99", "deleted_ip_mac", "E"),
    ("100.127.250", "ip", "E"),
    ("(17) 99123-4567", "mobile", "A"),
    ("17 3333-4444", "phone", "A"),
    ("1733335555", "voice_terminal", "E"),
    ("(17) 98888-7777", "contact_mobile", "E"),
    ("900001", "code", "A"),
    ("00099988877", "boleto", "E"),
    ("777003", "invoice_number", "E"),
    ("zefiro.quixa77", "login", "E"),
    ("zefiro.antigo", "deleted_login", "E"),
    ("ZTEGC0FFEE01", "serial", "E"),
    ("CIR-2024-99901", "circuit", "E"),
    ("2024/000777", "contract", "E"),
    ("zefiro@netquixa.com.br", "email_account", "E"),
    ("marta.qx@example.com", "contact_email", "E"),
    ("antigo@netquixa.com.br", "deleted_email", "E"),
    ("15/03/2014", "start_date", "A"),
    ("Pet Shop Zéfiro", "trade_name", "B"),
    ("marta quixabeira", "contact_name", "E"),
])
def test_any_detects_what_was_typed(env, q, field, first):
    result = search(env, q)
    assert result["items"], q
    item = result["items"][0]
    assert item["matched_field"] == field
    assert names({"items": [item]}, env[2]) == {first}


def test_any_text_searches_names_then_trade_names_then_contacts(env):
    result = search(env, "quixabeira")
    got = [(names({"items": [i]}, env[2]).pop(), i["matched_field"]) for i in result["items"]]
    # E's own name has Quixabeira too: found by name, and not repeated for its contact Marta Quixabeira
    assert got == [("A", "name"), ("B", "name"), ("E", "name")]
    contact_only = search(env, "marta")
    assert any(i["matched_field"] == "contact_name" and i["id"] == env[2].e for i in contact_only["items"])


def test_any_protocol(env):
    assert search(env, VALID_PROTOCOL)["items"] == []
    wrong = VALID_PROTOCOL[:-1] + str((int(VALID_PROTOCOL[-1]) + 1) % 10)
    detail = search(env, wrong, status=422)["detail"]
    assert detail == "protocolo inválido: dígito verificador não confere"
    assert search(env, wrong, "protocol", "equals", status=422)["detail"] == detail
    assert search(env, wrong.replace("-", ""), "protocol", "contains", status=422)["detail"] == detail


def test_single_digit_is_a_code_in_any_mode(env):
    assert search(env, "7")["count"] >= 0  # a one-character code is allowed...
    assert "2 caracteres" in search(env, "a", status=422)["detail"]  # ...a one-letter text is not


@pytest.mark.parametrize("params,message", [
    ({"q": ""}, "Digite o que deseja pesquisar"),
    ({"q": "   "}, "Digite o que deseja pesquisar"),
    ({"q": "a", "field": "name"}, "Digite pelo menos 2 caracteres para pesquisar em Nome Cliente"),
    ({"q": "é", "field": "city"}, "Digite pelo menos 2 caracteres"),
    ({"q": "silva", "field": "nome"}, "Campo de pesquisa desconhecido"),
    ({"q": "silva", "condition": "like"}, "Condição desconhecida"),
    ({"q": "silva", "limit": 0}, "limit"),
    ({"q": "silva", "limit": 501}, "limit"),
    ({"q": "silva", "limit": "muitos"}, "limit"),
    ({"q": "zz:zz", "field": "mac", "condition": "equals"}, "MAC inválido"),
    ({"q": "aabbcc", "field": "mac", "condition": "equals"}, "12 dígitos"),
    ({"q": "999.1.1.1", "field": "ip", "condition": "equals"}, "IP inválido"),
    ({"q": "xyz", "field": "ip", "condition": "contains"}, "IP inválido"),
    ({"q": "111.444.777-36", "field": "cpf", "condition": "equals"}, "CPF inválido: dígito verificador não confere"),
    ({"q": "11.222.333/0001-82", "field": "cnpj", "condition": "equals"}, "CNPJ inválido"),
    ({"q": "joão", "field": "cpf"}, "CPF inválido"),
    ({"q": "31/02/2014", "field": "start_date"}, "data inválida"),
    ({"q": "ontem", "field": "start_date"}, "data inválida"),
    ({"q": "abc", "field": "phone"}, "telefone inválido"),
    ({"q": "abc", "field": "protocol"}, "protocolo inválido"),
    ({"q": "abc", "field": "service_order"}, "ordem de serviço inválida"),
    ({"q": "x" * 201, "field": "name"}, "muito longo"),
    ({"q": "a\x00b", "field": "name"}, "caracteres inválidos"),
])
def test_bad_input_is_a_clear_422(env, params, message):
    client, headers, _ = env
    response = client.get(URL, params=params, headers=headers)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]


HOSTILE = ["'; DROP TABLE clients; --", "' OR 1=1 --", '"\\', "\\", "\\%", "😀😀", "José 😀", "a" * 10_000,
           "\x00", "abc\x00", "\u202e\u0301\u0301", "%" * 300, "_%_%", "\t\n", "ção", "١٢٣", "NULL", "null",
           "0x00", "../../etc/passwd", "<script>", "\ufeff9000", "ﬁ", "ǅ", "\x7f\x1b[0m"]


@pytest.mark.parametrize("field", ["any", "name", "code", "mac", "ip", "cpf", "cnpj", "phone", "start_date",
                                   "protocol", "deleted_ip_mac", "login", "boleto", "contract", "address"])
def test_hostile_strings_never_cause_a_server_error(env, field):
    client, headers, _ = env
    for q in HOSTILE:
        for condition in ("contains", "equals", "starts_with"):
            response = client.get(URL, params={"q": q, "field": field, "condition": condition}, headers=headers)
            assert response.status_code in (200, 422), (field, condition, q[:40], response.text[:300])
            body = response.json()
            assert ("items" in body) if response.status_code == 200 else isinstance(body["detail"], str)


def test_search_needs_a_login(env):
    client, _headers, _ = env
    assert client.get(URL, params={"q": "silva"}).status_code == 401


def test_demo_data_is_searchable(env):
    result = search(env, "silva", "name", "contains", limit=10)
    assert result["count"] == 10 and result["truncated"] is True
    assert all("silva" in i["name"].lower() for i in result["items"])
