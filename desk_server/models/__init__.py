"""All ORM models; importing this package registers every table on Base.metadata."""
from . import (  # noqa: F401  (registration side effect)
    attachments,
    client_record,
    clients,
    emails,
    routers,
    scripts,
    service_orders,
    tasks,
    tickets,
    workspace,
)
from .base import Base, UTCDateTime, utcnow
from .users import ROLES, AuthToken, Cargo, LoginThrottle, User, cargo_members

__all__ = ["ROLES", "AuthToken", "Base", "Cargo", "LoginThrottle", "UTCDateTime", "User", "cargo_members", "utcnow"]
