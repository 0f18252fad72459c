"""Test paths of a script version: "offline → ONU com LOS → pedir O.S." — the answers given (option
labels or indexes, from the start) and the end expected. Publishing runs them all and refuses the
version if one fails, naming the path.

A test path is {"name", "answers": [label | index, ...], "end_node_id": "n4" (optional),
"expect_outcome": {"service_order": true, ...} (optional, each key given must match)}.
"""
from __future__ import annotations

from ..errors import Invalid
from .tree import Problem

MAX_TEST_PATHS = 50


def _pick(node: dict, answer) -> tuple[int, dict] | None:
    options = node.get("options") or []
    if isinstance(answer, int) and not isinstance(answer, bool):
        return (answer, options[answer]) if 0 <= answer < len(options) else None
    wanted = str(answer).strip().casefold()
    for index, option in enumerate(options):
        if str(option.get("label", "")).strip().casefold() == wanted:
            return index, option
    return None


def run_path(start_node_id: str, nodes: dict[str, dict], path: dict) -> str | None:
    """None if the path passes, else why it fails (Portuguese, naming the path)."""
    name = str(path.get("name") or "sem nome")
    answers = path.get("answers")
    if not isinstance(answers, list) or not answers:
        return f"Caminho de teste '{name}': informe as respostas."
    current, outcome, last = start_node_id, None, None
    for step, answer in enumerate(answers, start=1):
        if current is None:
            return (f"Caminho de teste '{name}': o script já terminou na resposta {step - 1}, "
                    f"mas o caminho tem {len(answers)} respostas.")
        node = nodes[current]
        picked = _pick(node, answer)
        if picked is None:
            return f"Caminho de teste '{name}': na pergunta {current} não há a opção '{answer}'."
        _index, option = picked
        last, current = current, option.get("next_node_id")
        outcome = option.get("outcome") if current is None else None
    if current is not None:
        return (f"Caminho de teste '{name}': não termina depois das {len(answers)} respostas "
                f"(próxima pergunta: {current}).")
    expected_end = path.get("end_node_id")
    if expected_end and expected_end != last:
        return f"Caminho de teste '{name}': termina no nó {last}, esperado {expected_end}."
    for key, value in (path.get("expect_outcome") or {}).items():
        got = (outcome or {}).get(key)
        if bool(got) != bool(value) if isinstance(value, bool) else got != value:
            return f"Caminho de teste '{name}': resultado {key} = {got!r}, esperado {value!r}."
    return None


def shape_problems(test_paths) -> list[Problem]:
    if test_paths is None:
        return []
    if not isinstance(test_paths, list):
        return [Problem(None, "Caminhos de teste: lista esperada.")]
    if len(test_paths) > MAX_TEST_PATHS:
        return [Problem(None, f"{len(test_paths)} caminhos de teste (máximo {MAX_TEST_PATHS}).")]
    found = []
    for i, path in enumerate(test_paths, start=1):
        if not isinstance(path, dict) or not str(path.get("name") or "").strip():
            found.append(Problem(None, f"Caminho de teste nº {i}: informe o nome."))
        elif len(str(path["name"])) > 200:
            found.append(Problem(None, f"Caminho de teste nº {i}: nome muito longo (máximo 200)."))
    return found


def failures(start_node_id: str, nodes: dict[str, dict], test_paths) -> list[Problem]:
    """Run every test path over a version whose tree is already valid."""
    problems = shape_problems(test_paths)
    if problems:
        return problems
    out = []
    for path in test_paths or []:
        why = run_path(start_node_id, nodes, path)
        if why:
            out.append(Problem(None, why))
    return out


def check(start_node_id: str, nodes: dict[str, dict], test_paths) -> None:
    problems = failures(start_node_id, nodes, test_paths)
    if problems:
        raise Invalid(problems[0].message if len(problems) == 1 else
                      f"{problems[0].message} (e mais {len(problems) - 1} caminho(s) com falha)",
                      errors=[p.as_dict() for p in problems])
