"""Schemathesis over the served OpenAPI document: generated requests, no 5xx, responses as documented."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from tests.conftest import SEEDS
from web import create_app

# A generous time budget: a 503 for a slow answer on a loaded machine is by design, not the defect looked for.
APP = create_app({"TESTING": True, "SEEDS_DIR": str(SEEDS), "TIME_BUDGET": 600})
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", APP)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    unsupported_method,
]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_and_never_answers_5xx(case):
    case.call_and_validate(checks=CHECKS)
