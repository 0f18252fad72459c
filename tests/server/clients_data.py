"""A small, precise data set of our own for the client-registry tests (on top of the demo data).

Every value is chosen so it cannot occur in the demo data (DDD 17, codes 9000xx, "Quixabeira",
"Zéfiro", OUI aa:bb:cc, 100.127.x.y ...), so assertions can be exact.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from desk_server.domain.clients import client_search_columns, subscription_search_columns
from desk_server.domain.search.normalise import fold_text
from desk_server.models import utcnow
from desk_server.models.clients import (
    Client,
    Contact,
    ContactField,
    ContactFieldValue,
    Contract,
    Domain,
    EmailAccount,
    Invoice,
    Plan,
    RemovedIdentifier,
    RoutingPoint,
    Subscription,
)

CPF_A = "11144477735"
CNPJ_B = "11222333000181"


@dataclass
class Ids:
    a: int
    b: int
    c: int
    d: int
    e: int
    sub_e: int
    contact_e: int
    deleted_contact: int


def _client(**values) -> Client:
    values.setdefault("status", "ativo")
    values.setdefault("start_date", date(2016, 6, 1))
    values.update(client_search_columns(values))
    return Client(**values)


def build(session, today: date) -> Ids:
    plan = session.scalar(select(Plan).where(Plan.name == "Fibra 300 Mega"))
    point = session.scalar(select(RoutingPoint).where(RoutingPoint.name == "OLT Norte 01"))
    a = _client(code="900001", person_type="PF", name="João da Silva Quixabeira", document=CPF_A,
                rg_ie="12.345.678-9", birth_date=date(1980, 5, 17), start_date=date(2014, 3, 15),
                street="Rua Álvares Cabral", number="1234", complement="Apto 12", district="Jardim Conceição",
                city="São José do Rio Preto", uf="SP", cep="15015000",
                install_street="Avenida Brasil", install_number="500", install_district="Centro",
                install_city="São José do Rio Preto", install_uf="SP", install_cep="15010000",
                phone="1733334444", mobile="17991234567", email="joao.quixa@example.com",
                reference="Ao lado da Padaria Zéfiro", notes="Prefere WhatsApp")
    b = _client(code="900002", person_type="PJ", name="Quixabeira Comércio de Ração Ltda.",
                trade_name="Pet Shop Zéfiro", document=CNPJ_B, city="Ribeirão Preto", uf="SP")
    c = _client(code="900003", person_type="PF", name="Ana Paula 50% Quixadá_Teste", document="52998224725",
                city="Bebedouro", uf="SP")
    d = _client(code="900004", person_type="PF", name="Ana Paula 50X Quixadá Teste", document="39053344705",
                city="Bebedouro", uf="SP", status="cancelado")
    e = _client(code="900005", person_type="PF", name="Zéfiro Quixabeira Neto", document="86288366757",
                city="Mirassol", uf="SP", status="suspenso")
    session.add_all([a, b, c, d, e])
    session.flush()

    sub_values = {"install_street": "Rua das Quixabeiras", "install_number": "10", "install_district": "Vila Zéfiro",
                      "install_city": "Mirassol", "install_uf": "SP", "install_cep": "15130000"}
    sub_e = Subscription(client_id=e.id, plan_id=plan.id, status="suspenso", login="zefiro.quixa77",
                         password="segredo123", ip="100.127.250.20", mac="aabbccddeeff", mac2="001122334455",
                         mac_onu="a1b2c3d4e5f6", serial_number="ZTEGC0FFEE01", circuit_number="CIR-2024-99901",
                         voice_terminal="1733335555", smartcard="888777666555", cas="CAS99990001",
                         routing_point_id=point.id, **sub_values, **subscription_search_columns(sub_values))
    gone = Subscription(client_id=d.id, plan_id=plan.id, status="cancelado", login="zefiro.removido",
                        ip="100.127.250.21", mac="aabbccddee00", deleted_at=utcnow())
    session.add_all([sub_e, gone])
    session.flush()
    for number, start, main in (("2021/000111", date(2021, 1, 1), False), ("2022/000222", date(2022, 1, 1), False),
                                ("2023/000333", date(2023, 1, 1), False), ("2024/000777", date(2024, 1, 1), True)):
        session.add(Contract(subscription_id=sub_e.id, number=number, start_date=start,
                             end_date=start + timedelta(days=365), is_main=main))
    future = today + timedelta(days=60)
    for boleto, nf, due, amount, balance, paid in (
            ("00099988877", "777001", date(2020, 1, 10), "100.00", "0.00", date(2020, 1, 9)),
            ("00099988878", "777002", future, "100.00", "100.00", None),
            ("00099988879", "777003", date(2020, 2, 10), "100.00", "100.00", None),
            ("00099988880", "777004", date(2020, 3, 10), "100.00", "40.00", None)):
        session.add(Invoice(client_id=e.id, subscription_id=sub_e.id, description="Mensalidade", boleto_number=boleto,
                            nf_number=nf, due_date=due, amount=Decimal(amount), balance=Decimal(balance),
                            paid_date=paid))
    session.add(EmailAccount(client_id=e.id, address="zefiro@netquixa.com.br", domain="netquixa.com.br"))
    session.add(EmailAccount(client_id=e.id, address="velho@netquixa.com.br", domain="netquixa.com.br",
                             deleted_at=utcnow()))
    session.add(Domain(client_id=e.id, name="quixabeira.com.br"))
    best_time = session.scalar(select(ContactField).where(ContactField.name == "Melhor horário"))
    contact = Contact(client_id=e.id, name="Marta Quixabeira Zéfiro", search_name=fold_text("Marta Quixabeira Zéfiro"),
                      role="Cônjuge", phone="1732221111", mobile="17988887777", email="marta.qx@example.com")
    contact.values.append(ContactFieldValue(field_id=best_time.id, value="Tarde"))
    deleted = Contact(client_id=e.id, name="Contato Apagado Quixabeira",
                      search_name=fold_text("Contato Apagado Quixabeira"), mobile="17977776666",
                      deleted_at=utcnow())
    session.add_all([contact, deleted])
    for kind, value in (("login", "zefiro.antigo"), ("email", "antigo@netquixa.com.br"), ("ip", "100.127.99.99"),
                        ("mac", "deadbeef0001"), ("terminal", "1733336666")):
        session.add(RemovedIdentifier(kind=kind, value=value, client_id=e.id, note="teste"))
    session.flush()
    return Ids(a=a.id, b=b.id, c=c.id, d=d.id, e=e.id, sub_e=sub_e.id, contact_e=contact.id,
               deleted_contact=deleted.id)
