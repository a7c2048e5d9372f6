package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lengths the generated idOf sizes its builder with are those of the text it appends. */
class IdentityTextTest {
  @Test
  void aWholeNumberIsAsLongAsItsDecimalText() {
    List<Long> values = new ArrayList<>(List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE,
        (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE));
    long power = 1;
    for (int digits = 1; digits <= 19; digits++, power *= 10) { // 1 to 10^18
      for (long value : new long[] {power - 1, power, power + 1}) {
        values.add(value);
        values.add(-value);
      }
    }
    for (long value : values) {
      assertThat(IdentityText.length(value)).isEqualTo(String.valueOf(value).length());
    }
  }

  @Test
  void textIsAsLongAsAppendWritesIt() {
    assertThat(IdentityText.length("ttbar")).isEqualTo(5);
    assertThat(IdentityText.length("")).isEqualTo(0);
    assertThat(IdentityText.length((String) null))
        .isEqualTo(new StringBuilder().append((String) null).length());
  }
}
