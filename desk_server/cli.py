"""`isp-desk-server` command line: serve, migrate, create-user, demo-data."""
from __future__ import annotations

import argparse
import getpass
import logging
import logging.handlers
import os
import sys

from . import __version__
from .config import ConfigError, Settings

DEFAULT_PORT = 8470
log = logging.getLogger("desk_server")


def _setup_logging(settings: Settings, verbose: bool = False) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        log_dir = settings.data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_dir / "server.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"))
    except OSError as exc:
        print(f"aviso: sem arquivo de log ({exc})", file=sys.stderr)
    logging.basicConfig(level=level, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)


def _ensure_schema(settings: Settings) -> None:
    from . import migrations
    from .db import make_engine

    engine = make_engine(settings.sqlalchemy_url, pool_size=1)
    try:
        if migrations.is_up_to_date(engine):
            return
        current = migrations.current_revision(engine)
    finally:
        engine.dispose()
    if settings.is_embedded_sqlite and settings.database_url is None:
        log.info("banco embutido desatualizado (%s): aplicando migrações", current or "vazio")
        migrations.upgrade(settings.sqlalchemy_url)
        return
    raise ConfigError(
        f"O banco de dados não está na versão desta aplicação (atual: {current or 'vazio'}). "
        "Rode 'isp-desk-server migrate' antes de 'serve'.")


# Under load a stop must not wait for every queued request: in-flight ones get this long (issue 15).
GRACEFUL_STOP_SECONDS = 5


def cmd_serve(args, settings: Settings) -> int:
    import uvicorn

    from .app import server_app

    _ensure_schema(settings)
    processes = args.workers or settings.server_processes()
    # Every process learns how many there are (a spawned worker reads DESK_* again): they share the
    # request slots (Settings.request_slots).
    os.environ["DESK_PROCESSES"] = str(processes)
    settings = settings.model_copy(update={"processes": processes})
    log.info("ISP Desk %s em http://%s:%s (banco: %s, %d processo(s))", __version__, args.host, args.port,
             settings.database_kind(), processes)
    level = "info" if args.verbose else "warning"
    # proxy_headers=False: uvicorn would believe X-Forwarded-For from 127.0.0.1 (FORWARDED_ALLOW_IPS);
    # the app alone decides whom to believe, by DESK_TRUSTED_PROXIES (api/deps.client_address).
    if processes > 1:
        # Each worker process builds its own app from the same DESK_* environment; the server keeps
        # no state in memory, and router polling is shared through database leases.
        uvicorn.run("desk_server.app:server_app", factory=True, host=args.host, port=args.port,
                    log_level=level, workers=processes, proxy_headers=False,
                    timeout_graceful_shutdown=GRACEFUL_STOP_SECONDS)
    else:
        uvicorn.run(server_app(settings), host=args.host, port=args.port, log_level=level, proxy_headers=False,
                    timeout_graceful_shutdown=GRACEFUL_STOP_SECONDS)
    return 0


def cmd_migrate(args, settings: Settings) -> int:
    from . import migrations

    migrations.upgrade(settings.sqlalchemy_url, args.revision)
    print(f"Migrações aplicadas ({settings.database_kind()}): {args.revision}")
    return 0


