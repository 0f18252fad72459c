"""CSV import (issue 13) on both engines: the sample file, a bad file with every refusal and its
reason, a repeated import that updates and never duplicates, the dry run, progress, the CLI."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_server.db import make_engine
from desk_server.domain.importer import import_file
from desk_server.import_command import summary_lines
from desk_server.models.client_record import SubscriptionDetail
from desk_server.models.clients import Client, Contact, Contract, Subscription

from ..harness import ROOT, TEST_SECRET

SAMPLE = ROOT / "docs" / "import-clients-sample.csv"
HEADER = SAMPLE.read_text(encoding="utf-8").splitlines()[0]


@pytest.fixture
def engine(demo_db_url):
    engine = make_engine(demo_db_url, pool_size=1)
    yield engine
    engine.dispose()


def _counts(engine):
    with engine.connect() as conn:
        return tuple(conn.scalar(select(func.count()).select_from(t)) for t in
                     (Client, Contact, Subscription, Contract, SubscriptionDetail))


def _write(tmp_path: Path, *lines: str, encoding="utf-8") -> Path:
    path = tmp_path / "clientes.csv"
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding=encoding)
    return path


def test_sample_imports_then_repeats_idempotently(engine, api, headers):
    before = _counts(engine)
    seen = []
    report = import_file(engine, SAMPLE, secret_key=TEST_SECRET, progress=lambda *a: seen.append(a))
    assert report.refused == [] and report.lines == 4 and report.imported_lines == 4
    assert (report.clients_new, report.subscriptions_new) == (3, 4)
    assert seen and seen[-1][1] == seen[-1][2]  # progress ends at 100 %
    after = _counts(engine)
    assert [a - b for a, b in zip(after, before)] == [3, 2, 4, 2, 4]
    again = import_file(engine, SAMPLE, secret_key=TEST_SECRET)
    assert (again.clients_new, again.clients_updated, again.subscriptions_new, again.subscriptions_updated) == \
        (0, 3, 0, 4)
    assert _counts(engine) == after  # updated, never duplicated
    # the imported client is complete, searchable, and its PPPoE password revealable (and audited)
    hit = api.get("/api/v1/clients/search", params={"q": "700002", "field": "code", "condition": "equals"},
                  headers=headers("operador")).json()["items"][0]
    client = api.get(f"/api/v1/clients/{hit['id']}", headers=headers("operador")).json()
    assert client["person_type"] == "PJ" and client["document"] == "11222333000181"
    assert sorted(c["name"] for c in client["contacts"]) == ["Ana Ferreira", "José Ferreira"]
    assert sorted(s["login"] for s in client["subscriptions"]) == ["paoquente", "paoquente.filial"]
    maria = api.get("/api/v1/clients/search", params={"q": "700001", "field": "code", "condition": "equals"},
                    headers=headers("operador")).json()["items"]
    sub = api.get(f"/api/v1/clients/{maria[0]['id']}", headers=headers("operador")).json()["subscriptions"][0]
    assert sub["mac"] == "AA:BB:CC:00:11:22" and sub["contracts"][0]["number"] == "2019/000123"
    revealed = api.post(f"/api/v1/subscriptions/{sub['id']}/reveal", json={"secret": "pppoe"},
                        headers=headers("operador")).json()
    assert revealed["value"] == "s3nha-PPPoE"


def test_parallel_parsing_gives_the_same_report(engine, tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    path = _write(tmp_path, *lines[1:], "", "800200;PF;Sem Erro;;123.456.789-09" + ";" * (HEADER.count(";") - 4),
                  "800201;PF;Erro;;1")
    one = import_file(engine, path, secret_key=TEST_SECRET, dry_run=True)
    two = import_file(engine, path, secret_key=TEST_SECRET, dry_run=True, workers=2)
    assert one.as_dict() == two.as_dict() and one.lines == 7 and len(one.refused) == 1


def test_dry_run_writes_nothing_and_reports_the_same(engine):
    before = _counts(engine)
    dry = import_file(engine, SAMPLE, secret_key=TEST_SECRET, dry_run=True)
    assert _counts(engine) == before
    real = import_file(engine, SAMPLE, secret_key=TEST_SECRET)
    assert (dry.clients_new, dry.subscriptions_new, dry.refused) == (real.clients_new, real.subscriptions_new, [])


def test_bad_lines_are_refused_with_the_reason(engine, tmp_path):
    empty = ";" * (HEADER.count(";") - 1)

    def line(code, name, doc="", tail=""):
        cells = [code, "", name, "", doc] + [""] * (HEADER.count(";") - 4)
        if tail:
            cells[-10:] = tail.split(";")
        return ";".join(cells)

    plan = "Fibra 100 Mega;{login};;{ip};{mac};;ativo;10;boleto;"
    path = _write(tmp_path,
                  line("800001", "CPF Errado", "529.982.247-24"),
                  line("800002", "Sem Plano", tail=plan.format(login="x.y", ip="", mac="").replace("Fibra 100", "Fibra 9")),
                  line("800003", "MAC Ruim", tail=plan.format(login="mac.ruim", ip="", mac="zz:zz")),
                  line("800004", "IP Ruim", tail=plan.format(login="ip.ruim", ip="999.1.1.1", mac="")),
                  line("800005", "", tail=plan.format(login="sem.nome", ip="", mac="")),
                  line("800006", "Login Repetido", tail=plan.format(login="dup.login", ip="", mac="")),
                  line("800007", "Outro Login Repetido", tail=plan.format(login="dup.login", ip="", mac="")),
                  "800008;PF;Colunas a menos",
                  empty,
                  line("800009", "Boa Linha", "123.456.789-09"))
    report = import_file(engine, path, secret_key=TEST_SECRET)
    reasons = dict(report.refused)
    assert "CPF inválido: dígito verificador" in reasons[2]
    assert "plano: 'Fibra 900 Mega' não existe" in reasons[3] or "não existe no cadastro de planos" in reasons[3]
    assert "MAC inválido" in reasons[4]
    assert "IP inválido" in reasons[5]
    assert "cliente 800005 não existe e a linha não traz o nome" in reasons[6]
    assert "login dup.login repetido no arquivo" in reasons[8]
    assert "colunas" in reasons[9]
    assert set(reasons) == {2, 3, 4, 5, 6, 8, 9}
    with engine.connect() as conn:
        codes = set(conn.scalars(select(Client.code).where(Client.code.like("8000%"))))
    assert codes == {"800006", "800009"}  # a refused line brings nothing in
    assert any("recusadas" in s for s in summary_lines(report))


def test_unknown_header_and_windows_1252(engine, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("codigo;nome;coluna_x\n1;A;B\n", encoding="utf-8")
    report = import_file(engine, bad, secret_key=TEST_SECRET)
    assert report.refused[0][0] == 1 and "coluna_x" in report.refused[0][1]
    path = _write(tmp_path, "800100;PF;José Conceição" + ";" * (HEADER.count(";") - 2), encoding="cp1252")
    assert import_file(engine, path, secret_key=TEST_SECRET).refused == []
    with engine.connect() as conn:
        assert conn.scalar(select(Client.name).where(Client.code == "800100")) == "José Conceição"


def test_cli_import_clients(tmp_path, db_url, monkeypatch, capsys):
    from desk_server import cli

    monkeypatch.setenv("DESK_DATABASE_URL", db_url)
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DESK_SECRET_KEY", TEST_SECRET)
    path = tmp_path / "sample.csv"
    shutil.copy(SAMPLE, path)  # an empty database: no plans, so every plan column is refused
    assert cli.main(["import-clients", str(path), "--dry-run"]) == 1  # nothing importable: exit 1
    out = capsys.readouterr().out
    assert "Simulação" in out and "não existe no cadastro de planos" in out
    assert (tmp_path / "sample.recusadas.csv").read_text(encoding="utf-8-sig").startswith("linha;motivo")


def test_import_through_the_api_admins_only(api, headers):
    files = {"file": ("clientes.csv", SAMPLE.read_bytes(), "text/csv")}
    assert api.post("/api/v1/client-imports", files=files, headers=headers("supervisor")).status_code == 403
    dry = api.post("/api/v1/client-imports", files=files, data={"dry_run": "true"}, headers=headers("admin"))
    assert dry.status_code == 200, dry.text
    assert dry.json()["dry_run"] and dry.json()["clients_new"] == 3 and dry.json()["refused_total"] == 0
    real = api.post("/api/v1/client-imports", files=files, headers=headers("admin")).json()
    assert not real["dry_run"] and real["clients_new"] == 3
    again = api.post("/api/v1/client-imports", files=files, headers=headers("admin")).json()
    assert again["clients_new"] == 0 and again["clients_updated"] == 3
    bad = api.post("/api/v1/client-imports", files={"file": ("x.csv", b"codigo;nome;zzz\n", "text/csv")},
                   headers=headers("admin")).json()
    assert bad["refused"][0]["line"] == 1 and "zzz" in bad["refused"][0]["reason"]


def test_rebuild_indexes_brings_every_search_index_back(engine):
    from sqlalchemy import text

    def gin_indexes():
        if engine.dialect.name != "postgresql":
            return set()
        with engine.connect() as conn:
            return set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'")))

    before = gin_indexes()
    report = import_file(engine, SAMPLE, secret_key=TEST_SECRET, rebuild_indexes=True)
    assert report.clients_new == 3 and not report.refused
    assert gin_indexes() == before and (engine.dialect.name != "postgresql" or len(before) > 10)


def test_a_broken_file_is_refused_from_the_broken_line_on(engine, tmp_path):
    good = "800300;PF;Antes do Erro" + ";" * (HEADER.count(";") - 2)
    path = tmp_path / "quebrado.csv"
    nul = "800301;PF;Nul\x00aqui" + ";" * (HEADER.count(";") - 2)
    path.write_bytes((HEADER + "\n" + good + "\n" + nul + "\n").encode())
    report = import_file(engine, path, secret_key=TEST_SECRET)
    assert report.imported_lines == 1 and "caracteres inválidos" in report.refused[-1][1]
    path.write_bytes(HEADER.encode() + b"\n" + good.encode() + b"\n800302;PF;Jos\x81\n")  # 0x81: not cp1252
    assert "ilegível" in import_file(engine, path, secret_key=TEST_SECRET, dry_run=True).refused[-1][1]
    big = (HEADER + "\n" + (good + "\n") * 400).encode() + b"800303;PF;Jos\x81\n"  # past the first buffers
    path.write_bytes(big)
    late = import_file(engine, path, secret_key=TEST_SECRET, dry_run=True)
    assert "ilegível" in late.refused[-1][1] and late.refused[-1][0] > 2
    assert late.imported_lines >= late.refused[-1][0] - 2 - 200  # the lines read before the break count
