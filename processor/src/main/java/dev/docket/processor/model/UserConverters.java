package dev.docket.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code @ParamConverter} classes found so far in this compilation, by the qualified name
 * of the type they convert. Only names are kept, so the map is valid across rounds.
 */
public final class UserConverters {
  private final Map<String, ClassName> byType = new HashMap<>();

  /** Registers {@code converter} for {@code type}; returns the one already registered, if any. */
  public Optional<ClassName> register(String type, ClassName converter) {
    ClassName previous = byType.putIfAbsent(type, converter);
    return previous == null || previous.equals(converter) ? Optional.empty() : Optional.of(previous);
  }

  public Optional<ClassName> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }
}
