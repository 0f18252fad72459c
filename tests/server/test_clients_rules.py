"""Rules without HTTP: normalisers, "any" detection, documents, the search registry API for other
areas (register_field, templates, the open-ticket hook), the migration's indexes."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, select, text

from desk_server.app import install_search_extensions
from desk_server.db import make_engine, make_session_factory, session_scope
from desk_server.domain import documents as docs
from desk_server.domain.search import (
    InvalidValue,
    SearchInputError,
    get_field,
    hooks,
    open_ticket_count,
    plan,
    register_field,
    register_open_ticket_counter,
    registry,
    search_clients,
    statement,
)
from desk_server.domain.search.detect import any_plan
from desk_server.domain.search.normalise import (
    date_range,
    escape_like,
    fold_code,
    fold_text,
    format_mac,
    looks_like_mac,
    normalise_ip,
    normalise_mac,
)
from desk_server.models.clients import Client


@pytest.fixture(autouse=True, scope="module")
def _search_fields_installed():
    """As create_app does (nothing registers itself on import): the built-in and the areas' fields."""
    install_search_extensions()


@pytest.mark.parametrize("raw,folded", [
    ("João  da Silva", "joao da silva"), ("ÁGUA É ÇÃO", "agua e cao"), ("  São\tPaulo\n", "sao paulo"),
    ("Straße", "strasse"), ("ﬁrma", "firma"), ("", ""), (None, ""), ("50% _x", "50% _x"),
])
def test_fold_text(raw, folded):
    assert fold_text(raw) == folded


@pytest.mark.parametrize("typed", ["aabbccddeeff", "AA-BB-CC-DD-EE-FF", "aa:bb:cc:dd:ee:ff", "aabb.ccdd.eeff",
                                   "AABBCC-DDEEFF", " aa bb cc dd ee ff "])
def test_mac_in_every_notation(typed):
    assert normalise_mac(typed) == "aabbccddeeff"
    assert looks_like_mac(typed)
    assert format_mac("aabbccddeeff") == "AA:BB:CC:DD:EE:FF"


@pytest.mark.parametrize("typed", ["aabbccddeef", "aabbccddeeffa", "gg:bb:cc:dd:ee:ff", "xyz"])
def test_bad_macs(typed):
    with pytest.raises(InvalidValue):
        normalise_mac(typed)


def test_twelve_bare_digits_are_not_taken_for_a_mac():
    assert not looks_like_mac("123456789012")
    assert looks_like_mac("12:34:56:78:90:12")


def test_ip_normalisation():
    assert normalise_ip("010.000.001.002") == "10.0.1.2"
    assert normalise_ip("2001:DB8::1") == "2001:db8::1"
    for bad in ("256.1.1.1", "1.2.3", "abc"):
        with pytest.raises(InvalidValue):
            normalise_ip(bad)


def test_date_ranges():
    assert date_range("15/03/2014") == (date(2014, 3, 15), date(2014, 3, 16))
    assert date_range("2014-03-15") == (date(2014, 3, 15), date(2014, 3, 16))
    assert date_range("12/2014") == (date(2014, 12, 1), date(2015, 1, 1))
    assert date_range("2014") == (date(2014, 1, 1), date(2015, 1, 1))
    for bad in ("31/02/2014", "13/2014", "0000", "ontem", "15-03-2014"):
        with pytest.raises(InvalidValue):
            date_range(bad)


def test_like_escaping_and_codes():
    assert escape_like(r"50%_\x") == r"50\%\_\\x"
    assert fold_code("  cir-2024  001 ") == "CIR-2024 001"


def test_documents():
    assert docs.normalise_cpf("111.444.777-35") == "11144477735"
    assert docs.normalise_cnpj("11.222.333/0001-81") == "11222333000181"
    with pytest.raises(docs.InvalidDocument, match="dígito verificador"):
        docs.normalise_cpf("111.444.777-36")
    with pytest.raises(docs.InvalidDocument, match="14 dígitos"):
        docs.normalise_cnpj("123")
    assert docs.format_document("11144477735") == "111.444.777-35"
    assert docs.format_document("11222333000181") == "11.222.333/0001-81"
    assert docs.normalise_phone("+55 (17) 99123-4567") == "17991234567"
    assert docs.normalise_phone("017 3333-4444") == "1733334444"
    assert docs.format_phone("17991234567") == "(17) 99123-4567"
    assert docs.format_phone("1733334444") == "(17) 3333-4444"
    assert docs.cpf_check_digits("111444777") == "35"
    assert docs.cnpj_check_digits("112223330001") == "81"


