"""The script editor's draft, no Qt: a version being written (nodes, options, test paths), the edits
the editor window makes, and JSON import/export. The rules themselves are checked by the server
(POST /scripts/check, live as the supervisor types), which names the node in every problem."""
from __future__ import annotations

import copy
import json

FORMAT = "isp-desk-script/1"
WHEN_CHOICES = ((None, "—"), ("session_offline", "Sessão offline"), ("session_online", "Sessão online"),
                ("mac_changed", "MAC diferente"))


class ImportRefused(ValueError):
    pass


class ScriptDraft:
    def __init__(self, *, name: str = "", description: str = "", start_node_id: str = "n1",
                 nodes: list | None = None, test_paths: list | None = None, script_id: int | None = None,
                 version: int | None = None):
        self.name, self.description = name, description or ""
        self.start_node_id = start_node_id
        self.nodes: list[dict] = copy.deepcopy(nodes or [])
        self.test_paths: list[dict] = copy.deepcopy(test_paths or [])
        self.script_id, self.version = script_id, version
        self.dirty = False

    # -- making one ---------------------------------------------------------------------------------
    @classmethod
    def new(cls, name: str = "") -> ScriptDraft:
        draft = cls(name=name, nodes=[])
        draft.add_node()
        draft.dirty = False
        return draft

    @classmethod
    def from_script(cls, script: dict) -> ScriptDraft:
        return cls(name=script.get("name", ""), description=script.get("description") or "",
                   start_node_id=script.get("start_node_id", ""), nodes=script.get("nodes"),
                   test_paths=script.get("test_paths"), script_id=script.get("id"), version=script.get("version"))

    # -- reading ------------------------------------------------------------------------------------
    def node(self, node_id: str) -> dict | None:
        return next((n for n in self.nodes if n.get("id") == node_id), None)

    def node_ids(self) -> list[str]:
        return [n.get("id") for n in self.nodes]

    def tree_body(self) -> dict:
        return {"start_node_id": self.start_node_id, "nodes": copy.deepcopy(self.nodes),
                "test_paths": copy.deepcopy(self.test_paths)}

    def as_script(self) -> dict:
        """For the preview: the draft as the runner takes a published version."""
        return {"id": self.script_id or 0, "version": (self.version or 0) + 1, "name": self.name or "(rascunho)",
                **self.tree_body()}

    # -- editing ------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True

    def new_node_id(self) -> str:
        taken = set(self.node_ids())
        n = len(self.nodes) + 1
        while f"n{n}" in taken:
            n += 1
        return f"n{n}"

    def add_node(self, question: str = "Nova pergunta") -> str:
        nid = self.new_node_id()
        self.nodes.append({"id": nid, "question": question, "client_explanation": "", "operator_explanation": "",
                           "options": [{"label": "Sim", "next_node_id": None, "outcome": None, "when": None}]})
        if not self.start_node_id or self.node(self.start_node_id) is None:
            self.start_node_id = nid
        self._changed()
        return nid

    def delete_node(self, node_id: str) -> int:
        """Remove a node; options that led to it are left pointing at it, so the live check names
        each one to fix. Returns how many options did."""
        self.nodes = [n for n in self.nodes if n.get("id") != node_id]
        if self.start_node_id == node_id:
            self.start_node_id = self.nodes[0]["id"] if self.nodes else ""
        self._changed()
        return sum(1 for n in self.nodes for o in n.get("options") or [] if o.get("next_node_id") == node_id)

    def set_start(self, node_id: str) -> None:
        self.start_node_id = node_id
        self._changed()

    def set_text(self, node_id: str, key: str, value: str) -> None:
        node = self.node(node_id)
        if node is not None and node.get(key) != value:
            node[key] = value
            self._changed()

    def add_option(self, node_id: str, label: str = "Nova resposta") -> int:
        options = self.node(node_id).setdefault("options", [])
        options.append({"label": label, "next_node_id": None, "outcome": None, "when": None})
        self._changed()
        return len(options) - 1

    def delete_option(self, node_id: str, index: int) -> None:
        del self.node(node_id)["options"][index]
        self._changed()

    def move_option(self, node_id: str, index: int, delta: int) -> int:
        options = self.node(node_id)["options"]
        target = index + delta
        if not 0 <= target < len(options):
            return index
        options[index], options[target] = options[target], options[index]
        self._changed()
        return target

    def set_option(self, node_id: str, index: int, **fields) -> None:
        option = self.node(node_id)["options"][index]
        for key, value in fields.items():
            if key == "next_node_id" and value is not None:
                option["outcome"] = None  # only an ending option has an outcome
            if option.get(key) != value:
                option[key] = value
                self._changed()

    def set_outcome(self, node_id: str, index: int, outcome: dict | None) -> None:
        cleaned = None
        if outcome and any(outcome.get(k) for k in ("ticket_type_id", "solution", "resolve", "service_order")):
            cleaned = {"ticket_type_id": outcome.get("ticket_type_id"), "solution": outcome.get("solution") or None,
                       "resolve": bool(outcome.get("resolve")), "service_order": bool(outcome.get("service_order"))}
        self.set_option(node_id, index, outcome=cleaned)

    def set_test_paths(self, paths: list[dict]) -> None:
        if paths != self.test_paths:
            self.test_paths = copy.deepcopy(paths)
            self._changed()

    # -- files --------------------------------------------------------------------------------------
    def export_json(self) -> str:
        return json.dumps({"format": FORMAT, "name": self.name, "description": self.description,
                           **self.tree_body()}, ensure_ascii=False, indent=2)

    @classmethod
    def import_json(cls, text: str) -> ScriptDraft:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportRefused(f"Arquivo não é JSON válido (linha {exc.lineno}).") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ImportRefused("Arquivo não é um script exportado pelo ISP Desk.")
        if not isinstance(data.get("nodes"), list) or not isinstance(data.get("test_paths", []), list):
            raise ImportRefused("Script sem a lista de perguntas (nodes).")
        draft = cls(name=str(data.get("name") or ""), description=str(data.get("description") or ""),
                    start_node_id=str(data.get("start_node_id") or ""), nodes=data["nodes"],
                    test_paths=data.get("test_paths") or [])
        draft.dirty = True
        return draft


