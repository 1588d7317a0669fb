"""Test-wide settings: property tests judge behaviour, not speed (speed is the
benchmarks' job), so a shared, loaded CI machine must not fail them on a deadline."""

from hypothesis import settings

settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")