@pytest.mark.parametrize("typed,kind,first", [
    ("20261122-000123-7", "protocol", "protocol"),
    ("202611220001237", "protocol", "protocol"),
    ("111.444.777-35", "cpf", "cpf"),
    ("11.222.333/0001-81", "cnpj", "cnpj"),
    ("aa-bb-cc-dd-ee-ff", "mac", "mac"),
    ("100.64.1.2", "ip", "ip"),
    ("100.64.1", "ip", "ip"),
    ("(17) 99123-4567", "phone", "phone"),
    ("99123-4567", "phone", "phone"),
    ("1234", "number", "code"),
    ("joao@example.com", "email", "email_account"),
    ("joao.silva123", "login", "login"),
    ("15/03/2014", "date", "start_date"),
    ("maria da silva", "text", "name"),
])
def test_any_detection(typed, kind, first):
    detected, steps = any_plan(typed, "contains")
    assert detected == kind
    assert steps[0][0] == first


def test_any_refuses_a_grouped_protocol_with_a_wrong_check_digit():
    with pytest.raises(SearchInputError, match="dígito verificador não confere"):
        any_plan("20261122-000123-8", "contains")
    # 15 bare digits with a wrong check digit are just a number (a boleto, say)
    assert any_plan("202611220001238", "contains")[0] == "number"


def test_plan_validation():
    with pytest.raises(SearchInputError, match="Condição desconhecida"):
        plan("silva", "name", "like")
    with pytest.raises(SearchInputError, match="desconhecido"):
        plan("silva", "nome", "contains")
    with pytest.raises(SearchInputError, match="muito longo"):
        plan("x" * 201, "name", "contains")
    steps = plan("Quixabeira", "name", "contains")
    assert [s.field.key for s in steps] == ["name"] and steps[0].term == "quixabeira"
    # "any": an identifier stops at the first field that finds it; text fills from every field
    cpf_steps = plan("111.444.777-35", "any", "contains")
    assert cpf_steps[0].field.key == "cpf" and all(s.final_if_found for s in cpf_steps)
    text_steps = plan("maria silva", "any", "contains")
    assert [s.field.key for s in text_steps][:3] == ["name", "trade_name", "contact_name"]
    assert not any(s.final_if_found for s in text_steps)


def test_statements_are_templates_reused_with_new_parameters():
    first = statement(plan("silva", "name", "contains")[0], "postgresql", 51)
    second = statement(plan("souza", "name", "contains")[0], "postgresql", 11)
    assert first[0] is second[0]
    assert first[1]["term__contains"] == "%silva%" and second[1]["term__contains"] == "%souza%"
    assert second[1]["result_limit"] == 11 and second[1]["candidate_cap"] >= 11
    # SQLite's "starts with" is a range on the plain index
    _stmt, params = statement(plan("Quixa%", "name", "starts_with")[0], "sqlite", 51)
    assert params["term"] == "quixa%" and params["term__next"] == "quixa&"
    # a phone without area code changes the SQL (suffix match): another template
    with_ddd = statement(plan("17991234567", "mobile", "equals")[0], "sqlite", 51)
    without = statement(plan("99123-4567", "mobile", "equals")[0], "sqlite", 51)
    assert with_ddd[0] is not without[0] and without[1]["term__suffix"] == "%991234567"


@pytest.fixture
def session(db_url, tmp_path):
    engine = make_engine(db_url, pool_size=1)
    with session_scope(make_session_factory(engine)) as s:
        yield s
    engine.dispose()


def _add_client(session, code, name, notes=None):
    from desk_server.domain.clients import client_search_columns

    values = {"code": code, "person_type": "PF", "name": name, "notes": notes}
    session.add(Client(**values, **client_search_columns(values)))
    session.flush()