def option_text(option: dict, number: int) -> str:
    """"2. Não → luzes" / "1. Sim → fim (O.S.)" for the tree."""
    target = option.get("next_node_id")
    outcome = option.get("outcome") or {}
    end = "fim"
    flags = [w for w, on in (("resolvido", outcome.get("resolve")), ("O.S.", outcome.get("service_order"))) if on]
    if flags:
        end += f" ({', '.join(flags)})"
    return f"{number}. {option.get('label', '')} → {target if target is not None else end}"


def paths_to_text(paths: list[dict]) -> list[tuple[str, str, str]]:
    """Test paths as table rows: name, answers joined by " → ", end node."""
    return [(p.get("name", ""), " → ".join(str(a) for a in p.get("answers") or []), p.get("end_node_id") or "")
            for p in paths]


def paths_from_text(rows: list[tuple[str, str, str]], keep: list[dict] | None = None) -> list[dict]:
    """Back from the table (expect_outcome of a path with the same name is kept)."""
    previous = {p.get("name"): p for p in keep or []}
    out = []
    for name, answers, end in rows:
        if not (name.strip() or answers.strip()):
            continue
        # a bare number is an option's index (as in the demo's paths); anything else a label
        path = {"name": name.strip(), "answers": [int(a.strip()) if a.strip().isdigit() else a.strip()
                                                  for a in answers.split("→") if a.strip()]}
        if end.strip():
            path["end_node_id"] = end.strip()
        if previous.get(path["name"], {}).get("expect_outcome"):
            path["expect_outcome"] = previous[path["name"]]["expect_outcome"]
        out.append(path)
    return out
