package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing-aware difference of two configuration views ({@link ConfigurationView}): filters
 * added, removed or reordered by name, and each changed field of a filter, of its targets and of
 * the default filter, one {@link FieldChange} each.
 */
final class ConfigurationDiff {
  private static final String FILTERS = "filters";
  private static final String TARGETS = "targets";

  private final List<FieldChange> changes = new ArrayList<>();

  private ConfigurationDiff() {}

  static List<FieldChange> between(String field, ObjectNode before, ObjectNode after) {
    ConfigurationDiff diff = new ConfigurationDiff();
    diff.filters(field, byName(before.path(FILTERS)), byName(after.path(FILTERS)));
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    names.remove(FILTERS);
    for (String name : names) {
      diff.node(field + "." + name, before.get(name), after.get(name));
    }
    return List.copyOf(diff.changes);
  }

  private void filters(String field, Map<String, JsonNode> before, Map<String, JsonNode> after) {
    List<String> keptBefore = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
      if (after.containsKey(entry.getKey())) {
        keptBefore.add(entry.getKey());
      } else {
        changes.add(FieldChange.of(path(field, entry.getKey()), entry.getValue(), null));
      }
    }
    List<String> keptAfter = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : after.entrySet()) {
      String name = entry.getKey();
      if (before.containsKey(name)) {
        keptAfter.add(name);
        node(path(field, name), before.get(name), entry.getValue());
      } else {
        changes.add(FieldChange.of(path(field, name), null, entry.getValue()));
      }
    }
    if (!keptBefore.equals(keptAfter)) {
      changes.add(FieldChange.of(field + ".filter_order", names(keptBefore), names(keptAfter)));
    }
  }

  /** Recurses into objects and target arrays so each changed leaf is one change. */
  private void node(String path, JsonNode before, JsonNode after) {
    if (before != null && before.equals(after)) {
      return;
    }
    if (before != null && after != null && before.isObject() && after.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      before.fieldNames().forEachRemaining(names::add);
      after.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        node(path + "." + name, before.get(name), after.get(name));
      }
    } else if (before != null
        && after != null
        && before.isArray()
        && after.isArray()
        && path.endsWith("." + TARGETS)) {
      int size = Math.max(before.size(), after.size());
      for (int i = 0; i < size; i++) {
        node(path + "[" + i + "]", before.get(i), after.get(i));
      }
    } else {
      changes.add(FieldChange.of(path, before, after));
    }
  }

  /** Filters keyed by name; a name used twice gets {@code #2}, {@code #3}… after it. */
  private static Map<String, JsonNode> byName(JsonNode filters) {
    Map<String, JsonNode> named = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Iterator<JsonNode> it = filters.elements(); it.hasNext(); ) {
      JsonNode filter = it.next();
      String name = filter.path("filter_friendly_name").asText();
      int count = seen.merge(name, 1, Integer::sum);
      named.put(count == 1 ? name : name + "#" + count, filter);
    }
    return named;
  }

  private static String path(String field, String filter) {
    return field + "." + FILTERS + "[" + Names.quoted(filter) + "]";
  }

  private static ArrayNode names(List<String> names) {
    ArrayNode array = TaskRouterJson.mapper().createArrayNode();
    names.forEach(array::add);
    return array;
  }
}
