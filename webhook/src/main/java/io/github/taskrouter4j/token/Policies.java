package io.github.taskrouter4j.token;

import java.util.Collection;
import java.util.List;

/** Evaluates capability policies the way TaskRouter documents them. */
final class Policies {
  private Policies() {}

  static boolean allows(
      List<Policy> policies, String method, String url, Collection<String> parameters) {
    boolean allowed = false;
    for (Policy policy : policies) {
      if (!policy.matches(method, url)) {
        continue;
      }
      if (!policy.isAllow()) {
        return false;
      }
      boolean filtersMet =
          policy.queryFilter().entrySet().stream()
                  .allMatch(e -> !e.getValue() || parameters.contains(e.getKey()))
              && policy.postFilter().entrySet().stream()
                  .allMatch(e -> !e.getValue() || parameters.contains(e.getKey()));
      allowed |= filtersMet;
    }
    return allowed;
  }
}
