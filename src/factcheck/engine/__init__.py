"""The rule engine: what a rule is, where rules come from, and the runner."""

from factcheck.engine.base import Rule, RuleDefinitionError
from factcheck.engine.discovery import available_rules, select_rules
from factcheck.engine.runner import run_rules
from factcheck.group import Group

__all__ = ["Group", "Rule", "RuleDefinitionError", "available_rules", "run_rules", "select_rules"]
