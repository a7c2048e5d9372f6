package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [job]} of docket.cfg. */
class JobSettingsTest {
  @TempDir Path dir;

  private JobSettings read(String section) throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[job]\n" + section);
    return JobSettings.read(new ConfigLoader(new Environment(Map.of(), dir)).load());
  }

  @Test
  void acceptanceIsAFractionFromZeroToOneInclusive() throws IOException {
    assertThat(read("acceptance = 0\n").acceptance()).isEqualTo(0.0);
    assertThat(read("acceptance = 1\n").acceptance()).isEqualTo(1.0);
    assertThat(read("acceptance = 0.95\n").acceptance()).isEqualTo(0.95);
    BadInputException e = assertThrows(BadInputException.class, () -> read("acceptance = 1.01\n"));
    assertThat(e).hasMessageThat().isEqualTo("bad value '1.01' for [job] acceptance in "
        + dir.resolve("docket.cfg") + ", line 2: expected a fraction between 0 and 1, e.g. 0.95");
  }

  @Test
  void defaultsPollEveryTenSecondsAndNeedEveryBranch() throws IOException {
    JobSettings settings = read("");

    assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.acceptance()).isEqualTo(1.0);
    assertThat(settings.templateFor("Skim")).isEmpty();
    assertThat(read("poll-interval = 2.5\n").pollInterval()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void aFamilysOwnTemplateWinsOverTheGeneralOneAndPathsResolveBesideTheFile() throws IOException {
    JobSettings settings = read("template = jobs/all.sh\ntemplate.Skim = jobs/skim.sh\n");

    assertThat(settings.templateFor("Skim")).hasValue(dir.resolve("jobs/skim.sh"));
    assertThat(settings.templateFor("Fit")).hasValue(dir.resolve("jobs/all.sh"));
  }

  @Test
  void thePollIntervalIsADurationLikeAnyOther() throws IOException {
    assertThat(read("poll-interval = 30s\n").pollInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(read("poll-interval = 5m\n").pollInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(read("poll-interval = 1d\n").pollInterval()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void aPollIntervalOfNothingOrOverADayIsRefused() {
    for (String value : new String[] {"0", "0.0001", "PT-5S", "1d 1ms", "25h", "soon"}) {
      BadInputException e =
          assertThrows(BadInputException.class, () -> read("poll-interval = " + value + "\n"));
      assertThat(e).hasMessageThat().isEqualTo("bad value '" + value + "' for [job] poll-interval"
          + " in " + dir.resolve("docket.cfg") + ", line 2: expected a duration above 0 and at"
          + " most 1d, like 2.5 (seconds), 30s or 5m");
    }
  }

  @Test
  void theHeldTimeoutIsADurationAndTenMinutesWhenNotSet() throws Exception {
    assertThat(read("poll-interval = 1\n").heldTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(read("held-timeout = 2h\n").heldTimeout()).isEqualTo(Duration.ofHours(2));
    BadInputException e = assertThrows(BadInputException.class, () -> read("held-timeout = 0\n"));
    assertThat(e).hasMessageThat().startsWith("bad value '0' for [job] held-timeout in ");
  }

  @Test
  void theSectionOffersTheKeysItReads() {
    assertThat(new JobSection().keys()).isEqualTo(JobSettings.KEYS);
    BadInputException e = assertThrows(BadInputException.class, () -> read("pol-interval = 1\n"));
    assertThat(e).hasMessageThat().endsWith(
        "(it has poll-interval, acceptance, held-timeout, ship, java, store, template, template.<Family>)");
  }

  @Test
  void jobsShareTheClientsFilesUnlessABundleIsAskedFor() throws IOException {
    assertThat(read("").shipping().mode()).isEqualTo(Shipping.Mode.SHARED);
    assertThat(read("").shipping().java()).isEmpty();
    assertThat(read("ship = shared\n").shipping().mode()).isEqualTo(Shipping.Mode.SHARED);
    JobSettings bundle = read("ship = bundle\njava = /opt/jdk 17/bin/java\n");
    assertThat(bundle.shipping().mode()).isEqualTo(Shipping.Mode.BUNDLE);
    assertThat(bundle.shipping().java()).hasValue("/opt/jdk 17/bin/java");
    assertThat(bundle.shipping().config().file()).hasValue(dir.resolve("docket.cfg"));
  }

  @Test
  void anUnknownWayOfShippingOrABlankJavaIsRefused() {
    BadInputException ship = assertThrows(BadInputException.class, () -> read("ship = tarball\n"));
    assertThat(ship).hasMessageThat().isEqualTo("bad value 'tarball' for [job] ship in "
        + dir.resolve("docket.cfg") + ", line 2: expected shared (the jobs see this machine's files)"
        + " or bundle (the class path and configuration travel with each job)");
    BadInputException java = assertThrows(BadInputException.class, () -> read("java =\n"));
    assertThat(java).hasMessageThat().contains("bad value '' for [job] java in " + dir.resolve("docket.cfg")
        + ", line 2: expected the java the jobs run");
  }

  @Test
  void aStoreForJobsIsTakenWithBundlesOnly() throws IOException {
    assertThat(read("ship = bundle\nstore = .\n").shipping().store()).hasValue(".");
    assertThat(read("ship = bundle\n").shipping().store()).isEmpty();
    BadInputException shared = assertThrows(BadInputException.class, () -> read("store = /x\n"));
    assertThat(shared).hasMessageThat().isEqualTo("[job] store in " + dir.resolve("docket.cfg")
        + ", line 2 applies to ship = bundle only (shared jobs use the client's store): name the store"
        + " of bundled jobs, e.g. store = . (the job's own directory), or remove the line");
    assertThat(assertThrows(BadInputException.class, () -> read("ship = bundle\nstore =\n")))
        .hasMessageThat().contains("line 3 is empty: name the store of bundled jobs");
  }
}
