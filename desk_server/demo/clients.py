"""Demo data of the clients area: networks, routing/access points, plans, contact extra fields,
about 2,000 clients with contacts, subscriptions, contracts, invoices, e-mail accounts, domains,
removed-identifier history, and prospects.

Deterministic (fixed seeds for Faker pt_BR and `random`) and idempotent: catalogs are matched by
name and the clients are only generated into a registry that has none. Bulk inserts keep it to
about a second. The name/street pools and the generator are in client_generator.py.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.clients import address_text, client_search_columns
from ..domain.search.normalise import fold_text
from ..models import utcnow
from ..models.clients import (
    Client,
    Contact,
    ContactField,
    ContactFieldValue,
    Contract,
    Domain,
    EmailAccount,
    Invoice,
    Network,
    Plan,
    Prospect,
    RemovedIdentifier,
    RoutingPoint,
    Subscription,
)
from .client_generator import (
    CITIES,
    CONTACT_FIELDS,
    CONTACT_ROLES,
    DEMO_CLIENTS,
    NETWORKS,
    PLANS,
    PROVIDER_DOMAIN,
    REFERENCES,
    ROUTING_POINTS,
    SEED,
    Generator,
    Pools,
    ascii_token,
)

# --- catalogs ---------------------------------------------------------------------------------------

def _ensure_catalogs(session: Session) -> tuple[dict[str, Network], dict[str, RoutingPoint], dict[str, Plan],
                                                 dict[str, ContactField]]:
    networks = {n.name: n for n in session.scalars(select(Network))}
    for name in NETWORKS:
        if name not in networks:
            networks[name] = Network(name=name)
            session.add(networks[name])
    session.flush()
    points = {p.name: p for p in session.scalars(select(RoutingPoint))}
    for name, network, kind in ROUTING_POINTS:
        if name not in points:
            points[name] = RoutingPoint(name=name, network_id=networks[network].id, kind=kind)
            session.add(points[name])
    plans = {p.name: p for p in session.scalars(select(Plan))}
    for name, down, up, price, network in PLANS:
        if name not in plans:
            plans[name] = Plan(name=name, download_mbps=down, upload_mbps=up, price=Decimal(price),
                               network_id=networks[network].id if network else None)
            session.add(plans[name])
    fields = {f.name: f for f in session.scalars(select(ContactField))}
    for position, (name, kind, options) in enumerate(CONTACT_FIELDS, start=1):
        if name not in fields:
            fields[name] = ContactField(name=name, kind=kind, options=options, position=position)
            session.add(fields[name])
    session.flush()
    return networks, points, plans, fields


# --- clients ----------------------------------------------------------------------------------------

def load(session: Session, settings: Settings) -> None:
    _networks, points, plans, fields = _ensure_catalogs(session)
    need_clients = session.scalar(select(Client.id).limit(1)) is None
    need_prospects = session.scalar(select(Prospect.id).limit(1)) is None
    if not (need_clients or need_prospects):
        return
    pools = Pools.build(SEED)
    if need_clients:
        today = datetime.now(settings.tz).date()
        _load_clients(session, Generator(pools, SEED), points, plans, fields, today)
    if need_prospects:
        _load_prospects(session, Generator(pools, SEED + 1))


def _insert(session: Session, model, rows: list[dict], returning: bool = False) -> list[int]:
    """Core executemany (the ORM bulk path is much slower here); ids in the order of `rows`."""
    if not rows:
        return []
    table = model.__table__
    conn = session.connection()
    if returning:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(stmt, rows).scalars())
    conn.execute(insert(table), rows)
    return []


def _load_clients(session: Session, gen: Generator, points, plans, fields, today: date,
                  count: int = DEMO_CLIENTS) -> None:
    r = gen.rnd
    now = utcnow()
    plan_list = list(plans.values())
    fibre_plans = [p for p in plan_list if p.name.startswith("Fibra")]
    point_list = [p for p in points.values()]
    client_rows, extras = [], []
    for i in range(count):
        pj = r.random() < 0.15
        if pj:
            name, trade = gen.company()
            document = gen.cnpj()
        else:
            name, trade = gen.person_name(), None
            document = gen.cpf()
        billing, ddd = gen.address()
        same_place = r.random() < 0.85
        install = {f"install_{k}": v for k, v in billing.items()} if same_place else gen.address("install_")[0]
        status = r.choices(("ativo", "suspenso", "cancelado"), (88, 8, 4))[0]
        mail_user = ascii_token(name.split()[0]) + "." + ascii_token(name.split()[-1])
        row = {
            "code": str(1001 + i), "person_type": "PJ" if pj else "PF", "name": name, "trade_name": trade,
            "document": document,
            "rg_ie": (f"{r.randrange(10 ** 8, 10 ** 9)}" if pj else f"{r.randrange(10 ** 7, 10 ** 8)}-{r.randrange(10)}"),
            "birth_date": None if pj else gen.date_between(date(1940, 1, 1), date(2005, 12, 31)),
            "start_date": gen.date_between(date(2015, 1, 1), today - timedelta(days=40)),
            "status": status, **billing, **install,
            "phone": gen.landline(ddd) if r.random() < 0.45 else None,
            "mobile": gen.mobile(ddd) if r.random() < 0.95 else None,
            "email": f"{mail_user}{r.randrange(100)}@{r.choice(gen.pools.free_domains)}" if r.random() < 0.7 else None,
            "reference": r.choice(REFERENCES) if r.random() < 0.4 else None,
            "notes": "Cliente prefere contato por WhatsApp." if r.random() < 0.05 else None,
            "created_at": now,
        }
        row.update(client_search_columns(row))
        client_rows.append(row)
        extras.append((pj, ddd, same_place))
    ids = _insert(session, Client, client_rows, returning=True)

    taken_logins: set[str] = set()
    sub_rows, sub_meta = [], []
    ip_counter = 0
    for client_id, row, (pj, ddd, _same) in zip(ids, client_rows, extras):
        n_subs = 1 if r.random() < 0.75 else r.choice((2, 2, 3))
        for _ in range(n_subs):
            plan = plans["Empresarial 600 Mega IP Fixo"] if pj and r.random() < 0.3 else (
                r.choice(fibre_plans) if r.random() < 0.85 else plans["Rádio 20 Mega"])
            fibre = plan.name.startswith(("Fibra", "Empresarial"))
            point = r.choice(point_list)
            ip_counter += 1
            ip = (f"100.64.{ip_counter // 250}.{ip_counter % 250 + 2}" if r.random() < 0.85
                  else f"10.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}")
            status = row["status"]
            removed = status == "cancelado" and r.random() < 0.5
            sub = {
                "client_id": client_id, "plan_id": plan.id, "status": status,
                "login": gen.login_for(row["name"], taken_logins), "password": f"{r.randrange(10 ** 7, 10 ** 8)}",
                "ip": ip, "mac": gen.mac(), "mac2": gen.mac() if r.random() < 0.1 else None,
                "mac_onu": gen.mac() if fibre else None, "serial_number": gen.serial() if fibre else None,
                "circuit_number": f"CIR-{r.randrange(2016, 2026)}-{r.randrange(10 ** 5):05d}" if pj else None,
                "voice_terminal": gen.landline(ddd) if r.random() < 0.08 else None,
                "smartcard": f"{r.randrange(10 ** 11, 10 ** 12)}" if r.random() < 0.04 else None,
                "cas": f"CAS{r.randrange(10 ** 7, 10 ** 8)}" if r.random() < 0.04 else None,
                "routing_point_id": point.id,
                **{k: row[k] for k in row if k.startswith("install_")},
                "search_install_address": row["search_install_address"],
                "created_at": now, "deleted_at": now if removed else None,
            }
            sub_rows.append(sub)
            sub_meta.append((client_id, plan, row))
    sub_ids = _insert(session, Subscription, sub_rows, returning=True)

    contracts, invoices, removed = [], [], []
    boleto = 10_000_000
    nf = 1000
    for sub_id, sub, (client_id, plan, row) in zip(sub_ids, sub_rows, sub_meta):
        start = row["start_date"]
        n_contracts = 1 if r.random() < 0.8 else r.choice((2, 3, 4, 5))
        for k in range(n_contracts):
            c_start = start + timedelta(days=365 * k)
            contracts.append({"subscription_id": sub_id, "number": f"{c_start.year}/{r.randrange(10 ** 6):06d}",
                              "start_date": c_start, "end_date": c_start + timedelta(days=365),
                              "is_main": k == n_contracts - 1, "created_at": now})
        if sub["deleted_at"] is not None:
            removed += [
                {"kind": "login", "value": sub["login"], "client_id": client_id, "removed_at": now,
                 "note": "Plano cancelado"},
                {"kind": "ip", "value": sub["ip"], "client_id": client_id, "removed_at": now, "note": None},
                {"kind": "mac", "value": sub["mac"], "client_id": client_id, "removed_at": now, "note": None},
            ]
            continue
        due_day = r.choice((5, 10, 15, 20))
        for months_ago in range(4, -1, -1):
            year, month = today.year, today.month - months_ago
            while month < 1:
                month += 12
                year -= 1
            due = date(year, month, due_day)
            if due < start:
                continue
            boleto += r.randrange(1, 40)
            nf += 1
            paid = due < today and (r.random() < 0.9 if row["status"] == "ativo" else r.random() < 0.4)
            invoices.append({
                "client_id": client_id, "subscription_id": sub_id, "description": f"Mensalidade {plan.name}",
                "boleto_number": f"{boleto:011d}", "nf_number": f"{nf:06d}", "due_date": due, "amount": plan.price,
                "paid_date": due + timedelta(days=r.randrange(-3, 4)) if paid else None,
                "balance": Decimal("0.00") if paid else plan.price, "created_at": now,
            })
    for client_id, row in zip(ids, client_rows):
        if r.random() < 0.05:  # a login changed some time ago
            removed.append({"kind": "login", "value": ascii_token(row["name"].split()[0]) + f"{r.randrange(100)}",
                            "client_id": client_id, "removed_at": now, "note": "Login alterado"})
        if r.random() < 0.02:
            removed.append({"kind": "terminal", "value": gen.landline("19"), "client_id": client_id,
                            "removed_at": now, "note": "Terminal de voz cancelado"})
        if r.random() < 0.02:
            removed.append({"kind": "email", "value": f"{ascii_token(row['name'].split()[0])}@{PROVIDER_DOMAIN}",
                            "client_id": client_id, "removed_at": now, "note": "Conta de e-mail removida"})
    _insert(session, Contract, contracts)
    _insert(session, Invoice, invoices)
    _insert(session, RemovedIdentifier, removed)

    accounts, domains, contacts = [], [], []
    taken_mail: set[str] = set()
    for client_id, row, (pj, ddd, _same) in zip(ids, client_rows, extras):
        if r.random() < 0.2:
            user = ascii_token(row["name"].split()[0]) + "." + ascii_token(row["name"].split()[-1])
            while user in taken_mail:
                user += str(r.randrange(10))
            taken_mail.add(user)
            accounts.append({"client_id": client_id, "address": f"{user}@{PROVIDER_DOMAIN}",
                             "domain": PROVIDER_DOMAIN, "created_at": now})
        if pj and r.random() < 0.4:
            domain = ascii_token(row["trade_name"]) + r.choice((".com.br", ".com", ".net.br"))
            domains.append({"client_id": client_id, "name": domain, "created_at": now})
            accounts.append({"client_id": client_id, "address": f"contato@{domain}", "domain": domain,
                             "created_at": now})
        n_contacts = r.choices((0, 1, 2, 3), (25, 45, 22, 8))[0]
        for k in range(n_contacts):
            cname = row["name"] if k == 0 and not pj else gen.person_name()
            contacts.append({
                "client_id": client_id, "name": cname, "search_name": fold_text(cname),
                "role": "Titular" if k == 0 and not pj else r.choice(CONTACT_ROLES[1:]),
                "phone": gen.landline(ddd) if r.random() < 0.3 else None,
                "mobile": gen.mobile(ddd) if r.random() < 0.9 else None,
                "email": (f"{ascii_token(cname.split()[0])}.{ascii_token(cname.split()[-1])}"
                          f"@{r.choice(gen.pools.free_domains)}") if r.random() < 0.6 else None,
                "created_at": now, "deleted_at": now if r.random() < 0.05 else None,
            })
    _insert(session, EmailAccount, accounts)
    _insert(session, Domain, domains)
    contact_ids = _insert(session, Contact, contacts, returning=True)
    values = []
    best_time, birth, note = fields["Melhor horário"], fields["Data de nascimento"], fields["Observação"]
    for contact_id in contact_ids:
        if r.random() < 0.4:
            values.append({"contact_id": contact_id, "field_id": best_time.id,
                           "value": r.choice(best_time.options)})
        if r.random() < 0.2:
            values.append({"contact_id": contact_id, "field_id": birth.id,
                           "value": gen.date_between(date(1950, 1, 1), date(2004, 12, 31)).isoformat()})
        if r.random() < 0.1:
            values.append({"contact_id": contact_id, "field_id": note.id,
                           "value": r.choice(("Ligar só após as 18h", "Falar com a recepção", "Surdo: usar WhatsApp"))})
    _insert(session, ContactFieldValue, values)


def _load_prospects(session: Session, gen: Generator, count: int = 40) -> None:
    r = gen.rnd
    rows = []
    now = utcnow()
    for i in range(count):
        kind = r.choice(("empresarial", "condominio", "residente_condominio", "residencial", "residencial"))
        if kind == "empresarial":
            name = gen.company()[1]
        elif kind == "condominio":
            name = f"Condomínio {r.choice(('Residencial', 'Edifício', 'Parque'))} {gen.surname()}"
        else:
            name = gen.person_name()
        address, ddd = gen.address()
        rows.append({
            "kind": kind, "name": name, "search_name": fold_text(name), "phone": gen.mobile(ddd),
            "email": f"{ascii_token(name.split()[-1])}{r.randrange(100)}@{r.choice(gen.pools.free_domains)}",
            "street": address["street"], "number": address["number"], "district": address["district"],
            "city": address["city"], "uf": address["uf"], "cep": address["cep"],
            "status": r.choices(("novo", "em_negociacao", "convertido", "perdido"), (45, 30, 10, 15))[0],
            "notes": "Interessado em fibra" if r.random() < 0.3 else None,
            "created_at": now - timedelta(days=r.randrange(0, 120), minutes=r.randrange(1440)),
        })
    _insert(session, Prospect, rows)


__all__ = ["CITIES", "SEED", "Generator", "Pools", "address_text", "load"]
