"""The HTTP client: every call runs off the GUI thread and reports back by signal."""
from .client import ApiCall, ApiClient, ApiError

__all__ = ["ApiCall", "ApiClient", "ApiError"]
