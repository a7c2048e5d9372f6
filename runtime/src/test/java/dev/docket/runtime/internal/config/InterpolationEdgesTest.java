package dev.docket.runtime.internal.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References without a scope or a name, a lone $ and a reference right after a brace. */
class InterpolationEdgesTest {
  @TempDir Path dir;

  private DocketConfig load(String text, Map<String, String> env) throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), text);
    return new ConfigLoader(new Environment(env, dir)).load();
  }

  @Test
  void aReferenceWithoutScopeOrNameIsMalformed() {
    for (String reference : new String[] {"${:HOME}", "${env:}", "${HOME}"}) {
      BadInputException e = assertThrows(BadInputException.class,
          () -> load("[a]\nx = " + reference + "\n", Map.of("HOME", "/h")));
      assertThat(e).hasMessageThat().contains(reference + " is not ${env:NAME} nor ${section:key}");
    }
  }

  @Test
  void aLoneDollarAndBracesAroundAReferenceStayText() throws IOException {
    DocketConfig config = load("[a]\nx = }${env:N}{ costs $5 $\ny = a}b${env:N}\n", Map.of("N", "7"));
    assertThat(config.section("a")).containsExactly("x", "}7{ costs $5 $", "y", "a}b7");
  }

  @Test
  void coreStoreWithoutAStoreSaysWhatItNeeds() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> load("[a]\nx = ${core:store}/data\n", Map.of()));
    assertThat(e).hasMessageThat().contains("${core:store} needs store = ... in [core] to refer to");
    BadInputException other = assertThrows(BadInputException.class,
        () -> load("[a]\nx = ${core:tmp}/data\n", Map.of()));
    assertThat(other).hasMessageThat().contains("${core:tmp} names no key of the file");
  }
}
