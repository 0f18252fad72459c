"""Qt-free rules of the clients area: search fields, typing help, formatting, alerts, contacts."""

from __future__ import annotations

import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk_client.clients import rules
from desk_client.clients import search_fields as sf
from desk_client.ui import formats

ROOT = Path(__file__).resolve().parents[2]

# DESIGN §4, "Pesquisar em" table: every key, with its label.
DESIGN_FIELDS = {
    "any": "Todos os campos",
    "name": "Nome Cliente",
    "code": "Código Cliente",
    "email_account": "Conta E-mail",
    "domain": "Domínio",
    "login": "Login Radius",
    "contact_name": "Nome Contato",
    "trade_name": "Nome Fantasia",
    "address": "Endereço",
    "install_address": "Endereço Instalação",
    "phone": "Telefone",
    "start_date": "Data Início",
    "city": "Cidade",
    "cpf": "CPF",
    "cnpj": "CNPJ",
    "ip": "IP",
    "mac": "MAC",
    "mac2": "MAC2",
    "mac_onu": "MAC ONU",
    "boleto": "Número Boleto",
    "circuit": "Nº de Circuito",
    "contact_email": "E-mail Contato",
    "contact_mobile": "Celular (contato)",
    "mobile": "Celular (cliente)",
    "contract": "Número do Contrato",
    "voice_terminal": "Terminal de Voz",
    "reference": "Referência",
    "invoice_number": "Número NF",
    "deleted_email": "Email (Apagado)",
    "deleted_login": "Login (Apagado)",
    "deleted_ip_mac": "IP MAC (Apagado)",
    "deleted_terminal": "Terminal (Apagado)",
    "smartcard": "Smartcard",
    "cas": "CAS (Nro. Equip. TV)",
    "service_order": "Ordem de Serviço",
    "protocol": "Ocorrência (protocolo)",
    "serial": "Serial Number",
}


def test_every_design_field_is_offered_once_with_its_label_and_any_first():
    keys = [f.key for f in sf.FIELDS]
    assert len(keys) == len(set(keys)) == 37
    assert {f.key: f.label for f in sf.FIELDS} == DESIGN_FIELDS
    assert keys[0] == sf.DEFAULT_FIELD == "any"
    assert [k for k, _ in sf.CONDITIONS] == ["contains", "equals", "starts_with"]
    assert [label for _, label in sf.CONDITIONS] == ["Contém", "Igual", "Começa com"]
    assert (sf.MIN_LIMIT, sf.MAX_LIMIT, sf.DEFAULT_LIMIT) == (1, 500, 50)


def test_client_field_keys_match_the_server_registry():
    """The server registers the same keys (this test may import the server; the client never does)."""
    from desk_server.domain.search.fields import BUILTIN_KEYS

    assert set(BUILTIN_KEYS) | {"any"} == set(DESIGN_FIELDS)


@pytest.mark.parametrize(
    "key, kind",
    [
        ("cpf", sf.CPF),
        ("cnpj", sf.CNPJ),
        ("mac", sf.MAC),
        ("mac2", sf.MAC),
        ("mac_onu", sf.MAC),
        ("ip", sf.IP),
        ("start_date", sf.DATE),
        ("protocol", sf.PROTOCOL),
        ("phone", sf.PHONE),
        ("mobile", sf.PHONE),
        ("contact_mobile", sf.PHONE),
        ("voice_terminal", sf.PHONE),
        ("name", sf.TEXT),
        ("any", sf.ANY),
    ],
)
def test_fields_have_the_value_kind_of_what_they_hold(key, kind):
    assert sf.field(key).kind == kind


def test_placeholders_show_the_expected_shape():
    assert sf.KINDS[sf.CPF].placeholder == "000.000.000-00"
    assert sf.KINDS[sf.CNPJ].placeholder == "00.000.000/0000-00"
    assert sf.KINDS[sf.PROTOCOL].placeholder == "00000000-000000-0"
    assert sf.KINDS[sf.DATE].placeholder == "dd/mm/aaaa"
    assert sf.KINDS[sf.MAC].placeholder == "AA-BB-CC-DD-EE-FF"
    assert all(spec.placeholder and spec.hint for spec in sf.KINDS.values())


