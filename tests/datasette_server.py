"""A real Datasette on an archive for tests to query: `simweb.datasette_run`, named for the tests."""

from simweb.datasette_run import DatasetteClient, datasette

__all__ = ["DatasetteClient", "datasette"]
