package io.github.taskrouter4j;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import io.github.taskrouter4j.resource.Spec;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the spec operation a recorded request is for, and answers with the spec's own example. */
final class SpecAnswers {
  private SpecAnswers() {}

  /** The operation whose method and path template match, literal segments preferred. */
  static Optional<Spec.Operation> operationOf(StubServer.Request request) {
    return Spec.operations().stream()
        .filter(op -> op.method.equals(request.method()))
        .filter(op -> pattern(op.path).matcher(request.path()).matches())
        .min(Comparator.comparingInt(op -> op.path.split("\\{", -1).length));
  }

  static Pattern pattern(String template) {
    return Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+"));
  }

  /** The spec's first example for the request's operation, with the operation's status code. */
  static Reply answer(StubServer.Request request) {
    Optional<Spec.Operation> op = operationOf(request);
    if (op.isEmpty()) {
      return Reply.json(
          404, "{\"code\":20404,\"message\":\"no such operation " + request + "\",\"status\":404}");
    }
    Map.Entry<String, JsonNode> success = op.get().success();
    int status = Integer.parseInt(success.getKey());
    JsonNode examples =
        success.getValue().path("content").path("application/json").path("examples");
    if (status == 204 || examples.isEmpty()) {
      return Reply.empty(204);
    }
    JsonNode first = examples.elements().next().path("value");
    return Reply.json(status, first.toString()).withHeader("ETag", "\"7\"");
  }
}
