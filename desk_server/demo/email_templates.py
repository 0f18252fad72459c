"""Demo e-mail templates (Administração → Modelos de E-mail), one per common situation; idempotent by name."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Settings
from ..models.emails import EmailTemplate

TEMPLATES = (
    ("Agendamento de visita técnica", "Protocolo {protocolo}: visita técnica agendada",
     ("Olá, {cliente.nome}.\n\nAgendamos uma visita técnica para o seu plano {plano} (login {login}).\n"
     "Protocolo do atendimento: {protocolo}.\n\nQualquer dúvida, responda este e-mail.\n\n"
     "Atenciosamente,\n{atendente}")),
    ("Retorno do atendimento", "Atendimento {protocolo} — retorno",
     ("Olá, {contato.nome}.\n\nSobre o seu atendimento de {data} (protocolo {protocolo}, {tipo}):\n\n\n"
     "Atenciosamente,\n{atendente}")),
    ("Senha do Wi-Fi alterada", "Protocolo {protocolo}: senha alterada",
     ("Olá, {cliente.nome}.\n\nA senha da sua rede foi alterada hoje, {data}, às {hora}.\n\n"
     "Atenciosamente,\n{atendente}")),
)


def load(session: Session, settings: Settings) -> None:
    existing = set(session.scalars(select(EmailTemplate.name)))
    for name, subject, body in TEMPLATES:
        if name not in existing:
            session.add(EmailTemplate(name=name, subject=subject, body=body, active=True))
