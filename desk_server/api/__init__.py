"""HTTP routes, one module per resource, mounted under /api/v1 by app.py."""
