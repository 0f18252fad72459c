"""All ORM models; importing this package registers every table on Base.metadata."""
from . import clients, routers, tickets  # noqa: F401  (registration side effect)
from .base import Base, UTCDateTime, utcnow
from .users import ROLES, AuthToken, Cargo, LoginThrottle, User, cargo_members

__all__ = ["ROLES", "AuthToken", "Base", "Cargo", "LoginThrottle", "UTCDateTime", "User", "cargo_members", "utcnow"]
