package dev.docket.runtime.task;

import dev.docket.runtime.spi.param.ResourceAmounts;
import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceAmountsTest {
  @Test
  void amountsAreWholeNumbersWithBinarySuffixes() {
    assertThat(ResourceAmounts.parseAmount("2")).isEqualTo(2L);
    assertThat(ResourceAmounts.parseAmount(" 512M ")).isEqualTo(512L << 20);
    assertThat(ResourceAmounts.parseAmount("4gb")).isEqualTo(4L << 30);
    assertThat(ResourceAmounts.parseAmount("1T")).isEqualTo(1L << 40);
  }

  @Test
  void badOrTooLargeAmountsSayWhatIsExpected() {
    for (String bad : new String[] {"", "-1", "1.5G", "4 gigs", "99999999999999999999", "9999999T"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ResourceAmounts.parseAmount(bad));
      assertThat(e).hasMessageThat().isEqualTo(ResourceAmounts.EXPECTED_AMOUNT);
    }
  }

  @Test
  void anEntryIsNameEqualsAmount() {
    assertThat(ResourceAmounts.parseEntry(" memory = 4G")).isEqualTo(Map.entry("memory", 4L << 30));
    assertThat(assertThrows(IllegalArgumentException.class, () -> ResourceAmounts.parseEntry("db")))
        .hasMessageThat().isEqualTo(ResourceAmounts.EXPECTED_ENTRY);
    assertThat(assertThrows(IllegalArgumentException.class, () -> ResourceAmounts.parseEntry("=1")))
        .hasMessageThat().isEqualTo(ResourceAmounts.EXPECTED_ENTRY);
    assertThat(assertThrows(IllegalArgumentException.class, () -> ResourceAmounts.parseEntry("db=x")))
        .hasMessageThat().isEqualTo(ResourceAmounts.EXPECTED_AMOUNT);
  }
}
