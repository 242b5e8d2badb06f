"""Discovery: link scoring, CMS families, URL canonicalisation and trap tests."""
