"""Writing the client registry (issue 13): create and edit clients and subscriptions, the contract and
connection record of a subscription, its encrypted secrets and their audited reveal, prospects'
contacts, location and conversion. Validation lives in `values` and is shared with the CSV importer.
"""
