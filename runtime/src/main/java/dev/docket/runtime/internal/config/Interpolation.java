package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands references in {@code docket.cfg} values: {@code ${env:NAME}} is an environment
 * variable, {@code ${section:key}} another value of the file (itself expanded, e.g.
 * {@code ${core:store}}), and {@code $$} a literal {@code $}. An unset variable, an unknown key
 * or a cycle is bad input naming the value that refers to it.
 *
 * <p>Not commons-text's {@code StringSubstitutor} nor Commons Configuration's interpolation:
 * both leave an unset variable, an unknown key and an unclosed {@code ${} in the text as
 * written, where a typo here must stop the run; both read {@code $$} as an escape only before
 * {@code {}, where here it is a literal {@code $} everywhere ({@code $$1} is {@code $1}); and
 * neither names the chain of a cycle.
 */
final class Interpolation {
  private final Map<String, Map<String, String>> raw;
  private final Environment environment;
  private final String fileName;
  private final Map<String, Map<String, String>> done = new LinkedHashMap<>();
  private final List<String> resolving = new ArrayList<>();

  private Interpolation(Map<String, Map<String, String>> raw, Environment environment,
      String fileName) {
    this.raw = raw;
    this.environment = environment;
    this.fileName = fileName;
  }

  /** Every value of {@code raw}, expanded; sections and keys in the same order. */
  static Map<String, Map<String, String>> expand(Map<String, Map<String, String>> raw,
      Environment environment, String fileName) {
    Interpolation interpolation = new Interpolation(raw, environment, fileName);
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    raw.forEach((section, keys) -> {
      Map<String, String> expanded = new LinkedHashMap<>();
      keys.keySet().forEach(key -> expanded.put(key, interpolation.value(section, key)));
      result.put(section, expanded);
    });
    return result;
  }

  private String value(String section, String key) {
    String cached = done.getOrDefault(section, Map.of()).get(key);
    if (cached != null) {
      return cached;
    }
    String where = "[" + section + "] " + key;
    if (resolving.contains(where)) {
      resolving.add(where);
      throw new BadInputException("the values " + String.join(" -> ", resolving) + " in "
          + fileName + " refer to each other in a cycle; write one of them out");
    }
    resolving.add(where);
    String text = raw.get(section).get(key);
    String result = expandText(text, where);
    resolving.remove(resolving.size() - 1);
    done.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, result);
    return result;
  }

  private String expandText(String text, String where) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (text.charAt(i + 1) == '{') {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw bad(where, text.substring(i), "is not closed; write ${env:NAME} or"
              + " ${section:key}, or $$ for a literal $");
        }
        out.append(reference(text.substring(i + 2, end), where));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String reference(String reference, String where) {
    int colon = reference.indexOf(':');
    if (colon <= 0 || colon == reference.length() - 1) {
      throw bad(where, "${" + reference + "}", "is not ${env:NAME} nor ${section:key}");
    }
    String scope = reference.substring(0, colon).strip();
    String name = reference.substring(colon + 1).strip();
    if (scope.equals("env")) {
      String value = environment.get(name);
      if (value == null) {
        throw bad(where, "${" + reference + "}", "names an environment variable that is not"
            + " set; set " + name + " or write the value");
      }
      return value;
    }
    if (raw.containsKey(scope) && raw.get(scope).containsKey(name)) {
      return value(scope, name);
    }
    if (scope.equals("core") && name.equals("store")) {
      throw bad(where, "${core:store}", "needs store = ... in [core] to refer to");
    }
    throw bad(where, "${" + reference + "}", "names no key of the file; add " + name
        + " = ... to [" + scope + "]");
  }

  private BadInputException bad(String where, String reference, String problem) {
    return new BadInputException(
        where + " in " + fileName + ": " + reference + " " + problem);
  }
}
