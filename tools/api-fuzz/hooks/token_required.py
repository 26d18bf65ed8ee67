"""Checks for the run without the token: every operation under /api must answer 401, whatever was sent."""
import schemathesis


@schemathesis.check
def token_required(ctx, response, case):
    if case.operation.path.startswith("/api") and response.status_code != 401:
        raise AssertionError(f"{case.method} {case.formatted_path} answered {response.status_code} without the API token")
