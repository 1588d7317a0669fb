"""The factcheck rule pack: one module a rule, named by its code."""
