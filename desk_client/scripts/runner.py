"""The script runner's model, no Qt: where the operator is in the tree, the answers given (with the
seconds spent on each question), going back, stopping, and the `script_run` body for POST /tickets.

Texts are shown with the variables filled from the attendance, and the report (`steps`) holds them
as shown: the server rebuilds the same report from the version it names and the ticket's data.
Answering is a dictionary lookup: the next question is there without any network wait.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from . import live
from .variables import fill


class ScriptRun:
    def __init__(self, script: dict, values: dict[str, str | None] | None = None,
                 conditions: dict[str, str] | None = None, clock: Callable[[], float] = time.monotonic):
        self.script = script
        self.nodes = {n["id"]: n for n in script.get("nodes") or []}
        self.values = dict(values or {})
        self.conditions = dict(conditions or {})
        self.clock = clock
        self.answers: list[dict] = []
        self.current: str | None = script.get("start_node_id")
        self._shown_at = clock()

    # -- identity -----------------------------------------------------------------------------------
    @property
    def script_id(self) -> int:
        return self.script["id"]

    @property
    def version(self) -> int:
        return self.script["version"]

    @property
    def finished(self) -> bool:
        """An end was reached (the last answer's option ends the script)."""
        return self.current is None and bool(self.answers)

    # -- what is shown ------------------------------------------------------------------------------
    def text(self, value: str | None) -> str:
        return fill(value, self.values)

    def node(self, node_id: str | None = None) -> dict | None:
        return self.nodes.get(node_id or self.current or "")

    def question(self) -> str:
        node = self.node()
        return self.text(node.get("question")) if node else ""

    def client_explanation(self) -> str:
        node = self.node()
        return self.text(node.get("client_explanation")) if node else ""

    def operator_explanation(self) -> str:
        node = self.node()
        return self.text(node.get("operator_explanation")) if node else ""

    def option_labels(self) -> list[str]:
        node = self.node()
        return [self.text(o.get("label")) for o in (node or {}).get("options") or []]

    def suggestion(self) -> tuple[int, str] | None:
        """(option index, why) when the live session matches an option's `when`."""
        node = self.node()
        return live.suggestion(node.get("options") or [], self.conditions) if node else None

    def set_conditions(self, conditions: dict[str, str]) -> None:
        self.conditions = dict(conditions)

    # -- moving -------------------------------------------------------------------------------------
    def answer(self, index: int) -> str | None:
        """Choose option `index` of the current question; returns the next node id (None: the end)."""
        node = self.node()
        if node is None:
            raise ValueError("o script já terminou")
        options = node.get("options") or []
        if not 0 <= index < len(options):
            raise IndexError(f"opção {index + 1} não existe")
        now = self.clock()
        self.answers.append({"node_id": self.current, "option": index,
                             "seconds": round(max(0.0, now - self._shown_at), 1)})
        self.current = options[index].get("next_node_id")
        self._shown_at = now
        return self.current

    def back(self, to_step: int | None = None) -> list[dict]:
        """Undo the last answer (or every answer from `to_step` on): the path after it is dropped and
        that question is current again. Returns the answers dropped."""
        if not self.answers:
            return []
        cut = len(self.answers) - 1 if to_step is None else max(0, min(to_step, len(self.answers) - 1))
        dropped = self.answers[cut:]
        del self.answers[cut:]
        self.current = dropped[0]["node_id"]
        self._shown_at = self.clock()
        return dropped

    def outcome(self) -> dict | None:
        """The ending option's outcome once an end is reached."""
        if not self.finished:
            return None
        last = self.answers[-1]
        return self.nodes[last["node_id"]]["options"][last["option"]].get("outcome")

    # -- the report and the ticket body -------------------------------------------------------------
    def steps(self) -> list[dict]:
        out = []
        for answer in self.answers:
            node = self.nodes[answer["node_id"]]
            out.append({"node_id": answer["node_id"], "question": self.text(node.get("question")),
                        "answer": self.text(node["options"][answer["option"]].get("label")),
                        "client_explanation": self.text(node.get("client_explanation")),
                        "operator_explanation": self.text(node.get("operator_explanation"))})
        return out

    def run_body(self) -> dict:
        return {"script_id": self.script_id, "version": self.version, "finished": self.finished,
                "answers": [dict(a) for a in self.answers]}

    def restore(self, answers: list[dict]) -> None:
        """Replay saved answers (a resumed draft); stops at the first one that no longer fits."""
        for answer in answers:
            if answer.get("node_id") != self.current:
                break
            try:
                self.answer(int(answer["option"]))
            except (IndexError, ValueError, KeyError, TypeError):
                break
            self.answers[-1]["seconds"] = answer.get("seconds")