@pytest.mark.parametrize(
    "kind, typed, shown",
    [
        (sf.CPF, "12345678909", "123.456.789-09"),
        (sf.CPF, "123456", "123.456"),  # no dangling separator: backspace never fights
        (sf.CPF, "123.456.", "123.456"),
        (sf.CPF, "123.456.7", "123.456.7"),
        (sf.CNPJ, "11222333000181", "11.222.333/0001-81"),
        (sf.MAC, "aabbccddeeff", "AA-BB-CC-DD-EE-FF"),
        (sf.MAC, "aa:bb:cc", "AA-BB-CC"),
        (sf.MAC, "AABB.CCDD.EEFF", "AA-BB-CC-DD-EE-FF"),
        (sf.PROTOCOL, "202611220001237", "20261122-000123-7"),
        (sf.PROTOCOL, "2026112200", "20261122-00"),
        (sf.CPF, "123456789012345", "123456789012345"),  # too long: left as typed (the server explains)
        (sf.MAC, "zz", "zz"),  # not a MAC: untouched
        (sf.TEXT, "joao", "joao"),  # kinds without grouping: untouched
        (sf.CPF, "", ""),
    ],
)
def test_auto_format_as_you_type(kind, typed, shown):
    assert sf.auto_format(kind, typed) == shown


@pytest.mark.parametrize(
    "kind, text, ok",
    [
        (sf.CPF, "123.456.789-09", True),
        (sf.CPF, "12345678909", True),
        (sf.CPF, "12a", False),
        (sf.CNPJ, "11.222.333/0001-81", True),
        (sf.PHONE, "(11) 98765-4321", True),
        (sf.PHONE, "abc", False),
        (sf.MAC, "aa:bb-cc.dd ee", True),
        (sf.MAC, "gg", False),
        (sf.DATE, "22/11/2026", True),
        (sf.DATE, "22-11", False),
        (sf.TEXT, "qualquer % _ coisa", True),
        (sf.PROTOCOL, "20261122-000123-7", True),
        (sf.CPF, "1" * 15, False),
    ],
)
def test_allowed_characters_per_kind(kind, text, ok):
    assert sf.is_allowed(kind, text) is ok


def test_document_phone_mac_cep_protocol_formatting():
    assert formats.format_document("12345678909") == "123.456.789-09"
    assert formats.format_document("11222333000181") == "11.222.333/0001-81"
    assert formats.format_document("123") == "123" and formats.format_document(None) == ""
    assert sf.document_kind("12345678909") == "CPF" and sf.document_kind("11222333000181") == "CNPJ"
    assert formats.format_phone("11987654321") == "(11) 98765-4321"
    assert formats.format_phone("1933334444") == "(19) 3333-4444"
    assert formats.format_phone("987654321") == "98765-4321"
    assert formats.format_mac("aabbccddeeff") == "AA:BB:CC:DD:EE:FF"
    assert formats.format_mac("AA-BB-CC-DD-EE-FF") == "AA:BB:CC:DD:EE:FF"
    assert formats.format_mac("nope") == "nope"
    assert formats.format_cep("13128051") == "13128-051"
    assert formats.format_protocol("202611220001237") == "20261122-000123-7"


def test_address_line_skips_empty_parts():
    address = {
        "street": "Rua das Flores",
        "number": "123",
        "complement": None,
        "district": "Centro",
        "city": "Campinas",
        "uf": "SP",
        "cep": "13010000",
    }
    assert sf.address_line(address) == "Rua das Flores, 123 — Centro — Campinas/SP — CEP 13010-000"
    assert sf.address_line({}) == ""


def test_status_words_and_colours():
    assert sf.status_label("ativo") == ("Ativo", "ok")
    assert sf.status_label("suspenso") == ("Suspenso", "bad")
    assert sf.status_label("cancelado") == ("Cancelado", "neutral")
    assert sf.status_label("novo_status") == ("Novo_status", "neutral")
    assert sf.status_label(None) == ("", "neutral")


def test_sort_keys():
    assert sorted(["10", "2", "1001", "A7"], key=sf.code_sort_key) == ["2", "10", "1001", "A7"]
    assert sorted(["Bruno", "álvaro", "Ana"], key=sf.text_sort_key) == ["álvaro", "Ana", "Bruno"]


# --- rules -----------------------------------------------------------------------------------------


