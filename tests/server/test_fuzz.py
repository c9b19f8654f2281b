"""The server's OpenAPI schema fuzzed with schemathesis against the real app on PostgreSQL: whatever a client sends
within (or just outside) the schema, the answer is never a server error. Run with and without a valid station
token, so the fuzzing reaches past authentication.

Cases are drawn through Hypothesis directly (``operation.as_strategy()``): schemathesis's own pytest plugin does not
work with this pytest release."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from server import auth
from tests.server.conftest import issue_code

EXAMPLES = 20
PUBLIC_KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="


def operations(url: str) -> list:
    schema = schemathesis.openapi.from_url(f"{url}/v1/openapi.json")
    found = [result.ok() for result in schema.get_all_operations()]
    labels = {f"{op.method.upper()} {op.path}" for op in found}
    assert {"POST /v1/enrol", "POST /v1/stations/{station_id}/events", "GET /v1/batteries/{code}/history"} <= labels
    return found


def fuzz(operation, headers: dict[str, str], calls: list[int]) -> list[str]:
    failures: list[str] = []

    @given(operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case) -> None:
        response = case.call(headers=headers)
        calls.append(response.status_code)
        if response.status_code >= 500:
            failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:200]}")

    run()
    return failures


@pytest.mark.parametrize("with_token", [False, True], ids=["anonymous", "station-token"])
def test_no_operation_answers_with_a_server_error(live_server, server_db, with_token):
    headers = {}
    if with_token:
        token = auth.enrol(server_db, issue_code(server_db, "STA"), "STA", PUBLIC_KEY).token
        headers = {"Authorization": f"Bearer {token}"}
    failures: list[str] = []
    calls: list[int] = []
    found = operations(live_server.url)
    for operation in found:
        failures += fuzz(operation, headers, calls)
    assert failures == []
    assert len(calls) >= 5 * len(found)  # the fuzzing really ran
    if with_token:
        assert any(200 <= status < 300 for status in calls)  # and reached past authentication
