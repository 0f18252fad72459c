"""Call scripts on the wire (DESIGN §5.2). Nodes travel as plain JSON objects: their rules live in
domain/scripts/tree.py, which names the node in every error (a schema error would only say
"nodes.3.options.1")."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from .common import DbId, Schema, bounded_json, clean
from .orm import OrmOut, related


class Strict(Schema):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


# Nodes and test paths are stored as sent: each one a bounded JSON object (node → options → option →
# outcome is 4 levels; a test path's answers and expected outcome 3), its texts checked again by name
# in domain/scripts/tree.py.
Node = Annotated[dict[str, Any], bounded_json(max_depth=5, max_keys=50, max_text=5000),
                 Field(description="pergunta do script: até 5 níveis, 50 campos/itens por nível, "
                                   "5000 caracteres por texto")]
TestPath = Annotated[dict[str, Any], bounded_json(max_depth=4, max_keys=200, max_text=500),
                     Field(description="caminho de teste: até 4 níveis, 200 campos/itens por nível, "
                                       "500 caracteres por texto")]
NodeList = Annotated[list[Node], Field(max_length=1000)]
TestPathList = Annotated[list[TestPath], Field(max_length=200)]
NodeId = Annotated[str, Field(min_length=1, max_length=40)]


class ScriptAnswerIn(Strict):
    node_id: NodeId
    option: Annotated[int, Field(ge=0, le=99)]
    seconds: Annotated[float, Field(ge=0, le=86_400)] | None = None


class ScriptRunIn(Strict):
    """What the wizard ran: the server checks it against that version and builds the report."""

    script_id: DbId
    version: Annotated[int, Field(ge=1, le=1_000_000)]
    answers: Annotated[list[ScriptAnswerIn], Field(max_length=200)]
    finished: bool


class ScriptTreeIn(Strict):
    start_node_id: NodeId
    nodes: NodeList
    test_paths: TestPathList = Field(default_factory=list)


class ScriptCreate(ScriptTreeIn):
    name: clean(1, 120)
    description: clean(0, 2000) | None = None


class ScriptUpdate(Strict):
    name: clean(1, 120) | None = None
    description: clean(0, 2000) | None = None
    active: bool | None = None


class ScriptProblemOut(Schema):
    node_id: str | None
    message: str


class ScriptCheckOut(Schema):
    valid: bool
    errors: list[ScriptProblemOut]
    tests_run: int


class ScriptSummaryOut(OrmOut):
    id: int
    name: str
    description: str | None = None
    active: bool
    version: int = Field(validation_alias="latest_version")


class ScriptCreatedOut(Schema):
    id: int
    version: int


class ScriptVersionCreatedOut(Schema):
    version: int


class ScriptOut(OrmOut):
    """One version of a script, validated from its ScriptVersion row (the script's fields through it)."""

    id: int = related("script", "id")
    name: str = related("script", "name")
    description: str | None = related("script", "description", default=None)
    active: bool = related("script", "active")
    version: int  # this version's number
    start_node_id: str
    nodes: list[dict[str, Any]]
    test_paths: list[dict[str, Any]]
    latest_version: int = related("script", "latest_version")
    published_at: datetime
    published_by: str = related("published_by", "name")


class ScriptVersionOut(Schema):
    version: int
    published_at: datetime
    published_by: str
    nodes: int
    runs: int


class NodeStatOut(Schema):
    node_id: str
    question: str
    reached: int
    stopped: int
    median_seconds: float | None


class EndStatOut(Schema):
    node_id: str
    option: int
    label: str
    count: int


class ScriptAnalyticsOut(Schema):
    script_id: int
    name: str
    version: int
    runs: int
    finished: int
    stopped: int
    nodes: list[NodeStatOut]
    ends: list[EndStatOut]
