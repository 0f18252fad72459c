"""A ticket's script run: the path is checked against the version it names and the report is built
from that version's own texts (variables filled from the ticket), so the report is evidence of what
the operator read, whatever later versions say.

`script_run` = {"script_id", "version", "answers": [{"node_id", "option", "seconds"?}], "finished"}
(`option` is the index in the node's options; `seconds` the time on that question, for analytics).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.scripts import Script, ScriptRun, ScriptVersion
from ..errors import Invalid
from . import variables
from .tree import node_map

MAX_SECONDS = 24 * 3600


@dataclass
class CheckedRun:
    version: ScriptVersion
    report: dict
    finished: bool
    last_node_id: str
    end_option: int | None
    answers: list[dict]


def find_version(session: Session, script_id: int, version: int | None = None) -> ScriptVersion:
    query = select(ScriptVersion).where(ScriptVersion.script_id == script_id)
    if version is None:
        query = query.order_by(ScriptVersion.version.desc()).limit(1)
    else:
        query = query.where(ScriptVersion.version == version)
    found = session.scalar(query)
    if found is None:
        if session.get(Script, script_id) is None:
            raise Invalid(f"Script {script_id} não existe.")
        raise Invalid(f"Script {script_id} não tem a versão {version}.")
    return found


def _answers(run: dict) -> list:
    answers = run.get("answers")
    if not isinstance(answers, list):
        raise Invalid("Script: 'answers' deve ser uma lista.")
    return answers


def check_run(session: Session, run: dict, values: dict[str, str | None]) -> CheckedRun:
    """Follow the answers from the start node; any step off the tree is a 422 naming it."""
    version = find_version(session, run["script_id"], run["version"])
    nodes = node_map(version.nodes)
    finished = bool(run.get("finished"))
    current: str | None = version.start_node_id
    steps, clean = [], []
    end_option = None
    last = current
    for i, answer in enumerate(_answers(run), start=1):
        if current is None:
            raise Invalid(f"Script: a resposta {i} vem depois do fim do script (versão {version.version}).")
        node_id, option = answer.get("node_id"), answer.get("option")
        if node_id != current:
            raise Invalid(f"Script: a resposta {i} é da pergunta {node_id}, mas o caminho da versão "
                          f"{version.version} passa pela pergunta {current}.")
        options = nodes[current]["options"]
        if not isinstance(option, int) or isinstance(option, bool) or not 0 <= option < len(options):
            raise Invalid(f"Script: a pergunta {current} não tem a opção {option}.")
        seconds = answer.get("seconds")
        if seconds is not None and (not isinstance(seconds, int | float) or not 0 <= seconds <= MAX_SECONDS):
            raise Invalid(f"Script: tempo inválido na pergunta {current}.")
        node, chosen = nodes[current], options[option]
        steps.append({
            "node_id": current,
            "question": variables.fill(node.get("question"), values),
            "answer": variables.fill(chosen.get("label"), values),
            "client_explanation": variables.fill(node.get("client_explanation"), values),
            "operator_explanation": variables.fill(node.get("operator_explanation"), values),
        })
        clean.append({"node_id": current, "option": option, "seconds": seconds})
        last, current = current, chosen.get("next_node_id")
        if current is None:
            end_option = option
    if finished and current is not None:
        raise Invalid(f"Script marcado como concluído, mas a pergunta {current} ficou sem resposta.")
    if not finished and current is None:
        raise Invalid(f"O script terminou na pergunta {last}: envie finished=true.")
    report = {"script_id": version.script_id, "name": version.script.name, "version": version.version,
              "finished": finished, "steps": steps}
    if finished:
        report["outcome"] = nodes[last]["options"][end_option].get("outcome")
    else:
        report["stopped_at"] = {"node_id": current,
                                "question": variables.fill(nodes[current].get("question"), values)}
    return CheckedRun(version, report, finished, last if finished else current, end_option, clean)


def record_run(session: Session, ticket, checked: CheckedRun, at) -> ScriptRun:
    row = ScriptRun(ticket=ticket, version_id=checked.version.id, finished=checked.finished,
                    last_node_id=checked.last_node_id, end_option=checked.end_option,
                    answers=checked.answers, ran_at=at)
    session.add(row)
    return row


def history_text(report: dict) -> str:
    steps = len(report["steps"])
    how = "concluído" if report["finished"] else f"encerrado na pergunta {report['stopped_at']['node_id']}"
    return f"Script '{report['name']}' (versão {report['version']}): {steps} resposta(s), {how}."
