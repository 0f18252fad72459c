"""Issue 15 leftover: only 0-9 are digits, on both engines.

`\\d`, str.isdigit() and int() also take fullwidth, Arabic-Indic and Devanagari digits: "０８:３０" was
booked as 08:30 and "(１１) ９８７６５-４３２１" was stored as a phone made of fullwidth digits. Each is now
a 422 in Portuguese and nothing is stored.
"""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_server.db import make_engine, make_session_factory
from desk_server.models.clients import Client, Prospect

from .service_order_support import os_body
from .ticket_support import open_ticket

FOREIGN = {
    "fullwidth": str.maketrans("0123456789", "０１２３４５６７８９"),
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "devanagari": str.maketrans("0123456789", "०१२३४५६७८९"),
}


@pytest.fixture(params=sorted(FOREIGN))
def foreign(request):
    """Turns ASCII digits into the parameter's script."""
    return lambda text: text.translate(FOREIGN[request.param])


def _count(url: str, model) -> int:
    engine = make_engine(url, pool_size=1)
    with make_session_factory(engine)() as session:
        count = session.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return count


def _refused(answer, *words: str) -> None:
    assert answer.status_code == 422, answer.text
    detail = str(answer.json()["detail"])
    assert "algarismos de 0 a 9" in detail or "HH:MM" in detail, detail
    for word in words:
        assert word in detail, detail


def test_a_start_time_in_other_digits_is_refused(api, headers, world, foreign):
    h = headers("operador")
    ticket = open_ticket(api, h, world)
    start = foreign("08:30")
    answer = api.post(f"/api/v1/tickets/{ticket['id']}/service-orders", headers=h,
                      json=os_body(api, world, h=h, start=start))
    _refused(answer, "Início", "HH:MM")
    assert api.get(f"/api/v1/tickets/{ticket['id']}/service-orders", headers=h).json()["items"] == []
    # The same time in 0-9 is booked.
    booked = api.post(f"/api/v1/tickets/{ticket['id']}/service-orders", headers=h,
                      json=os_body(api, world, h=h, start="08:30"))
    assert booked.status_code == 201 and booked.json()["start"] == "08:30"


def test_a_client_phone_or_cep_in_other_digits_is_refused(api, headers, demo_db_url, foreign):
    from stdnum.br import cpf

    h = headers("supervisor")
    before = _count(demo_db_url, Client)
    base = {"person_type": "PF", "name": "Zuleica Pereira Jatobá", "document": cpf.format("52998224725"),
            "phone": "(17) 3333-4444", "cep": "15015-000", "city": "Mirassol", "uf": "SP"}
    _refused(api.post("/api/v1/clients", headers=h, json={**base, "phone": foreign("(17) 3333-4444")}), "Telefone")
    _refused(api.post("/api/v1/clients", headers=h, json={**base, "mobile": foreign("17 99876-5432")}), "Celular")
    _refused(api.post("/api/v1/clients", headers=h, json={**base, "cep": foreign("15015-000")}), "CEP")
    _refused(api.post("/api/v1/clients", headers=h, json={**base, "document": foreign("529.982.247-25")}), "CPF")
    # Mixed: one foreign digit among ASCII ones is refused too, not silently dropped.
    _refused(api.post("/api/v1/clients", headers=h, json={**base, "cep": "1501500" + foreign("0")}), "CEP")
    assert _count(demo_db_url, Client) == before
    created = api.post("/api/v1/clients", headers=h, json=base)
    assert created.status_code == 201, created.text
    assert created.json()["phone"] == "1733334444"


def test_a_contact_or_prospect_phone_or_cep_in_other_digits_is_refused(api, headers, world, demo_db_url, foreign):
    h = headers("operador")
    before = _count(demo_db_url, Prospect)
    contacts = f"/api/v1/clients/{world.client_a}/contacts"
    listed = len(api.get(contacts, headers=h).json()["items"])
    _refused(api.post(contacts, headers=h, json={"name": "Bia", "phone": foreign("(17) 3000-1234")}), "Telefone")
    _refused(api.post(contacts, headers=h, json={"name": "Bia", "mobile": foreign("17 99000-1234")}), "Celular")
    assert len(api.get(contacts, headers=h).json()["items"]) == listed
    prospect = {"kind": "residente_condominio", "name": "Iara Buriti", "city": "Mirassol", "uf": "SP"}
    _refused(api.post("/api/v1/prospects", headers=h, json={**prospect, "phone": foreign("17 98888-1111")}),
             "Telefone")
    _refused(api.post("/api/v1/prospects", headers=h, json={**prospect, "cep": foreign("15130-000")}), "CEP")
    assert _count(demo_db_url, Prospect) == before
    ok = api.post("/api/v1/prospects", headers=h, json={**prospect, "phone": "17 98888-1111", "cep": "15130-000"})
    assert ok.status_code == 201 and ok.json()["phone"] == "17988881111", ok.text


def test_the_rules_only_read_0_to_9():
    from desk_server.domain import documents
    from desk_server.domain.search.normalise import InvalidValue, parse_date
    from desk_server.domain.service_orders.slots import BadTime, parse_hhmm

    assert parse_hhmm("08:30") == 510
    for text in ("０８:３０", "٠٨:٣٠", "०८:३०"):
        with pytest.raises(BadTime):
            parse_hhmm(text)
    assert documents.digits("(１１) 98765-4321") == "987654321"
    assert documents.has_foreign_digits("１") and documents.has_foreign_digits("²")
    assert not documents.has_foreign_digits("(11) 98765-4321")
    with pytest.raises(InvalidValue):
        parse_date("０１/０２/２０２６")
    # A contact's number field: Decimal("１２") would store 12.
    from types import SimpleNamespace

    from desk_server.domain.clients import InvalidInput, normalise_extra_value

    field = SimpleNamespace(name="Pontos", kind="number", options=None)
    assert normalise_extra_value(field, "12,5") == "12.5"
    with pytest.raises(InvalidInput, match="algarismos de 0 a 9"):
        normalise_extra_value(field, "１２")
