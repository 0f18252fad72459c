"""Scripts and their versions: create, publish a new version (the tree validated and its test paths
run first), rename/deactivate. Published versions are never changed."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.scripts import Script, ScriptRun, ScriptVersion
from ...models.tickets import TicketType
from ...models.users import User
from ..errors import Conflict, Invalid, NotFound
from . import test_paths as tests
from .tree import Problem, check_tree, node_map, validate_tree


def _type_exists(session: Session):
    def exists(type_id: int) -> bool:
        tt = session.get(TicketType, type_id)
        return tt is not None and tt.active
    return exists


def problems(session: Session, start_node_id: str, nodes: list, test_paths: list) -> tuple[list[Problem], int]:
    """Everything wrong with a draft (the editor's live check): tree first, then its test paths."""
    found = validate_tree(start_node_id, nodes, _type_exists(session))
    if found:
        return found + tests.shape_problems(test_paths), 0
    return tests.failures(start_node_id, node_map(nodes), test_paths), len(test_paths or [])


def _check(session: Session, start_node_id: str, nodes: list, test_paths: list) -> None:
    check_tree(start_node_id, nodes, _type_exists(session))
    tests.check(start_node_id, node_map(nodes), test_paths)


def get_script(session: Session, script_id: int) -> Script:
    script = session.get(Script, script_id)
    if script is None:
        raise NotFound("Script não encontrado.")
    return script


def _name_taken(session: Session, name: str, except_id: int | None = None) -> None:
    query = select(Script.id).where(func.lower(Script.name) == name.lower())
    if except_id is not None:
        query = query.where(Script.id != except_id)
    if session.scalar(query) is not None:
        raise Conflict(f"Já existe um script chamado '{name}'.")


def _version_row(script: Script, number: int, start_node_id: str, nodes: list, test_paths: list,
                 user: User, now: datetime | None) -> ScriptVersion:
    kwargs = {"published_at": now} if now is not None else {}
    return ScriptVersion(script=script, version=number, start_node_id=start_node_id, nodes=nodes,
                         test_paths=list(test_paths or []), published_by_id=user.id, **kwargs)


def create_script(session: Session, user: User, *, name: str, description: str | None, start_node_id: str,
                  nodes: list, test_paths: list, now: datetime | None = None) -> ScriptVersion:
    _check(session, start_node_id, nodes, test_paths)
    _name_taken(session, name)
    script = Script(name=name, description=description, created_by_id=user.id, latest_version=1)
    session.add(script)
    version = _version_row(script, 1, start_node_id, nodes, test_paths, user, now)
    session.add(version)
    session.flush()
    return version


def publish(session: Session, user: User, script_id: int, *, start_node_id: str, nodes: list,
            test_paths: list, now: datetime | None = None) -> ScriptVersion:
    """A new immutable version n + 1 (the script row is locked so two publishers get n+1 and n+2)."""
    query = select(Script).where(Script.id == script_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    script = session.scalar(query.execution_options(populate_existing=True))
    if script is None:
        raise NotFound("Script não encontrado.")
    _check(session, start_node_id, nodes, test_paths)
    script.latest_version += 1
    version = _version_row(script, script.latest_version, start_node_id, nodes, test_paths, user, now)
    session.add(version)
    session.flush()
    return version


def update(session: Session, script_id: int, fields: dict) -> Script:
    script = get_script(session, script_id)
    if fields.get("name") is not None and fields["name"] != script.name:
        _name_taken(session, fields["name"], except_id=script.id)
        script.name = fields["name"]
    if "description" in fields:
        script.description = fields["description"]
    if fields.get("active") is not None:
        script.active = fields["active"]
    return script


def get_version(session: Session, script_id: int, version: int | None) -> ScriptVersion:
    get_script(session, script_id)
    query = select(ScriptVersion).where(ScriptVersion.script_id == script_id)
    query = (query.where(ScriptVersion.version == version) if version is not None
             else query.order_by(ScriptVersion.version.desc()).limit(1))
    found = session.scalar(query)
    if found is None:
        raise NotFound(f"Versão {version} do script não encontrada.")
    return found


def list_scripts(session: Session, include_inactive: bool = False) -> list[Script]:
    query = select(Script).order_by(Script.name)
    if not include_inactive:
        query = query.where(Script.active.is_(True))
    return list(session.scalars(query))


def versions(session: Session, script_id: int) -> list[tuple[ScriptVersion, int]]:
    get_script(session, script_id)
    runs = (select(ScriptRun.version_id, func.count().label("n")).group_by(ScriptRun.version_id).subquery())
    rows = session.execute(select(ScriptVersion, func.coalesce(runs.c.n, 0))
                           .outerjoin(runs, runs.c.version_id == ScriptVersion.id)
                           .where(ScriptVersion.script_id == script_id)
                           .order_by(ScriptVersion.version.desc()))
    return [(v, int(n)) for v, n in rows]


def check_default_script(session: Session, script_id: int | None) -> None:
    """For ticket types: a default script must exist (422 otherwise, not a foreign-key 409)."""
    if script_id is not None and session.get(Script, script_id) is None:
        raise Invalid(f"Script {script_id} não existe.")
