"""A script version's tree, checked in plain Python: every error names its node.

A version is `start_node_id` plus `nodes`: [{"id", "question", "client_explanation",
"operator_explanation", "options": [{"label", "next_node_id" (None ends the run), "outcome", "when"}]}].
`validate_tree` returns every problem found (not only the first), so the editor can list them all
beside the nodes they are about; `check_tree` raises Invalid with that list.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import Invalid
from .variables import unknown_variables

MAX_NODES = 200
MAX_OPTIONS = 12
MAX_ID = 40
MAX_QUESTION = 500
MAX_EXPLANATION = 2000
MAX_LABEL = 200
MAX_SOLUTION = 2000
WHEN_CONDITIONS = {
    "session_offline": "sessão PPPoE offline",
    "session_online": "sessão PPPoE online",
    "mac_changed": "MAC diferente do cadastrado",
}
NODE_ID = re.compile(r"^[A-Za-z0-9_.-]+$")
TEXTS = (("question", "pergunta", MAX_QUESTION, True),
         ("client_explanation", "explicação para o cliente", MAX_EXPLANATION, False),
         ("operator_explanation", "explicação para o operador", MAX_EXPLANATION, False))


@dataclass(frozen=True)
class Problem:
    node_id: str | None  # None: about the whole version (start node, size...)
    message: str

    def as_dict(self) -> dict:
        return {"node_id": self.node_id, "message": self.message}


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _node_problems(node: dict, index: int, ids: set[str], ticket_type_exists: Callable[[int], bool]) -> list[Problem]:
    nid = node.get("id")
    name = f"Nó {nid}" if nid else f"Nó nº {index + 1}"
    out: list[Problem] = []

    def add(message: str) -> None:
        out.append(Problem(nid or None, f"{name}: {message}"))

    for key, label, limit, required in TEXTS:
        value = node.get(key)
        if value is not None and not isinstance(value, str):
            add(f"{label} deve ser texto.")
            continue
        text = (value or "").strip()
        if required and not text:
            add(f"{label} vazia.")
        if len(text) > limit:
            add(f"{label} com {len(text)} caracteres (máximo {limit}).")
        for var in unknown_variables(text):
            add(f"variável desconhecida {{{var}}} na {label}.")
    options = node.get("options")
    if not isinstance(options, list) or not options:
        add("sem opções de resposta (cada pergunta precisa de ao menos uma).")
        return out
    if len(options) > MAX_OPTIONS:
        add(f"{len(options)} opções (máximo {MAX_OPTIONS}).")
    for i, option in enumerate(options, start=1):
        out.extend(_option_problems(option, i, name, nid, ids, ticket_type_exists))
    return out


def _option_problems(option, i: int, name: str, nid, ids: set[str],
                     ticket_type_exists: Callable[[int], bool]) -> list[Problem]:
    out: list[Problem] = []
    if not isinstance(option, dict):
        return [Problem(nid, f"{name}, opção {i}: formato inválido.")]
    label = _text(option.get("label")).strip()
    where = f"{name}, opção {i}" + (f" ('{label[:40]}')" if label else "")

    def add(message: str) -> None:
        out.append(Problem(nid, f"{where}: {message}"))

    if not label:
        add("texto da opção vazio.")
    elif len(label) > MAX_LABEL:
        add(f"texto com {len(label)} caracteres (máximo {MAX_LABEL}).")
    if "next_node_id" not in option:
        add("sem destino: escolha a próxima pergunta ou marque que encerra o script.")
    target = option.get("next_node_id")
    if target is not None and target not in ids:
        add(f"leva ao nó {target}, que não existe.")
    if target is not None and target == nid:
        add("leva à própria pergunta.")
    when = option.get("when")
    if when is not None and when not in WHEN_CONDITIONS:
        add(f"condição '{when}' desconhecida (use {', '.join(WHEN_CONDITIONS)}).")
    outcome = option.get("outcome")
    if outcome is not None:
        if target is not None:
            add("só uma opção que encerra o script pode ter resultado (tipo, solução, O.S.).")
        elif not isinstance(outcome, dict):
            add("resultado em formato inválido.")
        else:
            out.extend(Problem(nid, f"{where}: {m}") for m in _outcome_problems(outcome, ticket_type_exists))
    return out


def _outcome_problems(outcome: dict, ticket_type_exists: Callable[[int], bool]) -> list[str]:
    found = []
    unknown = set(outcome) - {"ticket_type_id", "solution", "resolve", "service_order"}
    if unknown:
        found.append(f"campo(s) desconhecido(s) no resultado: {', '.join(sorted(unknown))}.")
    type_id = outcome.get("ticket_type_id")
    if type_id is not None:
        if not isinstance(type_id, int) or isinstance(type_id, bool) or type_id < 1:
            found.append("tipo de atendimento do resultado inválido.")
        elif not ticket_type_exists(type_id):
            found.append(f"tipo de atendimento {type_id} não existe ou está desativado.")
    solution = outcome.get("solution")
    if solution is not None and not isinstance(solution, str):
        found.append("solução deve ser texto.")
    elif len(solution or "") > MAX_SOLUTION:
        found.append(f"solução com {len(solution)} caracteres (máximo {MAX_SOLUTION}).")
    for flag in ("resolve", "service_order"):
        if outcome.get(flag) is not None and not isinstance(outcome.get(flag), bool):
            found.append(f"{flag} deve ser verdadeiro ou falso.")
    if outcome.get("resolve") and not (solution or "").strip():
        found.append("resultado 'resolvido' precisa do texto da solução.")
    if outcome.get("resolve") and outcome.get("service_order"):
        found.append("um atendimento resolvido não pede O.S.")
    return found


def _cycle_problems(nodes: dict[str, dict], start: str) -> list[Problem]:
    """Depth-first search from the start; an edge back to a node on the current path is a cycle."""
    colour: dict[str, int] = {}  # 1 on the path, 2 done
    found: list[Problem] = []
    stack: list[tuple[str, Iterable[str]]] = []

    def targets(nid: str):
        return iter([o.get("next_node_id") for o in nodes[nid].get("options") or []
                     if isinstance(o, dict) and o.get("next_node_id") in nodes])

    colour[start] = 1
    stack.append((start, targets(start)))
    while stack:
        nid, pending = stack[-1]
        nxt = next(pending, None)
        if nxt is None:
            colour[nid] = 2
            stack.pop()
            continue
        if colour.get(nxt) == 1:
            path = [n for n, _ in stack]
            loop = path[path.index(nxt):] + [nxt]
            found.append(Problem(nid, f"Nó {nid}: volta para o nó {nxt} e forma um ciclo ({' → '.join(loop)})."))
        elif nxt not in colour:
            colour[nxt] = 1
            stack.append((nxt, targets(nxt)))
    return found


def reachable(nodes: dict[str, dict], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for option in nodes[todo.pop()].get("options") or []:
            target = option.get("next_node_id") if isinstance(option, dict) else None
            if target in nodes and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def validate_tree(start_node_id, nodes, ticket_type_exists: Callable[[int], bool] = lambda _id: True) -> list[Problem]:
    if not isinstance(nodes, list) or not nodes:
        return [Problem(None, "O script precisa de ao menos uma pergunta.")]
    if len(nodes) > MAX_NODES:
        return [Problem(None, f"O script tem {len(nodes)} perguntas (máximo {MAX_NODES}).")]
    problems: list[Problem] = []
    by_id: dict[str, dict] = {}
    for index, node in enumerate(nodes):
        if not isinstance(node, dict):
            problems.append(Problem(None, f"Nó nº {index + 1}: formato inválido."))
            continue
        nid = node.get("id")
        if not isinstance(nid, str) or not nid.strip():
            problems.append(Problem(None, f"Nó nº {index + 1}: sem identificador (id)."))
        elif len(nid) > MAX_ID or not NODE_ID.match(nid):
            problems.append(Problem(nid, f"Nó {nid[:MAX_ID]}: identificador inválido (letras, números, '-', "
                                         f"'_' ou '.', até {MAX_ID})."))
        elif nid in by_id:
            problems.append(Problem(nid, f"Nó {nid}: identificador repetido."))
        else:
            by_id[nid] = node
    ids = set(by_id)
    for index, node in enumerate(nodes):
        if isinstance(node, dict):
            problems.extend(_node_problems(node, index, ids, ticket_type_exists))
    if start_node_id not in by_id:
        problems.append(Problem(None, f"Pergunta inicial '{start_node_id}' não existe entre os nós."))
        return problems
    seen = reachable(by_id, start_node_id)
    for nid in by_id:
        if nid not in seen:
            problems.append(Problem(nid, f"Nó {nid}: não é alcançado a partir da pergunta inicial ({start_node_id})."))
    ends = any(isinstance(o, dict) and "next_node_id" in o and o["next_node_id"] is None
               for node in by_id.values() for o in node.get("options") or [])
    if not ends:
        problems.append(Problem(None, "O script não tem fim: marque ao menos uma opção que encerra o script."))
    problems.extend(_cycle_problems(by_id, start_node_id))
    return problems


def check_tree(start_node_id, nodes, ticket_type_exists: Callable[[int], bool] = lambda _id: True) -> None:
    problems = validate_tree(start_node_id, nodes, ticket_type_exists)
    if problems:
        raise Invalid(problems[0].message if len(problems) == 1 else
                      f"{problems[0].message} (e mais {len(problems) - 1} problema(s))",
                      errors=[p.as_dict() for p in problems])


def node_map(nodes: list[dict]) -> dict[str, dict]:
    return {n["id"]: n for n in nodes}