def cmd_create_user(args, settings: Settings) -> int:
    from sqlalchemy import select

    from .db import make_engine, make_session_factory, session_scope
    from .domain.auth import normalise_username
    from .domain.passwords import MIN_PASSWORD_LENGTH, hash_password
    from .models import User

    _ensure_schema(settings)
    password = args.password or os.environ.get("DESK_NEW_USER_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            print("erro: informe a senha com --password, DESK_NEW_USER_PASSWORD ou num terminal", file=sys.stderr)
            return 2
        password = getpass.getpass("Senha: ")
        if password != getpass.getpass("Repita a senha: "):
            print("erro: as senhas não conferem", file=sys.stderr)
            return 2
    if len(password) < MIN_PASSWORD_LENGTH:
        print(f"erro: a senha precisa de pelo menos {MIN_PASSWORD_LENGTH} caracteres", file=sys.stderr)
        return 2
    username = normalise_username(args.username)
    engine = make_engine(settings.sqlalchemy_url, pool_size=1)
    with session_scope(make_session_factory(engine)) as session:
        if session.scalar(select(User.id).where(User.username == username)):
            print(f"erro: o usuário '{username}' já existe", file=sys.stderr)
            return 1
        session.add(User(username=username, name=args.name or username, email=args.email,
                         role=args.role, password_hash=hash_password(password)))
    engine.dispose()
    print(f"Usuário '{username}' ({args.role}) criado.")
    return 0


def cmd_unlock_user(args, settings: Settings) -> int:
    from .db import make_engine, make_session_factory
    from .domain.auth import normalise_username, unlock

    engine = make_engine(settings.sqlalchemy_url, pool_size=1)
    with make_session_factory(engine)() as session:
        removed = unlock(session, args.username, by="isp-desk-server unlock-user")
    engine.dispose()
    print(f"Usuário '{normalise_username(args.username)}' desbloqueado ({removed} endereço(s) com falhas).")
    return 0


def cmd_demo_data(args, settings: Settings) -> int:
    from . import migrations
    from .db import make_engine, make_session_factory, session_scope
    from .demo import DEMO_PASSWORD, load_all
    from .demo.users import USERS

    migrations.upgrade(settings.sqlalchemy_url)
    engine = make_engine(settings.sqlalchemy_url, pool_size=1)
    with session_scope(make_session_factory(engine)) as session:
        load_all(session, settings)
    engine.dispose()
    logins = ", ".join(u[0] for u in USERS)
    print(f"Dados de demonstração prontos. Logins (senha '{DEMO_PASSWORD}'): {logins}")
    return 0


def cmd_import_clients(args, settings: Settings) -> int:
    from .import_command import run

    return run(args, settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="isp-desk-server", description="Servidor de aplicação do ISP Desk")
    parser.add_argument("--version", action="version", version=f"isp-desk-server {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="inicia o servidor HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--workers", type=int, default=None,
                       help="processos do servidor (padrão DESK_PROCESSES, ou um por núcleo até 4 no "
                            "PostgreSQL e 1 no SQLite)")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="aplica as migrações do banco")
    migrate.add_argument("--revision", default="head")
    migrate.set_defaults(func=cmd_migrate)

    create = sub.add_parser("create-user", help="cria um usuário")
    create.add_argument("--username", required=True)
    create.add_argument("--name")
    create.add_argument("--email")
    create.add_argument("--role", choices=["operator", "technician", "supervisor", "admin"], default="operator")
    create.add_argument("--password", help="senha (ou DESK_NEW_USER_PASSWORD; sem ela, pergunta no terminal)")
    create.set_defaults(func=cmd_create_user)

    unlock = sub.add_parser("unlock-user", help="libera um usuário bloqueado por senhas erradas")
    unlock.add_argument("username")
    unlock.set_defaults(func=cmd_unlock_user)

    demo = sub.add_parser("demo-data", help="cria/atualiza os dados de demonstração (idempotente)")
    demo.set_defaults(func=cmd_demo_data)

    imp = sub.add_parser("import-clients", help="importa clientes, contatos e planos de um CSV (docs/import-layout.md)")
    imp.add_argument("file", help="arquivo CSV (UTF-8 ou Windows-1252; ';' ou ',')")
    imp.add_argument("--dry-run", action="store_true", help="só simula: valida e conta, não grava nada")
    imp.add_argument("--report", help="onde gravar as linhas recusadas (padrão: ARQUIVO.recusadas.csv)")
    imp.add_argument("--workers", type=int, default=max((os.cpu_count() or 1) - 1, 0),
                     help="processos que leem e validam o CSV em paralelo (0: nenhum; padrão: núcleos - 1)")
    imp.add_argument("--rebuild-indexes", action="store_true",
                     help="PostgreSQL: recria os índices de busca no fim (carga inicial grande; a busca fica "
                          "lenta durante a importação)")
    imp.set_defaults(func=cmd_import_clients)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
        _setup_logging(settings, args.verbose)
        if args.command == "serve":
            settings.resolved_secret_key  # noqa: B018 — fail before binding the port
        return args.func(args, settings)
    except ConfigError as exc:
        print(f"erro de configuração: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
