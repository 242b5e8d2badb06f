"""The test suite: unit tests, drills and end-to-end crawls of the simulated web."""
