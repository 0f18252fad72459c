"""What each built-in step requires before Avançar (plain Python, messages in Portuguese)."""
from __future__ import annotations

from .state import CHANNEL_LABELS, KINDS, QT_TRANSLATE_NOOP, WizardState

# Named so each page can tell which of its fields a message is about (focus goes there).
PICK_CLIENT = QT_TRANSLATE_NOOP("Wizard", "Selecione um cliente na lista (pesquise e tecle Enter no resultado).")
PICK_PLAN = QT_TRANSLATE_NOOP("Wizard", "Escolha o plano do cliente.")
DESCRIBE_PROBLEM = QT_TRANSLATE_NOOP("Wizard", "Descreva o problema informado pelo cliente.")
PICK_CHANNEL = QT_TRANSLATE_NOOP("Wizard", "Escolha o tipo de contato.")
PICK_TYPE = QT_TRANSLATE_NOOP("Wizard", "Escolha o tipo de atendimento.")
PICK_DESTINATION = QT_TRANSLATE_NOOP("Wizard", "Escolha o destino: um usuário ou um cargo.")
DESCRIBE_SOLUTION = QT_TRANSLATE_NOOP("Wizard", "Descreva a solução do atendimento resolvido.")


def protocol_step(state: WizardState) -> list[str]:
    # The protocol itself is not required: with the server down the wizard is still filled in and
    # the number is reserved when the ticket is sent.
    return [] if state.kind in KINDS else [QT_TRANSLATE_NOOP(
        "Wizard", "Escolha o tipo: Cliente, Prospecto ou P. Acesso.")]


def locate_step(state: WizardState) -> list[str]:
    if state.kind == "client" and state.client_id is None:
        return [PICK_CLIENT]
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
        problems.append(PICK_PLAN)
    if not state.problem.strip():
        problems.append(DESCRIBE_PROBLEM)
    return problems


def first_contact_step(state: WizardState) -> list[str]:
    problems = []
    if state.channel not in CHANNEL_LABELS:
        problems.append(PICK_CHANNEL)
    if state.ticket_type_id is None:
        problems.append(PICK_TYPE)
    if state.destination is None:
        problems.append(PICK_DESTINATION)
    if state.resolved and not state.solution.strip():
        problems.append(DESCRIBE_SOLUTION)
    return problems
