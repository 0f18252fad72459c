"""What each built-in step requires before Avançar (plain Python, messages in Portuguese)."""
from __future__ import annotations

from .state import CHANNEL_LABELS, KINDS, QT_TRANSLATE_NOOP, WizardState


def protocol_step(state: WizardState) -> list[str]:
    # The protocol itself is not required: with the server down the wizard is still filled in and
    # the number is reserved when the ticket is sent.
    return [] if state.kind in KINDS else [QT_TRANSLATE_NOOP(
        "Wizard", "Escolha o tipo: Cliente, Prospecto ou P. Acesso.")]


def locate_step(state: WizardState) -> list[str]:
    if state.kind == "client" and state.client_id is None:
        return [QT_TRANSLATE_NOOP(
            "Wizard", "Selecione um cliente na lista (pesquise e tecle Enter no resultado).")]
    if state.kind == "prospect" and state.prospect_id is None:
        return [QT_TRANSLATE_NOOP("Wizard", "Selecione um prospecto da lista ou cadastre um novo.")]
    if state.kind == "access_point" and state.access_point_id is None:
        return [QT_TRANSLATE_NOOP("Wizard", "Selecione um ponto de acesso da lista.")]
    return []


def client_step(state: WizardState) -> list[str]:
    if state.client_id is None:
        return [QT_TRANSLATE_NOOP("Wizard", "Nenhum cliente selecionado: volte a Localizar Cliente.")]
    return []


def active_subscriptions(client: dict | None) -> list[dict]:
    subs = (client or {}).get("subscriptions") or []
    return [s for s in subs if isinstance(s, dict) and s.get("status", "ativo") != "cancelado"
            and not s.get("deleted_at")]


def service_step(state: WizardState) -> list[str]:
    problems = []
    if state.kind == "client" and state.subscription_id is None and active_subscriptions(state.client):
        problems.append(QT_TRANSLATE_NOOP("Wizard", "Escolha o plano do cliente."))
    if not state.problem.strip():
        problems.append(QT_TRANSLATE_NOOP("Wizard", "Descreva o problema informado pelo cliente."))
    return problems


def first_contact_step(state: WizardState) -> list[str]:
    problems = []
    if state.channel not in CHANNEL_LABELS:
        problems.append(QT_TRANSLATE_NOOP("Wizard", "Escolha o tipo de contato."))
    if state.ticket_type_id is None:
        problems.append(QT_TRANSLATE_NOOP("Wizard", "Escolha o tipo de atendimento."))
    if state.destination is None:
        problems.append(QT_TRANSLATE_NOOP("Wizard", "Escolha o destino: um usuário ou um cargo."))
    if state.resolved and not state.solution.strip():
        problems.append(QT_TRANSLATE_NOOP("Wizard", "Descreva a solução do atendimento resolvido."))
    return problems
