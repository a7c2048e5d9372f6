package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.param.ContainerConverters;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which parameter a path's unsafe stretch is blamed on: the elements of container values, the
 * gravest overlapping stretch, values beside a stretch but not on it, non-empty values before
 * empty ones, and the stretches at the ends of a path.
 */
class PathBlameTest {
  private static final ParamSpec<String> FIRST = string(0, "first");
  private static final ParamSpec<String> SECOND = string(1, "second");
  private static final ParamSpec<List<String>> LIST = ParamSpec.optional(2, "list",
      "java.util.List<java.lang.String>", Converters.listOf(Converters.STRING), "", true, "");
  private static final ParamSpec<Map<String, String>> MAP = ParamSpec.optional(3, "map",
      "java.util.Map<java.lang.String, java.lang.String>",
      ContainerConverters.mapOf(Converters.STRING), "", true, "");
  private static final ParamSpec<Optional<String>> OPTIONAL = ParamSpec.optional(4, "optional",
      "java.util.Optional<java.lang.String>", ContainerConverters.optionalOf(Converters.STRING),
      "", true, "");
  private static final List<ParamSpec<?>> SPECS = List.of(FIRST, SECOND, LIST, MAP, OPTIONAL);

  private static ParamSpec<String> string(int index, String name) {
    return ParamSpec.optional(index, name, "java.lang.String", Converters.STRING, "", true, "");
  }

  /** A family whose one task has the given values (null: not set). */
  private static final class Values extends ForwardingTaskFamily<Selection> {
    private final ParamValues values;

    Values(Object... values) {
      super(Selection_Family.INSTANCE);
      this.values = ParamValues.of(SPECS, values);
    }

    @Override
    public ParamValues values(Selection task) {
      return values;
    }
  }

  private static final Selection TASK = Selection_Family.INSTANCE.create(
      ParamValues.of(Selection_Params.ALL, "ttbar", 4, "v1"));

  private static PathBlame.Blame find(String written, boolean backslash, Object... values) {
    Object[] all = Arrays.copyOf(values, SPECS.size());
    return PathBlame.find(new Values(all), TASK, written, backslash);
  }

  private static void assertBlame(PathBlame.Blame blame, ParamSpec<?> spec, String text,
      PathBlame.Cause cause) {
    assertThat(blame).isNotNull();
    assertThat(blame.spec().name()).isEqualTo(spec.name());
    assertThat(blame.text()).isEqualTo(text);
    assertThat(blame.cause()).isEqualTo(cause);
  }

  @Test
  void anElementOfAContainerValueIsBlamed() {
    assertBlame(find("out/../x", false, "a", "b", List.of("ok", "..")), LIST, "..",
        PathBlame.Cause.CLIMB);
    assertBlame(find("out//abs", false, "a", "b", null, Map.of("/abs", "v")), MAP, "/abs",
        PathBlame.Cause.EMPTY);
    assertBlame(find("out/x/.", false, "a", "b", null, Map.of("k", "x/.")), MAP, "x/.",
        PathBlame.Cause.DOT);
    assertBlame(find("out/../y", false, "a", "b", null, null, Optional.of("..")), OPTIONAL,
        "..", PathBlame.Cause.CLIMB);
    assertThat(find("out/../y", false, "a", "b", null, null, Optional.empty())).isNull();
  }

  @Test
  void theGravestOverlappingStretchIsNamed() {
    assertBlame(find("./../x", false, "./..", "z"), FIRST, "./..", PathBlame.Cause.CLIMB);
    assertBlame(find("../.", false, "../.", "z"), FIRST, "../.", PathBlame.Cause.CLIMB);
  }

  @Test
  void aValueBesideAStretchButNotOnItIsNotBlamed() {
    assertThat(find("ab/../c", false, "ab/", "c")).isNull();
    assertThat(find("../c", false, "/c", "q")).isNull();
    assertBlame(find("../c", false, "./c", "q"), FIRST, "./c", PathBlame.Cause.CLIMB);
  }

  @Test
  void aNonEmptyValueIsBlamedBeforeAnEmptyOne() {
    assertBlame(find("x//../y", false, "", ".."), SECOND, "..", PathBlame.Cause.CLIMB);
    assertBlame(find("x//y", false, "", "q"), FIRST, "", PathBlame.Cause.EMPTY);
    assertThat(find("x/y", false, "", "q")).isNull();
  }

  @Test
  void stretchesAtTheEndsOfAPath() {
    assertBlame(find("a/", false, "a/", "q"), FIRST, "a/", PathBlame.Cause.EMPTY);
    assertBlame(find("a//b", false, "/", "q"), FIRST, "/", PathBlame.Cause.EMPTY);
    assertBlame(find("\0a", false, "\0a", "q"), FIRST, "\0a", PathBlame.Cause.NUL);
    assertBlame(find("\\a", true, "\\a", "q"), FIRST, "\\a", PathBlame.Cause.BACKSLASH);
    assertBlame(find("a\\b\\c", true, "c", "b\\c"), SECOND, "b\\c", PathBlame.Cause.BACKSLASH);
    assertThat(find("\\a", false, "\\a", "q")).isNull(); // a local path may hold one
    assertThat(PathBlame.hasAliasingPart("/")).isFalse();
    assertThat(PathBlame.hasAliasingPart("/a")).isFalse();
    assertThat(PathBlame.hasAliasingPart("a/")).isTrue();
  }
}
