package dev.precis.server;

/**
 * A request the client has to change: answered with a 4xx and a JSON error naming the field and
 * the reason, e.g. {@code {"error": {"status": 400, "field": "cursor", "reason": "..."}}}.
 */
public final class BadRequest extends RuntimeException {
  private final int status;
  private final String field;

  public BadRequest(String field, String reason) {
    this(400, field, reason);
  }

  public BadRequest(int status, String field, String reason) {
    super(reason, null, false, false);
    this.status = status;
    this.field = field;
  }

  public int status() {
    return status;
  }

  /** The field, parameter or part of the request at fault ("text", "cursor", "body", "id"). */
  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
