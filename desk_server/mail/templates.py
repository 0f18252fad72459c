"""E-mail templates: edited by managers, each visible to the cargos chosen (none chosen: everyone)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Invalid
from ..domain.roles import MANAGERS
from ..domain.rows import check_name_free, get_or_404
from ..models import Cargo, User
from ..models.emails import EmailTemplate
from . import variables


def _check_texts(subject: str, body: str) -> None:
    unknown = variables.unknown_in(subject) + [n for n in variables.unknown_in(body)
                                               if n not in variables.unknown_in(subject)]
    if unknown:
        raise Invalid(variables.describe_unresolved(unknown))


def _cargos(session: Session, ids: list[int]) -> list[Cargo]:
    cargos = list(session.scalars(select(Cargo).where(Cargo.id.in_(ids)))) if ids else []
    missing = sorted(set(ids) - {c.id for c in cargos})
    if missing:
        raise Invalid(f"Cargo inexistente: {missing[0]}.")
    return cargos


def _name_taken(session: Session, name: str, except_id: int | None = None) -> None:
    check_name_free(session, EmailTemplate, name, f"Já existe um modelo de e-mail chamado {name!r}.", except_id)


def create(session: Session, *, name: str, subject: str, body: str, cargo_ids: list[int],
           active: bool = True) -> EmailTemplate:
    _check_texts(subject, body)
    _name_taken(session, name)
    template = EmailTemplate(name=name, subject=subject, body=body, active=active,
                             cargos=_cargos(session, cargo_ids))
    session.add(template)
    session.flush()
    return template


def update(session: Session, template: EmailTemplate, changes: dict) -> EmailTemplate:
    _check_texts(changes.get("subject", template.subject), changes.get("body", template.body))
    if "name" in changes:
        _name_taken(session, changes["name"], template.id)
    if "cargo_ids" in changes:
        template.cargos = _cargos(session, changes.pop("cargo_ids"))
    for key, value in changes.items():
        setattr(template, key, value)
    return template


def get(session: Session, template_id: int) -> EmailTemplate:
    return get_or_404(session, EmailTemplate, template_id, "Modelo de e-mail não encontrado.")


def visible_to(template: EmailTemplate, user: User) -> bool:
    if user.role in MANAGERS or not template.cargos:
        return True
    return bool({c.id for c in template.cargos} & {c.id for c in user.cargos})


def listed_for(session: Session, user: User, *, include_inactive: bool = False) -> list[EmailTemplate]:
    stmt = select(EmailTemplate).order_by(EmailTemplate.name)
    if not include_inactive:
        stmt = stmt.where(EmailTemplate.active.is_(True))
    return [t for t in session.scalars(stmt) if visible_to(t, user)]


def usable(session: Session, template_id: int, user: User) -> EmailTemplate:
    template = get(session, template_id)
    if not template.active or not visible_to(template, user):
        raise Invalid(f"O modelo {template.name!r} não está disponível para o seu cargo.")
    return template