def test_register_field_for_another_area(session):
    """How the tickets issue adds its fields: a builder on its own table, then searchable by key."""
    _add_client(session, "1", "Cliente Nota", notes="portão azul")
    _add_client(session, "2", "Outro Cliente", notes="PORTÃO verde")

    def notes_term(value, condition):
        if value.isdigit():
            raise InvalidValue("observação: digite palavras")
        return value.casefold()

    def notes_candidates(ctx):
        return select(Client.id.label("client_id"), Client.notes.label("value")).where(
            ctx.match(Client.notes))

    try:
        spec = register_field("notes_test", "Observação (teste)", build=notes_candidates, normalise=notes_term,
                              display=lambda v: (v or "").upper(), conditions=("contains", "starts_with"),
                              any_kinds=("text",))
        with pytest.raises(ValueError, match="already registered"):
            register_field("notes_test", "x", build=notes_candidates, normalise=notes_term)
        result = search_clients(session, "portão azul", "notes_test", "contains")
        assert [(h.name, h.matched_field, h.matched_value) for h in result.items] == [
            ("Cliente Nota", "notes_test", "PORTÃO AZUL")]
        assert search_clients(session, "portão", "notes_test", "starts_with").count == 1  # case kept in column
        with pytest.raises(SearchInputError, match="não se aplica"):
            search_clients(session, "portão", "notes_test", "equals")
        with pytest.raises(SearchInputError, match="digite palavras"):
            search_clients(session, "123", "notes_test", "contains")
        # "any" text mode reaches the new field after the built-in ones
        assert [h.matched_field for h in search_clients(session, "portão azul").items] == ["notes_test"]
        replaced = register_field("notes_test", "Observação", build=lambda ctx: None, normalise=notes_term,
                                  replace=True)
        assert get_field("notes_test") is replaced is not spec
        assert search_clients(session, "portão azul", "notes_test").items == []
    finally:
        registry._REGISTRY.pop("notes_test", None)


def test_open_ticket_hook(session):
    previous = hooks._counter
    try:
        register_open_ticket_counter(lambda s, client_id: 3 if client_id == 7 else 0)
        assert open_ticket_count(session, 7) == 3 and open_ticket_count(session, 8) == 0
    finally:
        register_open_ticket_counter(previous)


def test_migration_creates_the_search_indexes(db_url, backend):
    engine = make_engine(db_url, pool_size=1)
    names = {ix["name"] for ix in inspect(engine).get_indexes("clients")}
    assert {"ix_clients_search_name", "ix_clients_document", "ix_clients_phone"} <= names
    sub_names = {ix["name"] for ix in inspect(engine).get_indexes("subscriptions")}
    assert {"ix_subscriptions_mac", "ix_subscriptions_ip", "uq_subscriptions_login_live"} <= sub_names
    if backend == "postgresql":
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
            gin = set(conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'")).scalars())
            defs = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes")).all())
        assert {"ix_clients_search_name_trgm", "ix_contacts_search_name_trgm", "ix_subscriptions_login_trgm",
                "ix_subscriptions_mac_trgm", "ix_invoices_boleto_number_trgm"} <= gin
        assert "text_pattern_ops" in defs["ix_clients_search_name"]
        assert "WHERE (deleted_at IS NULL)" in defs["uq_subscriptions_login_live"]
    engine.dispose()


def test_live_login_is_unique_but_a_removed_one_can_come_back(session):
    from datetime import UTC, datetime

    from sqlalchemy.exc import IntegrityError

    from desk_server.demo.clients import _ensure_catalogs
    from desk_server.models.clients import Subscription

    _nets, _points, plans, _fields = _ensure_catalogs(session)
    _add_client(session, "1", "Um")
    client_id = session.scalar(select(Client.id))
    plan_id = next(iter(plans.values())).id
    session.add(Subscription(client_id=client_id, plan_id=plan_id, login="ana.souza1",
                             deleted_at=datetime.now(UTC)))
    session.add(Subscription(client_id=client_id, plan_id=plan_id, login="ana.souza1"))
    session.flush()
    session.add(Subscription(client_id=client_id, plan_id=plan_id, login="ana.souza1"))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_demo_generator_values_are_valid():
    from desk_server.demo.clients import Generator, Pools

    gen = Generator(Pools.build(size=50), seed=1)
    for _ in range(200):
        assert docs.is_valid_cpf(gen.cpf())
        assert docs.is_valid_cnpj(gen.cnpj())
        assert len(gen.mac()) == 12 and normalise_mac(gen.mac())
    name = gen.person_name()
    assert fold_text(name) == fold_text(name).strip() and len(name.split()) >= 2
