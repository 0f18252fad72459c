"""Call scripts (DESIGN §5.2): everyone logged in reads; supervisors and admins write (403 before
the body is looked at). Routes are thin: the rules are in domain/scripts/.

  GET  /scripts                      list (latest published version of each)
  POST /scripts                      create with version 1
  POST /scripts/check                the editor's live check of a draft (tree + test paths)
  GET  /scripts/{id}  (?version=N)   one version's tree
  GET  /scripts/{id}/versions        every version, with its number of runs
  POST /scripts/{id}/versions        publish version n + 1
  PATCH /scripts/{id}                name, description, active
  GET  /scripts/{id}/analytics (?version=N)
  GET  /tickets/{id}/script-report.pdf   the ticket's Rel. Script (reportlab)
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from ..domain.errors import NotFound
from ..domain.protocols import format_protocol
from ..domain.roles import MANAGERS
from ..domain.scripts import analytics, publishing
from ..models.tickets import Ticket
from ..reports import script_report
from ..schemas.common import MAX_DB_ID, ItemList
from ..schemas.files import PDF_RESPONSES
from ..schemas.scripts import (
    ScriptAnalyticsOut,
    ScriptCheckOut,
    ScriptCreate,
    ScriptCreatedOut,
    ScriptOut,
    ScriptSummaryOut,
    ScriptTreeIn,
    ScriptUpdate,
    ScriptVersionCreatedOut,
    ScriptVersionOut,
)
from .deps import CurrentUser, SessionDep, SettingsDep, require_roles
from .routing import DeskRoute

router = APIRouter(route_class=DeskRoute, tags=["scripts"])

PathId = Annotated[int, Path(ge=1, le=MAX_DB_ID)]
VersionQuery = Annotated[int | None, Query(ge=1, le=1_000_000)]
Managers = require_roles(*MANAGERS)


@router.get("/scripts", response_model=ItemList[ScriptSummaryOut])
def list_scripts(session: SessionDep, _user: CurrentUser, include_inactive: bool = False):
    return ItemList[ScriptSummaryOut](items=[ScriptSummaryOut.model_validate(s) for s in
                                             publishing.list_scripts(session, include_inactive)])


@router.post("/scripts", response_model=ScriptCreatedOut, status_code=status.HTTP_201_CREATED,
             dependencies=[Managers])
def create_script(body: ScriptCreate, session: SessionDep, user: CurrentUser):
    version = publishing.create_script(session, user, name=body.name, description=body.description,
                                       start_node_id=body.start_node_id, nodes=body.nodes,
                                       test_paths=body.test_paths)
    session.commit()
    return ScriptCreatedOut(id=version.script_id, version=version.version)


@router.post("/scripts/check", response_model=ScriptCheckOut, dependencies=[Managers])
def check_draft(body: ScriptTreeIn, session: SessionDep):
    problems, tests_run = publishing.problems(session, body.start_node_id, body.nodes, body.test_paths)
    return ScriptCheckOut(valid=not problems, errors=[p.as_dict() for p in problems], tests_run=tests_run)


@router.get("/scripts/{script_id}", response_model=ScriptOut)
def get_script(script_id: PathId, session: SessionDep, _user: CurrentUser, version: VersionQuery = None):
    return ScriptOut.model_validate(publishing.get_version(session, script_id, version))


@router.get("/scripts/{script_id}/versions", response_model=ItemList[ScriptVersionOut])
def list_versions(script_id: PathId, session: SessionDep, _user: CurrentUser):
    return ItemList[ScriptVersionOut](items=[
        ScriptVersionOut(version=v.version, published_at=v.published_at, published_by=v.published_by.name,
                         nodes=len(v.nodes), runs=runs) for v, runs in publishing.versions(session, script_id)])


@router.post("/scripts/{script_id}/versions", response_model=ScriptVersionCreatedOut,
             status_code=status.HTTP_201_CREATED, dependencies=[Managers])
def publish_version(script_id: PathId, body: ScriptTreeIn, session: SessionDep, user: CurrentUser):
    version = publishing.publish(session, user, script_id, start_node_id=body.start_node_id, nodes=body.nodes,
                                 test_paths=body.test_paths)
    session.commit()
    return ScriptVersionCreatedOut(version=version.version)


@router.patch("/scripts/{script_id}", response_model=ScriptSummaryOut, dependencies=[Managers])
def update_script(script_id: PathId, body: ScriptUpdate, session: SessionDep):
    script = publishing.update(session, script_id, body.model_dump(exclude_unset=True))
    session.commit()
    return ScriptSummaryOut.model_validate(script)


@router.get("/scripts/{script_id}/analytics", response_model=ScriptAnalyticsOut)
def script_analytics(script_id: PathId, session: SessionDep, _user: CurrentUser, version: VersionQuery = None):
    return analytics.version_analytics(session, publishing.get_version(session, script_id, version))


@router.get("/tickets/{ticket_id}/script-report.pdf", response_class=Response,
            responses=PDF_RESPONSES)
def ticket_script_report_pdf(ticket_id: PathId, session: SessionDep, settings: SettingsDep, _user: CurrentUser):
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("Atendimento não encontrado.")
    pdf = script_report.render(session, ticket, settings)
    name = f"rel-script-{format_protocol(ticket.protocol)}.pdf"
    return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'})
