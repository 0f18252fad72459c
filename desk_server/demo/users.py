"""Demo users and cargos."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..domain.passwords import hash_password
from ..models import Cargo, User

USERS = (
    ("operador", "Ana Paula Souza", "operator", "ana.souza@provedor.example"),
    ("supervisor", "Carlos Henrique Lima", "supervisor", "carlos.lima@provedor.example"),
    ("tecnico", "José Roberto Alves", "technician", "jose.alves@provedor.example"),
    ("admin", "Administrador do Sistema", "admin", "admin@provedor.example"),
)

CARGOS = (
    ("Suporte N1", "Primeiro atendimento técnico", ("operador",)),
    ("Suporte N2", "Suporte técnico avançado", ("supervisor",)),
    ("Técnico de Campo", "Visitas técnicas (O.S.)", ("tecnico",)),
    ("Financeiro", "Cobrança, boletos e negociação", ()),
)


def load(session: Session, settings: Settings) -> None:
    from . import DEMO_PASSWORD

    by_username = {u.username: u for u in session.scalars(select(User))}
    password_hash = None
    for username, name, role, email in USERS:
        if username in by_username:
            continue
        password_hash = password_hash or hash_password(DEMO_PASSWORD)
        user = User(username=username, name=name, role=role, email=email, password_hash=password_hash)
        session.add(user)
        by_username[username] = user
    session.flush()
    existing = {c.name for c in session.scalars(select(Cargo))}
    for name, description, members in CARGOS:
        if name not in existing:
            session.add(Cargo(name=name, description=description,
                              members=[by_username[m] for m in members]))
