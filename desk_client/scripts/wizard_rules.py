"""The wizard's script steps without Qt: when they apply, what keeps the operator on them, what
they add to POST /tickets, and which script to preselect.

The run lives in `state.script` (shape: wizard/step_data.py ScriptRunDraft): {"script_id", "version",
"name", "tree" (the version as GET /scripts/{id} gave it, so a resumed draft runs offline), "answers",
"finished", "closed" (Encerrar Script pressed or an end reached), "prefill" (what the outcome filled in,
to undo)}.
"""
from __future__ import annotations

import unicodedata

from ..wizard.state import QT_TRANSLATE_NOOP, WizardState
from ..wizard.step_data import ScriptRunDraft

KEY = "script"
CHOOSE = QT_TRANSLATE_NOOP("Wizard", "Escolha o script de atendimento ou desmarque “Criar Script Atendimento”.")
ANSWER = QT_TRANSLATE_NOOP("Wizard", "Responda o script até o fim ou clique em “Encerrar Script”.")


def data(state: WizardState) -> ScriptRunDraft:
    return state.script


def applies(state: WizardState) -> bool:
    return bool(state.create_script)


def report_applies(state: WizardState) -> bool:
    return applies(state) and bool(data(state).get("script_id"))


def validate(state: WizardState) -> list[str]:
    run = data(state)
    if not run.get("script_id") or not run.get("tree"):
        return [CHOOSE]
    if not (run.get("closed") or run.get("finished")):
        return [ANSWER]
    return []


def contribute(state: WizardState, body: dict) -> None:
    run = data(state)
    if applies(state) and run.get("script_id") and run.get("version"):
        body["script_run"] = {"script_id": run["script_id"], "version": run["version"],
                              "finished": bool(run.get("finished")),
                              "answers": [{k: a.get(k) for k in ("node_id", "option", "seconds")}
                                          for a in run.get("answers") or []]}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    """Accent-free words of 4+ letters (short ones are mostly "sem", "com", "não", "que")."""
    cleaned = "".join(c if c.isalnum() else " " for c in _plain(text))
    return [w for w in cleaned.split() if len(w) >= 4]


def preselect(state: WizardState, scripts: list[dict]) -> int | None:
    """The script to preselect: the one already chosen, the ticket type's default, or the one whose
    name and description share the most words with the problem the client described (supervisors
    write the customer's own words in the description: "sem internet, luz vermelha na ONU")."""
    ids = {s.get("id") for s in scripts}
    chosen = data(state).get("script_id")
    if chosen in ids:
        return chosen
    default = (state.ticket_type or {}).get("default_script_id")
    if default in ids:
        return default
    problem = set(_words(state.problem))
    best, best_hits = None, 0
    for script in scripts:
        words = set(_words(f"{script.get('name', '')} {script.get('description') or ''}"))
        hits = len(words & problem)
        if hits > best_hits:
            best, best_hits = script.get("id"), hits
    return best