def test_client_alert_for_suspended_overdue_and_cancelled_clients():
    assert rules.client_alert({"status": "ativo", "overdue_invoices": 0}) is None
    suspended = rules.client_alert(
        {"status": "suspenso", "overdue_invoices": 2, "pending_invoices_total": "199.80"}
    )
    assert suspended.kind == "bad" and suspended.suspended and suspended.overdue_count == 2
    assert suspended.pending_total == Decimal("199.80")
    late = rules.client_alert({"status": "ativo", "overdue_invoices": 1, "pending_invoices_total": "99.90"})
    assert late.kind == "bad" and not late.suspended
    cancelled = rules.client_alert({"status": "cancelado", "overdue_invoices": 0})
    assert cancelled.kind == "neutral" and cancelled.cancelled


def test_invoice_status_from_server_or_computed():
    today = date(2026, 11, 22)
    assert rules.invoice_status({"status": "overdue"}) == ("Vencida", "bad")
    assert rules.invoice_status({"status": "paid"}) == ("Paga", "ok")
    assert rules.invoice_status_key({"balance": "0.00", "due_date": "2026-01-01"}, today) == "paid"
    assert rules.invoice_status_key({"balance": "10.00", "due_date": "2026-11-21"}, today) == "overdue"
    assert rules.invoice_status_key({"balance": "10.00", "due_date": "2026-11-22"}, today) == "open"


def test_invoice_totals_when_the_server_sends_none():
    today = date(2026, 11, 22)
    items = [
        {"amount": "100.00", "balance": "0", "due_date": "2026-10-10"},
        {"amount": "100.00", "balance": "100.00", "due_date": "2026-11-10"},
        {"amount": "50.00", "balance": "20.00", "due_date": "2026-12-10"},
    ]
    totals = rules.invoice_totals(items, today)
    assert totals == {
        "total": Decimal("250.00"),
        "paid": Decimal("130.00"),
        "open": Decimal("120.00"),
        "overdue": Decimal("100.00"),
    }


def test_contact_checks_and_body():
    assert rules.check_contact({"name": " "})[0] == "name"
    assert rules.check_contact({"name": "Ana", "email": "ana@"})[0] == "email"
    assert rules.check_contact({"name": "Ana", "phone": "123"})[0] == "phone"
    assert rules.check_contact({"name": "Ana", "email": "ana@x.com.br", "mobile": "(11) 98765-4321"}) is None
    created = rules.contact_body(
        {"name": " Ana ", "role": "", "phone": "(11) 3333-4444", "mobile": "", "email": ""},
        {1: "Manhã", 2: ""},
        creating=True,
    )
    assert created == {
        "name": "Ana",
        "phone": "(11) 3333-4444",
        "extra_fields": [{"field_id": 1, "value": "Manhã"}],
    }
    edited = rules.contact_body(
        {"name": "Ana", "role": "", "phone": "", "mobile": "", "email": ""},
        {1: "", 2: "02/01/1990"},
        creating=False,
    )
    assert edited["role"] is None and edited["email"] is None  # clears on the server
    assert edited["extra_fields"] == [{"field_id": 1, "value": None}, {"field_id": 2, "value": "02/01/1990"}]


def test_extra_values():
    field = {"id": 2, "name": "Nascimento", "kind": "date", "required": False}
    assert rules.check_extra_value(field, "") is None
    assert rules.check_extra_value(field, "31/02/1990") is not None
    assert rules.check_extra_value(field, "01/02/1990") is None
    assert rules.check_extra_value({"kind": "number", "required": True}, "") is not None
    assert rules.check_extra_value({"kind": "number"}, "12,5") is None
    assert rules.check_extra_value({"kind": "choice", "options": ["A"]}, "B") is not None
    contact = {
        "extra_fields": [
            {"field_id": 2, "name": "Nascimento", "kind": "date", "value": "1990-02-01"},
            {"field_id": 1, "name": "Melhor horário", "kind": "choice", "value": "Manhã"},
        ]
    }
    assert rules.extra_values_by_field(contact) == {2: "1990-02-01", 1: "Manhã"}
    assert rules.extra_summary(contact) == "Nascimento: 01/02/1990 · Melhor horário: Manhã"
    assert rules.iso_to_br("1990-02-01") == "01/02/1990" and rules.iso_to_br("x") == "x"


def test_rules_modules_do_not_import_qt():
    import subprocess

    code = (
        "import sys; import desk_client.clients.search_fields, desk_client.clients.rules; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_translatable_texts_are_marked_for_lupdate():
    source = (ROOT / "desk_client" / "clients" / "search_fields.py").read_text()
    assert len(re.findall(r'QT_TRANSLATE_NOOP\(\s*"ClientSearch",', source)) >= 37 + 3 + 3 + len(sf.KINDS)
